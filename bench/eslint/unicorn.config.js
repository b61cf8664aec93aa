// @ts-check
// unicorn's filename-case: the case of the file name, nothing about what the file holds.
import unicorn from 'eslint-plugin-unicorn';
import { parserOnly } from './shared.js';

export default [
  parserOnly,
  { files: ['**/*.ts'], plugins: { unicorn }, rules: { 'unicorn/filename-case': ['error', { case: 'kebabCase' }] } },
];
