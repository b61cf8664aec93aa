import { writeFileAtomic } from '../fs/atomic-write.js';

/** One file `wf new` creates or changes, held in memory until everything is planned. */
export interface FileChange {
  filePath: string;
  /** The text on disk now; undefined for a new file. */
  before: string | undefined;
  after: string;
  /** What changes, for people: `workflow RegenerateContent`, `stub activity regenerateContent`. */
  summary: string;
}

/** Writes planned changes, each atomically, in the given order (the barrel last). */
export function writeChanges(changes: readonly FileChange[]): void {
  for (const change of changes) writeFileAtomic(change.filePath, change.after);
}
