import path from 'node:path';
import { findUp, LookupCache } from '../config/load-config.js';
import type { ResolvedConfig } from '../types.js';
import { splitWords } from './words.js';

// Directories of a repository's layout, not of its domain: `src/billing/workflows` is about billing.
const LAYOUT_DIRECTORIES = new Set(['src', 'lib', 'app', 'apps', 'packages', 'source', 'sources']);

/**
 * Words that the directory path already says about a workflow in `dir`: the names of the
 * directories from the package root (exclusive) down to `dir`, except the workflows directories
 * themselves and layout directories (`src`, `packages` …). `presentation/edit/content/workflows`
 * gives `presentation, edit, content`.
 */
export function contextWords(dir: string, config: Pick<ResolvedConfig, 'rootDir' | 'workflowDirs'>): readonly string[] {
  // Every file of a directory asks the same: one answer per directory and the config's part in
  // it, kept for the package-root lookup's lifetime.
  const key = `${config.rootDir}\0${config.workflowDirs.join('/')}\0${dir}`;
  const hit = answers.get(key);
  if (hit !== undefined) return hit.value;
  const words = wordsOfPath(dir, config);
  answers.set(key, words);
  return words;
}

const answers = new LookupCache<readonly string[]>();

function wordsOfPath(dir: string, config: Pick<ResolvedConfig, 'rootDir' | 'workflowDirs'>): string[] {
  const absolute = path.resolve(dir);
  const bound = contextRoot(absolute, config);
  const relative = bound === undefined ? absolute : path.relative(bound, absolute);
  const workflowDirs = new Set(config.workflowDirs);
  return relative
    .split(/[\\/]/)
    .filter((segment) => segment !== '' && !workflowDirs.has(segment) && !LAYOUT_DIRECTORIES.has(segment) && !/^[a-zA-Z]:$/.test(segment))
    .flatMap(splitWords);
}

/** The directory context starts below: the nearer of the package root and the config root. */
export function contextRoot(dir: string, config: Pick<ResolvedConfig, 'rootDir'>): string | undefined {
  const absolute = path.resolve(dir);
  const packageRoot = findUp(absolute, 'package.json');
  return [packageRoot, config.rootDir]
    .filter((candidate): candidate is string => candidate !== undefined && isInside(absolute, candidate))
    .sort((a, b) => b.length - a.length)[0];
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
