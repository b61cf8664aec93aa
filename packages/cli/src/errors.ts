/**
 * Errors a command throws. The top-level handler turns each into an exit code and one line on
 * stderr; commands never call `process.exit`.
 */

/** Base class: `exitCode` is what the process exits with. */
export abstract class WfError extends Error {
  abstract readonly exitCode: 1 | 2;
}

/** Bad arguments or a request the command refuses (nothing was written): exit 2. */
export class UsageError extends WfError {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
}

/**
 * The command ran and found problems (findings, stale barrels, barrels it could not fix): exit 1.
 * The problems were already printed, so the message is only a summary.
 */
export class ProblemsFoundError extends WfError {
  override readonly name = 'ProblemsFoundError';
  readonly exitCode = 1;
}

/** Files could not be written; what was written was undone (the message says if not): exit 2. */
export class WriteError extends WfError {
  override readonly name = 'WriteError';
  readonly exitCode = 2;
}
