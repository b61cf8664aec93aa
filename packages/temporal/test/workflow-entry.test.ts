/**
 * The workflow entry point outside the sandbox: references and argument checks that happen before
 * the SDK is involved. What the SDK then schedules is covered by replay.test.ts.
 */
import { InvalidOptionsError, Temporal } from '@wfkit/temporal/workflow';
import { describe, expect, it } from 'vitest';
import type * as tasks from './fixtures/tasks.js';

describe('Temporal.activities', () => {
  const refs = Temporal.activities<typeof tasks>();

  it('gives a frozen reference holding only the activity name', () => {
    expect(refs.regenerateContent).toEqual({ kind: 'activity', activityType: 'regenerateContent' });
    expect(Object.isFrozen(refs.regenerateContent)).toBe(true);
    expect(refs.regenerateContent).toBe(refs.regenerateContent);
  });

  it('is not mistaken for a promise or iterated for names it cannot know', () => {
    expect(Reflect.get(refs, 'then')).toBeUndefined();
    expect(Object.keys(refs)).toEqual([]);
  });
});

describe('Temporal.activities(defaults)', () => {
  it('gives refs that carry a frozen copy of the defaults', () => {
    const defaults = { heartbeatTimeout: 30, taskQueue: 'gpu', retry: { nonRetryableErrorTypes: ['InvalidInput'] } };
    const { regenerateContent } = Temporal.activities<typeof tasks>(defaults);
    defaults.taskQueue = 'changed later';
    defaults.retry.nonRetryableErrorTypes.push('changed later');
    expect(regenerateContent).toEqual({
      kind: 'activity',
      activityType: 'regenerateContent',
      defaults: { heartbeatTimeout: 30, taskQueue: 'gpu', retry: { nonRetryableErrorTypes: ['InvalidInput'] } },
    });
    expect(Object.isFrozen(regenerateContent.defaults)).toBe(true);
  });

  it('rejects bad defaults where they are written, before any call', () => {
    expect(() => Temporal.activities<typeof tasks>({ heartbeatTimeout: 0 })).toThrow(
      /^Temporal.activities: heartbeatTimeout must be a positive number of seconds/,
    );
    expect(() => Temporal.activities<typeof tasks>({ queue: 'gpu' } as never)).toThrow(/unknown option 'queue'/);
    expect(() => Temporal.activityRef('send_email', { taskQueue: '' })).toThrow(
      /^Temporal.activityRef: taskQueue must be/,
    );
  });
});

describe('Temporal.activityRef', () => {
  it('names an activity implemented elsewhere', () => {
    expect(Temporal.activityRef<(to: string) => Promise<void>>('send_email')).toEqual({
      kind: 'activity',
      activityType: 'send_email',
    });
    expect(() => Temporal.activityRef('')).toThrow(InvalidOptionsError);
    expect(() => Temporal.activityRef('  ')).toThrow(
      'Temporal.activityRef: the activity type must be a non-empty string, got "  ".',
    );
    expect(() => Temporal.activityRef(undefined as never)).toThrow(/non-empty string, got undefined/);
  });
});

describe('checks that run before the SDK is called', () => {
  const { regenerateContent } = Temporal.activities<typeof tasks>();
  const input = { deckId: 'd', slide: 1 };

  it('rejects invalid options', async () => {
    await expect(Temporal.run(regenerateContent, [input], { retries: 1.5 })).rejects.toThrow(
      /retries must be a whole number/,
    );
    await expect(Temporal.run(regenerateContent, [input], { retries: 2 ** 31 })).rejects.toThrow(
      /use retries: 'unlimited'/,
    );
    await expect(Temporal.run(regenerateContent, [input], { timeout: 1e12 })).rejects.toThrow(
      /timeout must be at most/,
    );
  });

  it('rejects a raw activity function, telling to import it as a type', async () => {
    const raw = async (slide: tasks.RegenerateInput) => ({ title: String(slide.slide), body: '' });
    await expect(Temporal.run(raw as never, [input] as never)).rejects.toThrow(
      /got a function \(import activities with `import type`\)/,
    );
  });

  it('rejects arguments not in an array', async () => {
    await expect(Temporal.run(regenerateContent, input as never)).rejects.toThrow(
      /arguments must be passed as an array/,
    );
    await expect(Temporal.executeChildWorkflow(async function Child(_a: string) {}, 'a' as never)).rejects.toThrow(
      /arguments must be passed as an array/,
    );
  });

  it('rejects a bound or anonymous child workflow before it reaches the SDK', async () => {
    async function Child(_a: string): Promise<void> {}
    await expect(Temporal.executeChildWorkflow(Child.bind(undefined) as typeof Child, ['a'])).rejects.toThrow(
      /Temporal.executeChildWorkflow: got a bound function \("bound Child"\)/,
    );
    await expect(Temporal.fireAndForgetChildWorkflow([async (_a: string) => {}][0]!, ['a'])).rejects.toThrow(
      /Temporal.fireAndForgetChildWorkflow: the workflow function has no name/,
    );
  });

  it('refuses a parent close policy for a child that always outlives its parent', async () => {
    async function Child(_a: string): Promise<void> {}
    await expect(
      Temporal.fireAndForgetChildWorkflow(Child, ['a'], { parentClosePolicy: 'TERMINATE' } as never),
    ).rejects.toThrow(
      'Temporal.fireAndForgetChildWorkflow: the child always outlives its parent, so parentClosePolicy cannot be set; use Temporal.startChildWorkflow for a child bound to its parent.',
    );
  });

  it.each([
    [{ executionTimeout: 0 }, 'executionTimeout must be a positive number of seconds'],
    [{ runTimeout: '10' }, `runTimeout "10" has no unit`],
    [
      { workflowIdReusePolicy: 'NEVER' },
      `workflowIdReusePolicy must be one of 'ALLOW_DUPLICATE', 'ALLOW_DUPLICATE_FAILED_ONLY', 'REJECT_DUPLICATE', 'TERMINATE_IF_RUNNING', got "NEVER".`,
    ],
    [
      { cancellationType: 'CANCEL' },
      `cancellationType must be one of 'ABANDON', 'TRY_CANCEL', 'WAIT_CANCELLATION_REQUESTED', 'WAIT_CANCELLATION_COMPLETED', got "CANCEL".`,
    ],
    [
      { parentClosePolicy: 'KEEP' },
      `parentClosePolicy must be one of 'TERMINATE', 'ABANDON', 'REQUEST_CANCEL', got "KEEP".`,
    ],
    [{ retries: -1 }, 'retries must be a whole number'],
    [{ retry: { maximumAttempts: 2 } }, 'not retry.maximumAttempts'],
    [{ memo: 'deck' }, 'memo must be an object, got "deck".'],
    [{ staticSummary: '' }, 'staticSummary must be a non-empty string'],
    [{ priority: { priorityKey: 1.5 } }, 'priority.priorityKey must be a whole number'],
    [{ workflowExecutionTimeout: 60 }, `unknown option 'workflowExecutionTimeout' (expected taskQueue, workflowId,`],
  ])('rejects the child option %o before anything starts', async (options, message) => {
    async function Child(_a: string): Promise<void> {}
    for (const start of [Temporal.executeChildWorkflow, Temporal.startChildWorkflow]) {
      const error: unknown = await start(Child, ['a'], options as never).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as Error).message).toContain(message);
    }
  });

  it('rejects a raw function or a bad option in Temporal.runLocal too', async () => {
    await expect(Temporal.runLocal((async () => 1) as never, [] as never)).rejects.toThrow(
      /^Temporal.runLocal: expected an activity reference/,
    );
    await expect(Temporal.runLocal(regenerateContent, [input], { heartbeatTimeout: 3 } as never)).rejects.toThrow(
      /^Temporal.runLocal: unknown option 'heartbeatTimeout'/,
    );
  });

  it('hands valid calls to the SDK, which needs a workflow context', async () => {
    await expect(Temporal.run(regenerateContent, [input])).rejects.toThrow(/[Ww]orkflow/);
    await expect(Temporal.run(regenerateContent, [input])).rejects.not.toThrow(InvalidOptionsError);
  });
});
