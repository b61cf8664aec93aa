// @ts-check
import tseslint from 'typescript-eslint';

/** The same files and parser for every configuration, so runs differ only by their rules. */
export const parserOnly = {
  files: ['**/*.ts'],
  languageOptions: { parser: tseslint.parser },
};
