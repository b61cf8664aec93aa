/**
 * Type helpers that read arguments and results off a function signature. Type-only: shared by the
 * workflow and client entry points.
 */

/** Any function: activities and workflows are plain functions. */
// `never[]` parameters accept every function under strictFunctionTypes without resorting to `any`.
export type AnyFunction = (...args: never[]) => unknown;

/** The arguments of `F`, as the tuple a facade call takes. */
export type ArgsOf<F extends AnyFunction> = F extends (...args: infer A) => unknown ? A : never;

/** What awaiting a call of `F` produces. */
export type ResultOf<F extends AnyFunction> = F extends (...args: never[]) => infer R ? Awaited<R> : never;
