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
  return await schedule(activity, args, 'Temporal.run', (ref, call) =>
    proxyActivities<Scheduler>(resolveRunOptions(withDefaults(ref.defaults, options), call)),
  );
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
  return await schedule(activity, args, 'Temporal.runLocal', (ref, call) =>
    proxyLocalActivities<Scheduler>(resolveRunLocalOptions(withDefaults(localPart(ref.defaults), options), call)),
  );
}

/**
 * Checks the call, then schedules the activity through the scheduler `proxy` makes with the
 * resolved options. The SDK's proxies only record options; calling one of their (any-named)
 * functions schedules the activity of that name.
 */
async function schedule<F extends AnyFunction>(
  activity: unknown,
  args: unknown,
  call: string,
  proxy: (ref: ActivityRef, call: string) => Scheduler,
): Promise<ResultOf<F>> {
  if (!isActivityRef(activity)) {
    throw new InvalidOptionsError(
      `${call}: expected an activity reference from Temporal.activities<typeof tasks>() or Temporal.activityRef(), got ${
        typeof activity === 'function' ? 'a function (import activities with `import type`)' : typeof activity
      }.`,
    );
  }
  checkArgs(args, call);
  const scheduler = proxy(activity, call);
  return (await scheduler[activity.activityType]!(...args)) as ResultOf<F>;
}
