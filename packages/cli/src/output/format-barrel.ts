import path from 'node:path';
import type { BarrelResult } from '../commands/barrel.js';
import type { Colors } from './colors.js';
import { LineIndex } from './positions.js';
import { unifiedDiff } from './unified-diff.js';

const relative = (cwd: string, file: string): string => path.relative(cwd, file).split(path.sep).join('/') || file;

/** `wf barrel` for people: each barrel that is (or was) wrong, why, and the diff `--fix` writes. */
export function formatBarrelResult(result: BarrelResult, cwd: string, fix: boolean, c: Colors): string {
  const sections: string[] = [];
  for (const report of result.barrels) {
    if (report.status === 'ok') continue;
    const label = relative(cwd, report.barrelPath);
    const lines = new LineIndex(report.currentText ?? '');
    const where = (start: number): string => {
      const { line, column } = lines.position(start);
      return report.currentText === undefined ? '' : `${line}:${column} `;
    };
    const reasons = [...report.findings].sort((a, b) => a.range.start - b.range.start).map((finding) => `  ${c.dim(where(finding.range.start))}${finding.message}`);
    if (report.status === 'blocked') {
      const blockers = [
        ...report.blockedBy.map((finding) => `  ${c.dim(where(finding.range.start))}${finding.message}`),
        ...report.parseErrors.map(
          ({ filePath, error }) => `  ${relative(cwd, filePath)}:${error.line}:${error.column} does not parse (${error.message}). Fix the syntax, then run \`wf barrel --fix\`.`,
        ),
      ];
      const heading = report.written ? `${c.yellow('rewrote, but cannot fix')} ${label}` : `${c.red('cannot fix')} ${label}`;
      sections.push(`${heading}\n${[...new Set(blockers)].join('\n')}`);
    } else if (report.status === 'fixed') {
      sections.push(`${c.green(report.currentText === undefined ? 'created' : 'rewrote')} ${label}`);
    } else {
      const state = report.currentText === undefined ? 'missing' : 'out of date';
      sections.push(`${c.red(state)} ${label}\n${reasons.join('\n')}\n${unifiedDiff(label, report.currentText, report.nextText ?? '', c).trimEnd()}`);
    }
  }
  const total = result.barrels.length;
  const summary =
    result.problemCount === 0
      ? fix && sections.length > 0
        ? `${c.green('✔')} Fixed ${sections.length} of ${total} barrel${total === 1 ? '' : 's'}.`
        : `${c.green('✔')} ${total} barrel${total === 1 ? '' : 's'} up to date.`
      : `${c.red('✖')} ${result.problemCount} of ${total} barrel${total === 1 ? '' : 's'} ${fix ? 'could not be fixed' : 'missing or out of date'}${fix ? '' : ': run `wf barrel --fix`'}.`;
  return `${sections.length > 0 ? `${sections.join('\n\n')}\n\n` : ''}${summary}\n`;
}
