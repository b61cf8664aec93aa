/**
 * Replays histories built in code against workflows that use the facade. Core compares the
 * workflow's commands with the recorded events (activity and child types, child ids), and the
 * record-commands interceptor reports the options the facade handed to the SDK.
 */
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PublishPresentationInput } from './fixtures/workflows/publish-presentation.js';
import type { RegenerateInput, Slide } from './fixtures/tasks.js';
import { bundle, fixture } from './helpers/bundle.js';
import { HistoryBuilder } from './helpers/history.js';
import { replay } from './helpers/replay.js';

const QUEUE = 'slides';
const input: RegenerateInput = { deckId: 'deck-7', slide: 2 };
const slide: Slide = { title: 'Slide 2 of deck-7', body: 'regenerated' };

let workflows: WorkflowBundleWithSourceMap;

beforeAll(async () => {
  ({ bundle: workflows } = await bundle(fixture('workflows/index.ts'), [fixture('record-commands.ts')]));
});

/** RegenerateContent's history as a server running the facade's defaults would record it. */
function regenerateHistory(workflowType: string) {
  return new HistoryBuilder(workflowType, QUEUE, [input])
    .activity({
      activityType: 'regenerateContent',
      taskQueue: QUEUE,
      startToCloseTimeoutMs: 60_000,
      maximumAttempts: 4,
      result: slide,
    })
    .completed(slide);
}

describe('Temporal.run', () => {
  it('schedules the referenced activity with the default timeout (60 s) and 3 retries (4 attempts)', async () => {
    const recorded = await replay(workflows, regenerateHistory('RegenerateContent'));
    expect(recorded.activities).toEqual([
      { activityType: 'regenerateContent', startToCloseTimeout: 60_000, maximumAttempts: 4 },
    ]);
  });

  it('fails replay when the workflow schedules a different activity than the history holds', async () => {
    await expect(replay(workflows, regenerateHistory('RegenerateContentWrongly'))).rejects.toMatchObject({
      name: 'DeterminismViolationError',
      message: expect.stringMatching(/'regenerateContent' does not match .* 'publishDeck'/),
    });
  });

  it('refuses invalid options inside the sandbox before scheduling anything', async () => {
    const history = new HistoryBuilder('RegenerateContentHastily', QUEUE, [input]).build();
    const error: unknown = await replay(workflows, history).catch((caught: unknown) => caught);
    expect(String(error)).toContain('Temporal.run: timeout must be a positive number of seconds, got -5.');
  });

  it('maps retries "unlimited" to no maximum and timeout seconds to milliseconds', async () => {
    const history = new HistoryBuilder('SendDownloadEmail', QUEUE, ['ada@example.test', 'https://example.test/d'])
      .activity({
        activityType: 'send_email',
        taskQueue: QUEUE,
        startToCloseTimeoutMs: 10_000,
        maximumAttempts: 0,
        result: true,
      })
      .completed(true);
    const recorded = await replay(workflows, history);
    expect(recorded.activities).toEqual([
      { activityType: 'send_email', startToCloseTimeout: 10_000, maximumAttempts: Number.POSITIVE_INFINITY },
    ]);
  });
});

describe('child workflows', () => {
  const publishInput: PublishPresentationInput = { deckId: 'deck-7', email: 'ada@example.test' };
  const url = 'https://example.test/deck-7?slides=1';

  /** Everything up to the point where PublishPresentation fires off the email workflow. */
  function untilEmail(): HistoryBuilder {
    return new HistoryBuilder('PublishPresentation', QUEUE, [publishInput])
      .childStarted({
        workflowType: 'RegenerateContent',
        workflowId: 'regenerate-deck-7-1',
        taskQueue: 'slides-gpu',
        parentClosePolicy: 'TERMINATE',
      })
      .completed(slide)
      .activity({ activityType: 'publishDeck', taskQueue: QUEUE, startToCloseTimeoutMs: 30_000, maximumAttempts: 1, result: url });
  }

  it('runs a child on the task queue it names, then an activity with explicit options', async () => {
    const recorded = await replay(workflows, untilEmail().build());
    const [regenerate] = recorded.children;
    expect(regenerate).toMatchObject({
      workflowType: 'RegenerateContent',
      workflowId: 'regenerate-deck-7-1',
      taskQueue: 'slides-gpu',
      parentClosePolicy: undefined,
    });
    expect(recorded.activities).toEqual([{ activityType: 'publishDeck', startToCloseTimeout: 30_000, maximumAttempts: 1 }]);
  });

  it('starts the fire-and-forget child with the abandon policy, on the parent task queue, with a <Name>-<uuid> id', async () => {
    const recorded = await replay(workflows, untilEmail().build());
    const email = recorded.children[1];
    expect(email).toMatchObject({ workflowType: 'SendDownloadEmail', parentClosePolicy: 'ABANDON' });
    expect(email?.taskQueue).toBe(email?.parentTaskQueue);
    expect(email?.workflowId).toMatch(/^SendDownloadEmail-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('completes the parent once the fire-and-forget child has started, without waiting for its result', async () => {
    // The child's id is drawn from the workflow's deterministic random stream: read it off a first replay.
    const { children } = await replay(workflows, untilEmail().build());
    const emailWorkflowId = children[1]?.workflowId ?? '';
    const history = untilEmail()
      .childStarted({ workflowType: 'SendDownloadEmail', workflowId: emailWorkflowId, taskQueue: QUEUE, parentClosePolicy: 'ABANDON' })
      .builder.completed({ url, emailWorkflowId });
    await expect(replay(workflows, history)).resolves.toBeDefined();
  });

  it('fails replay when the history started the child under another id', async () => {
    const history = untilEmail()
      .childStarted({ workflowType: 'SendDownloadEmail', workflowId: 'SendDownloadEmail-other', taskQueue: QUEUE, parentClosePolicy: 'ABANDON' })
      .builder.completed({ url, emailWorkflowId: 'SendDownloadEmail-other' });
    await expect(replay(workflows, history)).rejects.toMatchObject({ name: 'DeterminismViolationError' });
  });
});
