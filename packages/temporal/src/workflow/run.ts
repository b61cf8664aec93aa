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

/** A facade call that schedules an activity through the scheduler `proxy` makes from its options. */
type ActivityCall<Options> = <F extends AnyFunction>(
  activity: ActivityRef<F>,
  args: ArgsOf<F>,
  options?: Options,
) => Promise<ResultOf<F>>;

function activityCall<Options>(
  call: string,
  proxy: (ref: ActivityRef, options: Options | undefined, call: string) => Scheduler,
): ActivityCall<Options> {
  return async (activity, args, options) => await schedule(activity, args, call, (ref) => proxy(ref, options, call));
}

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
export const run: ActivityCall<RunOptions> = activityCall('Temporal.run', (ref, options, call) =>
  proxyActivities<Scheduler>(resolveRunOptions(withDefaults(ref.defaults, options), call)),
);

/**
 * Runs an activity as a local activity: in the workflow's own worker, without a task queue, for
 * short work that should not pay for a round trip to the server. Takes the same refs as
 * `Temporal.run`; of a ref's defaults it uses those a local activity has (not `heartbeatTimeout`,
 * `taskQueue` or `priority`, which describe a task on a task queue).
 *
 * @example const rate = await Temporal.runLocal(lookupRate, [currency], { timeout: '5s' });
 */
export const runLocal: ActivityCall<RunLocalOptions> = activityCall('Temporal.runLocal', (ref, options, call) =>
  proxyLocalActivities<Scheduler>(resolveRunLocalOptions(withDefaults(localPart(ref.defaults), options), call)),
);

/**
 * Checks the call, then schedules the activity through the scheduler `proxy` makes with the
 * resolved options. The SDK's proxies only record options; calling one of their (any-named)
 * functions schedules the activity of that name.
 */
async function schedule<F extends AnyFunction>(
  activity: unknown,
  args: unknown,
  call: string,
  proxy: (ref: ActivityRef) => Scheduler,
): Promise<ResultOf<F>> {
  if (!isActivityRef(activity)) {
    throw new InvalidOptionsError(
      `${call}: expected an activity reference from Temporal.activities<typeof tasks>() or Temporal.activityRef(), got ${
        typeof activity === 'function' ? 'a function (import activities with `import type`)' : typeof activity
      }.`,
    );
  }
  checkArgs(args, call);
  const scheduler = proxy(activity);
  return (await scheduler[activity.activityType]!(...args)) as ResultOf<F>;
}
