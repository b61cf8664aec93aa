import path from 'node:path';
import type { ListedWorkflow, ListResult } from '../commands/list.js';
import type { Colors } from './colors.js';

const OUTSIDE = '';

// A fold rather than `Math.max(...lengths)`, whose arguments overflow the stack on a huge directory.
const widest = (texts: readonly string[]): number => texts.reduce((width, text) => Math.max(width, text.length), 0);

/**
 * `wf list` for people: one block per workflows directory (and one for workflows outside them), a
 * line per workflow with its barrel status and the workers that register it; then what does not parse.
 */
export function formatList(result: ListResult, c: Colors): string {
  const unparsedFiles = new Set(result.unparsed.map(({ file }) => file));
  const byDir = new Map<string, ListedWorkflow[]>();
  for (const workflow of result.workflows) {
    const key = workflow.workflowsDir ?? OUTSIDE;
    const workflows = byDir.get(key);
    if (workflows === undefined) byDir.set(key, [workflow]);
    else workflows.push(workflow);
  }
  const nameWidth = widest(result.workflows.map((workflow) => workflow.name));
  const blocks = [...byDir].map(([dir, workflows]) => {
    const first = workflows[0]!;
    const barrelParses = first.barrel === null || !unparsedFiles.has(first.barrel);
    const note = !first.barrelExists
      ? '(no barrel)'
      : barrelParses
        ? `(barrel ${first.barrel ?? ''})`
        : `(barrel ${first.barrel ?? ''} does not parse)`;
    const heading = dir === OUTSIDE ? c.bold('outside workflows directories') : `${c.bold(`${dir}/`)} ${c.dim(note)}`;
    const fileNames = workflows.map((workflow) =>
      dir === OUTSIDE ? workflow.file : path.posix.relative(dir, workflow.file),
    );
    const fileWidth = widest(fileNames);
    const rows = workflows.map((workflow, index) => {
      // A workflow a worker registers through another module is not missing from anything.
      const status =
        workflow.exported === null || (!workflow.exported && workflow.workers.length > 0)
          ? ''
          : workflow.exported
            ? c.green('exported')
            : barrelParses
              ? c.red('not in barrel')
              : c.yellow('unknown: barrel does not parse');
      const columns = [
        workflow.name.padEnd(nameWidth),
        fileNames[index]!.padEnd(fileWidth),
        status,
        workersOf(workflow, c),
      ].filter((column) => column !== '');
      return `  ${columns.join('  ').trimEnd()}`;
    });
    return `${heading}\n${rows.join('\n')}`;
  });
  const dirs = [...byDir.keys()].filter((dir) => dir !== OUTSIDE).length;
  const outside = byDir.get(OUTSIDE)?.length ?? 0;
  const count = result.workflows.length;
  let summary = `${count} workflow${count === 1 ? '' : 's'} in ${dirs} workflows director${dirs === 1 ? 'y' : 'ies'}`;
  if (outside > 0) summary += ` (${outside} outside them)`;
  let text = count === 0 ? 'No workflows found.\n' : `${blocks.join('\n\n')}\n\n${summary}.\n`;
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

/** `registered by src/worker.ts (task queue orders)`, with the workflow type when it differs from the name. */
function workersOf(workflow: ListedWorkflow, c: Colors): string {
  if (workflow.workers.length === 0) return '';
  const entries = workflow.workers.map(({ worker, taskQueue, workflowType }) => {
    const details = [
      taskQueue === null ? undefined : `task queue ${taskQueue}`,
      workflowType === workflow.name ? undefined : `as ${workflowType}`,
    ].filter(Boolean);
    return details.length === 0 ? worker : `${worker} (${details.join(', ')})`;
  });
  return c.dim(`registered by ${entries.join('; ')}`);
}
