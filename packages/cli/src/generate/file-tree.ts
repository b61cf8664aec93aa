import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { readSource, SourceFileError, type SourceSnapshot } from '../fs/read-source.js';
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

/** What the tree saw at a path the first time it was asked about it. */
interface Observation {
  kind: 'file' | 'directory' | undefined;
  source?: SourceSnapshot | undefined;
  /** The file exists but cannot be read strictly: thrown whenever its text is needed. */
  unreadable?: SourceFileError | undefined;
}

/**
 * The project as a generator sees it, in the manner of Nx's devkit `Tree`: files read once and
 * kept, new texts held in memory with what they change. Reads answer from the planned texts first,
 * so a later step sees an earlier one's files; nothing reaches the disk until `listChanges()` is
 * handed to `writeChanges`, which writes all or nothing. (`wf new` never deletes or renames, so the
 * tree does neither.)
 *
 * Every answer about a path comes from what the tree saw the first time it was asked (a file is
 * read then), absence included: a change is checked against that, so a file another process
 * creates or edits after the tree looked is refused by `writeChanges`, never overwritten.
 */
export class FileTree {
  private readonly observations = new Map<string, Observation>();
  private readonly planned = new Map<string, { text: string; summary: string }>();

  constructor(
    /** Names a file in messages (a path relative to the working directory). */
    readonly label: (file: string) => string,
    private readonly disk: TreeDisk = nodeDisk,
  ) {}

  /** The file as it was on disk when the tree first looked (not as planned), read strictly. */
  source(file: string): SourceSnapshot | undefined {
    const seen = this.observe(file);
    if (seen.unreadable !== undefined) throw seen.unreadable;
    return seen.source;
  }

  private observe(file: string): Observation {
    let seen = this.observations.get(file);
    if (seen === undefined) {
      seen = this.look(file);
      this.observations.set(file, seen);
    }
    return seen;
  }

  private look(file: string): Observation {
    const kind = this.disk.kind(file);
    try {
      const source = this.disk.read(file, this.label(file));
      return { kind: source !== undefined ? 'file' : kind === 'directory' ? kind : undefined, source };
    } catch (error) {
      // A directory, a dangling link, a file that is not UTF-8: refused only when its text is needed.
      if (error instanceof SourceFileError) return { kind, unreadable: error };
      throw error;
    }
  }

  /** The file's text: as planned, else as on disk; undefined when it does not exist. */
  read(file: string): string | undefined {
    return this.planned.get(file)?.text ?? this.source(file)?.text;
  }

  isFile(file: string): boolean {
    return this.planned.has(file) || this.observe(file).kind === 'file';
  }

  isDirectory(dir: string): boolean {
    return (
      this.observe(dir).kind === 'directory' ||
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

  /** Every planned file, in the order planned, with what the tree first saw there (checked before it is replaced). */
  listChanges(): FileChange[] {
    return [...this.planned].map(([file, { text, summary }]) => fileChange(file, this.source(file), text, summary));
  }
}
