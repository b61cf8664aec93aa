// @ts-check
// One rule that does nothing: ESLint's own cost of running any rule at all, the floor against which
// a plugin's own cost is measured (the parser-only run skips that cost entirely).
import { parserOnly } from './shared.js';

const noop = {
  meta: { name: 'bench-noop', version: '0.0.0' },
  rules: { noop: { meta: { type: /** @type {const} */ ('problem'), schema: [] }, create: () => ({ Program() {} }) } },
};

export default [parserOnly, { files: ['**/*.ts'], plugins: { bench: noop }, rules: { 'bench/noop': 'error' } }];
