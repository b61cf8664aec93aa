import path from 'node:path';
import { cacheKeys } from '../cache/cache-keys.js';
import type { ModuleResult, ProjectCache } from '../cache/project-cache.js';
import type { ResolvedConfig } from '../types.js';
import { RealDirectories } from './real-dirs.js';
import { classifyFile, toPosixRelative } from './classify-file.js';
import { isBarrelName, isCompiledTwin } from './source-files.js';

export interface WorkflowFile {
  filePath: string;
  /** Path relative to the workflows directory, `/`-separated: the barrel's sort key. */
  relativePath: string;
  module: ModuleResult;
}

export interface WorkflowDirectory {
  dir: string;
  barrelPath: string;
  barrelExists: boolean;
  /** Workflow files (barrel, tests and excluded files left out), sorted by relative path. */
  files: WorkflowFile[];
}

/** Overrides of files on disk (an editor's unsaved buffer, a file `wf new` is about to write). */
export type FileOverlay = ReadonlyMap<string, ModuleResult>;

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Paths of the workflow files of a workflows directory, sorted by relative path, without reading
 * them: everything below it down to (not into) nested workflows directories, which have barrels of
 * their own. `extra` paths count too when they classify as files of the directory.
 */
export function listWorkflowFiles(
  dir: string,
  config: ResolvedConfig,
  cache: ProjectCache,
  extra: Iterable<string> = [],
): readonly string[] {
  const isFileOfDir = (filePath: string): boolean => {
    const role = classifyFile(filePath, config);
    return role.kind === 'workflow' && role.workflowsDir === dir;
  };
  // Once per directory: every workflow file of a large directory asks for it (`missingBarrel`).
  const listed = cache.remember('workflowFiles', cacheKeys.workflowFiles(dir, config), () => {
    const found: string[] = [];
    const entered = new RealDirectories();
    const visit = (current: string, real: string): void => {
      const hasFile = (name: string): boolean => cache.fileExists(path.join(current, name));
      for (const entry of cache.listDirectory(current)) {
        const entryPath = path.join(current, entry.name);
        if (entry.isDirectory) {
          if (config.workflowDirs.includes(entry.name) || entry.name === 'node_modules') continue;
          const entryReal = entered.enter(entryPath, entry.isSymbolicLink, real, config.rootDir);
          if (entryReal !== undefined) visit(entryPath, entryReal);
        } else if (entry.isFile && !isCompiledTwin(entry.name, hasFile) && isFileOfDir(entryPath))
          found.push(entryPath);
      }
    };
    // Its absence is read through the cache: the answer for a directory not there yet expires when it comes.
    const real = cache.stat(dir)?.isDirectory() === true ? realDirOf(dir) : undefined;
    if (real !== undefined && entered.claim(real)) visit(dir, real);
    const files = sortByRelativePath(dir, found);
    return { files, members: new Set(files) };
  });
  const added = [...new Set(extra)].filter((filePath) => !listed.members.has(filePath) && isFileOfDir(filePath));
  return added.length === 0 ? listed.files : sortByRelativePath(dir, [...listed.files, ...added]);
}

function sortByRelativePath(dir: string, files: readonly string[]): string[] {
  return files
    .map((filePath) => ({ filePath, key: toPosixRelative(dir, filePath) }))
    .sort((a, b) => byCodeUnit(a.key, b.key))
    .map(({ filePath }) => filePath);
}

/** The directory's barrel: the configured file, else one of the same stem (`index.js`), else the configured path. */
export function barrelPathOf(dir: string, config: Pick<ResolvedConfig, 'barrelFile'>, cache: ProjectCache): string {
  return cache.remember('barrelPath', cacheKeys.barrelPath(dir, config.barrelFile), () => {
    const names = cache
      .listDirectory(dir)
      .filter((entry) => entry.isFile && isBarrelName(entry.name, config.barrelFile))
      .map((entry) => entry.name);
    return path.join(dir, names.includes(config.barrelFile) ? config.barrelFile : (names[0] ?? config.barrelFile));
  });
}

/** Reads a workflows directory: whether it has a barrel, and every workflow file parsed and analysed. */
export function readWorkflowDirectory(
  dir: string,
  config: ResolvedConfig,
  cache: ProjectCache,
  overlay: FileOverlay = new Map(),
): WorkflowDirectory {
  const barrelPath = barrelPathOf(dir, config, cache);
  const files: WorkflowFile[] = [];
  for (const filePath of listWorkflowFiles(dir, config, cache, overlay.keys())) {
    const module = overlay.get(filePath) ?? cache.readModule(filePath, config);
    if (module !== undefined) files.push({ filePath, relativePath: toPosixRelative(dir, filePath), module });
  }
  return { dir, barrelPath, barrelExists: overlay.has(barrelPath) || cache.fileExists(barrelPath), files };
}

/** A directory's real path; `undefined` when it does not exist (yet: `wf new` plans a new one). */
function realDirOf(dir: string): string | undefined {
  try {
    return RealDirectories.of(dir);
  } catch {
    return undefined;
  }
}
