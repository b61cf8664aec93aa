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

  void [count, title, slide];
}
