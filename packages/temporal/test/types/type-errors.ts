/**
 * Misuses of the facade that must not compile. Each `@ts-expect-error` names the error code the
 * line produces once the directive is removed; types.test.ts checks both ways. Never executed.
 */
import { Temporal as ClientTemporal } from '@wfkit/temporal/client';
import { Temporal } from '@wfkit/temporal/workflow';
import type * as tasks from '../fixtures/tasks.js';
import { RegenerateContent } from '../fixtures/workflows/regenerate-content.js';

declare const rawActivity: typeof tasks.regenerateContent;
const refs = Temporal.activities<typeof tasks>();
const input: tasks.RegenerateInput = { deckId: 'deck-7', slide: 2 };

export async function misuses(): Promise<void> {
  // @ts-expect-error TS2345 a raw activity function instead of a reference
  await Temporal.run(rawActivity, [input]);

  // @ts-expect-error TS2322 an argument of the wrong type
  await Temporal.run(refs.regenerateContent, ['deck-7']);

  // @ts-expect-error TS2345 a missing argument
  await Temporal.run(refs.publishDeck, ['deck-7']);

  // @ts-expect-error TS2345 arguments passed one by one instead of as an array
  await Temporal.run(refs.regenerateContent, input);

  // @ts-expect-error TS2322 the result used as the wrong type
  const count: number = await Temporal.run(refs.publishDeck, ['deck-7', []]);

  // @ts-expect-error TS2339 an activity the module does not export
  await Temporal.run(refs.deleteEverything, []);

  // @ts-expect-error TS2339 an export that is not a function is not an activity
  await Temporal.run(refs.taskCount, []);

  // @ts-expect-error TS2353 an unknown option
  await Temporal.run(refs.ping, [], { attempts: 2 });

  // @ts-expect-error TS2559 retry is the backoff policy; the count is retries
  await Temporal.run(refs.ping, [], { retry: 2 });

  // @ts-expect-error TS2322 unlimited retries are spelled 'unlimited'
  await Temporal.run(refs.ping, [], { retries: 'forever' });

  // @ts-expect-error TS2741 a child workflow argument missing a property
  await Temporal.executeChildWorkflow(RegenerateContent, [{ deckId: 'deck-7' }]);

  // @ts-expect-error TS2322 a child workflow result used as the wrong type
  const title: number = await Temporal.executeChildWorkflow(RegenerateContent, [input]);

  // @ts-expect-error TS2739 fire-and-forget returns ids, not the child's result
  const slide: tasks.Slide = await Temporal.fireAndForgetChildWorkflow(RegenerateContent, [input]);

  // @ts-expect-error TS2339 the client API is not part of the workflow facade
  await Temporal.startWorkflow(RegenerateContent, [input]);

  // @ts-expect-error TS2339 and activities cannot be run from client code
  await ClientTemporal.run(refs.ping, []);

  // @ts-expect-error TS2322 a client start with an argument of the wrong type
  await ClientTemporal.startWorkflow(RegenerateContent, [{ deckId: 'deck-7', slide: '2' }]);

  // @ts-expect-error TS2345 the client takes the workflow function, not its name
  await ClientTemporal.executeWorkflow('RegenerateContent', [input]);

  // @ts-expect-error TS2353 the attempt count is `retries`, not the SDK's retry.maximumAttempts
  await Temporal.run(refs.ping, [], { retry: { maximumAttempts: 3 } });

  // @ts-expect-error TS2322 a duration that is neither seconds nor a duration string
  await Temporal.run(refs.ping, [], { heartbeatTimeout: 'soon' });

  // @ts-expect-error TS2322 a cancellation type the SDK does not have
  await Temporal.run(refs.ping, [], { cancellationType: 'CANCEL' });

  // @ts-expect-error TS2353 a local activity has no task queue of its own
  await Temporal.runLocal(refs.ping, [], { taskQueue: 'gpu' });

  // @ts-expect-error TS2353 nor a heartbeat timeout
  await Temporal.runLocal(refs.ping, [], { heartbeatTimeout: 30 });

  // @ts-expect-error TS2353 an unknown default of Temporal.activities
  Temporal.activities<typeof tasks>({ queue: 'gpu' });

  // @ts-expect-error TS2322 an id reuse policy the SDK does not have
  await Temporal.executeChildWorkflow(RegenerateContent, [input], { workflowIdReusePolicy: 'NEVER' });

  // @ts-expect-error TS2561 the SDK's option name instead of the facade's (tsc suggests executionTimeout)
  await Temporal.startChildWorkflow(RegenerateContent, [input], { workflowExecutionTimeout: 60 });

  // @ts-expect-error TS2353 a fire-and-forget child always outlives its parent
  await Temporal.fireAndForgetChildWorkflow(RegenerateContent, [input], { parentClosePolicy: 'TERMINATE' });

  const handle = await Temporal.startChildWorkflow(RegenerateContent, [input]);
  // @ts-expect-error TS2322 the handle's result is the child's result type
  const wrong: number = await handle.result();

  void [count, title, slide, wrong];
}
