import path from 'node:path';
import type { ListResult } from '../commands/list.js';
import type { Colors } from './colors.js';

/** `wf list` for people: one block per workflows directory, a line per workflow. */
export function formatList(result: ListResult, c: Colors): string {
  if (result.workflows.length === 0) return 'No workflows found.\n';
  const byDir = new Map<string, ListResult['workflows']>();
  for (const workflow of result.workflows) {
    const workflows = byDir.get(workflow.workflowsDir);
    if (workflows === undefined) byDir.set(workflow.workflowsDir, [workflow]);
    else workflows.push(workflow);
  }
  const nameWidth = Math.max(...result.workflows.map((workflow) => workflow.name.length));
  const blocks = [...byDir].map(([dir, workflows]) => {
    const barrel = workflows[0]!;
    const heading = `${c.bold(`${dir}/`)} ${c.dim(barrel.barrelExists ? `(barrel ${barrel.barrel})` : '(no barrel)')}`;
    const fileNames = workflows.map((workflow) => path.posix.relative(dir, workflow.file));
    const fileWidth = Math.max(...fileNames.map((fileName) => fileName.length));
    const rows = workflows.map((workflow, index) => {
      const status = workflow.exported ? c.green('exported') : c.red('not in barrel');
      return `  ${workflow.name.padEnd(nameWidth)}  ${fileNames[index]!.padEnd(fileWidth)}  ${status}`;
    });
    return `${heading}\n${rows.join('\n')}`;
  });
  const dirs = byDir.size;
  let text = `${blocks.join('\n\n')}\n\n${result.workflows.length} workflow${result.workflows.length === 1 ? '' : 's'} in ${dirs} workflows director${dirs === 1 ? 'y' : 'ies'}.\n`;
  if (result.duplicates.length > 0) {
    const lines = result.duplicates.map(({ name, files }) => `  ${c.red(name)}: ${files.join(', ')}`);
    text += `\n${c.bold('Duplicate workflow names')} (a worker loading these barrels together would register only one):\n${lines.join('\n')}\n`;
  }
  return text;
}
