import path from 'node:path';
import { suggestFileName } from '../naming/file-name.js';
import type { Registration, WorkerModel } from '../workers/project-workers.js';
import { toPosixRelative } from '../scan/classify-file.js';
import type { Finding, ModuleInfo, ResolvedConfig } from '../types.js';
import { createFinding, quoteList } from './finding.js';

/**
 * A file outside every workflows directory that defines workflows: exported functions that return
 * a Promise, in a module that imports the workflow runtime or that a worker loads. In a module a
 * worker's bundle holds, only what the workers register counts (an async helper the workflows
 * import is not one); elsewhere every such function.
 */
export function checkOutsideFile(
  filePath: string,
  info: ModuleInfo,
  config: ResolvedConfig,
  workersOf: () => WorkerModel,
): Finding[] {
  if (info.workflows.length === 0 && !info.defaultExport?.isFunction) return [];
  const workers = workersOf();
  // A module a worker loads holds workflows whatever it imports; else it must import the runtime.
  if (!info.importsWorkflowRuntime && !workers.exportGraphModules.has(filePath)) return [];
  // A module the workers' bundles hold, but whose function none registers, is a helper of theirs;
  // a module no bundle holds is judged by the fallback, as where no worker is known.
  const bundled = workers.complete && workers.sandboxModules.has(filePath);
  const registered = (name: string): boolean => !bundled || workers.registrationsOf(filePath, name).length > 0;
  const fallback =
    info.defaultExport?.isFunction && !bundled
      ? [{ name: info.defaultExport.localName ?? 'default', range: info.defaultExport.range }]
      : [];
  const workflows = [
    ...info.workflows.filter(({ name }) => registered(name)).map(({ name, range }) => ({ name, range })),
    ...fallback,
  ];
  const targetDir = path.join(path.dirname(filePath), config.workflowDirs[0] ?? 'workflows');
  return workflows.map((workflow) => {
    // Said as it is: a module a worker loads holds workflows without importing the runtime.
    const registrations = info.importsWorkflowRuntime ? undefined : workers.registrationsOf(filePath, workflow.name);
    return createFinding({
      ruleId: 'workflows-in-workflows-dir',
      messageId: registrations === undefined ? 'outsideWorkflowsDir' : 'loadedOutsideWorkflowsDir',
      data: {
        name: workflow.name,
        ...(registrations === undefined ? {} : { loadedBy: loadedBy(registrations, config) }),
        dirs: quoteList(config.workflowDirs.map((dir) => `${dir}/`)),
        suggestion: toPosixRelative(
          config.rootDir,
          path.join(targetDir, suggestFileName(workflow.name, targetDir, config)),
        ),
      },
      filePath,
      range: workflow.range,
    });
  });
}

/** `the worker in 'src/worker.ts' loads`, `the workers in 'a.ts' and 'b.ts' load`, or `a worker loads` where none registers it by name. */
function loadedBy(registrations: readonly Registration[], config: ResolvedConfig): string {
  const files = [
    ...new Set(registrations.map(({ worker }) => toPosixRelative(config.rootDir, worker.workerFile))),
  ].sort();
  if (files.length === 0) return 'a worker loads';
  return files.length === 1 ? `the worker in ${quoteList(files)} loads` : `the workers in ${quoteList(files)} load`;
}
