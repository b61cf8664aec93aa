// @ts-check
// Only wfkit's rules, as `recommended` sets them: what `wf check` does, done by ESLint.
import wfkit from '@wfkit/eslint-plugin';
import { parserOnly } from './shared.js';

export default [parserOnly, { files: ['**/*.ts'], ...wfkit.configs.recommended }];
