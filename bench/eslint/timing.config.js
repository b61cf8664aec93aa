// @ts-check
// A realistic lint set-up for the TIMING=1 table: typescript-eslint's recommended rules (no type
// information), wfkit's recommended rules and the two file-name plugins, on one tree.
import tseslint from 'typescript-eslint';
import checkFile from './check-file.config.js';
import unicorn from './unicorn.config.js';
import wfkit from './wfkit.config.js';

export default [
  ...tseslint.configs.recommended.map((config) => ({ files: ['**/*.ts'], ...config })),
  ...wfkit,
  ...checkFile,
  ...unicorn,
];
