import path from 'node:path';
import { checkProjectInParallel } from '@wfkit/core';

export interface ListOptions {
  cwd: string;
  paths: string[];
}

export interface ListedWorkflow {
  name: string;
  /** Paths are relative to `cwd`, with `/` separators. */
  file: string;
  /** `null` for a workflow outside every workflows directory. */
  workflowsDir: string | null;
  barrel: string | null;
  barrelExists: boolean;
  /** Whether the directory's barrel re-exports the workflow; `null` outside workflows directories. */
  exported: boolean | null;
  /** The worker entries that register it (empty where no worker is known, or none reaches it). */
  workers: Array<{ worker: string; entry: string | null; taskQueue: string | null; workflowType: string }>;
}

export interface ListResult {
  workflows: ListedWorkflow[];
  /** Workflow names defined in more than one file: a worker loading both barrels would collide. */
  duplicates: Array<{ name: string; files: string[] }>;
  /**
   * Files that do not parse: workflows in them are not listed, and workflows of a directory whose
   * barrel does not parse are not known to be exported.
   */
  unparsed: Array<{ file: string; line: number; column: number; message: string }>;
}

/** `wf list`: every workflow the model knows under the paths, where it lives, its barrel and the workers that register it. */
export async function list(options: ListOptions): Promise<ListResult> {
  // The model only: `wf list` shows no findings, so the rules are not run.
  const report = await checkProjectInParallel(options.paths, { cwd: options.cwd, findings: false });
  const relative = (file: string): string => path.relative(options.cwd, file).split(path.sep).join('/') || '.';
  const dirs = new Map(report.workflowDirs.map((dir) => [dir.dir, dir]));
  const workflows = report.workflows.map((workflow): ListedWorkflow => {
    const dir = workflow.workflowsDir === undefined ? undefined : dirs.get(workflow.workflowsDir);
    return {
      name: workflow.name,
      file: relative(workflow.filePath),
      workflowsDir: dir === undefined ? null : relative(dir.dir),
      barrel: dir === undefined ? null : relative(dir.barrelPath),
      barrelExists: dir?.barrelExists ?? false,
      exported: workflow.exported ?? null,
      workers: workflow.registrations.map((registration) => ({
        worker: relative(registration.workerFile),
        entry: registration.entryPath === undefined ? null : relative(registration.entryPath),
        taskQueue: registration.taskQueue ?? null,
        workflowType: registration.workflowType,
      })),
    };
  });
  const duplicates = report.duplicateWorkflowNames.map(({ name, files }) => ({ name, files: files.map(relative) }));
  const unparsed = report.files.flatMap(({ filePath, parseError }) =>
    parseError === undefined ? [] : [{ file: relative(filePath), ...parseError }],
  );
  return { workflows, duplicates, unparsed };
}
