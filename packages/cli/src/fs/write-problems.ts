/** Why a write failed, in words, and what a user can do about it, by Node error code. */
const WRITE_PROBLEMS: Record<string, readonly [reason: string, fix: string]> = {
  EPERM: ['operation not permitted', "check the file's permissions"],
  EACCES: ['permission denied', "check the file's permissions"],
  EROFS: ['read-only file system', 'run wf where the project is writable'],
  EISDIR: ['it is a directory', 'move the directory away'],
  ENOTDIR: ['a parent of it is a file', 'move that file away'],
  EEXIST: ['a file is in the way', 'move it away'],
  ENOSPC: ['no space left on device', 'free some space'],
  EDQUOT: ['disk quota exceeded', 'free some space'],
};

/** `[reason, fix]` for a failed write: `['permission denied', "check the file's permissions"]`. */
export function describeWriteProblem(error: NodeJS.ErrnoException): readonly [reason: string, fix: string] {
  return WRITE_PROBLEMS[error.code ?? ''] ?? [error.code ?? error.message, "check the file's permissions and the disk"];
}

/** Whether an error is a failed file system call (as opposed to a bug). */
export function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
