import { realpathSync } from 'node:fs';
import path from 'node:path';
import { SKIPPED_DIRECTORIES } from '@wfkit/core';
import type { FileTree } from './file-tree.js';

// The files a module specifier without extension may be, in the order they are looked for.
const MODULE_EXTENSIONS = ['.ts', '.mts', '.tsx', '.js', '.mjs'];

/** Whether `file` is a JavaScript module (stubs, which are TypeScript, cannot go into it). */
export function isJavaScript(file: string): boolean {
  return /\.[cm]?jsx?$/.test(file);
}

/**
 * The file a `--tasks`/`--models` argument means: `src/tasks` → the first of `src/tasks.ts`, `.mts`,
 * `.tsx`, `.js`, `.mjs` that exists (or `src/tasks/index.ts` when that is a directory, else a new
 * `src/tasks.ts`); `tasks.js` → `tasks.ts` when that exists (the emitted name of it), else
 * `tasks.js` itself when it exists, else a new `tasks.ts`.
 */
export function moduleFile(cwd: string, argument: string, tree: FileTree): string {
  const isFile = (file: string): boolean => tree.isFile(file);
  const absolute = path.resolve(cwd, argument);
  if (/\.(?:[cm]?ts|tsx)$/.test(absolute)) return absolute;
  if (/\.[cm]?js$/.test(absolute)) {
    const twin = absolute.replace(/js$/, 'ts');
    return isFile(twin) || !isFile(absolute) ? twin : absolute;
  }
  const existing = MODULE_EXTENSIONS.map((extension) => `${absolute}${extension}`).find(isFile);
  if (existing !== undefined) return existing;
  if (tree.isDirectory(absolute)) return path.join(absolute, 'index.ts');
  return `${absolute}.ts`;
}

/**
 * The default module of `stems` (`['tasks', 'activities']`) in `dir`: the first stem, then
 * extension, that exists — a JavaScript `tasks.js` is the module, never a new `tasks.ts` beside it
 * (which would shadow it) — else a new `<first stem>.ts`.
 */
export function defaultModuleFile(dir: string, stems: readonly string[], tree: FileTree): string {
  const isFile = (file: string): boolean => tree.isFile(file);
  for (const stem of stems) {
    const existing = MODULE_EXTENSIONS.map((extension) => path.join(dir, `${stem}${extension}`)).find(isFile);
    if (existing !== undefined) return existing;
  }
  return path.join(dir, `${stems[0]!}.ts`);
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

/**
 * The first directory between `root` and `file` that holds dependencies, build output or tool
 * state, if any: the directories core's scan skips, so a workflow written there would never be found.
 */
export function nonSourceDir(file: string, root: string): string | undefined {
  const relative = path.relative(realPath(root), realPath(file));
  return relative.split(path.sep).find((segment) => SKIPPED_DIRECTORIES.has(segment));
}
