import {
  CancellationScope,
  executeChild,
  ParentClosePolicy,
  startChild,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import {
  checkArgs,
  resolveStartOptions,
  workflowTypeOf,
  type ChildOptions,
  type ResolvedStartOptions,
} from '../options.js';
import type { AnyFunction, ArgsOf, ResultOf } from '../signatures.js';

/** Ids of a started child workflow. */
export interface ChildWorkflowIds {
  workflowId: string;
  /** Run id of the child's first execution. */
  runId: string;
}

/**
 * Runs a child workflow and waits for its result. The child runs on the parent's task queue
 * unless `taskQueue` says otherwise.
 *
 * @example const stored = await Temporal.executeChildWorkflow(StoreDocument, [documentInfo]);
 */
export async function executeChildWorkflow<W extends AnyFunction>(
  workflow: W,
  args: ArgsOf<W>,
  options?: ChildOptions,
): Promise<ResultOf<W>> {
  const { workflowType, taskQueue, workflowId } = prepare(workflow, args, options, 'Temporal.executeChildWorkflow');
  return (await executeChild(workflowType, { args, taskQueue, workflowId })) as ResultOf<W>;
}

/**
 * Starts a child workflow that outlives its parent: it keeps running when the parent completes,
 * fails or is cancelled. Resolves once the server reports the child started, so a parent that
 * returns right after this call cannot lose it.
 *
 * @example await Temporal.fireAndForgetChildWorkflow(SendDownloadEmail, [email, url]);
 */
export async function fireAndForgetChildWorkflow<W extends AnyFunction>(
  workflow: W,
  args: ArgsOf<W>,
  options?: ChildOptions,
): Promise<ChildWorkflowIds> {
  const { workflowType, taskQueue, workflowId } = prepare(
    workflow,
    args,
    options,
    'Temporal.fireAndForgetChildWorkflow',
  );
  // ABANDON covers the parent closing; the non-cancellable scope keeps a cancellation of the
  // parent from being passed on to the child (or from abandoning the start half-way).
  const child = await CancellationScope.nonCancellable(() =>
    startChild(workflowType, { args, taskQueue, workflowId, parentClosePolicy: ParentClosePolicy.ABANDON }),
  );
  return { workflowId: child.workflowId, runId: child.firstExecutionRunId };
}

function prepare(
  workflow: unknown,
  args: unknown,
  options: ChildOptions | undefined,
  call: string,
): ResolvedStartOptions & { workflowType: string } {
  const workflowType = workflowTypeOf(workflow, call);
  checkArgs(args, call);
  const resolved = resolveStartOptions(
    workflowType,
    options,
    // Explicit rather than left to the SDK, so the history and the docs say the same thing.
    { taskQueue: workflowInfo().taskQueue, newUuid: uuid4 },
    call,
  );
  return { workflowType, ...resolved };
}
