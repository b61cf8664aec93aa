import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';
// Types only: at run time the target project's own Prettier is loaded, never a copy of ours.
import type * as Prettier from 'prettier';

type PrettierModule = typeof Prettier;

/** Formats files the way the target project's own Prettier would. */
export interface ProjectFormatter {
  /** Where the Prettier configuration was found (printed so users know why code looks as it does). */
  configFile: string;
  format(filePath: string, text: string): Promise<string>;
  /** Whether a text is already formatted (an existing file is reformatted only when it was). */
  isFormatted(filePath: string, text: string): Promise<boolean>;
}

/**
 * The target project's Prettier, when it is installed where the project can import it *and*
 * configured for `filePath`. wfkit never brings its own: formatting code with a Prettier the project
 * does not use would fight its style.
 */
export async function loadProjectPrettier(filePath: string): Promise<ProjectFormatter | undefined> {
  // Resolve as a module in the target directory would, so the project's own copy is found.
  const requireFromTarget = createRequire(path.join(path.dirname(filePath), '__wfkit__.js'));
  let entry: string;
  try {
    entry = requireFromTarget.resolve('prettier');
  } catch {
    return undefined;
  }
  // Most projects without a Prettier config still have Prettier installed somewhere above them;
  // loading it only to be told "no config" would slow every `wf new` (figures: docs/benchmarks.md).
  if (!mayHaveConfig(path.dirname(filePath))) return undefined;
  const prettier = (await import(pathToFileURL(entry).href)) as PrettierModule & { default?: PrettierModule };
  const api: PrettierModule = typeof prettier.format === 'function' ? prettier : prettier.default!;
  const configFile = await configured(filePath, () => api.resolveConfigFile(filePath));
  if (configFile === null) return undefined;
  const optionsFor = async (file: string) => ({
    ...(await api.resolveConfig(file, { editorconfig: true })),
    filepath: file,
  });
  return {
    configFile,
    format: async (file, text) => configured(configFile, async () => api.format(text, await optionsFor(file))),
    isFormatted: async (file, text) => configured(configFile, async () => api.check(text, await optionsFor(file))),
  };
}

/**
 * Runs a call into the project's Prettier; its failure (a config that does not parse, a plugin not
 * installed) is the project's configuration to fix, said in one line naming where it is.
 */
async function configured<T>(configFile: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new UsageError(
      `the project's Prettier failed with its configuration (${configFile}): ${reason}. Fix the configuration (\`npx prettier --check <file>\` shows the same error), then run wf new again; nothing was written.`,
    );
  }
}

/**
 * Whether a Prettier configuration may apply to files in `dir`: some directory from there up to
 * the root holds a file Prettier 3 looks for (`.prettierrc*`, `prettier.config.*`), a
 * `package.json` with a `prettier` key, or a `package.yaml` that mentions it. Errs towards yes;
 * Prettier itself then decides, so a "no" only skips loading Prettier to hear the same answer.
 */
export function mayHaveConfig(dir: string): boolean {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    let names: string[] = [];
    try {
      names = readdirSync(current);
    } catch {
      // Not created yet (a new workflows directory), or unreadable: Prettier finds nothing there either.
    }
    for (const name of names) {
      if (name.startsWith('.prettierrc') || name.startsWith('prettier.config.')) return true;
      if (name === 'package.json' && packageJsonHasPrettier(path.join(current, name))) return true;
      if (name === 'package.yaml' && readOrEmpty(path.join(current, name)).includes('prettier')) return true;
    }
    if (path.dirname(current) === current) return false;
  }
}

function packageJsonHasPrettier(file: string): boolean {
  const text = readOrEmpty(file);
  if (!text.includes('prettier')) return false;
  try {
    const manifest: unknown = JSON.parse(text);
    return typeof manifest !== 'object' || manifest === null || 'prettier' in manifest;
  } catch {
    return true; // Prettier's own reading of it decides.
  }
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
