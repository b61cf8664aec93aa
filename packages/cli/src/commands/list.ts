import path from 'node:path';
import { checkProject } from '@wfkit/core';

export interface ListOptions {
  cwd: string;
  paths: string[];
}

export interface ListedWorkflow {
  name: string;
  /** Paths are relative to `cwd`, with `/` separators. */
  file: string;
  workflowsDir: string;
  barrel: string;
  barrelExists: boolean;
  /** Whether the directory's barrel re-exports the workflow, so a worker loading it registers it. */
  exported: boolean;
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

/** `wf list`: every workflow under the paths, where it lives and whether its barrel exports it. */
export function list(options: ListOptions): ListResult {
  const report = checkProject(options.paths, { cwd: options.cwd });
  const relative = (file: string): string => path.relative(options.cwd, file).split(path.sep).join('/') || '.';
  const workflows = report.workflowDirs.flatMap((dir) =>
    dir.workflows.map((workflow) => ({
      name: workflow.name,
      file: relative(workflow.filePath),
      workflowsDir: relative(dir.dir),
      barrel: relative(dir.barrelPath),
      barrelExists: dir.barrelExists,
      exported: workflow.exported,
    })),
  );
  const duplicates = report.duplicateWorkflowNames.map(({ name, files }) => ({ name, files: files.map(relative) }));
  const unparsed = report.files.flatMap(({ filePath, parseError }) => (parseError === undefined ? [] : [{ file: relative(filePath), ...parseError }]));
  return { workflows, duplicates, unparsed };
}
