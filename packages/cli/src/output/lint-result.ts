import type { RuleId } from '@wfkit/core';

/**
 * One message in ESLint's result shape (`ESLint.LintResult['messages'][number]`), so tools that
 * read ESLint's JSON read `wf check --format json` too.
 */
export interface LintMessage {
  /** `wfkit/<rule>`; `null` for a file that does not parse (as ESLint reports parsing errors). */
  ruleId: `wfkit/${RuleId}` | null;
  messageId?: string;
  /** 1 = warning, 2 = error. */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Set on parsing errors, as ESLint does. */
  fatal?: true;
  fix?: { range: [number, number]; text: string };
  /** Edits offered but not applied, as ESLint's JSON carries them (no-default-export's). */
  suggestions?: LintSuggestion[];
}

/** One suggestion, in the shape and key order of ESLint's JSON output. */
export interface LintSuggestion {
  messageId: string;
  data: Record<string, string>;
  fix: { range: [number, number]; text: string };
  desc: string;
}

/** ESLint's per-file result shape. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: [];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: [];
}

export interface LintTotals {
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export function totals(results: readonly LintResult[]): LintTotals {
  const sum = { errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const result of results) {
    sum.errorCount += result.errorCount;
    sum.warningCount += result.warningCount;
    sum.fixableErrorCount += result.fixableErrorCount;
    sum.fixableWarningCount += result.fixableWarningCount;
  }
  return sum;
}
