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
    const reasons = [...report.findings]
      .sort((a, b) => a.range.start - b.range.start)
      .map((finding) => `  ${c.dim(where(finding.range.start))}${finding.message}`);
    if (report.status === 'blocked') {
      const blockers = [
        ...report.blockedBy.map((finding) => `  ${c.dim(where(finding.range.start))}${finding.message}`),
        ...report.parseErrors.map(
          ({ filePath, error }) =>
            `  ${relative(cwd, filePath)}:${error.line}:${error.column} does not parse (${error.message}). Fix its syntax, then run \`wf barrel${fix ? ' --fix' : ''}\` again.`,
        ),
        ...(report.writeError === undefined
          ? []
          : [
              `  cannot write ${label}: ${report.writeError[0]}. It is unchanged; ${againAfter(report.writeError[1])}.`,
            ]),
      ];
      const cannot = fix ? 'cannot fix' : report.parseErrors.length > 0 ? 'cannot check' : 'cannot fix';
      const heading = report.written ? `${c.yellow('rewrote, but cannot fix')} ${label}` : `${c.red(cannot)} ${label}`;
      sections.push(`${heading}\n${[...new Set(blockers)].join('\n')}`);
    } else if (report.status === 'fixed') {
      sections.push(`${c.green(report.currentText === undefined ? 'created' : 'rewrote')} ${label}`);
    } else {
      const state = report.currentText === undefined ? 'missing' : 'out of date';
      sections.push(
        `${c.red(state)} ${label}\n${reasons.join('\n')}\n${unifiedDiff(label, report.currentText, report.nextText ?? '', c).trimEnd()}`,
      );
    }
  }
  return `${sections.length > 0 ? `${sections.join('\n\n')}\n\n` : ''}${summaryLine(result, fix, sections.length, c)}\n`;
}

/** The total; `wf barrel --fix` is advised only for barrels it can fix. */
function summaryLine(result: BarrelResult, fix: boolean, shown: number, c: Colors): string {
  const total = result.barrels.length;
  const barrels = (count: number): string => `${count} of ${total} barrel${total === 1 ? '' : 's'}`;
  if (result.problemCount === 0)
    return fix && shown > 0
      ? `${c.green('✔')} Fixed ${barrels(shown)}.`
      : `${c.green('✔')} ${total} barrel${total === 1 ? '' : 's'} up to date.`;
  if (fix) return `${c.red('✖')} ${barrels(result.problemCount)} could not be fixed.`;
  // Hand-written code, a name exported twice or a file that does not parse: --fix cannot solve those.
  const byHand = result.barrels.filter((report) => report.status === 'blocked' || report.blockedBy.length > 0).length;
  const fixable = result.problemCount - byHand;
  if (byHand === 0) return `${c.red('✖')} ${barrels(fixable)} missing or out of date: run \`wf barrel --fix\`.`;
  if (fixable === 0)
    return `${c.red('✖')} ${barrels(byHand)} need${byHand === 1 ? 's' : ''} a fix by hand (see above).`;
  return `${c.red('✖')} ${barrels(result.problemCount)} wrong: ${fixable} missing or out of date (run \`wf barrel --fix\`), ${byHand} to fix by hand (see above).`;
}

/** What to do about a barrel `--fix` could not write, and then `--fix` again (only that, when nothing needs doing first). */
const againAfter = (fix: string | undefined): string =>
  fix === undefined
    ? 'run `wf barrel --fix` again, so it plans from what is there now'
    : `${fix}, then run \`wf barrel --fix\` again`;
