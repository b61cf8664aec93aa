import path from 'node:path';
import {
  classifyFile,
  DECLARATION_FILE,
  resolveSpecifier,
  SKIPPED_DIRECTORIES,
  SOURCE_FILE,
  type ProjectCache,
  type ResolvedConfig,
} from '@wfkit/core';

/** The workflows directory whose barrel re-exports `filePath`, if one does. */
export function barrelDirOf(
  filePath: string,
  dirs: ReadonlyArray<{ dir: string; barrelPath: string; barrelExists: boolean }>,
  config: ResolvedConfig,
  cache: ProjectCache,
): string | undefined {
  const isFile = (file: string): boolean => cache.fileExists(file);
  return dirs.find(({ barrelPath, barrelExists }) => {
    const module = barrelExists ? cache.readModule(barrelPath, config) : undefined;
    if (module === undefined || !('info' in module)) return false;
    const sources = [
      ...module.info.reExports.map((entry) => entry.source),
      ...module.info.forwarded.map((entry) => entry.source),
    ];
    return sources.some((source) => resolveSpecifier(barrelPath, source, isFile) === filePath);
  })?.dir;
}

/** Source modules under the root (build output, dependencies and `ignore` left out). */
export function projectSources(rootDir: string, config: ResolvedConfig, cache: ProjectCache): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of cache.listDirectory(dir)) {
      const entryPath = path.join(dir, entry.name);
      if (entry.isDirectory) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(entryPath);
      } else if (
        entry.isFile &&
        SOURCE_FILE.test(entry.name) &&
        !DECLARATION_FILE.test(entry.name) &&
        classifyFile(entryPath, config).kind !== 'ignored'
      ) {
        files.push(entryPath);
      }
    }
  };
  walk(rootDir);
  return files.sort();
}
