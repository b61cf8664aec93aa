import path from 'node:path';
import type { NewResult } from '../commands/new.js';
import type { CodeStyle } from '../generate/code-style.js';
import type { Colors } from './colors.js';
import { unifiedDiff } from './unified-diff.js';

/**
 * What `wf new` did (or, with `--dry-run`, would do): a line per file; in a dry run also the new
 * files in full and a unified diff of the changed ones.
 */
export function formatNewResult(result: NewResult, cwd: string, c: Colors): string {
  const relative = (file: string): string => path.relative(cwd, file).split(path.sep).join('/');
  const dryRun = !result.written;
  const lines = result.changes.map((change) => {
    const verb =
      change.before === undefined ? (dryRun ? 'would create' : 'created') : dryRun ? 'would change' : 'changed';
    return `${c.green(verb.padEnd(dryRun ? 12 : 7))} ${relative(change.filePath)} ${c.dim(`(${change.summary})`)}`;
  });
  const sections = [lines.join('\n')];
  if (dryRun) {
    for (const change of result.changes) {
      const label = relative(change.filePath);
      sections.push(
        change.before === undefined
          ? `${c.bold(`--- new file ${label}`)}\n${change.after.trimEnd()}`
          : unifiedDiff(label, change.before, change.after, c).trimEnd(),
      );
    }
  }
  for (const note of result.notes) sections.push(`${c.yellow('note')} ${note}`);
  const formatting =
    'prettierConfig' in result.formatting
      ? `formatted with the project's Prettier (${relative(result.formatting.prettierConfig)})`
      : `formatted like the neighbouring files (${describeStyle(result.formatting.style)})`;
  // The barrel is never formatted: it is written exactly as `wf barrel --fix` writes it.
  const barrel =
    result.barrelPath === undefined
      ? ''
      : `; ${relative(result.barrelPath)} in canonical form, as \`wf barrel --fix\` writes it`;
  sections.push(
    c.dim(
      dryRun
        ? `Dry run: nothing written; ${formatting}${barrel}.`
        : `${formatting[0]!.toUpperCase()}${formatting.slice(1)}${barrel}.`,
    ),
  );
  return `${sections.join('\n\n')}\n`;
}

function describeStyle(style: CodeStyle): string {
  const quotes = style.quote === "'" ? 'single quotes' : 'double quotes';
  const semicolons = style.semicolons ? 'semicolons' : 'no semicolons';
  const indent = style.indent === '\t' ? 'tabs' : `${style.indent.length} spaces`;
  const eol = style.eol === '\r\n' ? ', CRLF line endings' : '';
  return `${quotes}, ${semicolons}, ${indent}, ${style.printWidth} columns${eol}`;
}
