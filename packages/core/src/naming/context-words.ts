import path from 'node:path';
import { cacheKeys } from '../cache/cache-keys.js';
import { defaultCache, type ProjectCache } from '../cache/project-cache.js';
import { findUp } from '../config/load-config.js';
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
export function contextWords(
  dir: string,
  config: Pick<ResolvedConfig, 'rootDir' | 'workflowDirs'>,
  cache: ProjectCache = defaultCache,
): readonly string[] {
  // Every file of a directory asks the same: one answer per directory and the config's part in it.
  return cache.remember('contextWords', cacheKeys.contextWords(dir, config), () => wordsOfPath(dir, config, cache));
}

function wordsOfPath(
  dir: string,
  config: Pick<ResolvedConfig, 'rootDir' | 'workflowDirs'>,
  cache: ProjectCache,
): string[] {
  const absolute = path.resolve(dir);
  const bound = contextRoot(absolute, config, cache);
  const relative = bound === undefined ? absolute : path.relative(bound, absolute);
  const workflowDirs = new Set(config.workflowDirs);
  return relative
    .split(/[\\/]/)
    .filter(
      (segment) =>
        segment !== '' &&
        !workflowDirs.has(segment) &&
        !LAYOUT_DIRECTORIES.has(segment) &&
        !/^[a-zA-Z]:$/.test(segment),
    )
    .flatMap(splitWords);
}

/** The directory context starts below: the nearer of the package root and the config root. */
export function contextRoot(
  dir: string,
  config: Pick<ResolvedConfig, 'rootDir'>,
  cache: ProjectCache = defaultCache,
): string | undefined {
  const absolute = path.resolve(dir);
  const packageRoot = findUp(absolute, 'package.json', false, cache);
  return [packageRoot, config.rootDir]
    .filter((candidate): candidate is string => candidate !== undefined && isInside(absolute, candidate))
    .sort((a, b) => b.length - a.length)[0];
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
