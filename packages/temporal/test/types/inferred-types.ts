/**
 * What the facade's calls are typed as. `expectTypeOf` checks at compile time only; types.test.ts
 * compiles this file. Never executed.
 */
import type { WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { Temporal as ClientTemporal } from '@wfkit/temporal/client';
import type * as sdk from '@temporalio/workflow';
import { defineSearchAttributeKey, TypedSearchAttributes, type Priority as SdkPriority } from '@temporalio/common';
import { defineSignal } from '@temporalio/workflow';
import {
  Temporal,
  type ActivityCancellationType,
  type ActivityRef,
  type ChildWorkflowCancellationType,
  type ChildWorkflowHandle,
  type ParentClosePolicy,
  type Priority,
  type WorkflowIdReusePolicy,
  type ChildOptions,
  type ChildWorkflowIds,
  type Duration,
  type RunLocalOptions,
  type RunOptions,
} from '@wfkit/temporal/workflow';
import { expectTypeOf } from 'vitest';
import type * as tasks from '../fixtures/tasks.js';
import { PublishPresentation, type PublishPresentationResult } from '../fixtures/workflows/publish-presentation.js';
import { RegenerateContent } from '../fixtures/workflows/regenerate-content.js';

const refs = Temporal.activities<typeof tasks>();
const input: tasks.RegenerateInput = { deckId: 'deck-7', slide: 2 };

// One reference per exported function; types and constants are left out.
expectTypeOf<keyof typeof refs>().toEqualTypeOf<
  'regenerateContent' | 'publishDeck' | 'ping' | 'renderVideo' | 'lookupRate'
>();
expectTypeOf(refs.publishDeck).toEqualTypeOf<ActivityRef<typeof tasks.publishDeck>>();

// The arguments are the activity's parameters, as a tuple.
expectTypeOf(Temporal.run<typeof tasks.publishDeck>)
  .parameter(1)
  .toEqualTypeOf<[deckId: string, slides: tasks.Slide[]]>();
expectTypeOf(Temporal.run<typeof tasks.ping>)
  .parameter(1)
  .toEqualTypeOf<[]>();

export async function workflowCalls(): Promise<void> {
  expectTypeOf(await Temporal.run(refs.regenerateContent, [input])).toEqualTypeOf<tasks.Slide>();
  expectTypeOf(await Temporal.run(refs.publishDeck, ['deck-7', []], { timeout: 30 })).toEqualTypeOf<string>();
  expectTypeOf(await Temporal.run(refs.ping, [], { retries: 'unlimited' })).toEqualTypeOf<void>();

  const sendEmail = Temporal.activityRef<(to: string, url: string) => Promise<boolean>>('send_email');
  expectTypeOf(await Temporal.run(sendEmail, ['ada@example.test', 'https://example.test'])).toEqualTypeOf<boolean>();

  expectTypeOf(await Temporal.executeChildWorkflow(RegenerateContent, [input])).toEqualTypeOf<tasks.Slide>();
  expectTypeOf(await Temporal.fireAndForgetChildWorkflow(RegenerateContent, [input])).toEqualTypeOf<ChildWorkflowIds>();
}

// Every activity option, in the facade's units: seconds or the SDK's duration strings.
const everyRunOption = {
  timeout: '10 minutes',
  scheduleToCloseTimeout: 3600,
  scheduleToStartTimeout: '5m',
  heartbeatTimeout: 30,
  taskQueue: 'gpu',
  retries: 5,
  retry: { initialInterval: '2s', maximumInterval: 60, backoffCoefficient: 2, nonRetryableErrorTypes: ['InvalidDeck'] },
  cancellationType: 'WAIT_CANCELLATION_COMPLETED',
  summary: 'render',
  priority: { priorityKey: 1, fairnessKey: 'tenant', fairnessWeight: 2 },
} satisfies RunOptions;
expectTypeOf<'30s'>().toExtend<Duration>();
expectTypeOf<'5 minutes'>().toExtend<Duration>();
expectTypeOf<number>().toExtend<Duration>();
const everyLocalOption = {
  timeout: 5,
  scheduleToCloseTimeout: '1m',
  scheduleToStartTimeout: 1,
  localRetryThreshold: '10s',
  retries: 'unlimited',
  retry: { backoffCoefficient: 1.5 },
  cancellationType: 'ABANDON',
  summary: 'rate',
} satisfies RunLocalOptions;
const DECK_ID = defineSearchAttributeKey('DeckId', 'KEYWORD');
const everyChildOption = {
  workflowId: 'variant-1',
  taskQueue: 'slides-gpu',
  retries: 2,
  retry: { initialInterval: 5 },
  executionTimeout: '1h',
  runTimeout: 600,
  taskTimeout: '20s',
  workflowIdReusePolicy: 'REJECT_DUPLICATE',
  cancellationType: 'TRY_CANCEL',
  parentClosePolicy: 'REQUEST_CANCEL',
  typedSearchAttributes: [{ key: DECK_ID, value: 'deck-7' }],
  memo: { deckId: 'deck-7' },
  staticSummary: 'variant',
  staticDetails: 'details',
  priority: { priorityKey: 3 },
} satisfies ChildOptions;

export async function optionCalls(): Promise<void> {
  const { renderVideo } = Temporal.activities<typeof tasks>({ heartbeatTimeout: 30, taskQueue: 'gpu' });
  expectTypeOf(renderVideo).toEqualTypeOf<ActivityRef<typeof tasks.renderVideo>>();
  expectTypeOf(await Temporal.run(renderVideo, ['deck-7'], everyRunOption)).toEqualTypeOf<string>();
  expectTypeOf(await Temporal.runLocal(refs.lookupRate, ['EUR'], everyLocalOption)).toEqualTypeOf<number>();
  expectTypeOf(Temporal.runLocal<typeof tasks.lookupRate>)
    .parameter(1)
    .toEqualTypeOf<[currency: string]>();
  expectTypeOf(
    await Temporal.executeChildWorkflow(RegenerateContent, [input], everyChildOption),
  ).toEqualTypeOf<tasks.Slide>();
  const { parentClosePolicy: _policy, ...fireAndForget } = everyChildOption;
  expectTypeOf(
    await Temporal.fireAndForgetChildWorkflow(RegenerateContent, [input], fireAndForget),
  ).toEqualTypeOf<ChildWorkflowIds>();

  // The handle of a started child: its ids now, its typed result later, signals meanwhile.
  const handle = await Temporal.startChildWorkflow(RegenerateContent, [input], everyChildOption);
  expectTypeOf(handle).toEqualTypeOf<ChildWorkflowHandle<typeof RegenerateContent>>();
  expectTypeOf(handle.workflowId).toEqualTypeOf<string>();
  expectTypeOf(handle.firstExecutionRunId).toEqualTypeOf<string>();
  expectTypeOf(await handle.result()).toEqualTypeOf<tasks.Slide>();
  expectTypeOf(handle.signal).toBeFunction();
  const addSlide = defineSignal<[tasks.Slide]>('addSlide');
  expectTypeOf(handle.signal(addSlide, { title: 't', body: 'b' })).toEqualTypeOf<Promise<void>>();
  expectTypeOf(handle.signal('addSlide', { title: 't', body: 'b' })).toEqualTypeOf<Promise<void>>();

  // Typed search attributes as a TypedSearchAttributes object, too.
  await Temporal.startChildWorkflow(RegenerateContent, [input], {
    typedSearchAttributes: new TypedSearchAttributes([{ key: DECK_ID, value: 'deck-7' }]),
  });
}

// The facade spells the SDK's option types out (its declarations load none of the SDK's); these
// keep the two in step with SDK 1.24.
expectTypeOf<ActivityCancellationType>().toEqualTypeOf<sdk.ActivityCancellationType>();
expectTypeOf<ChildWorkflowCancellationType>().toEqualTypeOf<sdk.ChildWorkflowCancellationType>();
expectTypeOf<ParentClosePolicy>().toEqualTypeOf<Exclude<sdk.ParentClosePolicy, undefined>>();
expectTypeOf<WorkflowIdReusePolicy>().toEqualTypeOf<Exclude<sdk.WorkflowIdReusePolicy, undefined>>();
expectTypeOf<SdkPriority>().toExtend<Priority>();
expectTypeOf<Priority>().toExtend<SdkPriority>();
// What startChildWorkflow returns is the SDK's handle, seen through the facade's type.
expectTypeOf<sdk.ChildWorkflowHandle<typeof RegenerateContent>>().toExtend<
  ChildWorkflowHandle<typeof RegenerateContent>
>();

export async function clientCalls(): Promise<void> {
  const handle = await ClientTemporal.startWorkflow(PublishPresentation, [{ deckId: 'deck-7', email: 'a@b.c' }]);
  expectTypeOf(handle).toEqualTypeOf<WorkflowHandleWithFirstExecutionRunId<typeof PublishPresentation>>();
  expectTypeOf(handle.workflowId).toEqualTypeOf<string>();
  expectTypeOf(await handle.result()).toEqualTypeOf<PublishPresentationResult>();
  expectTypeOf(await ClientTemporal.executeWorkflow(RegenerateContent, [input])).toEqualTypeOf<tasks.Slide>();
}
