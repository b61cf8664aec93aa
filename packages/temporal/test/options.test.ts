import {
  DEFAULT_RETRIES,
  DEFAULT_TASK_QUEUE,
  DEFAULT_TIMEOUT_SECONDS,
  InvalidOptionsError,
  MAX_RETRIES,
  MAX_TIMEOUT_SECONDS,
  resolveRunOptions,
  resolveStartOptions,
  workflowTypeOf,
} from '@wfkit/temporal/options';
import { describe, expect, it } from 'vitest';

describe('resolveRunOptions', () => {
  it('defaults to a 60 s start-to-close timeout and 3 retries, i.e. 4 attempts', () => {
    expect([DEFAULT_TIMEOUT_SECONDS, DEFAULT_RETRIES]).toEqual([60, 3]);
    expect(resolveRunOptions(undefined)).toEqual({ startToCloseTimeoutMs: 60_000, maximumAttempts: 4 });
    expect(resolveRunOptions({})).toEqual({ startToCloseTimeoutMs: 60_000, maximumAttempts: 4 });
  });

  it('counts retries after the first attempt', () => {
    expect(resolveRunOptions({ retries: 0 }).maximumAttempts).toBe(1);
    expect(resolveRunOptions({ retries: 9 }).maximumAttempts).toBe(10);
  });

  it('takes unlimited retries only when spelled out', () => {
    expect(resolveRunOptions({ retries: 'unlimited' }).maximumAttempts).toBe(Number.POSITIVE_INFINITY);
    expect(() => resolveRunOptions({ retries: Number.POSITIVE_INFINITY })).toThrow(/or 'unlimited', got Infinity/);
  });

  it('caps retries where maximumAttempts still fits the protobuf int32', () => {
    expect(MAX_RETRIES).toBe(2 ** 31 - 2);
    expect(resolveRunOptions({ retries: MAX_RETRIES }).maximumAttempts).toBe(2 ** 31 - 1);
    for (const retries of [MAX_RETRIES + 1, 2 ** 31, Number.MAX_SAFE_INTEGER]) {
      expect(() => resolveRunOptions({ retries })).toThrow(InvalidOptionsError);
      expect(() => resolveRunOptions({ retries })).toThrow(
        `Temporal.run: retries must be at most ${MAX_RETRIES} (the retry policy's maximum attempts is a 32-bit integer); use retries: 'unlimited' to retry until the activity succeeds, got ${retries}.`,
      );
    }
  });

  it('caps the timeout at the longest duration the Temporal server holds (about 292 years)', () => {
    expect(MAX_TIMEOUT_SECONDS).toBe(9_223_372_036);
    expect(resolveRunOptions({ timeout: MAX_TIMEOUT_SECONDS }).startToCloseTimeoutMs).toBe(9_223_372_036_000);
    for (const timeout of [MAX_TIMEOUT_SECONDS + 1, 1e12, Number.MAX_VALUE]) {
      expect(() => resolveRunOptions({ timeout })).toThrow(InvalidOptionsError);
      expect(() => resolveRunOptions({ timeout })).toThrow(
        `Temporal.run: timeout must be at most ${MAX_TIMEOUT_SECONDS} seconds (about 292 years), got ${timeout}.`,
      );
    }
  });

  it('converts seconds to milliseconds, fractions included', () => {
    expect(resolveRunOptions({ timeout: 1.5 }).startToCloseTimeoutMs).toBe(1500);
    expect(resolveRunOptions({ timeout: 3600 }).startToCloseTimeoutMs).toBe(3_600_000);
  });

  it.each([
    [{ timeout: -5 }, 'Temporal.run: timeout must be a positive number of seconds, got -5.'],
    [{ timeout: 0 }, 'timeout must be a positive number of seconds, got 0.'],
    [{ timeout: Number.NaN }, 'got NaN'],
    [{ timeout: Number.POSITIVE_INFINITY }, 'timeout must be a positive number of seconds, got Infinity.'],
    [{ timeout: Number.NEGATIVE_INFINITY }, 'got -Infinity'],
    [{ timeout: '30' }, 'timeout must be a positive number of seconds, got "30".'],
    [{ timeout: 0.0001 }, 'timeout must be at least 0.001 seconds'],
    [{ retries: 1.5 }, 'retries must be a whole number of retries after the first attempt (0 or more)'],
    [{ retries: -1 }, 'got -1'],
    [{ retries: 'forever' }, `or 'unlimited', got "forever"`],
    [{ retry: 2 }, `unknown option 'retry' (expected timeout, retries)`],
    // Only a missing or undefined option takes the default; null is a mistake, not "the default".
    [{ timeout: null }, 'timeout must be a positive number of seconds, got null.'],
    [{ retries: null }, `or 'unlimited', got null.`],
    [{ retries: 3n }, `or 'unlimited', got 3n.`],
  ])('rejects %o', (options, message) => {
    expect(() => resolveRunOptions(options as never)).toThrow(InvalidOptionsError);
    expect(() => resolveRunOptions(options as never)).toThrow(message);
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
      expect(() => workflowTypeOf(workflow, 'test')).toThrow(/is not a JavaScript identifier, so it cannot be the name of an exported workflow/);
    }
    expect(() => workflowTypeOf(withSpace, 'test')).toThrow('the workflow function\'s name "Publish Presentation" is not');
  });
});
