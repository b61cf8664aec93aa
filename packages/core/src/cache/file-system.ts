import { readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';

/** What the cache needs of a `stat`: the kind of entry and what its version is made of. */
export type FileStats = Pick<Stats, 'isFile' | 'isDirectory' | 'mtimeMs' | 'ctimeMs' | 'size'>;

/**
 * The file system as the cache reads it: the one seam through which every read goes, so tests can
 * count what is read and stat-ed (`ProjectCache`'s `fileSystem` option).
 */
export interface CacheFileSystem {
  /** The entry a path names, through symbolic links; `undefined` when there is none (or it dangles). */
  stat(path: string): FileStats | undefined;
  /** A directory's entries; throws as `readdirSync` does (ENOENT, ENOTDIR, EACCES). */
  readDirectory(dir: string): Dirent[];
  /** A file's UTF-8 text; throws as `readFileSync` does. */
  readText(file: string): string;
}

export const nodeFileSystem: CacheFileSystem = {
  stat: (target) => {
    try {
      return statSync(target, { throwIfNoEntry: false });
    } catch (error) {
      // A link that loops leads nowhere; anything else (no permission) is for the caller to name.
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') return undefined;
      throw error;
    }
  },
  readDirectory: (dir) => readdirSync(dir, { withFileTypes: true }),
  readText: (file) => readFileSync(file, 'utf8'),
};

/**
 * A path's version: what must move for the cache to read it again. mtime and size, as
 * eslint-plugin-import-x compares them, plus ctime: two writes within the clock's resolution
 * keep the mtime, and a same-size rewrite then shows only in the ctime. `''` when nothing is there.
 */
export function versionOf(stats: FileStats | undefined): string {
  return stats === undefined ? '' : `${stats.mtimeMs}:${stats.ctimeMs}:${stats.size}`;
}
