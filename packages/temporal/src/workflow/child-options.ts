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
import { DEFAULT_RETRIES, resolveRetry, uniqueStrings } from '../activity-options.js';
import { checkName, checkObject, checkOneOf, durationMs, InvalidOptionsError } from '../checks.js';
import { checkArgs, resolveStartOptions, workflowTypeOf, type ChildOptions } from '../options.js';

const CHILD_KEYS: ReadonlySet<string> = new Set([
  'taskQueue',
  'workflowId',
  'retries',
  'retry',
  'executionTimeout',
  'runTimeout',
  'taskTimeout',
  'workflowIdReusePolicy',
  'cancellationType',
  'parentClosePolicy',
  'typedSearchAttributes',
  'searchAttributes',
  'memo',
  'staticSummary',
  'staticDetails',
  'priority',
]);
const REUSE_POLICIES = uniqueStrings(WorkflowIdReusePolicy);
const CANCELLATION_TYPES = uniqueStrings(ChildWorkflowCancellationType);
const PARENT_CLOSE_POLICIES = uniqueStrings(ParentClosePolicy);

/** A child start, checked and resolved: the workflow type and the SDK's options, `args` left out. */
export interface ResolvedChild {
  workflowType: string;
  options: ChildWorkflowOptions & { workflowId: string; taskQueue: string };
}

export function resolveChild(workflow: unknown, args: unknown, options: ChildOptions | undefined, call: string): ResolvedChild {
  const workflowType = workflowTypeOf(workflow, call);
  checkArgs(args, call);
  // Explicit rather than left to the SDK, so the history and the docs say the same thing.
  const start = resolveStartOptions(workflowType, options, { taskQueue: workflowInfo().taskQueue, newUuid: uuid4 }, call, CHILD_KEYS);
  const resolved: ResolvedChild['options'] = { ...start };
  if (options === undefined) return { workflowType, options: resolved };

  if (options.retries !== undefined || options.retry !== undefined) {
    resolved.retry = resolveRetry(options.retries ?? DEFAULT_RETRIES, options.retry, call);
  }
  if (options.executionTimeout !== undefined) {
    resolved.workflowExecutionTimeout = durationMs(options.executionTimeout, 'executionTimeout', call);
  }
  if (options.runTimeout !== undefined) resolved.workflowRunTimeout = durationMs(options.runTimeout, 'runTimeout', call);
  if (options.taskTimeout !== undefined) resolved.workflowTaskTimeout = durationMs(options.taskTimeout, 'taskTimeout', call);
  if (options.workflowIdReusePolicy !== undefined) {
    checkOneOf(options.workflowIdReusePolicy, REUSE_POLICIES, 'workflowIdReusePolicy', call);
    resolved.workflowIdReusePolicy = options.workflowIdReusePolicy;
  }
  if (options.cancellationType !== undefined) {
    checkOneOf(options.cancellationType, CANCELLATION_TYPES, 'cancellationType', call);
    resolved.cancellationType = options.cancellationType;
  }
  if (options.parentClosePolicy !== undefined) {
    checkOneOf(options.parentClosePolicy, PARENT_CLOSE_POLICIES, 'parentClosePolicy', call);
    resolved.parentClosePolicy = options.parentClosePolicy;
  }
  if (options.typedSearchAttributes !== undefined) {
    if (typeof options.typedSearchAttributes !== 'object' || options.typedSearchAttributes === null) {
      throw new InvalidOptionsError(`${call}: typedSearchAttributes must be an array of pairs or a TypedSearchAttributes.`);
    }
    resolved.typedSearchAttributes = options.typedSearchAttributes;
  }
  if (options.searchAttributes !== undefined) {
    checkObject(options.searchAttributes, 'searchAttributes', call);
    resolved.searchAttributes = options.searchAttributes;
  }
  if (options.memo !== undefined) {
    checkObject(options.memo, 'memo', call);
    resolved.memo = options.memo;
  }
  if (options.staticSummary !== undefined) {
    checkName(options.staticSummary, 'staticSummary', call);
    resolved.staticSummary = options.staticSummary;
  }
  if (options.staticDetails !== undefined) {
    checkName(options.staticDetails, 'staticDetails', call);
    resolved.staticDetails = options.staticDetails;
  }
  if (options.priority !== undefined) {
    checkObject(options.priority, 'priority', call);
    resolved.priority = options.priority;
  }
  return { workflowType, options: resolved };
}
