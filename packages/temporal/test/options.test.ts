import {
  DEFAULT_RETRIES,
  DEFAULT_TASK_QUEUE,
  DEFAULT_TIMEOUT_SECONDS,
  InvalidOptionsError,
  MAX_RETRIES,
  MAX_TIMEOUT_SECONDS,
  resolveRunLocalOptions,
  resolveRunOptions,
  resolveStartOptions,
  workflowTypeOf,
} from '@wfkit/temporal/options';
import { describe, expect, it } from 'vitest';

describe('resolveRunOptions', () => {
  it('defaults to a 60 s start-to-close timeout and 3 retries, i.e. 4 attempts', () => {
    expect([DEFAULT_TIMEOUT_SECONDS, DEFAULT_RETRIES]).toEqual([60, 3]);
    const defaults = { startToCloseTimeout: 60_000, retry: { maximumAttempts: 4 } };
    expect(resolveRunOptions(undefined)).toEqual(defaults);
    expect(resolveRunOptions({})).toEqual(defaults);
  });

  it('counts retries after the first attempt', () => {
    expect(resolveRunOptions({ retries: 0 }).retry?.maximumAttempts).toBe(1);
    expect(resolveRunOptions({ retries: 9 }).retry?.maximumAttempts).toBe(10);
  });

  it('takes unlimited retries only when spelled out', () => {
    expect(resolveRunOptions({ retries: 'unlimited' }).retry?.maximumAttempts).toBe(Number.POSITIVE_INFINITY);
    expect(() => resolveRunOptions({ retries: Number.POSITIVE_INFINITY })).toThrow(/or 'unlimited', got Infinity/);
  });

  it('caps retries where maximumAttempts still fits the protobuf int32', () => {
    expect(MAX_RETRIES).toBe(2 ** 31 - 2);
    expect(resolveRunOptions({ retries: MAX_RETRIES }).retry?.maximumAttempts).toBe(2 ** 31 - 1);
    for (const retries of [MAX_RETRIES + 1, 2 ** 31, Number.MAX_SAFE_INTEGER]) {
      expect(() => resolveRunOptions({ retries })).toThrow(InvalidOptionsError);
      expect(() => resolveRunOptions({ retries })).toThrow(
        `Temporal.run: retries must be at most ${MAX_RETRIES} (the retry policy's maximum attempts is a 32-bit integer); use retries: 'unlimited' to retry until the activity succeeds, got ${retries}.`,
      );
    }
  });

  it('caps durations at the longest the Temporal server holds (about 292 years)', () => {
    expect(MAX_TIMEOUT_SECONDS).toBe(9_223_372_036);
    expect(resolveRunOptions({ timeout: MAX_TIMEOUT_SECONDS }).startToCloseTimeout).toBe(9_223_372_036_000);
    for (const timeout of [MAX_TIMEOUT_SECONDS + 1, 1e12, Number.MAX_VALUE]) {
      expect(() => resolveRunOptions({ timeout })).toThrow(InvalidOptionsError);
      expect(() => resolveRunOptions({ timeout })).toThrow(
        `Temporal.run: timeout must be at most ${MAX_TIMEOUT_SECONDS} seconds (about 292 years), got ${timeout}.`,
      );
    }
    expect(() => resolveRunOptions({ heartbeatTimeout: '300 years' })).toThrow(/heartbeatTimeout must be at most/);
  });

  it("takes durations as seconds, fractions included, or as the SDK's duration strings, and gives the SDK milliseconds", () => {
    expect(resolveRunOptions({ timeout: 1.5 }).startToCloseTimeout).toBe(1500);
    expect(resolveRunOptions({ timeout: 3600 }).startToCloseTimeout).toBe(3_600_000);
    expect(resolveRunOptions({ timeout: '2 minutes' }).startToCloseTimeout).toBe(120_000);
    expect(resolveRunOptions({ timeout: '500ms' }).startToCloseTimeout).toBe(500);
  });

  it("maps every activity option to the SDK's ActivityOptions", () => {
    expect(
      resolveRunOptions({
        timeout: 30,
        scheduleToCloseTimeout: '1h',
        scheduleToStartTimeout: 120,
        heartbeatTimeout: '10s',
        taskQueue: 'gpu',
        retries: 5,
        retry: {
          initialInterval: 2,
          maximumInterval: '1m',
          backoffCoefficient: 1.5,
          nonRetryableErrorTypes: ['InvalidInput'],
        },
        cancellationType: 'WAIT_CANCELLATION_COMPLETED',
        summary: 'render slides',
        priority: { priorityKey: 2, fairnessKey: 'tenant-1', fairnessWeight: 0.5 },
      }),
    ).toEqual({
      startToCloseTimeout: 30_000,
      scheduleToCloseTimeout: 3_600_000,
      scheduleToStartTimeout: 120_000,
      heartbeatTimeout: 10_000,
      taskQueue: 'gpu',
      retry: {
        maximumAttempts: 6,
        initialInterval: 2000,
        maximumInterval: 60_000,
        backoffCoefficient: 1.5,
        nonRetryableErrorTypes: ['InvalidInput'],
      },
      cancellationType: 'WAIT_CANCELLATION_COMPLETED',
      summary: 'render slides',
      priority: { priorityKey: 2, fairnessKey: 'tenant-1', fairnessWeight: 0.5 },
    });
  });

  it.each([
    [
      { timeout: -5 },
      "Temporal.run: timeout must be a positive number of seconds or a duration string like '30s', got -5.",
    ],
    [{ timeout: 0 }, 'timeout must be a positive number of seconds'],
    [{ timeout: Number.NaN }, 'got NaN'],
    [{ timeout: Number.POSITIVE_INFINITY }, 'got Infinity.'],
    [{ timeout: Number.NEGATIVE_INFINITY }, 'got -Infinity'],
    // The SDK would read '30' as 30 milliseconds; here a number means seconds.
    [
      { timeout: '30' },
      `timeout "30" has no unit; write a number of seconds (30) or a duration string with a unit ('30s', '30ms').`,
    ],
    [
      { timeout: 'soon' },
      `timeout must be a positive duration like '30s', '5 minutes' or a number of seconds, got "soon".`,
    ],
    [{ timeout: 0.0001 }, 'timeout must be at least 0.001 seconds'],
    [{ heartbeatTimeout: '-5s' }, 'heartbeatTimeout must be a positive duration'],
    [{ scheduleToCloseTimeout: 0 }, 'scheduleToCloseTimeout must be a positive number of seconds'],
    [{ scheduleToStartTimeout: null }, 'scheduleToStartTimeout must be a positive number of seconds'],
    [{ taskQueue: '' }, 'taskQueue must be a non-empty string, got "".'],
    [{ retries: 1.5 }, 'retries must be a whole number of retries after the first attempt (0 or more)'],
    [{ retries: -1 }, 'got -1'],
    [{ retries: 'forever' }, `or 'unlimited', got "forever"`],
    [{ retry: 2 }, 'retry must be an object, got 2.'],
    [
      { retry: { maximumAttempts: 5 } },
      'the number of attempts is set with retries (retries after the first attempt: maximumAttempts - 1), not retry.maximumAttempts.',
    ],
    [
      { retry: { backoff: 2 } },
      `unknown retry option 'backoff' (expected initialInterval, maximumInterval, backoffCoefficient, nonRetryableErrorTypes)`,
    ],
    [{ retry: { backoffCoefficient: 0.5 } }, 'retry.backoffCoefficient must be a number of at least 1, got 0.5.'],
    [
      { retry: { initialInterval: 10, maximumInterval: 5 } },
      'retry.maximumInterval must not be shorter than retry.initialInterval.',
    ],
    [
      { retry: { nonRetryableErrorTypes: 'InvalidInput' } },
      'retry.nonRetryableErrorTypes must be an array of error type names, got "InvalidInput".',
    ],
    [
      { cancellationType: 'CANCEL' },
      `cancellationType must be one of 'ABANDON', 'TRY_CANCEL', 'WAIT_CANCELLATION_COMPLETED', got "CANCEL".`,
    ],
    [{ summary: '' }, 'summary must be a non-empty string'],
    [
      { priority: { priorityKey: 0 } },
      'priority.priorityKey must be a whole number of at least 1 (1 is the highest), got 0.',
    ],
    [{ priority: { weight: 1 } }, `unknown priority option 'weight'`],
    [{ startToCloseTimeout: 2 }, `unknown option 'startToCloseTimeout' (expected timeout, scheduleToCloseTimeout,`],
    [{ localRetryThreshold: 2 }, `unknown option 'localRetryThreshold'`],
    // Only a missing or undefined option takes the default; null is a mistake, not "the default".
    [{ timeout: null }, "timeout must be a positive number of seconds or a duration string like '30s', got null."],
    [{ retries: null }, `or 'unlimited', got null.`],
    [{ retries: 3n }, `or 'unlimited', got 3n.`],
  ])('rejects %o', (options, message) => {
    expect(() => resolveRunOptions(options as never)).toThrow(InvalidOptionsError);
    expect(() => resolveRunOptions(options as never)).toThrow(message);
  });
});

describe('resolveRunLocalOptions', () => {
  it('maps the local activity options, with the same defaults as Temporal.run', () => {
    expect(resolveRunLocalOptions(undefined)).toEqual({ startToCloseTimeout: 60_000, retry: { maximumAttempts: 4 } });
    expect(
      resolveRunLocalOptions({
        timeout: '5s',
        scheduleToCloseTimeout: 60,
        localRetryThreshold: '10s',
        retries: 1,
        cancellationType: 'ABANDON',
        summary: 'rate',
      }),
    ).toEqual({
      startToCloseTimeout: 5000,
      scheduleToCloseTimeout: 60_000,
      localRetryThreshold: 10_000,
      retry: { maximumAttempts: 2 },
      cancellationType: 'ABANDON',
      summary: 'rate',
    });
  });

  it('rejects the options only a task-queue activity has, naming the call', () => {
    expect(() => resolveRunLocalOptions({ heartbeatTimeout: 5 } as never)).toThrow(
      /^Temporal.runLocal: unknown option 'heartbeatTimeout'/,
    );
    expect(() => resolveRunLocalOptions({ taskQueue: 'gpu' } as never)).toThrow(/unknown option 'taskQueue'/);
  });
});

describe('resolveStartOptions', () => {
  const defaults = { taskQueue: DEFAULT_TASK_QUEUE, newUuid: () => '0b7c6c1e-3f9a-4d2b-9a51-7e0c2f4d8a11' };

  it('names the workflow id after the workflow and takes the default task queue', () => {
    expect(resolveStartOptions('RegenerateContent', undefined, defaults, 'test')).toEqual({
      taskQueue: 'default',
      workflowId: 'RegenerateContent-0b7c6c1e-3f9a-4d2b-9a51-7e0c2f4d8a11',
    });
  });

  it('keeps what the caller gives', () => {
    expect(resolveStartOptions('X', { taskQueue: 'gpu', workflowId: 'x-1' }, defaults, 'test')).toEqual({
      taskQueue: 'gpu',
      workflowId: 'x-1',
    });
  });

  it('rejects empty names and unknown keys, naming the call', () => {
    expect(() => resolveStartOptions('X', { taskQueue: '' }, defaults, 'Temporal.startWorkflow')).toThrow(
      'Temporal.startWorkflow: taskQueue must be a non-empty string, got "".',
    );
    expect(() => resolveStartOptions('X', { id: 'x' } as never, defaults, 'test')).toThrow(/unknown option 'id'/);
    expect(() => resolveStartOptions('X', { workflowId: null } as never, defaults, 'test')).toThrow(
      'test: workflowId must be a non-empty string, got null.',
    );
    expect(() => resolveStartOptions('X', { taskQueue: null } as never, defaults, 'test')).toThrow(/taskQueue must be/);
  });
});

describe('workflowTypeOf', () => {
  it('is the function name, which is what the worker registers', () => {
    async function PublishPresentation(): Promise<void> {}
    expect(workflowTypeOf(PublishPresentation, 'test')).toBe('PublishPresentation');
  });

  it('takes any JavaScript identifier, including names inferred for arrow functions', () => {
    const ExportDeck = async (): Promise<void> => {};
    expect(workflowTypeOf(ExportDeck, 'test')).toBe('ExportDeck');
    const named = { $private_Workflow2: async () => {}, Präsentation: async () => {} };
    expect(workflowTypeOf(named.$private_Workflow2, 'test')).toBe('$private_Workflow2');
    expect(workflowTypeOf(named.Präsentation, 'test')).toBe('Präsentation');
  });

  it('rejects strings and anonymous functions', () => {
    expect(() => workflowTypeOf('PublishPresentation', 'test')).toThrow(/expected an exported workflow function/);
    const anonymous = [async () => {}][0];
    expect(() => workflowTypeOf(anonymous, 'Temporal.startWorkflow')).toThrow(InvalidOptionsError);
    expect(() => workflowTypeOf(anonymous, 'Temporal.startWorkflow')).toThrow(
      'Temporal.startWorkflow: the workflow function has no name (an anonymous or arrow function); pass the exported workflow function itself, e.g. `export async function MyWorkflow(...)`.',
    );
    const anonymousFunction = [async function () {}][0];
    expect(() => workflowTypeOf(anonymousFunction, 'test')).toThrow(/has no name/);
  });

  it('rejects a bound function instead of starting workflow type "bound X"', () => {
    async function PublishPresentation(): Promise<void> {}
    const bound = PublishPresentation.bind(undefined);
    expect(bound.name).toBe('bound PublishPresentation');
    expect(() => workflowTypeOf(bound, 'Temporal.executeChildWorkflow')).toThrow(InvalidOptionsError);
    expect(() => workflowTypeOf(bound, 'Temporal.executeChildWorkflow')).toThrow(
      'Temporal.executeChildWorkflow: got a bound function ("bound PublishPresentation"); pass the exported workflow function itself, not a .bind() of it: its export name is the workflow type the worker registers.',
    );
  });

  it('rejects other names that cannot be an exported workflow', () => {
    const key = Symbol('x');
    const fromSymbol = { [key]: async () => {} }[key]; // named "[x]"
    const withSpace = Object.defineProperty(async () => {}, 'name', { value: 'Publish Presentation' });
    const notAString = Object.defineProperty(async () => {}, 'name', { value: 42 });
    for (const workflow of [fromSymbol, withSpace, notAString]) {
      expect(() => workflowTypeOf(workflow, 'test')).toThrow(InvalidOptionsError);
      expect(() => workflowTypeOf(workflow, 'test')).toThrow(
        /is not a JavaScript identifier, so it cannot be the name of an exported workflow/,
      );
    }
    expect(() => workflowTypeOf(withSpace, 'test')).toThrow(
      'the workflow function\'s name "Publish Presentation" is not',
    );
  });
});
