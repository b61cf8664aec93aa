import { resolveRunOptions, type RunOptions } from '../activity-options.js';
import { checkActivityType } from '../options.js';
import type { AnyFunction } from '../signatures.js';

// Type-only brand: carries the activity's signature without putting the function in the bundle.
declare const signature: unique symbol;

/**
 * A reference to an activity: its name (the activity type the worker registered) and, for the type
 * checker only, its signature. Workflow code never holds the activity function itself.
 */
export interface ActivityRef<F extends AnyFunction = AnyFunction> {
  readonly kind: 'activity';
  readonly activityType: string;
  /** Options every call of this activity starts from (`Temporal.activities(defaults)`); a call's options override them. */
  readonly defaults?: Readonly<RunOptions> | undefined;
  readonly [signature]?: F;
}

/** One {@link ActivityRef} per function exported by the activities module `M`. */
export type ActivityRefs<M> = {
  readonly [K in keyof M as K extends string ? (M[K] extends AnyFunction ? K : never) : never]: ActivityRef<
    Extract<M[K], AnyFunction>
  >;
};

/**
 * A reference to an activity implemented elsewhere (another worker, another language), typed by
 * the signature `F` you declare for it.
 *
 * @example const resize = Temporal.activityRef<(url: string) => Promise<string>>('resize_image');
 */
export function activityRef<F extends AnyFunction>(activityType: string, defaults?: RunOptions): ActivityRef<F> {
  const call = 'Temporal.activityRef';
  checkActivityType(activityType, call);
  if (defaults === undefined) return Object.freeze({ kind: 'activity', activityType });
  resolveRunOptions(defaults, call);
  return Object.freeze({ kind: 'activity', activityType, defaults: freezeDefaults(defaults) });
}

/**
 * References to the activities of a module imported as a type only, optionally with defaults for
 * every call of them (what `proxyActivities({...})` sets once per module); a call's options
 * override the defaults key by key.
 *
 * @example
 * import type * as tasks from '../tasks.js';
 * const { regenerateContent } = Temporal.activities<typeof tasks>();
 * const { renderVideo } = Temporal.activities<typeof tasks>({ heartbeatTimeout: 30, taskQueue: 'gpu' });
 *
 * The names come from property access at run time, so nothing of the module is needed in the bundle.
 */
export function activities<M>(defaults?: RunOptions): ActivityRefs<M> {
  // Checked here, once, so that a bad default fails where it is written.
  if (defaults !== undefined) resolveRunOptions(defaults, 'Temporal.activities');
  const frozen = defaults === undefined ? undefined : freezeDefaults(defaults);
  const refs = new Map<string, ActivityRef>();
  // A Proxy, because the module's names exist only in its type. Refs are cached so that the same
  // name always gives the same (frozen) object.
  return new Proxy(Object.freeze({}), {
    get(_target, name) {
      // Symbols and `then` (probed by `await` and by test matchers) are not activity names.
      if (typeof name !== 'string' || name === 'then') return undefined;
      let ref = refs.get(name);
      if (ref === undefined) {
        checkActivityType(name, 'Temporal.activities');
        ref = Object.freeze({
          kind: 'activity' as const,
          activityType: name,
          ...(frozen === undefined ? {} : { defaults: frozen }),
        });
        refs.set(name, ref);
      }
      return ref;
    },
  }) as ActivityRefs<M>;
}

export function isActivityRef(value: unknown): value is ActivityRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Partial<ActivityRef>).kind === 'activity' &&
    typeof (value as Partial<ActivityRef>).activityType === 'string'
  );
}

// A copy, so that changing the object passed in later cannot change what the refs schedule.
function freezeDefaults(defaults: RunOptions): Readonly<RunOptions> {
  const copy: RunOptions = { ...defaults };
  if (copy.retry !== undefined) {
    const types = copy.retry.nonRetryableErrorTypes;
    copy.retry = Object.freeze({
      ...copy.retry,
      ...(types === undefined ? {} : { nonRetryableErrorTypes: Object.freeze([...types]) }),
    });
  }
  if (copy.priority !== undefined) copy.priority = Object.freeze({ ...copy.priority });
  return Object.freeze(copy);
}
