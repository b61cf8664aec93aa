import { createTwoFilesPatch } from 'diff';
import type { Colors } from './colors.js';

/**
 * A unified diff from `before` to `after` (`before` undefined: a new file, diffed against
 * /dev/null like git does). `label` is the path shown in the headers.
 */
export function unifiedDiff(label: string, before: string | undefined, after: string, c: Colors): string {
  const patch = createTwoFilesPatch(
    before === undefined ? '/dev/null' : `a/${label}`,
    `b/${label}`,
    before ?? '',
    after,
    undefined,
    undefined,
    { context: 3 },
  );
  // Drop the `Index:`/`===` preamble that the diff package writes; keep the ---/+++ headers.
  const body = patch.slice(patch.indexOf('---'));
  return body
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return c.bold(line);
      if (line.startsWith('+')) return c.green(line);
      if (line.startsWith('-')) return c.red(line);
      if (line.startsWith('@@')) return c.cyan(line);
      return line;
    })
    .join('\n');
}
