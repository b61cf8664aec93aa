import path from 'node:path';
import type { LintResult } from './lint-result.js';

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions: data and
// property values escape %, CR and LF; property values also escape ':' and ','.
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations: `::error file=…,line=…,col=…,title=wfkit/rule::message`, one per line. */
export function formatGithub(results: readonly LintResult[], cwd: string): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = path.relative(cwd, result.filePath).split(path.sep).join('/');
    for (const message of result.messages) {
      const properties = [`file=${escapeProperty(file)}`, `line=${message.line}`, `col=${message.column}`];
      if (message.endLine !== undefined) properties.push(`endLine=${message.endLine}`);
      if (message.endColumn !== undefined) properties.push(`endColumn=${message.endColumn}`);
      properties.push(`title=${escapeProperty(message.ruleId ?? 'parse error')}`);
      const command = message.severity === 2 ? 'error' : 'warning';
      lines.push(`::${command} ${properties.join(',')}::${escapeData(message.message)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
