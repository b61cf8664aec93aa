/**
 * Options, defaults and validation shared by the workflow and client entry points (also the
 * `@wfkit/temporal/options` entry). Every facade call resolves its options here first: a bad value
 * throws before anything is scheduled or started. Nothing here loads the SDK's workflow or client
 * runtime, so it is safe in the workflow sandbox and cheap in API code.
 */
import type { Priority, RetryOptions } from './activity-options.js';
import { checkKeys, checkName, InvalidOptionsError, orDefault, show, type Duration } from './checks.js';

export {
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT_SECONDS,
  MAX_RETRIES,
  resolveRetry,
  resolveRunLocalOptions,
  resolveRunOptions,
  type ActivityCallOptions,
  type ActivityCancellationType,
  type Priority,
  type RetryOptions,
  type RunLocalOptions,
  type RunOptions,
} from './activity-options.js';
export { durationMs, InvalidOptionsError, MAX_TIMEOUT_SECONDS, type Duration } from './checks.js';

/** Task queue used by the client when neither the call nor `Temporal.configure` names one. */
export const DEFAULT_TASK_QUEUE = 'default';

/** Whether a workflow id closed earlier may be used again: the SDK's values. */
export type WorkflowIdReusePolicy =
  'ALLOW_DUPLICATE' | 'ALLOW_DUPLICATE_FAILED_ONLY' | 'REJECT_DUPLICATE' | 'TERMINATE_IF_RUNNING';

/** What cancelling the parent does to a child: the SDK's values. */
export type ChildWorkflowCancellationType =
  'ABANDON' | 'TRY_CANCEL' | 'WAIT_CANCELLATION_REQUESTED' | 'WAIT_CANCELLATION_COMPLETED';

/** What happens to a child when its parent closes first: the SDK's values. */
export type ParentClosePolicy = 'TERMINATE' | 'ABANDON' | 'REQUEST_CANCEL';

/**
 * A search attribute and its value as the SDK's `defineSearchAttributeKey` makes them
 * (`{ key: DECK_ID, value: 'deck-7' }`); the SDK checks the value against the key's type.
 */
export interface SearchAttributePairLike {
  readonly key: { readonly name: string; readonly type: string };
  readonly value: unknown;
}

/**
 * Options of `Temporal.executeChildWorkflow`, `Temporal.startChildWorkflow` and
 * `Temporal.fireAndForgetChildWorkflow`: the child options of the SDK that workflow code sets.
 */
export interface ChildOptions {
  /** Task queue of the child. Default: the parent's task queue. */
  taskQueue?: string | undefined;
  /** Workflow id of the child. Default: `<WorkflowName>-<uuid>`. */
  workflowId?: string | undefined;
  /**
   * Retries of the whole child workflow after a failed run. Default: none, as in the SDK; with
   * `retry` given and `retries` not, {@link DEFAULT_RETRIES}, as for activities.
   */
  retries?: number | 'unlimited' | undefined;
  /** Backoff and non-retryable errors of the child's retry policy; the count is `retries`. */
  retry?: RetryOptions | undefined;
  /** Time the child may take in all, retries and continue-as-new included. Default: unlimited. */
  executionTimeout?: Duration | undefined;
  /** Time one run of the child may take. Default: the execution timeout. */
  runTimeout?: Duration | undefined;
  /** Time one workflow task of the child may take. SDK default 10 s. */
  taskTimeout?: Duration | undefined;
  /** Whether a workflow id closed earlier may be used again. SDK default `'ALLOW_DUPLICATE'`. */
  workflowIdReusePolicy?: WorkflowIdReusePolicy | undefined;
  /** What cancelling the parent (or its scope) does to the child. SDK default `'WAIT_CANCELLATION_COMPLETED'`. */
  cancellationType?: ChildWorkflowCancellationType | undefined;
  /**
   * What happens to the child when the parent closes first. SDK default `'TERMINATE'`.
   * `fireAndForgetChildWorkflow` always abandons the child and takes no other.
   */
  parentClosePolicy?: ParentClosePolicy | undefined;
  /** Search attributes, typed (`defineSearchAttributeKey`). */
  typedSearchAttributes?:
    readonly SearchAttributePairLike[] | { getAll(): readonly SearchAttributePairLike[] } | undefined;
  /**
   * Search attributes, untyped.
   *
   * @deprecated The SDK deprecates them in favour of `typedSearchAttributes`.
   */
  searchAttributes?: Record<string, readonly unknown[] | undefined> | undefined;
  /** Non-indexed data stored with the child. */
  memo?: Record<string, unknown> | undefined;
  /** A short text shown for the child in the Temporal UI. */
  staticSummary?: string | undefined;
  /** A longer text (Markdown) shown for the child in the Temporal UI. */
  staticDetails?: string | undefined;
  /** Priority and fairness of the child's tasks (server support required). */
  priority?: Priority | undefined;
}

/** Options of the client's `Temporal.startWorkflow` and `Temporal.executeWorkflow`. */
export interface StartOptions {
  /** Task queue to start the workflow on. Default: the configured task queue (`"default"`). */
  taskQueue?: string | undefined;
  /** Workflow id. Default: `<WorkflowName>-<uuid>`. */
  workflowId?: string | undefined;
}

/** Task queue and workflow id, filled in. */
export interface ResolvedStartOptions {
  taskQueue: string;
  workflowId: string;
}

const START_KEYS: ReadonlySet<string> = new Set(['taskQueue', 'workflowId']);

/**
 * Fills in the task queue and the `<WorkflowName>-<uuid>` id. `newUuid` differs by side: the
 * workflow sandbox must use its deterministic `uuid4`, the client a random one.
 */
export function resolveStartOptions(
  workflowType: string,
  options: StartOptions | Pick<ChildOptions, 'taskQueue' | 'workflowId'> | undefined,
  defaults: { taskQueue: string; newUuid: () => string },
  call: string,
  allowed: ReadonlySet<string> = START_KEYS,
): ResolvedStartOptions {
  checkKeys(options, allowed, call);
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
    throw new InvalidOptionsError(
      `${call}: arguments must be passed as an array, e.g. [input] or [], got ${show(args)}.`,
    );
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
  if (
    client !== undefined &&
    typeof (client as { workflow?: { start?: unknown } } | null)?.workflow?.start !== 'function'
  ) {
    throw new InvalidOptionsError(
      `${call}: client must be a Client of the Temporal SDK (new Client({ connection })), got ${show(client)}.`,
    );
  }
  if (taskQueue !== undefined) checkTaskQueue(taskQueue, call);
}
