import path from 'node:path';
import type { ListedWorkflow, ListResult } from '../commands/list.js';
import type { Colors } from './colors.js';

const OUTSIDE = '';

/**
 * `wf list` for people: one block per workflows directory (and one for workflows outside them), a
 * line per workflow with its barrel status and the workers that register it.
 */
export function formatList(result: ListResult, c: Colors): string {
  if (result.workflows.length === 0) return 'No workflows found.\n';
  const byDir = new Map<string, ListedWorkflow[]>();
  for (const workflow of result.workflows) {
    const key = workflow.workflowsDir ?? OUTSIDE;
    byDir.set(key, [...(byDir.get(key) ?? []), workflow]);
  }
  const nameWidth = Math.max(...result.workflows.map((workflow) => workflow.name.length));
  const blocks = [...byDir].map(([dir, workflows]) => {
    const first = workflows[0]!;
    const heading =
      dir === OUTSIDE
        ? c.bold('outside workflows directories')
        : `${c.bold(`${dir}/`)} ${c.dim(first.barrelExists ? `(barrel ${first.barrel ?? ''})` : '(no barrel)')}`;
    const fileNames = workflows.map((workflow) => (dir === OUTSIDE ? workflow.file : path.posix.relative(dir, workflow.file)));
    const fileWidth = Math.max(...fileNames.map((fileName) => fileName.length));
    const rows = workflows.map((workflow, index) => {
      // A workflow a worker registers through another module is not missing from anything.
      const status =
        workflow.exported === null || (!workflow.exported && workflow.workers.length > 0) ? '' : workflow.exported ? c.green('exported') : c.red('not in barrel');
      const columns = [workflow.name.padEnd(nameWidth), fileNames[index]!.padEnd(fileWidth), status, workersOf(workflow, c)].filter((column) => column !== '');
      return `  ${columns.join('  ').trimEnd()}`;
    });
    return `${heading}\n${rows.join('\n')}`;
  });
  const dirs = [...byDir.keys()].filter((dir) => dir !== OUTSIDE).length;
  const outside = byDir.get(OUTSIDE)?.length ?? 0;
  const count = result.workflows.length;
  let summary = `${count} workflow${count === 1 ? '' : 's'} in ${dirs} workflows director${dirs === 1 ? 'y' : 'ies'}`;
  if (outside > 0) summary += ` (${outside} outside them)`;
  let text = `${blocks.join('\n\n')}\n\n${summary}.\n`;
  if (result.duplicates.length > 0) {
    const lines = result.duplicates.map(({ name, files }) => `  ${c.red(name)}: ${files.join(', ')}`);
    text += `\n${c.bold('Duplicate workflow names')} (a worker loading these barrels together would register only one):\n${lines.join('\n')}\n`;
  }
  return text;
}

/** `registered by src/worker.ts (task queue orders)`, with the workflow type when it differs from the name. */
function workersOf(workflow: ListedWorkflow, c: Colors): string {
  if (workflow.workers.length === 0) return '';
  const entries = workflow.workers.map(({ worker, taskQueue, workflowType }) => {
    const details = [taskQueue === null ? undefined : `task queue ${taskQueue}`, workflowType === workflow.name ? undefined : `as ${workflowType}`].filter(Boolean);
    return details.length === 0 ? worker : `${worker} (${details.join(', ')})`;
  });
  return c.dim(`registered by ${entries.join('; ')}`);
}
