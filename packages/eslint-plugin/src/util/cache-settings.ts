import { ConfigError, DEFAULT_CACHE_LIFETIME_MS, defaultCache, ProjectCache } from '@wfkit/core';

/** The ESLint setting that sets the cache's lifetime: `settings['wfkit/cache'] = { lifetime: seconds }`. */
export const CACHE_SETTING = 'wfkit/cache';

const SOURCE = `settings["${CACHE_SETTING}"]`;

// One cache per lifetime for the process (an editor's ESLint server lints for hours).
const byLifetime = new Map<number, ProjectCache>([[DEFAULT_CACHE_LIFETIME_MS, defaultCache]]);
// Every file asks with the same settings object: it is validated once.
const bySetting = new WeakMap<object, ProjectCache>();

/**
 * The cache the rules use under these settings: core's `defaultCache` unless
 * `settings['wfkit/cache'].lifetime` (seconds; `Infinity` for one CI run) says otherwise.
 * Throws a `ConfigError` naming the setting for anything else.
 */
export function cacheFor(settings: Readonly<Record<string, unknown>>): ProjectCache {
  const setting = settings[CACHE_SETTING];
  if (setting === undefined) return defaultCache;
  if (typeof setting !== 'object' || setting === null || Array.isArray(setting)) {
    throw new ConfigError(
      SOURCE,
      '',
      'an object such as { lifetime: 30 }',
      describe(setting),
      'Set "lifetime" (seconds) in it, or remove the setting.',
    );
  }
  const known = bySetting.get(setting);
  if (known !== undefined) return known;
  const lifetimeMs = lifetimeOf(setting as Record<string, unknown>);
  let cache = byLifetime.get(lifetimeMs);
  if (cache === undefined) byLifetime.set(lifetimeMs, (cache = new ProjectCache({ lifetime: lifetimeMs })));
  bySetting.set(setting, cache);
  return cache;
}

function lifetimeOf(setting: Record<string, unknown>): number {
  for (const key of Object.keys(setting)) {
    if (key !== 'lifetime')
      throw new ConfigError(SOURCE, key, 'only the key "lifetime"', `an unknown key "${key}"`, 'Remove it.');
  }
  const { lifetime } = setting;
  if (lifetime === undefined) return DEFAULT_CACHE_LIFETIME_MS;
  // JSON has no Infinity: the string stands for it there.
  const seconds = lifetime === 'Infinity' ? Infinity : lifetime;
  if (typeof seconds !== 'number' || !(seconds >= 0)) {
    throw new ConfigError(
      SOURCE,
      'lifetime',
      'a number of seconds, 0 or more, or Infinity',
      describe(lifetime),
      'Use e.g. 1 for an editor, Infinity for a CI run.',
    );
  }
  return seconds * 1000;
}

function describe(value: unknown): string {
  return typeof value === 'string'
    ? `the string ${JSON.stringify(value)}`
    : value === null
      ? 'null'
      : Array.isArray(value)
        ? 'an array'
        : `${typeof value} ${String(value)}`;
}
