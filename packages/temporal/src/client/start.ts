import type { WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import type { Workflow } from '@temporalio/common';
import { checkArgs, resolveStartOptions, workflowTypeOf, type StartOptions } from '../options.js';
import type { ArgsOf, ResultOf } from '../signatures.js';
import { defaultTaskQueue, getClient } from './connection.js';

/**
 * Starts a workflow and returns its handle without waiting for the result. `handle.workflowId` is
 * what an API returns to its caller for polling.
 *
 * @example const { workflowId } = await Temporal.startWorkflow(GeneratePresentation, [params]);
 */
export async function startWorkflow<W extends Workflow>(
  workflow: W,
  args: ArgsOf<W>,
  options?: StartOptions,
): Promise<WorkflowHandleWithFirstExecutionRunId<W>> {
  return await start<W>(prepare(workflow, args, options, 'Temporal.startWorkflow'));
}

/**
 * Starts a workflow and waits for its result.
 *
 * @example const summary = await Temporal.executeWorkflow(ProcessDocument, [documentId]);
 */
export async function executeWorkflow<W extends Workflow>(
  workflow: W,
  args: ArgsOf<W>,
  options?: StartOptions,
): Promise<ResultOf<W>> {
  // What the SDK's `execute` does too: start, then wait for the result.
  const handle = await start<W>(prepare(workflow, args, options, 'Temporal.executeWorkflow'));
  return (await handle.result()) as ResultOf<W>;
}

/** Sends a prepared start: connects, then starts the workflow by its type name. */
async function start<W extends Workflow>({
  call,
  workflowType,
  ...startOptions
}: PreparedStart): Promise<WorkflowHandleWithFirstExecutionRunId<W>> {
  const client = await getClient(call);
  // The facade's signature carries the types; the SDK is called by workflow type name.
  const handle = await client.workflow.start(workflowType, startOptions);
  return handle as WorkflowHandleWithFirstExecutionRunId<W>;
}

// Web Crypto's global rather than `node:crypto`: if workflow code imports this entry by mistake, the
// bundler then reports the disallowed `@temporalio/client` instead of an obscure `node:` scheme error.
function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}

// Validates everything before connecting, so a bad call fails fast and starts nothing.
function prepare(workflow: unknown, args: unknown, options: StartOptions | undefined, call: string) {
  const workflowType = workflowTypeOf(workflow, call);
  checkArgs(args, call);
  return {
    call,
    workflowType,
    args: [...args],
    ...resolveStartOptions(workflowType, options, { taskQueue: defaultTaskQueue(), newUuid: randomUuid }, call),
  };
}

type PreparedStart = ReturnType<typeof prepare>;
