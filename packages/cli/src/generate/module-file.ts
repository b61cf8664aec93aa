import { realpathSync, statSync } from 'node:fs';
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

/**
 * `file` with every symbolic link resolved, also when it does not exist yet: the nearest existing
 * ancestor is resolved and the rest appended. A file created there lands where this says.
 */
export function realPath(file: string): string {
  const absolute = path.resolve(file);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = path.dirname(absolute);
    return parent === absolute ? absolute : path.join(realPath(parent), path.basename(absolute));
  }
}

/** Whether `child` is `parent` or below it once symbolic links are resolved (where writes really go). */
export function isReallyInside(child: string, parent: string): boolean {
  return isInside(realPath(child), realPath(parent));
}

// Directories that hold installed packages or build output: never a place for source.
const NOT_SOURCE = new Set(['node_modules', 'dist', 'build', 'out', 'coverage']);

/** The first directory between `root` and `file` that holds dependencies or build output, if any. */
export function nonSourceDir(file: string, root: string): string | undefined {
  const relative = path.relative(realPath(root), realPath(file));
  return relative.split(path.sep).find((segment) => NOT_SOURCE.has(segment));
}
