import { CancellationScope, executeChild, startChild, type Workflow } from '@temporalio/workflow';
import { InvalidOptionsError } from '../checks.js';
import type { ChildOptions } from '../options.js';
import type { AnyFunction, ArgsOf, ResultOf } from '../signatures.js';
import { resolveChild } from './child-options.js';

/** Ids of a started child workflow. */
export interface ChildWorkflowIds {
  workflowId: string;
  /** Run id of the child's first execution. */
  runId: string;
}

/**
 * The handle of a started child: the SDK's `ChildWorkflowHandle`, typed here without loading the
 * SDK's declarations (see `DurationString`).
 */
export interface ChildWorkflowHandle<W extends AnyFunction> {
  readonly workflowId: string;
  /** Run id of the child's first execution. */
  readonly firstExecutionRunId: string;
  /** The child's result, once it completes; rejects with a `ChildWorkflowFailure` if it fails. */
  result(): Promise<ResultOf<W>>;
  /**
   * Sends a signal (a `defineSignal(…)` definition or a signal name) with its arguments. Resolves
   * once the server has delivered it.
   */
  signal<Args extends unknown[]>(
    signal: { readonly name: string; readonly type: 'signal' } | string,
    ...args: Args
  ): Promise<void>;
}

/** Options of `fireAndForgetChildWorkflow`: the child is always abandoned, so no other parent close policy. */
export type FireAndForgetOptions = Omit<ChildOptions, 'parentClosePolicy'>;

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
  const { workflowType, options: resolved } = resolveChild(workflow, args, options, 'Temporal.executeChildWorkflow');
  return (await executeChild<Workflow>(workflowType, { ...resolved, args: [...(args as unknown[])] })) as ResultOf<W>;
}

/**
 * Starts a child workflow and returns its handle once the server reports it started: await
 * `handle.result()` later, `handle.signal(…)` it meanwhile, read `workflowId` and
 * `firstExecutionRunId`. The child is bound to the parent as the SDK's `startChild` binds it
 * (terminated when the parent closes, unless `parentClosePolicy` says otherwise).
 *
 * @example
 * const render = await Temporal.startChildWorkflow(RenderSlides, [deckId]);
 * await render.signal(addSlide, slide);
 * const video = await render.result();
 */
export async function startChildWorkflow<W extends AnyFunction>(
  workflow: W,
  args: ArgsOf<W>,
  options?: ChildOptions,
): Promise<ChildWorkflowHandle<W>> {
  return await start(workflow, args, options, 'Temporal.startChildWorkflow');
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
  options?: FireAndForgetOptions,
): Promise<ChildWorkflowIds> {
  const call = 'Temporal.fireAndForgetChildWorkflow';
  if (options !== undefined && typeof options === 'object' && Object.hasOwn(options, 'parentClosePolicy')) {
    throw new InvalidOptionsError(
      `${call}: the child always outlives its parent, so parentClosePolicy cannot be set; use Temporal.startChildWorkflow for a child bound to its parent.`,
    );
  }
  const { workflowType, options: resolved } = resolveChild(workflow, args, options, call);
  // ABANDON covers the parent closing; the non-cancellable scope keeps a cancellation of the
  // parent from being passed on to the child (or from abandoning the start half-way).
  const child = await CancellationScope.nonCancellable(() =>
    startChild<Workflow>(workflowType, { ...resolved, args: [...(args as unknown[])], parentClosePolicy: 'ABANDON' }),
  );
  return { workflowId: child.workflowId, runId: child.firstExecutionRunId };
}

async function start<W extends AnyFunction>(
  workflow: W,
  args: ArgsOf<W>,
  options: ChildOptions | undefined,
  call: string,
): Promise<ChildWorkflowHandle<W>> {
  const { workflowType, options: resolved } = resolveChild(workflow, args, options, call);
  // The facade's signature carries the types; the SDK is called by workflow type name.
  return (await startChild<Workflow>(workflowType, {
    ...resolved,
    args: [...(args as unknown[])],
  })) as ChildWorkflowHandle<W>;
}
