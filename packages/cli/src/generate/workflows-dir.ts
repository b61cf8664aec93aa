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
  if (config.workflowDirs.includes(path.basename(inDir))) return { dir: inDir };
  const own = ownWorkflowsDir(inDir, config);
  if (own !== undefined) return { dir: own };
  if (isFile(path.join(inDir, 'package.json')) && isDir(path.join(inDir, 'src'))) return packageWorkflowsDir(inDir, config, cache, rel);
  return { dir: newWorkflowsDir(inDir, config, rel) };
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
  const created = newWorkflowsDir(srcDir, config, rel);
  return { dir: created, note: note(created) };
}

/** The workflows directory to create in `featureDir`, unless a `workflows.ts` there would shadow it. */
function newWorkflowsDir(featureDir: string, config: ResolvedConfig, rel: (file: string) => string): string {
  const dir = path.join(featureDir, config.workflowDirs[0]!);
  const shadow = MODULE_EXTENSIONS.map((extension) => `${dir}${extension}`).find(isFile);
  if (shadow !== undefined) {
    throw new UsageError(
      `${rel(shadow)} exists, and './${path.basename(dir)}' resolves to it, never to a new ${rel(dir)}/ beside it. Split ${rel(shadow)} into ${rel(dir)}/ first (wf check lists its workflows), then run wf new again.`,
    );
  }
  return dir;
}
