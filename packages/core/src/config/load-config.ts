import path from 'node:path';
import { cacheKeys } from '../cache/cache-keys.js';
import { defaultCache, type ProjectCache } from '../cache/project-cache.js';
import type { ResolvedConfig } from '../types.js';
import { ConfigError } from './config-error.js';
import { CONFIG_FILE_NAME, defaultConfig } from './defaults.js';
import { mergeConfig, parseConfigFile } from './parse-config.js';
import type { ConfigFile } from './schema.js';

// A linter asks for every file it lints: a path that names a source file needs no `stat` to know
// it is not a directory (a directory named `x.ts` is not worth a stat per linted file).
const SOURCE_FILE_NAME = /\.(?:[cm]?[jt]s|[jt]sx)$/;

function startDirectory(from: string, cache: ProjectCache): string {
  const absolute = path.resolve(from);
  if (SOURCE_FILE_NAME.test(absolute)) return path.dirname(absolute);
  return cache.stat(absolute)?.isDirectory() ? absolute : path.dirname(absolute);
}

/**
 * Walks up from `start` (a directory) and returns the first directory holding `fileName` (a
 * regular file; with `anyType`, anything of that name, so a caller can say what is wrong with it).
 * Every directory passed on the way keeps its own answer, so the next walk stops where this one passed.
 */
export function findUp(
  start: string,
  fileName: string,
  anyType = false,
  cache: ProjectCache = defaultCache,
): string | undefined {
  return cache.remember('foundUp', cacheKeys.foundUp(fileName, anyType, start), () => {
    const stats = cache.stat(path.join(start, fileName));
    if (stats !== undefined && (anyType || stats.isFile())) return start;
    const parent = path.dirname(start);
    return parent === start ? undefined : findUp(parent, fileName, anyType, cache);
  });
}

/** The nearest `wfkit.config.json` above a file or directory (inclusive), if any. */
export function findConfigFile(from: string, cache: ProjectCache = defaultCache): string | undefined {
  return configFileAbove(startDirectory(from, cache), cache);
}

function configFileAbove(dir: string, cache: ProjectCache): string | undefined {
  // A directory of that name is found too, to be named as a mistake rather than skipped.
  const found = findUp(dir, CONFIG_FILE_NAME, true, cache);
  return found === undefined ? undefined : path.join(found, CONFIG_FILE_NAME);
}

/** The parsed config file, or `undefined` when it no longer exists. */
function readConfigFile(file: string, cache: ProjectCache): ConfigFile | undefined {
  return cache.remember('configFile', cacheKeys.configFile(file), () => {
    const stat = cache.stat(file);
    if (stat === undefined) return undefined;
    if (!stat.isFile()) {
      const what = stat.isDirectory() ? 'a directory' : 'neither a file nor a directory';
      throw new ConfigError(
        file,
        '',
        'a JSON file',
        what,
        `Rename or remove it; wfkit reads its configuration from a file of that name.`,
      );
    }
    // Gone since its stat was taken: as if it had not been found.
    const text = cache.readText(file);
    if (text === undefined) return undefined;
    // JSON.parse would call a BOM an "Unexpected token" that no editor shows.
    if (text.charCodeAt(0) === 0xfeff) {
      throw new ConfigError(
        file,
        '',
        'JSON without a byte order mark',
        'a UTF-8 byte order mark (BOM) at its start',
        'Save it as UTF-8 without BOM.',
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(
        file,
        '',
        'valid JSON',
        `a syntax error (${(error as Error).message})`,
        'Fix the JSON syntax.',
      );
    }
    return parseConfigFile(json, file);
  });
}

/**
 * The configuration in force at a file or directory: defaults, then the nearest
 * `wfkit.config.json`, then `overrides` (ESLint's `settings.wfkit`).
 * `rootDir` is the config file's directory, else the nearest package root, else the start directory.
 * Every directory under one config file, root and overrides gets the same config object.
 */
export function loadConfig(from: string, overrides?: unknown, cache: ProjectCache = defaultCache): ResolvedConfig {
  const start = startDirectory(from, cache);
  return cache.remember('configAt', cacheKeys.configAt(start, overrides), () => {
    let configFile = configFileAbove(start, cache);
    // A file that vanished between its lookup and its reading is not there.
    if (configFile !== undefined && readConfigFile(configFile, cache) === undefined) configFile = undefined;
    const rootDir =
      configFile !== undefined ? path.dirname(configFile) : (findUp(start, 'package.json', false, cache) ?? start);
    return cache.remember('resolvedConfig', cacheKeys.resolvedConfig(configFile, rootDir, overrides), () => {
      const layers: ConfigFile[] = [];
      const fileLayer = configFile === undefined ? undefined : readConfigFile(configFile, cache);
      if (fileLayer !== undefined) layers.push(fileLayer);
      if (overrides !== undefined) layers.push(parseConfigFile(overrides, 'settings.wfkit'));
      return { ...mergeConfig(defaultConfig, ...layers), rootDir, configFile };
    });
  });
}
