import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import {
  localPart,
  resolveRunLocalOptions,
  resolveRunOptions,
  withDefaults,
  type RunLocalOptions,
  type RunOptions,
} from '../activity-options.js';
import { InvalidOptionsError } from '../checks.js';
import { checkArgs } from '../options.js';
import type { AnyFunction, ArgsOf, ResultOf } from '../signatures.js';
import { isActivityRef, type ActivityRef } from './activity-ref.js';

type Scheduler = Record<string, (...args: unknown[]) => Promise<unknown>>;

/**
 * Runs an activity and waits for its result.
 *
 * `timeout` (default 60 s) bounds each attempt; `retries` (default 3) counts the retries after the
 * first attempt. The ref's defaults (`Temporal.activities(defaults)`) apply under the call's
 * options. Invalid options throw before the activity is scheduled.
 *
 * @example const slides = await Temporal.run(tasks.regenerateContent, [input], { timeout: 30 });
 * @example await Temporal.run(renderVideo, [id], { heartbeatTimeout: 30, taskQueue: 'gpu', retry: { nonRetryableErrorTypes: ['InvalidInput'] } });
 */
export async function run<F extends AnyFunction>(
  activity: ActivityRef<F>,
  args: ArgsOf<F>,
  options?: RunOptions,
): Promise<ResultOf<F>> {
  const call = 'Temporal.run';
  checkRef(activity, call);
  checkArgs(args, call);
  const resolved = resolveRunOptions(withDefaults(activity.defaults, options), call);
  // proxyActivities only records the options; calling one of its (any-named) functions schedules
  // the activity of that name.
  const scheduler = proxyActivities<Scheduler>(resolved);
  return (await scheduler[activity.activityType]!(...args)) as ResultOf<F>;
}

/**
 * Runs an activity as a local activity: in the workflow's own worker, without a task queue, for
 * short work that should not pay for a round trip to the server. Takes the same refs as
 * `Temporal.run`; of a ref's defaults it uses those a local activity has (not `heartbeatTimeout`,
 * `taskQueue` or `priority`, which describe a task on a task queue).
 *
 * @example const rate = await Temporal.runLocal(lookupRate, [currency], { timeout: '5s' });
 */
export async function runLocal<F extends AnyFunction>(
  activity: ActivityRef<F>,
  args: ArgsOf<F>,
  options?: RunLocalOptions,
): Promise<ResultOf<F>> {
  const call = 'Temporal.runLocal';
  checkRef(activity, call);
  checkArgs(args, call);
  const resolved = resolveRunLocalOptions(withDefaults(localPart(activity.defaults), options), call);
  const scheduler = proxyLocalActivities<Scheduler>(resolved);
  return (await scheduler[activity.activityType]!(...args)) as ResultOf<F>;
}

function checkRef(activity: unknown, call: string): asserts activity is ActivityRef {
  if (!isActivityRef(activity)) {
    throw new InvalidOptionsError(
      `${call}: expected an activity reference from Temporal.activities<typeof tasks>() or Temporal.activityRef(), got ${
        typeof activity === 'function' ? 'a function (import activities with `import type`)' : typeof activity
      }.`,
    );
  }
}
