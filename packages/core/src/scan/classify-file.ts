import path from 'node:path';
import picomatch from 'picomatch';
import type { ResolvedConfig } from '../types.js';
import { DECLARATION_FILE, isBarrelName, SOURCE_FILE, TEST_FILE } from './source-files.js';

/** What a file is to the convention. */
export type FileRole =
  | { kind: 'barrel'; workflowsDir: string }
  | { kind: 'workflow'; workflowsDir: string }
  /** In a workflows directory but left out of its barrel by `barrelExclude`. */
  | { kind: 'excluded'; workflowsDir: string }
  | { kind: 'test' }
  | { kind: 'ignored' }
  | { kind: 'other' };

type ClassifyConfig = Pick<ResolvedConfig, 'rootDir' | 'workflowDirs' | 'barrelFile' | 'barrelExclude' | 'ignore'>;

const ALWAYS_IGNORED = new Set(['node_modules', '.git']);

// picomatch compiles a glob into a regular expression: do it once per glob list.
const matcherCache = new Map<string, (relativePath: string) => boolean>();

/** A matcher for a list of globs (`dir/**`-style and bare `dir` both match everything below). */
export function globMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  // Configs are shared objects (see loadConfig): most calls find their list by identity.
  const known = matcherOfList.get(globs);
  if (known !== undefined) return known;
  const key = globs.join('\0');
  let matcher = matcherCache.get(key);
  if (matcher === undefined) {
    const patterns = globs.flatMap((glob) => [glob, `${glob.replace(/\/+$/, '')}/**`]);
    matcher = patterns.length === 0 ? () => false : picomatch(patterns, { dot: true });
    matcherCache.set(key, matcher);
  }
  matcherOfList.set(globs, matcher);
  return matcher;
}

const matcherOfList = new WeakMap<readonly string[], (relativePath: string) => boolean>();
const workflowDirSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function workflowDirSet(workflowDirs: readonly string[]): ReadonlySet<string> {
  let set = workflowDirSets.get(workflowDirs);
  if (set === undefined) workflowDirSets.set(workflowDirs, (set = new Set(workflowDirs)));
  return set;
}

// An empty, `.` or `..` segment: an absolute path without one is already normalized.
const NON_NORMAL_SEGMENT = /(?:^|\/)\.{0,2}(?:\/|$)/;
let lastNormalizedFrom = '';

/**
 * `to` relative to `from` by slicing, when `to` is strictly below `from` and both are absolute,
 * normalized POSIX paths (what the scanner and ESLint pass); `undefined` whenever slicing might
 * differ from `path.relative`. The scanner asks this for every entry of a tree, and
 * `path.relative` (a `path.resolve` of each side) was a fifth of its time.
 */
export function relativeBelow(from: string, to: string): string | undefined {
  if (path.sep !== '/' || to.length <= from.length + 1 || to.charCodeAt(from.length) !== 47 || !to.startsWith(from))
    return undefined;
  if (from !== lastNormalizedFrom) {
    if (!path.isAbsolute(from) || path.resolve(from) !== from) return undefined;
    lastNormalizedFrom = from;
  }
  const rest = to.slice(from.length + 1);
  return NON_NORMAL_SEGMENT.test(rest) ? undefined : rest;
}

/** `path.relative` with `/` separators. */
export function toPosixRelative(from: string, to: string): string {
  return relativeBelow(from, to) ?? path.relative(from, to).split(path.sep).join('/');
}

function isNormalizedAbsolute(filePath: string): boolean {
  return path.sep === '/' && filePath.startsWith('/') && !NON_NORMAL_SEGMENT.test(filePath.slice(1));
}

/** Classifies an absolute path by the convention: barrel, workflow file, test, ignored or other. */
export function classifyFile(filePath: string, config: ClassifyConfig): FileRole {
  const absolute = isNormalizedAbsolute(filePath) ? filePath : path.resolve(filePath);
  const relative = toPosixRelative(config.rootDir, absolute);
  // Only the path below the root counts: a checkout in ~/workflows/ is not a workflows directory.
  const inside = !relative.startsWith('../') && relative !== '..' && !path.isAbsolute(relative);
  const segments = (inside ? relative : absolute.split(path.sep).join('/')).split('/');
  if (segments.some((segment) => ALWAYS_IGNORED.has(segment))) return { kind: 'ignored' };
  if (inside && globMatcher(config.ignore)(relative)) return { kind: 'ignored' };
  const fileName = segments.at(-1) ?? '';
  if (!SOURCE_FILE.test(fileName) || DECLARATION_FILE.test(fileName)) return { kind: 'other' };
  if (TEST_FILE.test(fileName) || segments.includes('__tests__')) return { kind: 'test' };

  const directories = segments.slice(0, -1);
  const workflowDirs = workflowDirSet(config.workflowDirs);
  let index = directories.length - 1;
  while (index >= 0 && !workflowDirs.has(directories[index]!)) index -= 1;
  if (index < 0) return { kind: 'other' };

  const below = directories.length - 1 - index;
  let workflowsDir = path.dirname(absolute);
  for (let level = 0; level < below; level += 1) workflowsDir = path.dirname(workflowsDir);
  const inWorkflowsDir = segments.slice(index + 1).join('/');
  if (below === 0 && isBarrelName(fileName, config.barrelFile)) return { kind: 'barrel', workflowsDir };
  if (globMatcher(config.barrelExclude)(inWorkflowsDir)) return { kind: 'excluded', workflowsDir };
  return { kind: 'workflow', workflowsDir };
}
