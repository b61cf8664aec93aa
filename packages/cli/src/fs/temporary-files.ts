import * as nodeFs from 'node:fs';
import path from 'node:path';

// File names are at most 255 bytes on the common file systems; a temporary or lock name must fit
// even next to a target whose own name is that long.
const NAME_MAX = 255;

// `.index.ts.<pid>.<8 random characters>.tmp`: wfkit's temporary files, owned by the process whose
// id they carry. Exactly that shape: a user's file that merely resembles it is never swept.
const TEMPORARY = /^\..*\.(\d+)\.[0-9a-z]{8}\.tmp$/;

/** `.<name>` cut to leave `room` bytes of a 255-byte file name (a cut name ends in `~`). */
function hiddenName(name: string, room: number): string {
  let base = `.${name}`;
  if (Buffer.byteLength(base) + room <= NAME_MAX) return base;
  while (Buffer.byteLength(base) + room + 1 > NAME_MAX) base = base.slice(0, -1);
  return `${base}~`;
}

/** A fresh temporary file name beside `target`, in wfkit's own naming, that fits the file system. */
export function temporaryPathFor(target: string): string {
  const suffix = `.${process.pid}.${Math.random().toString(36).slice(2, 10).padEnd(8, '0')}.tmp`;
  return path.join(path.dirname(target), `${hiddenName(path.basename(target), Buffer.byteLength(suffix))}${suffix}`);
}

/** The lock file that serialises writers of `target` (see `file-lock.ts`). */
export function lockPathFor(target: string): string {
  const suffix = '.wf-lock';
  return path.join(path.dirname(target), `${hiddenName(path.basename(target), suffix.length)}${suffix}`);
}

/** Whether a process of this id is running (one of another user's counts: it may be a wf of theirs). */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files of wfkit's naming in `dir` whose process is gone (a wf killed between
 * writing a temporary file and renaming it). A live process's are left alone: it is still
 * writing them. Best effort: a file that cannot be removed is left.
 */
export function removeStaleTemporaries(
  dir: string,
  fs: Pick<typeof nodeFs, 'readdirSync' | 'lstatSync' | 'rmSync'> = nodeFs,
): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (match === null || isProcessAlive(Number(match[1]))) continue;
    const file = path.join(dir, name);
    try {
      if (fs.lstatSync(file).isFile()) fs.rmSync(file, { force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}
