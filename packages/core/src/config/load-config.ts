import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../types.js';
import { ConfigError } from './config-error.js';
import { CONFIG_FILE_NAME, defaultConfig } from './defaults.js';
import { mergeConfig, parseConfigFile } from './parse-config.js';
import type { ConfigFile } from './schema.js';

function statOrUndefined(file: string) {
  return statSync(file, { throwIfNoEntry: false });
}

// A linter asks for every file it lints: a path that names a source file needs no `stat` to know
// it is not a directory (a directory named `x.ts` is not worth a stat per linted file).
const SOURCE_FILE_NAME = /\.(?:[cm]?[jt]s|[jt]sx)$/;

function startDirectory(from: string): string {
  const absolute = path.resolve(from);
  if (SOURCE_FILE_NAME.test(absolute)) return path.dirname(absolute);
  return statOrUndefined(absolute)?.isDirectory() ? absolute : path.dirname(absolute);
}

// Every linted file asks which config and package.json are above it, and the answer changes only
// when one of them is created or deleted. Answers are kept for a moment (as eslint-plugin-import
// keeps resolutions), so an editor sees a new config file within a second and a CI run walks each
// directory once instead of once per file.
const LOOKUP_LIFETIME_MS = 1_000;
const lookupMaps: Array<Map<string, unknown>> = [];

/** A map of answers about the file system kept for a moment, and forgotten by `clearLookupCache`. */
export class LookupCache<T> {
  readonly #entries = new Map<string, { value: T; at: number }>();
  constructor() {
    lookupMaps.push(this.#entries);
  }
  get(key: string, now = Date.now()): { value: T } | undefined {
    const hit = this.#entries.get(key);
    return hit !== undefined && now - hit.at < LOOKUP_LIFETIME_MS ? hit : undefined;
  }
  set(key: string, value: T, now = Date.now()): void {
    this.#entries.set(key, { value, at: now });
  }
}

const lookups = new LookupCache<string | undefined>();

/**
 * Walks up from `start` (a directory) and returns the first directory holding `fileName` (a
 * regular file; with `anyType`, anything of that name, so a caller can say what is wrong with it).
 */
export function findUp(start: string, fileName: string, anyType = false): string | undefined {
  const now = Date.now();
  const cached = lookups.get(`${fileName}\0${start}`, now);
  if (cached !== undefined) return cached.value;
  const visited: string[] = [];
  let found: string | undefined;
  for (let dir = start; ; dir = path.dirname(dir)) {
    const hit = lookups.get(`${fileName}\0${dir}`, now);
    if (hit !== undefined) {
      found = hit.value;
      break;
    }
    visited.push(dir);
    const stats = statOrUndefined(path.join(dir, fileName));
    if (stats !== undefined && (anyType || stats.isFile())) {
      found = dir;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  // Every directory passed on the way up has the same answer.
  for (const dir of visited) lookups.set(`${fileName}\0${dir}`, found, now);
  return found;
}

/** Forgets directory lookups (for tests and tools that create config files and look again at once). */
export function clearLookupCache(): void {
  for (const entries of lookupMaps) entries.clear();
}

/** The nearest `wfkit.config.json` above a file or directory (inclusive), if any. */
export function findConfigFile(from: string): string | undefined {
  return configFileAbove(startDirectory(from));
}

function configFileAbove(dir: string): string | undefined {
  // A directory of that name is found too, to be named as a mistake rather than skipped.
  const found = findUp(dir, CONFIG_FILE_NAME, true);
  return found === undefined ? undefined : path.join(found, CONFIG_FILE_NAME);
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  parsed: ConfigFile;
}

// Editors keep a process alive across edits: re-read a config file whenever its mtime or size moves.
const fileCache = new Map<string, CachedFile>();

// Asked for every linted file: its stat is kept for the lookup lifetime too.
const configStats = new LookupCache<ReturnType<typeof statOrUndefined>>();

/** The parsed config file, or `undefined` when it no longer exists. */
function readConfigFile(file: string): ConfigFile | undefined {
  let stat = configStats.get(file)?.value;
  if (stat === undefined) {
    stat = statOrUndefined(file);
    configStats.set(file, stat);
  }
  if (stat === undefined) return undefined;
  if (!stat.isFile()) {
    const what = stat.isDirectory() ? 'a directory' : 'neither a file nor a directory';
    throw new ConfigError(file, '', 'a JSON file', what, `Rename or remove it; wfkit reads its configuration from a file of that name.`);
  }
  const cached = fileCache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.parsed;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // Gone since its stat was taken: as if it had not been found.
    return undefined;
  }
  // JSON.parse would call a BOM an "Unexpected token" that no editor shows.
  if (text.charCodeAt(0) === 0xfeff) {
    throw new ConfigError(file, '', 'JSON without a byte order mark', 'a UTF-8 byte order mark (BOM) at its start', 'Save it as UTF-8 without BOM.');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, '', 'valid JSON', `a syntax error (${(error as Error).message})`, 'Fix the JSON syntax.');
  }
  const parsed = parseConfigFile(json, file);
  fileCache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, parsed });
  return parsed;
}

/**
 * The configuration in force at a file or directory: defaults, then the nearest
 * `wfkit.config.json`, then `overrides` (ESLint's `settings.wfkit`).
 * `rootDir` is the config file's directory, else the nearest package root, else the start directory.
 */
export function loadConfig(from: string, overrides?: unknown): ResolvedConfig {
  const start = startDirectory(from);
  const known = configsByDirectory.get(start);
  if (known !== undefined && known.value.overrides === overrides) return known.value.config;
  const config = resolveConfig(start, overrides);
  configsByDirectory.set(start, { overrides, config });
  return config;
}

// A linter asks for every file, and the files of a directory share one answer for the lookup lifetime.
const configsByDirectory = new LookupCache<{ overrides: unknown; config: ResolvedConfig }>();

function resolveConfig(start: string, overrides: unknown): ResolvedConfig {
  let configFile = configFileAbove(start);
  let fileLayer = configFile === undefined ? undefined : readConfigFile(configFile);
  if (configFile !== undefined && fileLayer === undefined) {
    // Deleted since it was looked up: look again.
    clearLookupCache();
    configFile = configFileAbove(start);
    fileLayer = configFile === undefined ? undefined : readConfigFile(configFile);
  }
  const rootDir = configFile !== undefined ? path.dirname(configFile) : (findUp(start, 'package.json') ?? start);
  // A linter asks for every file: the same file layer (unchanged file) and the same overrides
  // object give the same config object, without validating the overrides again.
  const key = `${configFile ?? ''}\0${rootDir}`;
  const known = resolved.get(key);
  if (known !== undefined && known.fileLayer === fileLayer && known.overrides === overrides) return known.config;
  const layers: ConfigFile[] = [];
  if (fileLayer !== undefined) layers.push(fileLayer);
  if (overrides !== undefined) layers.push(parseConfigFile(overrides, 'settings.wfkit'));
  const config = { ...mergeConfig(defaultConfig, ...layers), rootDir, configFile };
  resolved.set(key, { fileLayer, overrides, config });
  return config;
}

const resolved = new Map<string, { fileLayer: ConfigFile | undefined; overrides: unknown; config: ResolvedConfig }>();
