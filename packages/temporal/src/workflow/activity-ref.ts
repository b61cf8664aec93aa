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
export function activityRef<F extends AnyFunction>(activityType: string): ActivityRef<F> {
  checkActivityType(activityType, 'Temporal.activityRef');
  return Object.freeze({ kind: 'activity', activityType });
}

/**
 * References to the activities of a module imported as a type only:
 *
 * @example
 * import type * as tasks from '../tasks.js';
 * const { regenerateContent } = Temporal.activities<typeof tasks>();
 *
 * The names come from property access at run time, so nothing of the module is needed in the bundle.
 */
export function activities<M>(): ActivityRefs<M> {
  const refs = new Map<string, ActivityRef>();
  // A Proxy, because the module's names exist only in its type. Refs are cached so that the same
  // name always gives the same (frozen) object.
  return new Proxy(Object.freeze({}), {
    get(_target, name) {
      // Symbols and `then` (probed by `await` and by test matchers) are not activity names.
      if (typeof name !== 'string' || name === 'then') return undefined;
      let ref = refs.get(name);
      if (ref === undefined) {
        ref = activityRef(name);
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
