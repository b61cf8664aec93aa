import type { LintResult } from './lint-result.js';

/** ESLint's `json` formatter: the results array, one line. */
export function formatJson(results: readonly LintResult[]): string {
  return `${JSON.stringify(results)}\n`;
}
