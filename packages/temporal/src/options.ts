/**
 * Options, defaults and validation shared by the workflow and client entry points.
 *
 * This module has no runtime imports, so it is safe in the workflow sandbox and cheap in API code.
 * Every facade call resolves its options here first: a bad value throws before anything is
 * scheduled or started.
 */

/** Seconds an activity attempt may run when `timeout` is not given. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

/** Retries after the first attempt when `retries` is not given (so 4 attempts in all). */
export const DEFAULT_RETRIES = 3;

/**
 * The largest `retries`: the retry policy's `maximumAttempts` (`retries + 1`) is a protobuf int32,
 * so it can be at most 2^31 - 1. More would overflow on the wire; use `'unlimited'` instead.
 */
export const MAX_RETRIES = 2 ** 31 - 2;

/**
 * The largest `timeout`, in seconds: about 292 years. The protobuf Duration the SDK sends could
 * hold more (10,000 years), but the Temporal server reads durations into Go's `time.Duration`
 * (int64 nanoseconds, at most 9,223,372,036.85 s) and silently saturates anything longer, so a
 * larger timeout would not mean what it says. Whole seconds, so the millisecond value is exact.
 */
export const MAX_TIMEOUT_SECONDS = 9_223_372_036;

/** Task queue used by the client when neither the call nor `Temporal.configure` names one. */
export const DEFAULT_TASK_QUEUE = 'default';

/** Options of `Temporal.run`. */
export interface RunOptions {
  /** Seconds one attempt may take (the start-to-close timeout). Default {@link DEFAULT_TIMEOUT_SECONDS}. */
  timeout?: number | undefined;
  /**
   * How many times a failed attempt is retried: `0` runs the activity once, `3` up to four times.
   * `'unlimited'` retries until the activity succeeds. Default {@link DEFAULT_RETRIES}.
   */
  retries?: number | 'unlimited' | undefined;
}

/** Options of `Temporal.executeChildWorkflow` and `Temporal.fireAndForgetChildWorkflow`. */
export interface ChildOptions {
  /** Task queue of the child. Default: the parent's task queue. */
  taskQueue?: string | undefined;
  /** Workflow id of the child. Default: `<WorkflowName>-<uuid>`. */
  workflowId?: string | undefined;
}

/** Options of the client's `Temporal.startWorkflow` and `Temporal.executeWorkflow`. */
export interface StartOptions {
  /** Task queue to start the workflow on. Default: the configured task queue (`"default"`). */
  taskQueue?: string | undefined;
  /** Workflow id. Default: `<WorkflowName>-<uuid>`. */
  workflowId?: string | undefined;
}

/** What `RunOptions` mean to the SDK. */
export interface ResolvedRunOptions {
  startToCloseTimeoutMs: number;
  /** `Infinity` when retries are unlimited (the SDK then leaves the field unset). */
  maximumAttempts: number;
}

export interface ResolvedStartOptions {
  taskQueue: string;
  workflowId: string;
}

/** Thrown when a facade call gets options it cannot honour; nothing has been scheduled. */
export class InvalidOptionsError extends TypeError {
  override readonly name = 'InvalidOptionsError';
}

const RUN_KEYS: ReadonlySet<string> = new Set(['timeout', 'retries']);
const START_KEYS: ReadonlySet<string> = new Set(['taskQueue', 'workflowId']);

export function resolveRunOptions(options: RunOptions | undefined, call = 'Temporal.run'): ResolvedRunOptions {
  checkKeys(options, RUN_KEYS, call);
  // Only undefined takes the default (not `??`): a null from plain JavaScript is a mistake to report.
  const timeout = orDefault(options?.timeout, DEFAULT_TIMEOUT_SECONDS);
  const retries = orDefault(options?.retries, DEFAULT_RETRIES);

  if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout <= 0) {
    throw new InvalidOptionsError(`${call}: timeout must be a positive number of seconds, got ${show(timeout)}.`);
  }
  if (timeout > MAX_TIMEOUT_SECONDS) {
    throw new InvalidOptionsError(
      `${call}: timeout must be at most ${MAX_TIMEOUT_SECONDS} seconds (about 292 years), got ${show(timeout)}.`,
    );
  }
  const startToCloseTimeoutMs = Math.round(timeout * 1000);
  if (startToCloseTimeoutMs < 1) {
    throw new InvalidOptionsError(`${call}: timeout must be at least 0.001 seconds, got ${show(timeout)}.`);
  }

  if (retries === 'unlimited') return { startToCloseTimeoutMs, maximumAttempts: Number.POSITIVE_INFINITY };
  if (typeof retries !== 'number' || !Number.isSafeInteger(retries) || retries < 0) {
    throw new InvalidOptionsError(
      `${call}: retries must be a whole number of retries after the first attempt (0 or more) or 'unlimited', got ${show(retries)}.`,
    );
  }
  if (retries > MAX_RETRIES) {
    throw new InvalidOptionsError(
      `${call}: retries must be at most ${MAX_RETRIES} (the retry policy's maximum attempts is a 32-bit integer); use retries: 'unlimited' to retry until the activity succeeds, got ${show(retries)}.`,
    );
  }
  return { startToCloseTimeoutMs, maximumAttempts: retries + 1 };
}

/**
 * Fills in the task queue and the `<WorkflowName>-<uuid>` id. `newUuid` differs by side: the
 * workflow sandbox must use its deterministic `uuid4`, the client a random one.
 */
export function resolveStartOptions(
  workflowType: string,
  options: StartOptions | ChildOptions | undefined,
  defaults: { taskQueue: string; newUuid: () => string },
  call: string,
): ResolvedStartOptions {
  checkKeys(options, START_KEYS, call);
  const taskQueue = orDefault(options?.taskQueue, defaults.taskQueue);
  const workflowId = options?.workflowId === undefined ? `${workflowType}-${defaults.newUuid()}` : options.workflowId;
  checkName(taskQueue, 'taskQueue', call);
  checkName(workflowId, 'workflowId', call);
  return { taskQueue, workflowId };
}

/**
 * The workflow type of a workflow function: its name. The worker registers each workflow under
 * the name it is exported as, so the name must be a JavaScript identifier. That rules out
 * anonymous functions (`''`) and bound functions (`'bound Foo'`): stripping `bound ` would only be
 * right when the target happens to be exported under its own name (`export const Bar =
 * Foo.bind(null)` registers `Bar`), so they are rejected instead of guessed at.
 */
export function workflowTypeOf(workflow: unknown, call: string): string {
  if (typeof workflow !== 'function') {
    throw new InvalidOptionsError(`${call}: expected an exported workflow function, got ${show(workflow)}.`);
  }
  const name: unknown = workflow.name;
  if (name === '') {
    throw new InvalidOptionsError(
      `${call}: the workflow function has no name (an anonymous or arrow function); pass the exported workflow function itself, e.g. \`export async function MyWorkflow(...)\`.`,
    );
  }
  if (typeof name === 'string' && name.startsWith('bound ')) {
    throw new InvalidOptionsError(
      `${call}: got a bound function (${show(name)}); pass the exported workflow function itself, not a .bind() of it: its export name is the workflow type the worker registers.`,
    );
  }
  if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
    throw new InvalidOptionsError(
      `${call}: the workflow function's name ${show(name)} is not a JavaScript identifier, so it cannot be the name of an exported workflow; pass the exported workflow function itself.`,
    );
  }
  return name;
}

// An IdentifierName as ECMAScript defines it (no escapes): what an exported function can be called.
const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;

/** Facade calls take the workflow's or activity's arguments as one array: `[input]`, `[]`. */
export function checkArgs(args: unknown, call: string): asserts args is readonly unknown[] {
  if (!Array.isArray(args)) {
    throw new InvalidOptionsError(`${call}: arguments must be passed as an array, e.g. [input] or [], got ${show(args)}.`);
  }
}

/** Checks the activity type of `Temporal.activityRef` (and of each `Temporal.activities` name). */
export function checkActivityType(activityType: unknown, call: string): asserts activityType is string {
  if (typeof activityType !== 'string' || activityType.trim() === '') {
    throw new InvalidOptionsError(`${call}: the activity type must be a non-empty string, got ${show(activityType)}.`);
  }
}

/** Checks a configured default task queue (client `Temporal.configure`). */
export function checkTaskQueue(taskQueue: unknown, call: string): asserts taskQueue is string {
  checkName(taskQueue, 'taskQueue', call);
}

const CONFIGURE_KEYS: ReadonlySet<string> = new Set(['client', 'taskQueue']);

/**
 * Checks all of the client's `Temporal.configure` settings before any is applied: known keys only,
 * a `Client` (duck-typed) and a non-empty task queue. `undefined` is valid for both: it resets the
 * key to its default.
 */
export function checkClientSettings(
  settings: unknown,
  call: string,
): asserts settings is { client?: unknown; taskQueue?: string | undefined } {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    throw new InvalidOptionsError(`${call}: expected { client?, taskQueue? }, got ${show(settings)}.`);
  }
  checkKeys(settings, CONFIGURE_KEYS, call);
  const { client, taskQueue } = settings as { client?: unknown; taskQueue?: unknown };
  // Duck-typed rather than `instanceof`, which fails when the app has its own copy of the SDK.
  if (client !== undefined && typeof (client as { workflow?: { start?: unknown } } | null)?.workflow?.start !== 'function') {
    throw new InvalidOptionsError(`${call}: client must be a Client of the Temporal SDK (new Client({ connection })), got ${show(client)}.`);
  }
  if (taskQueue !== undefined) checkTaskQueue(taskQueue, call);
}

function checkName(value: unknown, key: string, call: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidOptionsError(`${call}: ${key} must be a non-empty string, got ${show(value)}.`);
  }
}

// Plain JavaScript callers get no excess-property check; a typo like `retry` would otherwise be ignored.
function checkKeys(options: object | undefined, allowed: ReadonlySet<string>, call: string): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidOptionsError(`${call}: options must be an object, got ${show(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.has(key)) {
      throw new InvalidOptionsError(`${call}: unknown option '${key}' (expected ${[...allowed].join(', ')}).`);
    }
  }
}

function orDefault<T>(value: T | undefined, fallback: T): T {
  return value === undefined ? fallback : value;
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
