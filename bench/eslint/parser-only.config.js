// @ts-check
// ESLint's floor on the tree: typescript-eslint's parser on every .ts file, no rules.
import { parserOnly } from './shared.js';

export default [parserOnly];
