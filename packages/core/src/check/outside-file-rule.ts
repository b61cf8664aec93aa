import path from 'node:path';
import { fileStem, suggestFileName } from '../naming/file-name.js';
import { splitWords } from '../naming/words.js';
import { checkWorkflowName } from '../naming/workflow-name.js';
import { toPosixRelative } from '../scan/classify-file.js';
import type { Finding, ModuleInfo, ResolvedConfig } from '../types.js';
import { createFinding, quoteList } from './finding.js';

/**
 * A file outside every workflows directory that imports the workflow runtime and exports
 * functions defines workflows in the wrong place: a worker never loads it through a barrel.
 * Shared workflow helpers (`sleepUntil`, `isCancellation`) import the runtime too, so only
 * functions named like workflows (the configured workflow-name case) count, unless the file itself
 * is named for workflows (`workflows.ts`): with PascalCase workflows, a camelCase helper module is
 * left alone.
 */
export function checkOutsideFile(filePath: string, info: ModuleInfo, config: ResolvedConfig): Finding[] {
  if (!info.importsWorkflowRuntime) return [];
  const fallback = info.defaultExport?.isFunction
    ? [{ name: info.defaultExport.localName ?? 'default', range: info.defaultExport.range }]
    : [];
  // A module named for workflows (`workflows.ts`, as in Temporal's samples) holds nothing but.
  const namedForWorkflows = ['workflow', 'workflows'].includes(splitWords(fileStem(filePath)).join(' '));
  const workflows = [
    ...info.workflows
      .filter(({ name }) => namedForWorkflows || checkWorkflowName(name, config).ok)
      .map(({ name, range }) => ({ name, range })),
    ...fallback,
  ];
  const targetDir = path.join(path.dirname(filePath), config.workflowDirs[0] ?? 'workflows');
  return workflows.map((workflow) =>
    createFinding({
      ruleId: 'workflows-in-workflows-dir',
      messageId: 'outsideWorkflowsDir',
      data: {
        name: workflow.name,
        dirs: quoteList(config.workflowDirs.map((dir) => `${dir}/`)),
        suggestion: toPosixRelative(config.rootDir, path.join(targetDir, suggestFileName(workflow.name, targetDir, config))),
      },
      filePath,
      range: workflow.range,
    }),
  );
}
