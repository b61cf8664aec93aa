import { proxyActivities } from '@temporalio/workflow';
import { checkArgs, InvalidOptionsError, resolveRunOptions, type RunOptions } from '../options.js';
import type { AnyFunction, ArgsOf, ResultOf } from '../signatures.js';
import { isActivityRef, type ActivityRef } from './activity-ref.js';

/**
 * Runs an activity and waits for its result.
 *
 * `timeout` (seconds, default 60) bounds each attempt; `retries` (default 3) counts the retries
 * after the first attempt. Invalid options throw before the activity is scheduled.
 *
 * @example const slides = await Temporal.run(tasks.regenerateContent, [input], { timeout: 30 });
 */
export async function run<F extends AnyFunction>(
  activity: ActivityRef<F>,
  args: ArgsOf<F>,
  options?: RunOptions,
): Promise<ResultOf<F>> {
  const call = 'Temporal.run';
  if (!isActivityRef(activity)) {
    throw new InvalidOptionsError(
      `${call}: expected an activity reference from Temporal.activities<typeof tasks>() or Temporal.activityRef(), got ${
        typeof activity === 'function' ? 'a function (import activities with `import type`)' : typeof activity
      }.`,
    );
  }
  checkArgs(args, call);
  const { startToCloseTimeoutMs, maximumAttempts } = resolveRunOptions(options, call);

  // proxyActivities only records the options; calling one of its (any-named) functions schedules
  // the activity of that name.
  const scheduler = proxyActivities<Record<string, (...args: unknown[]) => Promise<unknown>>>({
    startToCloseTimeout: startToCloseTimeoutMs,
    retry: { maximumAttempts },
  });
  return (await scheduler[activity.activityType]!(...args)) as ResultOf<F>;
}
