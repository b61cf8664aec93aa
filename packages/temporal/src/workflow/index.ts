/**
 * The facade for workflow code. Import it as `import { Temporal } from '@wfkit/temporal/workflow'`.
 *
 * Only this entry point belongs in the workflow sandbox; `@wfkit/temporal/client` must never be
 * imported from workflow code (the bundler rejects it).
 */
import { activities, activityRef } from './activity-ref.js';
import { executeChildWorkflow, fireAndForgetChildWorkflow, startChildWorkflow } from './child-workflows.js';
import { run, runLocal } from './run.js';

export const Temporal = Object.freeze({
  activities,
  activityRef,
  run,
  runLocal,
  executeChildWorkflow,
  startChildWorkflow,
  fireAndForgetChildWorkflow,
});

export type { ActivityRef, ActivityRefs } from './activity-ref.js';
export type { ChildWorkflowHandle, ChildWorkflowIds, FireAndForgetOptions } from './child-workflows.js';
export type { AnyFunction, ArgsOf, ResultOf } from '../signatures.js';
export {
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT_SECONDS,
  InvalidOptionsError,
  MAX_RETRIES,
  MAX_TIMEOUT_SECONDS,
  type ActivityCallOptions,
  type ActivityCancellationType,
  type ChildOptions,
  type ChildWorkflowCancellationType,
  type ParentClosePolicy,
  type Priority,
  type SearchAttributePairLike,
  type WorkflowIdReusePolicy,
  type Duration,
  type RetryOptions,
  type RunLocalOptions,
  type RunOptions,
} from '../options.js';
