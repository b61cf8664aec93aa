// @ts-check
import wfkit from '@wfkit/eslint-plugin';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      // Planted problems, one of each: the tests assert them.
      'fixtures/violations/**',
      'bench/corpus/**',
      'bench/results/**',
      '**/test/fixtures/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The plugin's own rules, held to ESLint's conventions for rule files.
  { files: ['packages/eslint-plugin/src/rules/**/*.ts'], ...eslintPlugin.configs.recommended },
  // The example app is linted with the plugin, as a user's project would be.
  { files: ['fixtures/slides-app/**/*.ts'], ...wfkit.configs.strict },
);
