import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { readSource, type SourceSnapshot } from '../fs/read-source.js';
import { fileChange, type FileChange } from './file-change.js';

/** What a {@link FileTree} asks of the disk; tests pass a map of files instead. */
export interface TreeDisk {
  kind(file: string): 'file' | 'directory' | undefined;
  /** The names in a directory; none when it does not exist or cannot be listed. */
  list(dir: string): string[];
  /** A file read strictly (see `readSource`): undefined only when it does not exist. */
  read(file: string, label: string): SourceSnapshot | undefined;
}

export const nodeDisk: TreeDisk = {
  kind(file) {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats === undefined) return undefined;
    return stats.isDirectory() ? 'directory' : 'file';
  },
  list(dir) {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  },
  read: readSource,
};

/**
 * The project as a generator sees it, in the manner of Nx's devkit `Tree`: files read once and
 * kept, new texts held in memory with what they change. Reads answer from the planned texts first,
 * so a later step sees an earlier one's files; nothing reaches the disk until `listChanges()` is
 * handed to `writeChanges`, which writes all or nothing. (`wf new` never deletes or renames, so the
 * tree does neither.)
 */
export class FileTree {
  private readonly sources = new Map<string, SourceSnapshot | undefined>();
  private readonly planned = new Map<string, { text: string; summary: string }>();

  constructor(
    /** Names a file in messages (a path relative to the working directory). */
    readonly label: (file: string) => string,
    private readonly disk: TreeDisk = nodeDisk,
  ) {}

  /** The file as it is on disk (not as planned), read strictly once. */
  source(file: string): SourceSnapshot | undefined {
    if (!this.sources.has(file)) this.sources.set(file, this.disk.read(file, this.label(file)));
    return this.sources.get(file);
  }

  /** The file's text: as planned, else as on disk; undefined when it does not exist. */
  read(file: string): string | undefined {
    return this.planned.get(file)?.text ?? this.source(file)?.text;
  }

  isFile(file: string): boolean {
    return this.planned.has(file) || this.disk.kind(file) === 'file';
  }

  isDirectory(dir: string): boolean {
    return (
      this.disk.kind(dir) === 'directory' ||
      [...this.planned.keys()].some((file) => file.startsWith(`${dir}${path.sep}`))
    );
  }

  exists(file: string): boolean {
    return this.isFile(file) || this.isDirectory(file);
  }

  /** The names in `dir`, planned files included, sorted. */
  children(dir: string): string[] {
    const planned = [...this.planned.keys()]
      .filter((file) => path.dirname(file) === dir)
      .map((file) => path.basename(file));
    return [...new Set([...this.disk.list(dir), ...planned])].sort();
  }

  /** Plans `file` to hold `text`; `summary` says what changes, for people (added to an earlier plan's). */
  write(file: string, text: string, summary: string): void {
    const earlier = this.planned.get(file)?.summary;
    this.planned.set(file, { text, summary: earlier === undefined ? summary : `${earlier}, ${summary}` });
  }

  /** Every planned file, in the order planned, with the snapshot its replacement is checked against. */
  listChanges(): FileChange[] {
    return [...this.planned].map(([file, { text, summary }]) => fileChange(file, this.source(file), text, summary));
  }
}
