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

/**
 * The workflow's own task queue, as the SDK fills it in when a command names none. Replay runs
 * the workflow on a queue of its own, whatever the history says.
 */
const WORKFLOW_QUEUE = expect.stringMatching(/^fake_replay_queue-\d+$/) as string;
/** The SDK's default for a child's cancellation type, which it writes into the command. */
const CHILD_CANCELLATION = 'WAIT_CANCELLATION_COMPLETED';

/** The command the facade's defaults give: 60 s per attempt, 4 attempts, the SDK's 1 s first backoff. */
function withDefaults(activityType: string, taskQueue = WORKFLOW_QUEUE) {
  return {
    activityType,
    local: false,
    taskQueue,
    startToCloseTimeout: 60_000,
    retry: { maximumAttempts: 4, initialInterval: 1000 },
  };
}

describe('Temporal.run', () => {
  it('schedules the referenced activity with the default timeout (60 s) and 3 retries (4 attempts)', async () => {
    const recorded = await replay(workflows, regenerateHistory('RegenerateContent'));
    expect(recorded.activities).toEqual([withDefaults('regenerateContent')]);
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
    expect(String(error)).toContain(
      `Temporal.run: timeout must be a positive number of seconds or a duration string like '30s', got -5.`,
    );
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
    // No maximum attempts in the command: the server retries without limit.
    expect(recorded.activities).toEqual([
      {
        activityType: 'send_email',
        local: false,
        taskQueue: WORKFLOW_QUEUE,
        startToCloseTimeout: 10_000,
        retry: { initialInterval: 1000 },
      },
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
      .activity({
        activityType: 'publishDeck',
        taskQueue: QUEUE,
        startToCloseTimeoutMs: 30_000,
        maximumAttempts: 1,
        result: url,
      });
  }

  it('runs a child on the task queue it names, then an activity with explicit options', async () => {
    const recorded = await replay(workflows, untilEmail().build());
    const [regenerate] = recorded.children;
    expect(regenerate).toEqual({
      workflowType: 'RegenerateContent',
      workflowId: 'regenerate-deck-7-1',
      taskQueue: 'slides-gpu',
      parentTaskQueue: WORKFLOW_QUEUE,
      cancellationType: CHILD_CANCELLATION,
    });
    expect(recorded.activities).toEqual([
      {
        ...withDefaults('publishDeck'),
        startToCloseTimeout: 30_000,
        retry: { maximumAttempts: 1, initialInterval: 1000 },
      },
    ]);
  });

  it('starts the fire-and-forget child with the abandon policy, on the parent task queue, with a <Name>-<uuid> id', async () => {
    const recorded = await replay(workflows, untilEmail().build());
    const email = recorded.children[1];
    expect(email).toMatchObject({ workflowType: 'SendDownloadEmail', parentClosePolicy: 'ABANDON' });
    expect(email?.taskQueue).toBe(email?.parentTaskQueue);
    expect(email?.workflowId).toMatch(
      /^SendDownloadEmail-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('completes the parent once the fire-and-forget child has started, without waiting for its result', async () => {
    // The child's id is drawn from the workflow's deterministic random stream: read it off a first replay.
    const { children } = await replay(workflows, untilEmail().build());
    const emailWorkflowId = children[1]?.workflowId ?? '';
    const history = untilEmail()
      .childStarted({
        workflowType: 'SendDownloadEmail',
        workflowId: emailWorkflowId,
        taskQueue: QUEUE,
        parentClosePolicy: 'ABANDON',
      })
      .builder.completed({ url, emailWorkflowId });
    await expect(replay(workflows, history)).resolves.toBeDefined();
  });

  it('fails replay when the history started the child under another id', async () => {
    const history = untilEmail()
      .childStarted({
        workflowType: 'SendDownloadEmail',
        workflowId: 'SendDownloadEmail-other',
        taskQueue: QUEUE,
        parentClosePolicy: 'ABANDON',
      })
      .builder.completed({ url, emailWorkflowId: 'SendDownloadEmail-other' });
    await expect(replay(workflows, history)).rejects.toMatchObject({ name: 'DeterminismViolationError' });
  });
});

describe('every option reaches the scheduled command', () => {
  it('Temporal.run: timeouts, task queue, retry policy, cancellation, summary and priority, over the ref defaults', async () => {
    const video = 'https://example.test/deck-7.mp4';
    const history = new HistoryBuilder('RenderDeckVideo', QUEUE, ['deck-7'])
      .activity({
        activityType: 'renderVideo',
        taskQueue: 'gpu',
        startToCloseTimeoutMs: 600_000,
        maximumAttempts: 6,
        result: video,
      })
      .activity({
        activityType: 'publishDeck',
        taskQueue: 'publishing',
        startToCloseTimeoutMs: 60_000,
        maximumAttempts: 4,
        result: 'url',
      })
      .completed('url');
    const recorded = await replay(workflows, history);
    expect(recorded.activities).toEqual([
      {
        activityType: 'renderVideo',
        local: false,
        // From the ref's defaults:
        taskQueue: 'gpu',
        heartbeatTimeout: 30_000,
        // From the call, the retry policy merged key by key with the defaults':
        startToCloseTimeout: 600_000,
        scheduleToCloseTimeout: 3_600_000,
        scheduleToStartTimeout: 300_000,
        retry: {
          maximumAttempts: 6,
          initialInterval: 2000,
          maximumInterval: 60_000,
          backoffCoefficient: 3,
          nonRetryableErrorTypes: ['InvalidDeck'],
        },
        cancellationType: 'WAIT_CANCELLATION_COMPLETED',
        summary: 'render the deck video',
        priority: { priorityKey: 2, fairnessKey: 'tenant-7', fairnessWeight: 1.5 },
      },
      {
        // The call's task queue wins; its `heartbeatTimeout: undefined` drops the default.
        ...withDefaults('publishDeck', 'publishing'),
        retry: { maximumAttempts: 4, initialInterval: 2000, nonRetryableErrorTypes: ['InvalidDeck'] },
      },
    ]);
  });

  it("Temporal.runLocal: a local activity with the local options, without the ref's task queue", async () => {
    const history = new HistoryBuilder('ConvertDeckPrice', QUEUE, ['USD', 10]).build();
    const recorded = await replay(workflows, history);
    expect(recorded.activities).toEqual([
      {
        activityType: 'lookupRate',
        local: true,
        startToCloseTimeout: 20_000,
        scheduleToCloseTimeout: 60_000,
        localRetryThreshold: 10_000,
        retry: { maximumAttempts: 3, initialInterval: 500 },
        cancellationType: 'ABANDON',
        summary: 'exchange rate',
      },
    ]);
  });

  it('child workflows: every child option, on startChildWorkflow, executeChildWorkflow and fireAndForgetChildWorkflow', async () => {
    const first = new HistoryBuilder('PublishDeckVariants', QUEUE, ['deck-7']).childStarted({
      workflowType: 'RegenerateContent',
      workflowId: 'variant-deck-7',
      taskQueue: 'slides-gpu',
      parentClosePolicy: 'TERMINATE',
    });
    const { children } = await replay(workflows, first.builder.build());
    expect(children).toEqual([
      {
        workflowType: 'RegenerateContent',
        workflowId: 'variant-deck-7',
        taskQueue: 'slides-gpu',
        parentTaskQueue: WORKFLOW_QUEUE,
        parentClosePolicy: 'REQUEST_CANCEL',
        retry: { maximumAttempts: 3, initialInterval: 5000, backoffCoefficient: 2 },
        executionTimeout: 3_600_000,
        runTimeout: 600_000,
        taskTimeout: 20_000,
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        cancellationType: 'ABANDON',
        memo: { deckId: 'deck-7' },
        searchAttributes: { DeckId: 'deck-7' },
        staticSummary: 'first variant',
        staticDetails: 'regenerates slide 1',
        priority: { priorityKey: 3 },
      },
      {
        workflowType: 'RegenerateContent',
        workflowId: 'executed-deck-7',
        taskQueue: WORKFLOW_QUEUE,
        parentTaskQueue: WORKFLOW_QUEUE,
        parentClosePolicy: 'ABANDON',
        cancellationType: CHILD_CANCELLATION,
        executionTimeout: 300_000,
      },
    ]);
  });

  it('startChildWorkflow returns the handle: ids at once, the result when awaited later', async () => {
    const executedSlide: Slide = { title: 'Slide 1', body: 'executed' };
    const variant = new HistoryBuilder('PublishDeckVariants', QUEUE, ['deck-7']).childStarted({
      workflowType: 'RegenerateContent',
      workflowId: 'variant-deck-7',
      taskQueue: 'slides-gpu',
      parentClosePolicy: 'REQUEST_CANCEL',
    });
    const history = variant.builder
      .childStarted({
        workflowType: 'RegenerateContent',
        workflowId: 'executed-deck-7',
        taskQueue: QUEUE,
        parentClosePolicy: 'ABANDON',
      })
      .completed(executedSlide)
      .childStarted({
        workflowType: 'SendDownloadEmail',
        workflowId: 'email-deck-7',
        taskQueue: QUEUE,
        parentClosePolicy: 'ABANDON',
      }).builder;
    const { children } = await replay(workflows, history.build());
    expect(children[2]).toEqual({
      workflowType: 'SendDownloadEmail',
      workflowId: 'email-deck-7',
      taskQueue: WORKFLOW_QUEUE,
      parentTaskQueue: WORKFLOW_QUEUE,
      parentClosePolicy: 'ABANDON',
      cancellationType: CHILD_CANCELLATION,
      runTimeout: 120_000,
      memo: { reason: 'variants' },
    });
    // The handle's ids and, once the child completes, its result reach the workflow's own result.
    const { results } = await replay(workflows, variant.completed(slide).completed(null));
    expect(results).toEqual([
      { childWorkflowId: 'variant-deck-7', childRunId: variant.runId, slide, executed: executedSlide },
    ]);
  });
});
