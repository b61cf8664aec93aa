import * as nodeFs from 'node:fs';
import path from 'node:path';
import { WriteError } from '../errors.js';
import { LockTimeout, withFileLocks, type LockFs } from '../fs/file-lock.js';
import { sha256, type SourceSnapshot } from '../fs/read-source.js';
import { removeStaleTemporaries, temporaryPathFor } from '../fs/temporary-files.js';
import { describeFileProblem, isErrnoException } from '../fs/write-problems.js';

/** One file a command creates, changes or deletes, held in memory until everything is planned. */
export interface FileChange {
  filePath: string;
  /** The file as it was read when the change was planned; undefined for a new file. */
  source: SourceSnapshot | undefined;
  /** The text on disk when it was read (`source.text`); undefined for a new file. */
  before: string | undefined;
  after: string;
  /** The file is deleted (`wf fix` moved its code elsewhere); `after` is then empty. */
  removed?: boolean | undefined;
  /** What changes, for people: `workflow RegenerateContent`, `stub activity regenerateContent`. */
  summary: string;
}

/** A change of `source` (undefined: a new file) to `after`. */
export const fileChange = (
  filePath: string,
  source: SourceSnapshot | undefined,
  after: string,
  summary: string,
): FileChange => ({
  filePath,
  source,
  before: source?.text,
  after,
  summary,
});

/** The file system calls {@link writeChanges} makes (tests inject failures through it). */
export type ChangeFs = Pick<
  typeof nodeFs,
  | 'mkdirSync'
  | 'statSync'
  | 'lstatSync'
  | 'realpathSync'
  | 'accessSync'
  | 'readdirSync'
  | 'writeFileSync'
  | 'chmodSync'
  | 'renameSync'
  | 'rmSync'
  | 'rmdirSync'
> &
  LockFs;

/** Writing failed at `filePath`, for `reason`; every change was rolled back, except the files in `notRestored`. */
export class WriteFailure extends Error {
  override readonly name = 'WriteFailure';
  constructor(
    readonly filePath: string,
    readonly reason: string,
    readonly fix: string,
    readonly notRestored: readonly string[],
    options?: ErrorOptions,
  ) {
    super(`cannot write ${filePath}: ${reason}`, options);
  }
}

/** The one-line error a command throws for a failed write, with what was (not) put back. */
export function writeFailureError(error: WriteFailure, rel: (file: string) => string): WriteError {
  const outcome =
    error.notRestored.length === 0
      ? 'Nothing was changed'
      : `Could not restore ${error.notRestored.map(rel).join(', ')}; compare ${error.notRestored.length === 1 ? 'it' : 'them'} with version control`;
  return new WriteError(`cannot write ${rel(error.filePath)}: ${error.reason}. ${outcome}; ${error.fix}.`);
}

/** The fix when a target changed while wf ran: nothing to repair, only to plan from it again. */
export const PLAN_AGAIN = 'run the command again, so it plans from what is there now';

/** A target that must not be replaced: changed since it was read, read-only, a dangling link. */
class Refusal extends Error {
  constructor(
    readonly reason: string,
    readonly fix: string,
  ) {
    super(reason);
  }
}

/**
 * Writes planned changes all or nothing. Every text goes to a temporary file next to its target
 * first (the target of a symbolic link: the link stays, its file changes). Then, holding a lock on
 * every target, each is checked to be as it was read (size, mtime and SHA-256; a new file still
 * absent) and writable (a read-only file is not replaced), and the temporaries are renamed over
 * their targets (the barrel last). If any step fails, the temporaries are removed, targets already
 * renamed get their previous bytes back (through a temporary file and a rename too; new files are
 * deleted), directories created for them are removed, and a {@link WriteFailure} is thrown.
 * Temporary files of wf processes that were killed are removed from the directories written to.
 * A removed file (`wf fix` moved its code) is checked like the others, then deleted; undoing puts
 * its bytes back.
 */
export function writeChanges(changes: readonly FileChange[], fs: ChangeFs = nodeFs): void {
  const createdDirs: string[] = [];
  const targets = new Map<FileChange, string>();
  const temporaries = new Map<FileChange, string>();
  const renamed: FileChange[] = [];
  let notRestored: string[] = [];
  let current = changes[0]?.filePath ?? '';
  try {
    const swept = new Set<string>();
    for (const change of changes) {
      current = change.filePath;
      const target = targetOf(change, fs);
      targets.set(change, target);
      if (change.removed === true) {
        // Deleting the link's file would leave a dangling link; deleting the link, a file no one moved.
        if (target !== change.filePath)
          throw new Refusal('it is a symbolic link, which wf does not move', 'move the file and its link by hand');
        continue;
      }
      const dir = path.dirname(target);
      const firstCreated = fs.mkdirSync(dir, { recursive: true });
      if (firstCreated !== undefined) createdDirs.push(...dirsBetween(firstCreated, dir));
      else if (!swept.has(dir)) removeStaleTemporaries(dir, fs);
      swept.add(dir);
      const temporary = temporaryPathFor(target);
      temporaries.set(change, temporary);
      fs.writeFileSync(temporary, textOf(change), {
        flag: 'wx',
        ...(change.source === undefined ? {} : { mode: change.source.mode }),
      });
      // Creation modes pass through the umask; an existing file's mode is kept exactly.
      if (change.source !== undefined) fs.chmodSync(temporary, change.source.mode);
    }
    withFileLocks(
      [...targets.values()],
      () => {
        try {
          for (const change of changes) {
            current = change.filePath;
            refuseChanged(change, targets.get(change)!, fs);
          }
          for (const change of changes) {
            current = change.filePath;
            if (change.removed === true) fs.rmSync(targets.get(change)!);
            else fs.renameSync(temporaries.get(change)!, targets.get(change)!);
            renamed.push(change);
          }
        } catch (error) {
          // Undone under the lock, so no other wf sees (or plans from) the half-written state.
          notRestored = restore(fs, renamed, targets);
          throw error;
        }
      },
      fs,
    );
  } catch (error) {
    for (const [change, temporary] of temporaries) {
      if (!renamed.includes(change)) attempt(() => fs.rmSync(temporary, { force: true }));
    }
    for (const dir of [...createdDirs].reverse()) attempt(() => fs.rmdirSync(dir));
    // A lock is taken on all targets before any is checked: name the one another process holds.
    if (error instanceof LockTimeout)
      current = [...targets].find(([, target]) => target === error.filePath)?.[0].filePath ?? current;
    const [reason, fix] = problemOf(error);
    throw new WriteFailure(current, reason, fix, notRestored, { cause: error });
  }
}

/** Where a change is written: the file itself, or the file a symbolic link at its path points to. */
function targetOf(change: FileChange, fs: ChangeFs): string {
  if (fs.lstatSync(change.filePath, { throwIfNoEntry: false })?.isSymbolicLink() !== true) return change.filePath;
  try {
    return fs.realpathSync.native(change.filePath);
  } catch {
    throw new Refusal(
      'it is a symbolic link to a file that does not exist',
      'create the file it points to, or remove the link',
    );
  }
}

/** The bytes to write: `after`, with the byte order mark the file had. */
const textOf = (change: FileChange): string =>
  change.source?.bom === true && !change.after.startsWith('\uFEFF') ? `\uFEFF${change.after}` : change.after;

/** Refuses to replace a target that is not as it was read, or that is read-only. */
function refuseChanged(change: FileChange, target: string, fs: ChangeFs): void {
  const stats = fs.statSync(target, { throwIfNoEntry: false });
  const source = change.source;
  if (source === undefined) {
    if (stats !== undefined) throw new Refusal('it was created by another process while wf ran', PLAN_AGAIN);
    return;
  }
  if (stats === undefined) throw new Refusal('it was deleted by another process while wf ran', PLAN_AGAIN);
  // Size and mtime catch most edits; the hash, an edit of the same size within the clock's resolution.
  if (
    stats.size !== source.size ||
    stats.mtimeMs !== source.mtimeMs ||
    sha256(fs.readFileSync(target)) !== source.sha256
  ) {
    throw new Refusal('it changed since wf read it (another wf, or an editor, saved it meanwhile)', PLAN_AGAIN);
  }
  if ((stats.mode & 0o222) === 0 || !attempt(() => fs.accessSync(target, nodeFs.constants.W_OK))) {
    throw new Refusal('it is read-only', 'make it writable (chmod u+w) if wf should change it');
  }
}

/** Puts back the files a failed {@link writeChanges} replaced; returns those it could not restore. */
function restore(fs: ChangeFs, renamed: readonly FileChange[], targets: ReadonlyMap<FileChange, string>): string[] {
  const notRestored: string[] = [];
  for (const change of [...renamed].reverse()) {
    const target = targets.get(change)!;
    const source = change.source;
    const restored = attempt(() => {
      if (source === undefined) return fs.rmSync(target, { force: true });
      // Never in place: a restore that fails (disk full) must leave the new text, not half of the old.
      const temporary = temporaryPathFor(target);
      try {
        fs.writeFileSync(temporary, source.bytes, { flag: 'wx', mode: source.mode });
        fs.chmodSync(temporary, source.mode);
        fs.renameSync(temporary, target);
      } catch (error) {
        attempt(() => fs.rmSync(temporary, { force: true }));
        throw error;
      }
    });
    if (!restored) notRestored.push(change.filePath);
  }
  return notRestored;
}

function problemOf(error: unknown): readonly [reason: string, fix: string] {
  if (error instanceof Refusal) return [error.reason, error.fix];
  if (error instanceof LockTimeout)
    return [`another process (${error.owner}) is writing it`, 'wait for it to finish, then run the command again'];
  if (isErrnoException(error)) return describeFileProblem(error);
  throw error;
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
