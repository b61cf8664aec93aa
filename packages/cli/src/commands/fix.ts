import path from 'node:path';
import { loadConfig, ProjectCache } from '@wfkit/core';
import { UsageError } from '../errors.js';
import { projectLockTarget, withFileLocks } from '../fs/file-lock.js';
import { writeChanges, WriteFailure, writeFailureError } from '../generate/file-change.js';
import { uncommittedFiles } from '../fix/git-status.js';
import { planFix, type FixOptions, type FixPlan } from '../fix/plan-fix.js';

export interface FixCommandOptions extends FixOptions {
  /** Plan and print, write nothing. */
  dryRun?: boolean | undefined;
  /** Write over files git shows with uncommitted changes. */
  allowDirty?: boolean | undefined;
}

export interface FixResult extends FixPlan {
  written: boolean;
}

/**
 * `wf fix`: moves a codebase onto the convention — splits modules of several workflows, relocates
 * `src/workflows.ts` into `src/workflows/`, renames badly named workflow files, updates every
 * import and regenerates the affected barrels — without changing a workflow type. Planned in
 * memory; written all at once, or not at all.
 */
export function fix(options: FixCommandOptions): FixResult {
  if (options.dryRun === true) return { ...planFix(options), written: false };
  // From the first read to the last write, as `wf new` and `wf barrel --fix` hold it.
  // The project is found in a cache of its own: the one planning uses starts once the lock is held.
  const root = loadConfig(options.cwd, undefined, new ProjectCache()).rootDir;
  return withFileLocks([projectLockTarget(root)], () => planAndWrite(options));
}

function planAndWrite(options: FixCommandOptions): FixResult {
  const plan = planFix(options);
  const rel = (file: string): string => path.relative(options.cwd, file).split(path.sep).join('/') || '.';
  if (options.dryRun === true || plan.changes.length === 0) return { ...plan, written: false };
  if (options.allowDirty !== true) {
    const dirty = uncommittedFiles(
      plan.rootDir,
      plan.changes.filter((change) => change.before !== undefined).map((change) => change.filePath),
    );
    if (dirty.length > 0) {
      throw new UsageError(
        `${dirty.map(rel).join(', ')} ${dirty.length === 1 ? 'has' : 'have'} uncommitted changes that wf fix would overwrite. Commit or stash them (so the fix is one reviewable change), or pass --allow-dirty; nothing was written.`,
      );
    }
  }
  try {
    writeChanges(plan.changes);
  } catch (error) {
    if (!(error instanceof WriteFailure)) throw error;
    throw writeFailureError(error, rel);
  }
  return { ...plan, written: true };
}
