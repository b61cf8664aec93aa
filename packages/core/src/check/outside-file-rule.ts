import path from 'node:path';
import { suggestFileName } from '../naming/file-name.js';
import type { WorkerModel } from '../workers/project-workers.js';
import { toPosixRelative } from '../scan/classify-file.js';
import type { Finding, ModuleInfo, ResolvedConfig } from '../types.js';
import { createFinding, quoteList } from './finding.js';

/**
 * A file outside every workflows directory that defines workflows: exported functions that return
 * a Promise, in a module that imports the workflow runtime or that a worker loads. In a module a
 * worker's bundle holds, only what the workers register counts (an async helper the workflows
 * import is not one); elsewhere every such function.
 */
export function checkOutsideFile(filePath: string, info: ModuleInfo, config: ResolvedConfig, workersOf: () => WorkerModel): Finding[] {
  if (info.workflows.length === 0 && !info.defaultExport?.isFunction) return [];
  const workers = workersOf();
  // A module a worker loads holds workflows whatever it imports; else it must import the runtime.
  if (!info.importsWorkflowRuntime && !workers.exportGraphModules.has(filePath)) return [];
  // A module the workers' bundles hold, but whose function none registers, is a helper of theirs;
  // a module no bundle holds is judged by the fallback, as where no worker is known.
  const bundled = workers.complete && workers.sandboxModules.has(filePath);
  const registered = (name: string): boolean => !bundled || workers.registrationsOf(filePath, name).length > 0;
  const fallback = info.defaultExport?.isFunction && !bundled
    ? [{ name: info.defaultExport.localName ?? 'default', range: info.defaultExport.range }]
    : [];
  const workflows = [...info.workflows.filter(({ name }) => registered(name)).map(({ name, range }) => ({ name, range })), ...fallback];
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
