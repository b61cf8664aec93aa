import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * The TypeScript file a `--tasks`/`--models` argument means: `src/tasks` → `src/tasks.ts` (or
 * `src/tasks/index.ts` when that is a directory), `tasks.js` → `tasks.ts` (the emitted name of it).
 */
export function moduleFile(cwd: string, argument: string): string {
  const absolute = path.resolve(cwd, argument);
  if (/\.(?:[cm]?ts|tsx)$/.test(absolute)) return absolute;
  if (/\.[cm]?js$/.test(absolute)) return absolute.replace(/js$/, 'ts');
  if (statSync(absolute, { throwIfNoEntry: false })?.isDirectory()) return path.join(absolute, 'index.ts');
  return `${absolute}.ts`;
}

/** Whether `child` is `parent` or below it. */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
