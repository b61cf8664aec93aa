import path from 'node:path';
import type { Colors } from './colors.js';
import { totals, type LintMessage, type LintResult } from './lint-result.js';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
const positionOf = (message: LintMessage): string => `${message.line}:${message.column}`;
const severityOf = (message: LintMessage): string => (message.severity === 2 ? 'error' : 'warning');

/** ESLint's `stylish` layout: a block per file, `line:column  severity  message  rule`, a total. */
export function formatStylish(results: readonly LintResult[], cwd: string, c: Colors): string {
  const blocks: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    // Pad on the plain text so colour codes do not skew the columns.
    const positionWidth = Math.max(...result.messages.map((message) => positionOf(message).length));
    const severityWidth = Math.max(...result.messages.map((message) => severityOf(message).length));
    const lines = result.messages.map((message) => {
      const severity = severityOf(message);
      const painted = message.severity === 2 ? c.red(severity) : c.yellow(severity);
      const padding = ' '.repeat(severityWidth - severity.length);
      const rule = message.ruleId === null ? '' : `  ${c.dim(message.ruleId)}`;
      return `  ${c.dim(positionOf(message).padEnd(positionWidth))}  ${painted}${padding}  ${message.message}${rule}`;
    });
    blocks.push(`${c.underline(path.relative(cwd, result.filePath) || result.filePath)}\n${lines.join('\n')}\n`);
  }
  const sum = totals(results);
  const problems = sum.errorCount + sum.warningCount;
  // ESLint prints nothing here; one line tells a person the check ran and over how much.
  if (problems === 0) return `${c.green('✔')} ${plural(results.length, 'file')} checked, no problems.\n`;
  const summary = `✖ ${plural(problems, 'problem')} (${plural(sum.errorCount, 'error')}, ${plural(sum.warningCount, 'warning')})`;
  // Only the barrel's fixes have a `wf` command; the others are applied by `eslint --fix`.
  const fixable = results.flatMap((result) => result.messages).filter((message) => message.fix !== undefined);
  const barrelFixable = fixable.filter((message) => message.ruleId === 'wfkit/barrel-exports-all').length;
  const fixHint =
    (barrelFixable > 0 ? `\n  ${plural(barrelFixable, 'problem')} fixable with \`wf barrel --fix\`.` : '') +
    (fixable.length > barrelFixable
      ? `\n  ${plural(fixable.length - barrelFixable, 'problem')} fixable with \`eslint --fix\`.`
      : '');
  const paint = sum.errorCount > 0 ? c.red : c.yellow;
  return `\n${blocks.join('\n')}\n${paint(c.bold(summary))}${fixHint}\n`;
}
