import { readFileSync } from 'node:fs';
import { checkProjectInParallel, ruleMeta, type FileReport, type Finding } from '@wfkit/core';
import type { LintMessage, LintResult } from '../output/lint-result.js';
import { LineIndex } from '../output/positions.js';

export interface CheckOptions {
  cwd: string;
  /** Files and directories to check; default the current directory. */
  paths: string[];
}

export interface CheckResult {
  /** One result per checked file, in path order, in ESLint's shape. */
  results: LintResult[];
  errorCount: number;
  warningCount: number;
}

/**
 * `wf check`: every rule of the convention through the core, without ESLint. Files that do not
 * parse are reported as ESLint reports them (a fatal message without a rule) and the rest is still
 * checked.
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const report = await checkProjectInParallel(options.paths, { cwd: options.cwd });
  const results = report.files.map(toLintResult);
  return {
    results,
    errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
    warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
}

function toLintResult(file: FileReport): LintResult {
  // Most files have nothing to report: their text is read again only to place messages.
  const lines = file.findings.length === 0 ? undefined : new LineIndex(readText(file.filePath));
  const messages: LintMessage[] =
    lines === undefined ? [] : file.findings.map((finding) => toLintMessage(finding, lines));
  if (file.parseError !== undefined) {
    const { message, line, column } = file.parseError;
    messages.push({ ruleId: null, fatal: true, severity: 2, message: `Parsing error: ${message}`, line, column });
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column);
  const count = (severity: 1 | 2, fixable = false) =>
    messages.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length;
  return {
    filePath: file.filePath,
    messages,
    suppressedMessages: [],
    errorCount: count(2),
    fatalErrorCount: messages.filter((message) => message.fatal === true).length,
    warningCount: count(1),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
    usedDeprecatedRules: [],
  };
}

function toLintMessage(finding: Finding, lines: LineIndex): LintMessage {
  const start = lines.position(finding.range.start);
  const end = lines.position(finding.range.end);
  const message: LintMessage = {
    ruleId: `wfkit/${finding.ruleId}`,
    messageId: finding.messageId,
    severity: ruleMeta[finding.ruleId].recommended === 'error' ? 2 : 1,
    message: finding.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
  if (finding.fix !== undefined)
    message.fix = { range: [finding.fix.range.start, finding.fix.range.end], text: finding.fix.text };
  if (finding.suggestions !== undefined && finding.suggestions.length > 0) {
    message.suggestions = finding.suggestions.map(({ messageId, data, message: desc, fix }) => ({
      messageId,
      data,
      fix: { range: [fix.range.start, fix.range.end], text: fix.text },
      desc,
    }));
  }
  return message;
}

/** A reported file that vanished meanwhile (or a missing barrel) reads as empty: positions become 1:1. */
function readText(filePath: string): string {
  try {
    return readFileSync(filePath, 'utf8');
  } catch {
    return '';
  }
}
