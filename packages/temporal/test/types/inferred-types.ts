/**
 * What the facade's calls are typed as. `expectTypeOf` checks at compile time only; types.test.ts
 * compiles this file. Never executed.
 */
import type { WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { Temporal as ClientTemporal } from '@wfkit/temporal/client';
import { Temporal, type ActivityRef, type ChildWorkflowIds } from '@wfkit/temporal/workflow';
import { expectTypeOf } from 'vitest';
import type * as tasks from '../fixtures/tasks.js';
import { PublishPresentation, type PublishPresentationResult } from '../fixtures/workflows/publish-presentation.js';
import { RegenerateContent } from '../fixtures/workflows/regenerate-content.js';

const refs = Temporal.activities<typeof tasks>();
const input: tasks.RegenerateInput = { deckId: 'deck-7', slide: 2 };

// One reference per exported function; types and constants are left out.
expectTypeOf<keyof typeof refs>().toEqualTypeOf<'regenerateContent' | 'publishDeck' | 'ping'>();
expectTypeOf(refs.publishDeck).toEqualTypeOf<ActivityRef<typeof tasks.publishDeck>>();

// The arguments are the activity's parameters, as a tuple.
expectTypeOf(Temporal.run<typeof tasks.publishDeck>).parameter(1).toEqualTypeOf<[deckId: string, slides: tasks.Slide[]]>();
expectTypeOf(Temporal.run<typeof tasks.ping>).parameter(1).toEqualTypeOf<[]>();

export async function workflowCalls(): Promise<void> {
  expectTypeOf(await Temporal.run(refs.regenerateContent, [input])).toEqualTypeOf<tasks.Slide>();
  expectTypeOf(await Temporal.run(refs.publishDeck, ['deck-7', []], { timeout: 30 })).toEqualTypeOf<string>();
  expectTypeOf(await Temporal.run(refs.ping, [], { retries: 'unlimited' })).toEqualTypeOf<void>();

  const sendEmail = Temporal.activityRef<(to: string, url: string) => Promise<boolean>>('send_email');
  expectTypeOf(await Temporal.run(sendEmail, ['ada@example.test', 'https://example.test'])).toEqualTypeOf<boolean>();

  expectTypeOf(await Temporal.executeChildWorkflow(RegenerateContent, [input])).toEqualTypeOf<tasks.Slide>();
  expectTypeOf(await Temporal.fireAndForgetChildWorkflow(RegenerateContent, [input])).toEqualTypeOf<ChildWorkflowIds>();
}

export async function clientCalls(): Promise<void> {
  const handle = await ClientTemporal.startWorkflow(PublishPresentation, [{ deckId: 'deck-7', email: 'a@b.c' }]);
  expectTypeOf(handle).toEqualTypeOf<WorkflowHandleWithFirstExecutionRunId<typeof PublishPresentation>>();
  expectTypeOf(handle.workflowId).toEqualTypeOf<string>();
  expectTypeOf(await handle.result()).toEqualTypeOf<PublishPresentationResult>();
  expectTypeOf(await ClientTemporal.executeWorkflow(RegenerateContent, [input])).toEqualTypeOf<tasks.Slide>();
}
