import path from 'node:path';
import type { ListResult } from '../commands/list.js';
import type { Colors } from './colors.js';

// A fold rather than `Math.max(...lengths)`, whose arguments overflow the stack on a huge directory.
const widest = (texts: readonly string[]): number => texts.reduce((width, text) => Math.max(width, text.length), 0);

/** `wf list` for people: one block per workflows directory, a line per workflow; then what does not parse. */
export function formatList(result: ListResult, c: Colors): string {
  const unparsedFiles = new Set(result.unparsed.map(({ file }) => file));
  const byDir = new Map<string, ListResult['workflows']>();
  for (const workflow of result.workflows) {
    const workflows = byDir.get(workflow.workflowsDir);
    if (workflows === undefined) byDir.set(workflow.workflowsDir, [workflow]);
    else workflows.push(workflow);
  }
  const nameWidth = widest(result.workflows.map((workflow) => workflow.name));
  const blocks = [...byDir].map(([dir, workflows]) => {
    const barrel = workflows[0]!;
    const barrelParses = !unparsedFiles.has(barrel.barrel);
    const note = !barrel.barrelExists ? '(no barrel)' : barrelParses ? `(barrel ${barrel.barrel})` : `(barrel ${barrel.barrel} does not parse)`;
    const heading = `${c.bold(`${dir}/`)} ${c.dim(note)}`;
    const fileNames = workflows.map((workflow) => path.posix.relative(dir, workflow.file));
    const fileWidth = widest(fileNames);
    const rows = workflows.map((workflow, index) => {
      const status = workflow.exported ? c.green('exported') : barrelParses ? c.red('not in barrel') : c.yellow('unknown: barrel does not parse');
      return `  ${workflow.name.padEnd(nameWidth)}  ${fileNames[index]!.padEnd(fileWidth)}  ${status}`;
    });
    return `${heading}\n${rows.join('\n')}`;
  });
  const dirs = byDir.size;
  let text =
    result.workflows.length === 0
      ? 'No workflows found.\n'
      : `${blocks.join('\n\n')}\n\n${result.workflows.length} workflow${result.workflows.length === 1 ? '' : 's'} in ${dirs} workflows director${dirs === 1 ? 'y' : 'ies'}.\n`;
  if (result.duplicates.length > 0) {
    const lines = result.duplicates.map(({ name, files }) => `  ${c.red(name)}: ${files.join(', ')}`);
    text += `\n${c.bold('Duplicate workflow names')} (a worker loading these barrels together would register only one):\n${lines.join('\n')}\n`;
  }
  if (result.unparsed.length > 0) {
    const lines = result.unparsed.map(({ file, line, column, message }) => `  ${file}:${line}:${column} ${message}`);
    text += `\n${c.bold('Files that do not parse')} (workflows in them are not listed; fix their syntax):\n${lines.join('\n')}\n`;
  }
  return text;
}
