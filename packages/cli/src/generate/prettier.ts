import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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
  const prettier = (await import(pathToFileURL(entry).href)) as PrettierModule & { default?: PrettierModule };
  const api: PrettierModule = typeof prettier.format === 'function' ? prettier : prettier.default!;
  const configFile = await api.resolveConfigFile(filePath);
  if (configFile === null) return undefined;
  const optionsFor = async (file: string) => ({ ...(await api.resolveConfig(file, { editorconfig: true })), filepath: file });
  return {
    configFile,
    format: async (file, text) => api.format(text, await optionsFor(file)),
    isFormatted: async (file, text) => api.check(text, await optionsFor(file)),
  };
}
