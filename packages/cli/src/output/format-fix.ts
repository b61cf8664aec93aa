import path from 'node:path';
import type { FixResult } from '../commands/fix.js';
import type { Colors } from './colors.js';
import { unifiedDiff } from './unified-diff.js';

/**
 * What `wf fix` did (or, with `--dry-run`, would do): the moves, a line per file, what it left
 * alone and why, the name-case findings it reports; in a dry run also the new files and a diff.
 */
export function formatFixResult(result: FixResult, cwd: string, dryRun: boolean, c: Colors): string {
  const rel = (file: string): string => path.relative(cwd, file).split(path.sep).join('/');
  const sections: string[] = [];
  if (result.moves.length > 0) {
    sections.push(
      result.moves
        .map(
          (move) =>
            `${c.cyan(move.to.length > 1 ? 'split' : 'move ')} ${rel(move.from)} → ${move.to.map(rel).join(', ')}`,
        )
        .join('\n'),
    );
  }
  if (result.changes.length > 0) {
    const verb = (change: FixResult['changes'][number]): string => {
      const word = change.removed === true ? 'delete' : change.before === undefined ? 'create' : 'change';
      return dryRun ? `would ${word}` : `${word}d`;
    };
    sections.push(
      result.changes
        .map(
          (change) =>
            `${c.green(verb(change).padEnd(dryRun ? 12 : 7))} ${rel(change.filePath)} ${c.dim(`(${change.summary})`)}`,
        )
        .join('\n'),
    );
  }
  if (dryRun) {
    for (const change of result.changes) {
      if (change.removed === true) continue;
      const label = rel(change.filePath);
      sections.push(
        change.before === undefined
          ? `${c.bold(`--- new file ${label}`)}\n${change.after.trimEnd()}`
          : unifiedDiff(label, change.before, change.after, c).trimEnd(),
      );
    }
  }
  for (const entry of result.unfixable)
    sections.push(`${c.red('not fixed')} ${rel(entry.filePath)}:${entry.line} ${entry.reason}.`);
  for (const entry of result.nameCase) {
    sections.push(
      `${c.yellow('name case')} ${rel(entry.filePath)}:${entry.line} '${entry.name}' is not in the project's case ('${entry.expected}'); not renamed: the name is its workflow type, which running executions, schedules and clients use.`,
    );
  }
  for (const note of result.notes) sections.push(`${c.yellow('note')} ${note}`);
  const summary =
    result.changes.length === 0
      ? `${c.green('✔')} Nothing to fix${result.unfixable.length > 0 ? ' that can be fixed safely' : ''}.`
      : dryRun
        ? c.dim(
            `Dry run: nothing written; ${result.changes.length} file(s) would change. Run \`wf fix\` to write them.`,
          )
        : `${c.green('✔')} ${result.changes.length} file(s) written. Review with \`git status\` and \`git diff\`, then run your type check and tests.`;
  sections.push(summary);
  return `${sections.join('\n\n')}\n`;
}
