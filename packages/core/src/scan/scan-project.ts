import path from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import { defaultCache, type ProjectCache } from '../cache/project-cache.js';
import { CONFIG_FILE_NAME } from '../config/defaults.js';
import { loadConfig } from '../config/load-config.js';
import type { ResolvedConfig } from '../types.js';
import { globMatcher, relativeBelow, toPosixRelative, type FileRole } from './classify-file.js';
import { RealDirectories } from './real-dirs.js';
import { fileRole, holdsWorkflowCode } from './sandbox-directory.js';
import {
  DECLARATION_FILE,
  isCompiledTwin,
  runtimeModuleNames,
  SKIPPED_DIRECTORIES,
  SOURCE_FILE,
} from './source-files.js';
import { WORKER_NEEDLE } from '../workers/worker-entries.js';
import { ParallelAnalysis, type ParallelOptions } from '../parallel/parallel-analysis.js';

export interface ScannedFile {
  filePath: string;
  role: FileRole;
  config: ResolvedConfig;
}

export interface ScanResult {
  /** Every workflows directory found, sorted. */
  workflowDirs: Array<{ dir: string; config: ResolvedConfig }>;
  /** Files worth parsing: everything in workflows directories, and files elsewhere that mention the workflow runtime. */
  files: ScannedFile[];
}

/** A scan whose files outside workflows directories are still being searched (see `startScan`). */
export interface StartedScan {
  workflowDirs: ScanResult['workflowDirs'];
  /** The files of workflows directories, sorted. */
  files: ScannedFile[];
  /** Reads the outside files and returns those that use the workflow runtime, sorted. */
  outsideFiles(): ScannedFile[];
}

export interface ScanOptions {
  /** Directory relative paths are resolved from (default: `process.cwd()`). */
  cwd?: string | undefined;
  /** Config layered over every `wfkit.config.json` found (ESLint's `settings.wfkit`, CLI flags). */
  overrides?: unknown;
  cache?: ProjectCache | undefined;
  /**
   * Also read files outside workflows directories and keep those that use the workflow runtime
   * (default `true`). `false` finds workflows directories and their files only, without reading
   * the rest of the tree (what `wf new` needs).
   */
  outsideFiles?: boolean | undefined;
  /** Called for each file of a workflows directory as the walk finds it (to start work early). */
  onWorkflowFile?: ((file: ScannedFile) => void) | undefined;
  /** @internal How `scanAndAnalyze` and `checkProjectInParallel` make their worker: tests pass their own. */
  parallel?: ParallelOptions | undefined;
}

const NESTED_ROOT_MARKERS = [CONFIG_FILE_NAME, 'package.json'];

// The needles of the outside files' search: the workflow runtime's module names, and the worker
// option whose modules the worker model reads (so a command need not read the tree again for it).
function searchedNames(config: ResolvedConfig): readonly string[] {
  return [...runtimeModuleNames(config), WORKER_NEEDLE];
}

/**
 * Finds workflows directories and the files the rules must parse under `paths`, without parsing:
 * files outside workflows directories are read and kept only when their text names the workflow
 * runtime. A nested `wfkit.config.json` governs its own subtree.
 */
export function scanProject(paths: readonly string[], options: ScanOptions = {}): ScanResult {
  const scan = startScan(paths, options);
  return { workflowDirs: scan.workflowDirs, files: [...scan.files, ...scan.outsideFiles()].sort(byFilePath) };
}

/**
 * `scanProject` with the workflow files (not the barrels) parsed and analysed into `options.cache`
 * on two threads as they are found (see `ParallelAnalysis`), for a command that reads them all
 * next. Only a snapshot cache (`lifetime: Infinity`) takes the worker's analyses.
 */
export async function scanAndAnalyze(paths: readonly string[], options: ScanOptions = {}): Promise<ScanResult> {
  const { scan, analyzed } = startScanAndAnalysis(paths, options);
  await analyzed;
  return { workflowDirs: scan.workflowDirs, files: [...scan.files, ...scan.outsideFiles()].sort(byFilePath) };
}

/** `startScan`, and the analysis of its workflow files on two threads (see `scanAndAnalyze`). */
export function startScanAndAnalysis(
  paths: readonly string[],
  options: ScanOptions,
): { scan: StartedScan; analyzed: Promise<void> } {
  const analysis = new ParallelAnalysis(options.parallel ?? {});
  const cache = options.cache ?? defaultCache;
  let scan: StartedScan;
  try {
    // Once the walk has found enough workflow files, the worker loads the parser while it goes on
    // (in a snapshot only: `run` gives a revalidating cache's files no worker).
    scan = startScan(paths, { ...options, onWorkflowFile: cache.isSnapshot ? analysis.fileFound : undefined });
  } catch (error) {
    analysis.stop();
    throw error;
  }
  // Barrels are parsed by their own check, with the ranges it needs.
  const files = scan.files.filter((file) => file.role.kind !== 'barrel');
  return { scan, analyzed: analysis.run(files, cache) };
}

/**
 * `scanProject` in two steps: the workflows directories and their files at once, the outside
 * files when asked (a caller that finds what it looks for in the workflows directories never
 * reads the rest of the tree).
 */
export function startScan(paths: readonly string[], options: ScanOptions = {}): StartedScan {
  const cwd = options.cwd ?? process.cwd();
  const cache = options.cache ?? defaultCache;
  const files = new Map<string, ScannedFile>();
  const workflowDirs = new Map<string, ResolvedConfig>();
  const outside: ScannedFile[] = [];

  const consider = (filePath: string, config: ResolvedConfig): void => {
    const role = fileRole(filePath, config, cache);
    if (role.kind === 'workflow' || role.kind === 'barrel') {
      const file = { filePath, role, config };
      if (!files.has(filePath)) options.onWorkflowFile?.(file);
      files.set(filePath, file);
      if (!workflowDirs.has(role.workflowsDir)) workflowDirs.set(role.workflowsDir, config);
    } else if (
      options.outsideFiles !== false &&
      role.kind === 'other' &&
      SOURCE_FILE.test(filePath) &&
      !DECLARATION_FILE.test(filePath)
    ) {
      outside.push({ filePath, role, config });
    }
  };

  const entered = new RealDirectories();
  const walk = (dir: string, inherited: ResolvedConfig, real: string): void => {
    const entries = cache.listDirectory(dir);
    // A nested config governs its subtree; without any config, so does a nested package's root,
    // as it does for ESLint, which loads the config of each file: results must not depend on the
    // path a command was given.
    const rootMarkers = inherited.configFile === undefined ? NESTED_ROOT_MARKERS : [CONFIG_FILE_NAME];
    const config =
      // Any entry of the config's name: a directory called wfkit.config.json is reported by loadConfig, not skipped.
      dir !== inherited.rootDir &&
      entries.some((entry) => entry.name === CONFIG_FILE_NAME || (entry.isFile && rootMarkers.includes(entry.name)))
        ? loadConfig(dir, options.overrides, cache)
        : inherited;
    const ignored = globMatcher(config.ignore);
    if (config.workflowDirs.includes(path.basename(dir)) && isBelow(dir, config.rootDir) && !workflowDirs.has(dir)) {
      if (holdsWorkflowCode(dir, config, cache)) workflowDirs.set(dir, config);
    }
    const fileNames = new Set(entries.filter((entry) => entry.isFile).map((entry) => entry.name));
    for (const entry of entries) {
      const entryPath = path.join(dir, entry.name);
      const relative = toPosixRelative(config.rootDir, entryPath);
      if (isBelow(entryPath, config.rootDir) && ignored(relative)) continue;
      if (entry.isDirectory) {
        if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
        const entryReal = entered.enter(entryPath, entry.isSymbolicLink, real, config.rootDir);
        if (entryReal !== undefined) walk(entryPath, config, entryReal);
      } else if (entry.isFile && !isCompiledTwin(entry.name, (name) => fileNames.has(name))) {
        consider(entryPath, config);
      }
    }
  };

  for (const input of paths.length === 0 ? ['.'] : paths) {
    const target = path.resolve(cwd, input);
    const stats = statSync(target, { throwIfNoEntry: false });
    if (stats === undefined) throw new PathNotFoundError(target);
    const config = loadConfig(target, options.overrides, cache);
    if (stats.isDirectory()) {
      const real = RealDirectories.of(target);
      if (entered.claim(real)) walk(target, config, real);
    } else consider(target, config);
  }

  let found: ScannedFile[] | undefined;
  return {
    workflowDirs: [...workflowDirs].sort(([a], [b]) => byPath(a, b)).map(([dir, config]) => ({ dir, config })),
    files: [...files.values()].sort(byFilePath),
    outsideFiles: () => {
      if (found === undefined) {
        // A path given twice (or a file and its directory) is one file.
        const byFile = new Map<string, ScannedFile>();
        for (const file of outside)
          if (!byFile.has(file.filePath) && namesAny(file.filePath, searchedNames(file.config)))
            byFile.set(file.filePath, file);
        found = [...byFile.values()].sort(byFilePath);
      }
      return found;
    },
  };
}

/**
 * Whether a file's text holds one of `needles` (an unreadable file holds none). Read past the
 * cache: most of these files never matter again, and keeping every text of a large tree (with a
 * stat per file) would cost the scan time and memory for nothing.
 */
function namesAny(filePath: string, needles: readonly string[]): boolean {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    return false;
  }
  return needles.some((needle) => text.includes(needle));
}

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byFilePath = (a: ScannedFile, b: ScannedFile): number => byPath(a.filePath, b.filePath);

function isBelow(child: string, parent: string): boolean {
  if (relativeBelow(parent, child) !== undefined) return true;
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** A path given to a command does not exist. */
export class PathNotFoundError extends Error {
  override readonly name = 'PathNotFoundError';
  constructor(readonly path: string) {
    super(`${path}: no such file or directory. Check the path, or run from the project's root.`);
  }
}
