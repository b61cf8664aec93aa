// Why a file system call failed, in words, and what a user can do about it, by Node error code:
// message data, kept apart from the code that words it.
import FILE_PROBLEMS from './file-problems.json' with { type: 'json' };

/** `[reason, fix]` for a failed file system call: `['permission denied', "check the file's permissions…"]`. */
export function describeFileProblem(error: NodeJS.ErrnoException): readonly [reason: string, fix: string] {
  const [reason, fix] = (FILE_PROBLEMS as Partial<Record<string, string[]>>)[error.code ?? ''] ?? [];
  return reason !== undefined && fix !== undefined
    ? [reason, fix]
    : [error.code ?? error.message, "check the file's permissions and the disk"];
}

/** Whether an error is a failed file system call (as opposed to a bug). */
export function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/** The `syscall` of a lock (file-lock.ts) that could not be created, so the message says so. */
export const LOCK_SYSCALL = 'lock';

const READ_CALLS = new Set(['open', 'read', 'stat', 'lstat', 'realpath', 'readlink', 'access']);

/**
 * A file system error that reached the top: one line naming the file, the cause and the fix,
 * e.g. `cannot read directory src/secret: permission denied. Check …`. `undefined` for an error
 * without a path (not a file problem).
 */
export function formatFileError(error: NodeJS.ErrnoException, relative: (file: string) => string): string | undefined {
  if (error.path === undefined) return undefined;
  const [reason, fix] = describeFileProblem(error);
  const action =
    error.syscall === LOCK_SYSCALL
      ? 'cannot create the lock'
      : error.syscall === 'scandir' || error.syscall === 'opendir'
        ? 'cannot read directory'
        : READ_CALLS.has(error.syscall ?? '')
          ? 'cannot read'
          : 'cannot write';
  return `${action} ${relative(error.path)}: ${reason}. ${fix.charAt(0).toUpperCase()}${fix.slice(1)}.`;
}
