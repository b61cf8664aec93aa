import { globMatcher, type ResolvedConfig } from '@wfkit/core';

/**
 * Where `wf fix` puts what several workflows of a split module use (helpers, constants, signal and
 * query definitions, activity proxies): `shared.ts` in the workflows directory. `shared` is one of
 * the generic names, so no correctly named workflow file can have that name, and `barrelExclude`
 * keeps it out of the barrel: the worker never registers its functions as workflow types.
 */
export const SHARED_MODULE_STEM = 'shared';

/** The config with the shared module excluded from barrels (as `wf fix` writes it into `wfkit.config.json`). */
export function configWithSharedModule(config: ResolvedConfig): ResolvedConfig {
  const entry = `${SHARED_MODULE_STEM}.ts`;
  return globMatcher(config.barrelExclude)(entry) ? config : { ...config, barrelExclude: [...config.barrelExclude, entry] };
}
