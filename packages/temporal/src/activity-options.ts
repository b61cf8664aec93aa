/**
 * Options of `Temporal.run` and `Temporal.runLocal`, and what they mean to the SDK. Every option
 * the SDK's `ActivityOptions` offers workflow code is here, in the facade's units: durations in
 * seconds (or duration strings), retries as a count after the first attempt.
 */
// Values only: the facade's declarations name no SDK type (see `DurationString`).
import { ActivityCancellationType as SdkActivityCancellationType } from '@temporalio/common';
import {
  checkKeys,
  checkName,
  checkObject,
  checkOneOf,
  durationMs,
  InvalidOptionsError,
  orDefault,
  show,
  type Duration,
} from './checks.js';

/** Seconds an activity attempt may run when `timeout` is not given. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

/** Retries after the first attempt when `retries` is not given (so 4 attempts in all). */
export const DEFAULT_RETRIES = 3;

/**
 * The largest `retries`: the retry policy's `maximumAttempts` (`retries + 1`) is a protobuf int32,
 * so it can be at most 2^31 - 1. More would overflow on the wire; use `'unlimited'` instead.
 */
export const MAX_RETRIES = 2 ** 31 - 2;

/** What cancelling the workflow (or its scope) does to a running activity: the SDK's values. */
export type ActivityCancellationType = 'TRY_CANCEL' | 'WAIT_CANCELLATION_COMPLETED' | 'ABANDON';

/** Priority and fairness of tasks, as the SDK's `Priority`. */
export interface Priority {
  /** 1 is the highest priority; the server's default is in the middle. */
  priorityKey?: number | undefined;
  /** Tasks with the same key share capacity fairly (a tenant, say). */
  fairnessKey?: string | undefined;
  /** Weight of the fairness key against others. */
  fairnessWeight?: number | undefined;
}

/** The SDK's retry policy, durations in milliseconds. */
export interface ResolvedRetryPolicy {
  /** `Infinity` when retries are unlimited (the SDK then leaves the field unset). */
  maximumAttempts: number;
  initialInterval?: number;
  maximumInterval?: number;
  backoffCoefficient?: number;
  nonRetryableErrorTypes?: string[];
}

/** What activity options mean to the SDK: its `ActivityOptions`, durations in milliseconds. */
export interface ResolvedActivityOptions {
  startToCloseTimeout: number;
  retry: ResolvedRetryPolicy;
  scheduleToCloseTimeout?: number;
  scheduleToStartTimeout?: number;
  heartbeatTimeout?: number;
  taskQueue?: string;
  cancellationType?: ActivityCancellationType;
  summary?: string;
  priority?: Priority;
}

/** The SDK's `LocalActivityOptions`, durations in milliseconds. */
export type ResolvedLocalActivityOptions = Omit<
  ResolvedActivityOptions,
  'heartbeatTimeout' | 'taskQueue' | 'priority'
> & {
  localRetryThreshold?: number;
};

/** How failed attempts are spaced and which failures are final. The count is `retries`. */
export interface RetryOptions {
  /** Wait before the first retry. SDK default 1 s. */
  initialInterval?: Duration | undefined;
  /** Longest wait between retries. SDK default 100 × `initialInterval`. */
  maximumInterval?: Duration | undefined;
  /** Each wait is the previous one times this (at least 1). SDK default 2. */
  backoffCoefficient?: number | undefined;
  /** Error types (an `ApplicationFailure`'s `type`, or an error's name) that are never retried. */
  nonRetryableErrorTypes?: readonly string[] | undefined;
}

/** Options that remote and local activities share. */
export interface ActivityCallOptions {
  /** Time one attempt may take (the start-to-close timeout). Default {@link DEFAULT_TIMEOUT_SECONDS} seconds. */
  timeout?: Duration | undefined;
  /** Time for the whole activity, retries included. Default: unlimited. */
  scheduleToCloseTimeout?: Duration | undefined;
  /** Time an attempt may wait to be picked up. Default: unlimited. */
  scheduleToStartTimeout?: Duration | undefined;
  /**
   * How many times a failed attempt is retried: `0` runs the activity once, `3` up to four times.
   * `'unlimited'` retries until the activity succeeds. Default {@link DEFAULT_RETRIES}.
   */
  retries?: number | 'unlimited' | undefined;
  /** Backoff and non-retryable errors; the number of retries is `retries`. */
  retry?: RetryOptions | undefined;
  /** What cancelling the workflow (or its scope) does to a running activity. SDK default `'TRY_CANCEL'`. */
  cancellationType?: ActivityCancellationType | undefined;
  /** A short text shown for this activity in the Temporal UI. */
  summary?: string | undefined;
}

/** Options of `Temporal.run`, and the defaults of `Temporal.activities(defaults)`. */
export interface RunOptions extends ActivityCallOptions {
  /** Longest gap between heartbeats before an attempt counts as failed. Default: no heartbeat needed. */
  heartbeatTimeout?: Duration | undefined;
  /** Task queue of the worker that runs the activity. Default: the workflow's task queue. */
  taskQueue?: string | undefined;
  /** Priority and fairness of the activity's tasks (server support required). */
  priority?: Priority | undefined;
}

/** Options of `Temporal.runLocal`: a local activity runs in the workflow's worker, without a task queue. */
export interface RunLocalOptions extends ActivityCallOptions {
  /** Retries whose backoff is longer than this are scheduled with a timer instead. SDK default 1 minute. */
  localRetryThreshold?: Duration | undefined;
}

const SHARED_KEYS = [
  'timeout',
  'scheduleToCloseTimeout',
  'scheduleToStartTimeout',
  'retries',
  'retry',
  'cancellationType',
  'summary',
];
const RUN_KEYS: ReadonlySet<string> = new Set([...SHARED_KEYS, 'heartbeatTimeout', 'taskQueue', 'priority']);
const LOCAL_KEYS: ReadonlySet<string> = new Set([...SHARED_KEYS, 'localRetryThreshold']);
const RETRY_KEYS: ReadonlySet<string> = new Set([
  'initialInterval',
  'maximumInterval',
  'backoffCoefficient',
  'nonRetryableErrorTypes',
]);
const PRIORITY_KEYS: ReadonlySet<string> = new Set(['priorityKey', 'fairnessKey', 'fairnessWeight']);
const CANCELLATION_TYPES = uniqueStrings(SdkActivityCancellationType);

/** `Temporal.run`'s options as the SDK's `ActivityOptions`; throws on anything it cannot honour. */
export function resolveRunOptions(options: RunOptions | undefined, call = 'Temporal.run'): ResolvedActivityOptions {
  checkKeys(options, RUN_KEYS, call);
  const resolved: ResolvedActivityOptions = resolveShared(options, call);
  if (options?.heartbeatTimeout !== undefined)
    resolved.heartbeatTimeout = durationMs(options.heartbeatTimeout, 'heartbeatTimeout', call);
  if (options?.taskQueue !== undefined) {
    checkName(options.taskQueue, 'taskQueue', call);
    resolved.taskQueue = options.taskQueue;
  }
  if (options?.priority !== undefined) resolved.priority = resolvePriority(options.priority, call);
  return resolved;
}

/** `Temporal.runLocal`'s options as the SDK's `LocalActivityOptions`. */
export function resolveRunLocalOptions(
  options: RunLocalOptions | undefined,
  call = 'Temporal.runLocal',
): ResolvedLocalActivityOptions {
  checkKeys(options, LOCAL_KEYS, call);
  const resolved: ResolvedLocalActivityOptions = resolveShared(options, call);
  if (options?.localRetryThreshold !== undefined) {
    resolved.localRetryThreshold = durationMs(options.localRetryThreshold, 'localRetryThreshold', call);
  }
  return resolved;
}

/**
 * A ref's defaults under a call's options: the call wins key by key, `retry` merged the same way.
 * A call's `undefined` drops the default, giving the facade's own.
 */
export function withDefaults<O extends ActivityCallOptions>(
  defaults: O | undefined,
  options: O | undefined,
): O | undefined {
  if (defaults === undefined) return options;
  if (options === undefined) return defaults;
  const merged = { ...defaults, ...options };
  if (defaults.retry !== undefined && options.retry !== undefined)
    merged.retry = { ...defaults.retry, ...options.retry };
  return merged;
}

/** The keys of `options` a local activity understands: a ref's defaults for `Temporal.run` also serve `runLocal`. */
export function localPart(options: RunOptions | undefined): RunLocalOptions | undefined {
  if (options === undefined) return undefined;
  return Object.fromEntries(Object.entries(options).filter(([key]) => LOCAL_KEYS.has(key)));
}

function resolveShared(
  options: ActivityCallOptions | undefined,
  call: string,
): ResolvedActivityOptions & ResolvedLocalActivityOptions {
  // Only undefined takes the default (not `??`): a null from plain JavaScript is a mistake to report.
  const resolved: ResolvedActivityOptions & ResolvedLocalActivityOptions = {
    startToCloseTimeout: durationMs(orDefault(options?.timeout, DEFAULT_TIMEOUT_SECONDS), 'timeout', call),
    retry: resolveRetry(orDefault(options?.retries, DEFAULT_RETRIES), options?.retry, call),
  };
  for (const key of ['scheduleToCloseTimeout', 'scheduleToStartTimeout'] as const) {
    if (options?.[key] !== undefined) resolved[key] = durationMs(options[key], key, call);
  }
  if (options?.cancellationType !== undefined) {
    checkOneOf(options.cancellationType, CANCELLATION_TYPES, 'cancellationType', call);
    resolved.cancellationType = options.cancellationType;
  }
  if (options?.summary !== undefined) {
    checkName(options.summary, 'summary', call);
    resolved.summary = options.summary;
  }
  return resolved;
}

/**
 * The SDK's retry policy from a count of retries and the backoff options. `maximumAttempts` is
 * `Infinity` when retries are unlimited (the SDK then leaves the field unset).
 */
export function resolveRetry(retries: unknown, retry: RetryOptions | undefined, call: string): ResolvedRetryPolicy {
  let maximumAttempts: number;
  if (retries === 'unlimited') {
    maximumAttempts = Number.POSITIVE_INFINITY;
  } else if (typeof retries !== 'number' || !Number.isSafeInteger(retries) || retries < 0) {
    throw new InvalidOptionsError(
      `${call}: retries must be a whole number of retries after the first attempt (0 or more) or 'unlimited', got ${show(retries)}.`,
    );
  } else if (retries > MAX_RETRIES) {
    throw new InvalidOptionsError(
      `${call}: retries must be at most ${MAX_RETRIES} (the retry policy's maximum attempts is a 32-bit integer); use retries: 'unlimited' to retry until the activity succeeds, got ${show(retries)}.`,
    );
  } else {
    maximumAttempts = retries + 1;
  }
  const policy: ResolvedRetryPolicy = { maximumAttempts };
  if (retry === undefined) return policy;
  checkObject(retry, 'retry', call);
  if (Object.hasOwn(retry, 'maximumAttempts')) {
    throw new InvalidOptionsError(
      `${call}: the number of attempts is set with retries (retries after the first attempt: maximumAttempts - 1), not retry.maximumAttempts.`,
    );
  }
  checkKeys(retry, RETRY_KEYS, call, 'retry option');
  if (retry.initialInterval !== undefined)
    policy.initialInterval = durationMs(retry.initialInterval, 'retry.initialInterval', call);
  if (retry.maximumInterval !== undefined)
    policy.maximumInterval = durationMs(retry.maximumInterval, 'retry.maximumInterval', call);
  if (retry.backoffCoefficient !== undefined) {
    const coefficient: unknown = retry.backoffCoefficient;
    if (typeof coefficient !== 'number' || !Number.isFinite(coefficient) || coefficient < 1) {
      throw new InvalidOptionsError(
        `${call}: retry.backoffCoefficient must be a number of at least 1, got ${show(coefficient)}.`,
      );
    }
    policy.backoffCoefficient = coefficient;
  }
  // The SDK's own default first wait is 1 s.
  if (policy.maximumInterval !== undefined && policy.maximumInterval < (policy.initialInterval ?? 1000)) {
    throw new InvalidOptionsError(`${call}: retry.maximumInterval must not be shorter than retry.initialInterval.`);
  }
  if (retry.nonRetryableErrorTypes !== undefined) {
    const types: unknown = retry.nonRetryableErrorTypes;
    if (!Array.isArray(types) || types.some((type) => typeof type !== 'string' || type === '')) {
      throw new InvalidOptionsError(
        `${call}: retry.nonRetryableErrorTypes must be an array of error type names, got ${show(types)}.`,
      );
    }
    policy.nonRetryableErrorTypes = [...(types as string[])];
  }
  return policy;
}

/** Checks a priority (activities and children take the same). */
export function resolvePriority(priority: unknown, call: string): Priority {
  checkObject(priority, 'priority', call);
  checkKeys(priority, PRIORITY_KEYS, call, 'priority option');
  const { priorityKey, fairnessKey, fairnessWeight } = priority;
  if (
    priorityKey !== undefined &&
    (typeof priorityKey !== 'number' || !Number.isSafeInteger(priorityKey) || priorityKey < 1)
  ) {
    throw new InvalidOptionsError(
      `${call}: priority.priorityKey must be a whole number of at least 1 (1 is the highest), got ${show(priorityKey)}.`,
    );
  }
  if (fairnessKey !== undefined) checkName(fairnessKey, 'priority.fairnessKey', call);
  if (
    fairnessWeight !== undefined &&
    (typeof fairnessWeight !== 'number' || !Number.isFinite(fairnessWeight) || fairnessWeight <= 0)
  ) {
    throw new InvalidOptionsError(
      `${call}: priority.fairnessWeight must be a positive number, got ${show(fairnessWeight)}.`,
    );
  }
  return { ...priority };
}

/** The string values of one of the SDK's enum-like objects (which also list prefixed aliases). */
export function uniqueStrings<T>(values: Record<string, T>): Array<Extract<T, string>> {
  return [...new Set(Object.values(values).filter((value): value is Extract<T, string> => typeof value === 'string'))];
}
