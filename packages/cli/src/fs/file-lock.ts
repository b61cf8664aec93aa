import * as nodeFs from 'node:fs';
import path from 'node:path';
import { isProcessAlive, lockPathFor } from './temporary-files.js';
import { LOCK_SYSCALL } from './write-problems.js';

/** The file system calls the lock makes (tests inject faults through them). */
export type LockFs = Pick<typeof nodeFs, 'openSync' | 'writeSync' | 'closeSync' | 'readFileSync' | 'rmSync'>;

/** Another process holds a lock for longer than a command waits. */
export class LockTimeout extends Error {
  override readonly name = 'LockTimeout';
  constructor(
    readonly filePath: string,
    readonly owner: number,
  ) {
    super(`${filePath} is being written by another process (${owner})`);
  }
}

const WAIT_MS = 10_000;
const POLL_MS = 20;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `action` holding a lock on each of `files` (real paths): a `.<name>.wf-lock` file beside
 * each, created exclusively, holding the owner's process id. Two wf processes writing one file
 * take turns; they lock in one order (sorted), so neither waits for the other forever. A lock
 * whose process is gone (a wf killed while writing) is taken over; a live one is waited for, up to
 * ten seconds. The lock covers a command's check that a file is unchanged and its replacement.
 */
export function withFileLocks<T>(files: readonly string[], action: () => T, fs: LockFs = nodeFs): T {
  const held = acquireAll(files, fs);
  try {
    return action();
  } finally {
    release(held, fs);
  }
}

/** {@link withFileLocks} for an action that awaits (the locks are held until it settles). */
export async function withFileLocksAsync<T>(
  files: readonly string[],
  action: () => Promise<T>,
  fs: LockFs = nodeFs,
): Promise<T> {
  const held = acquireAll(files, fs);
  try {
    return await action();
  } finally {
    release(held, fs);
  }
}

/**
 * What a project's lock is taken on (`.wfkit.wf-lock` in its root). Commands that plan from the
 * tree and write to it hold it from their first read to their last write, so two of them in one
 * project take turns and the second plans from what the first wrote: a barrel planned from a
 * listing taken before another run's new workflow file would drop that run's export.
 */
export function projectLockTarget(rootDir: string): string {
  return path.join(rootDir, 'wfkit');
}

function acquireAll(files: readonly string[], fs: LockFs): string[] {
  const held: string[] = [];
  try {
    for (const file of [...new Set(files)].sort()) {
      acquire(file, fs);
      held.push(lockPathFor(file));
    }
    return held;
  } catch (error) {
    release(held, fs);
    throw error;
  }
}

function release(held: readonly string[], fs: LockFs): void {
  for (const lock of [...held].reverse()) {
    try {
      fs.rmSync(lock, { force: true });
    } catch {
      // A lock that cannot be removed is taken over once this process is gone.
    }
  }
}

function acquire(file: string, fs: LockFs): void {
  const lock = lockPathFor(file);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const fd = fs.openSync(lock, 'wx');
      try {
        fs.writeSync(fd, `${process.pid}\n`);
      } finally {
        fs.closeSync(fd);
      }
      return;
    } catch (error) {
      // Named as what it is: a lock wf creates, not a file of the user's that wf reads.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw Object.assign(error as NodeJS.ErrnoException, { syscall: LOCK_SYSCALL, path: lock });
    }
    const owner = ownerOf(lock, fs);
    if (owner !== undefined && !isProcessAlive(owner)) {
      fs.rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new LockTimeout(file, owner ?? 0);
    Atomics.wait(sleeper, 0, 0, POLL_MS);
  }
}

/** The process id in a lock file; `undefined` while it is being written (or gone). */
function ownerOf(lock: string, fs: LockFs): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(lock, 'utf8'), 10);
    return Number.isNaN(pid) ? undefined : pid;
  } catch {
    return undefined;
  }
}
