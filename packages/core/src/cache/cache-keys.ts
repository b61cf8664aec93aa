import { analysisKey, type AnalysisConfig } from '../detect/analyze-module.js';
import type { ResolvedConfig } from '../types.js';

/**
 * Every store of `ProjectCache` (by name) and what its values are keyed on within it. A value that depends on the
 * config (or ESLint's `settings.wfkit`) has the config's content in its key, never an object's
 * identity alone: equal configs share answers, and a changed one cannot be served an old answer.
 * When a key is found, the value is still checked against what it read (see `ProjectCache`).
 */
export const cacheKeys = {
  /** A directory's entries. */
  listing: (dir: string) => dir,
  /** A file's text. */
  text: (file: string) => file,
  /** A file parsed and analysed: its analysis depends on the facade module and workflow factories. */
  module: (file: string, config: AnalysisConfig) => `${analysisKey(config)}\0${file}`,
  /** The first directory from `dir` up holding `fileName` (a regular file, or anything with `anyType`). */
  foundUp: (fileName: string, anyType: boolean, dir: string) => `${fileName}\0${anyType}\0${dir}`,
  /** A `wfkit.config.json` parsed and validated. */
  configFile: (file: string) => file,
  /** The config in force in a directory under `overrides` (ESLint's `settings.wfkit`). */
  configAt: (dir: string, overrides: unknown) => `${valueKey(overrides)}\0${dir}`,
  /** One config object per config file, root and overrides, shared by every directory under them. */
  resolvedConfig: (configFile: string | undefined, rootDir: string, overrides: unknown) =>
    `${valueKey(overrides)}\0${configFile ?? ''}\0${rootDir}`,
  /** Barrel specifiers' extension under a tsconfig and a package.json. */
  importExtension: (tsconfigDir: string | undefined, packageDir: string | undefined) =>
    `${tsconfigDir ?? ''}\0${packageDir ?? ''}`,
  /** Words a directory's path says about its workflows. */
  contextWords: (dir: string, config: Pick<ResolvedConfig, 'rootDir' | 'workflowDirs'>) =>
    `${config.rootDir}\0${config.workflowDirs.join('/')}\0${dir}`,
  /** A workflows directory's workflow files. */
  workflowFiles: (dir: string, config: ResolvedConfig) => `${configKey(config)}\0${dir}`,
  /** A workflows directory's barrel path. */
  barrelPath: (dir: string, barrelFile: string) => `${barrelFile}\0${dir}`,
  /** Whether a directory named like a workflows directory holds workflow code. */
  workflowCode: (dir: string, config: ResolvedConfig) => `${configKey(config)}\0${dir}`,
  /** The workers of a project root and what they load. */
  workerModel: (config: ResolvedConfig) =>
    `${config.rootDir}\0${config.ignore.join('\0')}\0${analysisKey(config)}\0${config.configFile === undefined}`,
  /** Whether a file mentions `workflowsPath` or the workflow runtime (named by the facade module). */
  fileFacts: (file: string, workflowModule: string) => `${workflowModule}\0${file}`,
} as const;

/** The name of a store of `ProjectCache`. */
export type CacheStore = keyof typeof cacheKeys;

// Configs are shared objects (see `loadConfig`): their key is worked out once per object.
const configKeys = new WeakMap<object, string>();

function configKey(config: ResolvedConfig): string {
  let key = configKeys.get(config);
  if (key === undefined) configKeys.set(config, (key = JSON.stringify(config)));
  return key;
}

/** Settings are JSON in practice; anything else is told apart by identity. */
function valueKey(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'object' && value !== null) {
    const known = configKeys.get(value);
    if (known !== undefined) return known;
    let key: string;
    try {
      key = JSON.stringify(value);
    } catch {
      key = `#${(identities += 1)}`;
    }
    configKeys.set(value, key);
    return key;
  }
  return String(value);
}

let identities = 0;
