import * as nodeFs from 'node:fs';
import path from 'node:path';

/** One file a command creates, changes or deletes, held in memory until everything is planned. */
export interface FileChange {
  filePath: string;
  /** The text on disk now; undefined for a new file. */
  before: string | undefined;
  after: string;
  /** The file is deleted (`wf fix` moved its code elsewhere); `after` is then empty. */
  removed?: boolean | undefined;
  /** What changes, for people: `workflow RegenerateContent`, `stub activity regenerateContent`. */
  summary: string;
}

/** The file system calls {@link writeChanges} makes (tests inject failures through it). */
export type ChangeFs = Pick<typeof nodeFs, 'mkdirSync' | 'statSync' | 'writeFileSync' | 'renameSync' | 'rmSync' | 'rmdirSync'>;

/** Writing failed at `filePath`; every change was rolled back, except the files in `notRestored`. */
export class WriteFailure extends Error {
  override readonly name = 'WriteFailure';
  constructor(
    readonly filePath: string,
    readonly error: NodeJS.ErrnoException,
    readonly notRestored: readonly string[],
  ) {
    super(`cannot write ${filePath}: ${error.message}`);
  }
}

/**
 * Writes planned changes all or nothing: every text goes to a temporary file next to its target
 * first, then the temporaries are renamed over their targets (the barrel last) and removed files
 * deleted. If any step fails,
 * the temporaries are removed, targets already renamed get their previous text back (new files
 * are deleted), directories created for them are removed, and a {@link WriteFailure} is thrown.
 */
export function writeChanges(changes: readonly FileChange[], fs: ChangeFs = nodeFs): void {
  const createdDirs: string[] = [];
  const temporaries = new Map<FileChange, string>();
  const renamed: FileChange[] = [];
  let current = changes[0]?.filePath ?? '';
  try {
    for (const change of changes) {
      current = change.filePath;
      if (change.removed === true) continue;
      const dir = path.dirname(change.filePath);
      const firstCreated = fs.mkdirSync(dir, { recursive: true });
      if (firstCreated !== undefined) createdDirs.push(...dirsBetween(firstCreated, dir));
      const mode = fs.statSync(change.filePath, { throwIfNoEntry: false })?.mode;
      const temporary = path.join(dir, `.${path.basename(change.filePath)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
      temporaries.set(change, temporary);
      fs.writeFileSync(temporary, change.after, mode === undefined ? {} : { mode: mode & 0o7777 });
    }
    for (const change of changes) {
      current = change.filePath;
      if (change.removed === true) fs.rmSync(change.filePath);
      else fs.renameSync(temporaries.get(change)!, change.filePath);
      renamed.push(change);
    }
  } catch (error) {
    const notRestored = rollBack(fs, temporaries, renamed, createdDirs);
    throw new WriteFailure(current, error as NodeJS.ErrnoException, notRestored);
  }
}

/** Undoes a partial {@link writeChanges}; returns the targets it could not restore. */
function rollBack(fs: ChangeFs, temporaries: Map<FileChange, string>, renamed: readonly FileChange[], createdDirs: readonly string[]): string[] {
  const notRestored: string[] = [];
  for (const [change, temporary] of temporaries) {
    if (!renamed.includes(change)) attempt(() => fs.rmSync(temporary, { force: true }));
  }
  for (const change of [...renamed].reverse()) {
    const restored = attempt(() => {
      if (change.before === undefined) fs.rmSync(change.filePath, { force: true });
      else fs.writeFileSync(change.filePath, change.before);
    });
    if (!restored) notRestored.push(change.filePath);
  }
  for (const dir of [...createdDirs].reverse()) attempt(() => fs.rmdirSync(dir));
  return notRestored;
}

function attempt(action: () => void): boolean {
  try {
    action();
    return true;
  } catch {
    return false;
  }
}

/** `top` and every directory below it down to `bottom`, top first (what `mkdir -p` created). */
function dirsBetween(top: string, bottom: string): string[] {
  const dirs: string[] = [];
  for (let dir = bottom; dir.length >= top.length; dir = path.dirname(dir)) {
    dirs.unshift(dir);
    if (dir === top || dir === path.dirname(dir)) break;
  }
  return dirs;
}
