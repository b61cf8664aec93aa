import path from 'node:path';
import { scanProject, type ProjectCache, type ResolvedConfig } from '@wfkit/core';
import type { FileTree } from './file-tree.js';
import { refuseAmbiguousPackage, refuseShadowed } from './new-refusals.js';

export interface WorkflowsDirChoice {
  dir: string;
  /** Said in the summary when the directory is not the obvious one (a package root's `src/`). */
  note?: string | undefined;
}

/**
 * `--in` itself when it is a workflows directory, else its existing workflows directory, else a new
 * one. A package root (a package.json and a `src/` directory, no workflows directory of its own)
 * means its sources: the workflows directory below it, or a new one in `src/`.
 */
export function findWorkflowsDir(
  inDir: string,
  config: ResolvedConfig,
  cache: ProjectCache,
  tree: FileTree,
): WorkflowsDirChoice {
  const choice = chooseWorkflowsDir(inDir, config, cache, tree);
  refuseShadowed(choice.dir, tree);
  return choice;
}

function chooseWorkflowsDir(
  inDir: string,
  config: ResolvedConfig,
  cache: ProjectCache,
  tree: FileTree,
): WorkflowsDirChoice {
  if (config.workflowDirs.includes(path.basename(inDir))) return { dir: inDir };
  const own = ownWorkflowsDir(inDir, config, tree);
  if (own !== undefined) return { dir: own };
  if (tree.isFile(path.join(inDir, 'package.json')) && tree.isDirectory(path.join(inDir, 'src'))) {
    return packageWorkflowsDir(inDir, config, cache, tree);
  }
  return { dir: newWorkflowsDir(inDir, config) };
}

function ownWorkflowsDir(featureDir: string, config: ResolvedConfig, tree: FileTree): string | undefined {
  return config.workflowDirs.map((dirName) => path.join(featureDir, dirName)).find((dir) => tree.isDirectory(dir));
}

/** A package root's workflows directory: `src/workflows`, the only one below it, or a new `src/workflows`; several is ambiguous. */
function packageWorkflowsDir(
  packageDir: string,
  config: ResolvedConfig,
  cache: ProjectCache,
  tree: FileTree,
): WorkflowsDirChoice {
  const rel = tree.label;
  const srcDir = path.join(packageDir, 'src');
  const note = (dir: string): string =>
    `${rel(packageDir)} is a package root with a src/ directory: using ${rel(dir)}.`;
  const inSrc = ownWorkflowsDir(srcDir, config, tree);
  if (inSrc !== undefined) return { dir: inSrc, note: note(inSrc) };
  // Only the directories are needed: the rest of the package's files are not read.
  const below = scanProject([packageDir], { cwd: packageDir, cache, outsideFiles: false }).workflowDirs.map(
    (entry) => entry.dir,
  );
  if (below.length === 1) return { dir: below[0]!, note: note(below[0]!) };
  refuseAmbiguousPackage(packageDir, below, rel);
  const created = newWorkflowsDir(srcDir, config);
  return { dir: created, note: note(created) };
}

/** The workflows directory to create in `featureDir`. */
function newWorkflowsDir(featureDir: string, config: ResolvedConfig): string {
  return path.join(featureDir, config.workflowDirs[0]!);
}
