import path from 'node:path';
import { CONFIG_FILE_NAME, globMatcher, type ProjectCache, type ResolvedConfig } from '@wfkit/core';
import type { PlannedChange } from './plan-fix.js';

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
  return globMatcher(config.barrelExclude)(entry)
    ? config
    : { ...config, barrelExclude: [...config.barrelExclude, entry] };
}

/** `wfkit.config.json` with the shared module left out of barrels, unless the config says so already. */
export function sharedExclusionChange(config: ResolvedConfig, cache: ProjectCache): PlannedChange | undefined {
  const configFile = config.configFile ?? path.join(config.rootDir, CONFIG_FILE_NAME);
  const before = cache.readText(configFile);
  const exclude =
    before === undefined ? [] : ((JSON.parse(before) as { barrelExclude?: string[] }).barrelExclude ?? []);
  const entry = `${SHARED_MODULE_STEM}.ts`;
  if (globMatcher(exclude)(entry)) return undefined;
  const summary = `barrelExclude: ${entry}, the modules of what several workflows share`;
  if (before === undefined)
    return { filePath: configFile, before, after: `${JSON.stringify({ barrelExclude: [entry] }, null, 2)}\n`, summary };
  const json = JSON.parse(before) as Record<string, unknown>;
  // A new key goes in before the closing brace, so the rest of the file keeps its formatting.
  const close = before.lastIndexOf('}');
  const body = before.slice(0, close).trimEnd();
  const after =
    json['barrelExclude'] === undefined
      ? `${body}${body.endsWith('{') ? '' : ','}\n  "barrelExclude": ["${entry}"]\n${before.slice(close)}`
      : `${JSON.stringify({ ...json, barrelExclude: [...exclude, entry] }, null, 2)}\n`;
  return { filePath: configFile, before, after, summary };
}
