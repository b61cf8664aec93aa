/**
 * What the facade's child options mean to the SDK. Workflow side only: the enum values come from
 * `@temporalio/workflow`, and the default id from the sandbox's deterministic `uuid4`.
 */
import {
  ChildWorkflowCancellationType,
  ParentClosePolicy,
  uuid4,
  workflowInfo,
  type ChildWorkflowOptions,
} from '@temporalio/workflow';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { DEFAULT_RETRIES, resolvePriority, resolveRetry, uniqueStrings } from '../activity-options.js';
import { checkKeys, checkName, checkOneOf, durationMs, InvalidOptionsError, show } from '../checks.js';
import { checkArgs, resolveStartOptions, workflowTypeOf, type ChildOptions } from '../options.js';

/** Facade name → the SDK's name of each child duration. */
const DURATIONS = [
  ['executionTimeout', 'workflowExecutionTimeout'],
  ['runTimeout', 'workflowRunTimeout'],
  ['taskTimeout', 'workflowTaskTimeout'],
] as const;
/** Options that take one of the SDK's enum values, spelled as strings. */
const ENUMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['workflowIdReusePolicy', uniqueStrings(WorkflowIdReusePolicy)],
  ['cancellationType', uniqueStrings(ChildWorkflowCancellationType)],
  ['parentClosePolicy', uniqueStrings(ParentClosePolicy)],
];
const TEXTS = ['staticSummary', 'staticDetails'];
const OBJECTS = ['typedSearchAttributes', 'searchAttributes', 'memo'];
const CHILD_KEYS: ReadonlySet<string> = new Set([
  'taskQueue',
  'workflowId',
  'retries',
  'retry',
  'priority',
  ...DURATIONS.map(([key]) => key),
  ...ENUMS.map(([key]) => key),
  ...TEXTS,
  ...OBJECTS,
]);

/** A child start, checked and resolved: the workflow type and the SDK's options, `args` left out. */
export interface ResolvedChild {
  workflowType: string;
  options: ChildWorkflowOptions & { workflowId: string; taskQueue: string };
}

export function resolveChild(
  workflow: unknown,
  args: unknown,
  options: ChildOptions | undefined,
  call: string,
): ResolvedChild {
  const workflowType = workflowTypeOf(workflow, call);
  checkArgs(args, call);
  // Every option is checked before the workflow context is asked for anything.
  checkKeys(options, CHILD_KEYS, call);
  const resolved = resolveChildOptions(options, call);
  // Explicit rather than left to the SDK, so the history and the docs say the same thing.
  const start = resolveStartOptions(
    workflowType,
    options,
    { taskQueue: workflowInfo().taskQueue, newUuid: uuid4 },
    call,
    CHILD_KEYS,
  );
  return { workflowType, options: { ...start, ...resolved } };
}

/** The child options besides the task queue and the id, as the SDK's. */
function resolveChildOptions(options: ChildOptions | undefined, call: string): ChildWorkflowOptions {
  const resolved: ChildWorkflowOptions = {};
  if (options === undefined) return resolved;
  if (options.retries !== undefined || options.retry !== undefined) {
    resolved.retry = resolveRetry(options.retries ?? DEFAULT_RETRIES, options.retry, call);
  }
  if (options.priority !== undefined) resolved.priority = resolvePriority(options.priority, call);
  const given = options as Record<string, unknown>;
  const target = resolved as unknown as Record<string, unknown>;
  for (const [key, sdkKey] of DURATIONS)
    if (given[key] !== undefined) target[sdkKey] = durationMs(given[key], key, call);
  for (const [key, allowed] of ENUMS) {
    if (given[key] === undefined) continue;
    checkOneOf(given[key], allowed, key, call);
    target[key] = given[key];
  }
  for (const key of TEXTS) {
    if (given[key] === undefined) continue;
    checkName(given[key], key, call);
    target[key] = given[key];
  }
  // Search attributes may be an array of pairs or a TypedSearchAttributes: the SDK checks their shape.
  for (const key of OBJECTS) {
    if (given[key] === undefined) continue;
    if (typeof given[key] !== 'object' || given[key] === null)
      throw new InvalidOptionsError(`${call}: ${key} must be an object, got ${show(given[key])}.`);
    target[key] = given[key];
  }
  return resolved;
}
