import { statSync } from 'node:fs';
import path from 'node:path';
import { scanProject, type ProjectCache, type ResolvedConfig } from '@wfkit/core';
import { UsageError } from '../errors.js';

export interface WorkflowsDirChoice {
  dir: string;
  /** Said in the summary when the directory is not the obvious one (a package root's `src/`). */
  note?: string | undefined;
}

// Extensions a `./workflows` specifier resolves to before it tries the directory `workflows/index`.
const MODULE_EXTENSIONS = ['.ts', '.mts', '.cts', '.tsx', '.js', '.mjs', '.cjs', '.jsx'];

const isDir = (file: string): boolean => statSync(file, { throwIfNoEntry: false })?.isDirectory() === true;
const isFile = (file: string): boolean => statSync(file, { throwIfNoEntry: false })?.isFile() === true;

/**
 * `--in` itself when it is a workflows directory, else its existing workflows directory, else a new
 * one. A package root (a package.json and a `src/` directory, no workflows directory of its own)
 * means its sources: the workflows directory below it, or a new one in `src/`.
 */
export function findWorkflowsDir(inDir: string, config: ResolvedConfig, cache: ProjectCache, rel: (file: string) => string): WorkflowsDirChoice {
  const choice = chooseWorkflowsDir(inDir, config, cache, rel);
  refuseShadowed(choice.dir, rel);
  return choice;
}

function chooseWorkflowsDir(inDir: string, config: ResolvedConfig, cache: ProjectCache, rel: (file: string) => string): WorkflowsDirChoice {
  if (config.workflowDirs.includes(path.basename(inDir))) return { dir: inDir };
  const own = ownWorkflowsDir(inDir, config);
  if (own !== undefined) return { dir: own };
  if (isFile(path.join(inDir, 'package.json')) && isDir(path.join(inDir, 'src'))) return packageWorkflowsDir(inDir, config, cache, rel);
  return { dir: newWorkflowsDir(inDir, config) };
}

function ownWorkflowsDir(featureDir: string, config: ResolvedConfig): string | undefined {
  return config.workflowDirs.map((dirName) => path.join(featureDir, dirName)).find(isDir);
}

/** A package root's workflows directory: `src/workflows`, the only one below it, or a new `src/workflows`; several is ambiguous. */
function packageWorkflowsDir(packageDir: string, config: ResolvedConfig, cache: ProjectCache, rel: (file: string) => string): WorkflowsDirChoice {
  const srcDir = path.join(packageDir, 'src');
  const note = (dir: string): string => `${rel(packageDir)} is a package root with a src/ directory: using ${rel(dir)}.`;
  const inSrc = ownWorkflowsDir(srcDir, config);
  if (inSrc !== undefined) return { dir: inSrc, note: note(inSrc) };
  // Only the directories are needed: the rest of the package's files are not read.
  const below = scanProject([packageDir], { cwd: packageDir, cache, outsideFiles: false }).workflowDirs.map((entry) => entry.dir);
  if (below.length === 1) return { dir: below[0]!, note: note(below[0]!) };
  if (below.length > 1) {
    throw new UsageError(`${rel(packageDir)} is a package root with several workflows directories (${below.map(rel).join(', ')}). Pass the one you mean with --in.`);
  }
  const created = newWorkflowsDir(srcDir, config);
  return { dir: created, note: note(created) };
}

/** The workflows directory to create in `featureDir`. */
function newWorkflowsDir(featureDir: string, config: ResolvedConfig): string {
  return path.join(featureDir, config.workflowDirs[0]!);
}

/**
 * Refuses a workflows directory that a module of the same name beside it shadows (`src/workflows.ts`
 * next to `src/workflows/`): `./workflows` resolves to the file, so no worker loads the barrel.
 */
function refuseShadowed(dir: string, rel: (file: string) => string): void {
  const shadow = MODULE_EXTENSIONS.map((extension) => `${dir}${extension}`).find(isFile);
  if (shadow === undefined) return;
  const where = isDir(dir) ? `${rel(dir)}/ beside it` : `a new ${rel(dir)}/ beside it`;
  throw new UsageError(
    `${rel(shadow)} exists, and './${path.basename(dir)}' resolves to it, never to ${where}. Split ${rel(shadow)} into ${rel(dir)}/ first (wf check lists its workflows), then run wf new again.`,
  );
}
