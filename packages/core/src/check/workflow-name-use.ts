import path from 'node:path';
import { defaultCache, type ProjectCache } from '../cache/project-cache.js';
import { loadConfig } from '../config/load-config.js';
import type { ResolvedConfig } from '../types.js';
import { barrelPathOf, listWorkflowFiles } from '../scan/read-workflow-directory.js';
import { startScan } from '../scan/scan-project.js';
import { projectWorkers } from '../workers/project-workers.js';
import { specifierTargets } from '../workers/resolve-module.js';

/**
 * Where a project already uses a workflow name: a module declares a workflow of that name (or a
 * worker registers one under it), or a barrel re-exports that name from another module.
 */
export type WorkflowNameUse =
  { kind: 'workflow'; filePath: string } | { kind: 'barrel-export'; barrelPath: string; source: string };

export interface WorkflowNameUseOptions {
  cache?: ProjectCache | undefined;
  /** A workflow file about to be written or replaced: its own workflows, and exports of it, are no use of the name. */
  replacing?: string | undefined;
}

/**
 * The first use of `name` as a workflow type under `rootDir`, or `undefined` when it is free.
 * Workflow types are registered by name, so two of one name collide on a worker wherever they are
 * declared: the workflows directories and their barrels are searched first, then every workflow
 * the project's worker model knows (what the workers register, under the names they register it
 * by, or the workflows of modules that import the runtime when the workers are not known).
 */
export function findWorkflowNameUse(
  name: string,
  rootDir: string,
  options: WorkflowNameUseOptions = {},
): WorkflowNameUse | undefined {
  const cache = options.cache ?? defaultCache;
  const { replacing } = options;
  const root = path.resolve(rootDir);
  // A module can only declare or re-export `name` if its text holds it (or spells it with a `\u` escape): only those few are parsed.
  const mayName = (filePath: string): boolean => {
    const text = cache.readText(filePath) ?? '';
    return text.includes(name) || text.includes('\\u');
  };
  const declares = (filePath: string, config: ResolvedConfig): boolean => {
    if (filePath === replacing || !mayName(filePath)) return false;
    const module = cache.readModule(filePath, config);
    return module !== undefined && 'info' in module && module.info.workflows.some((workflow) => workflow.name === name);
  };

  const scan = startScan([root], { cwd: root, cache });
  for (const { dir, config } of scan.workflowDirs) {
    const workflowFiles = listWorkflowFiles(dir, config, cache);
    const declaring = workflowFiles.find((filePath) => declares(filePath, config));
    if (declaring !== undefined) return { kind: 'workflow', filePath: declaring };
    const barrelPath = barrelPathOf(dir, config, cache);
    if (!cache.fileExists(barrelPath) || !mayName(barrelPath)) continue;
    const barrel = cache.readModule(barrelPath, config);
    // A barrel that does not parse says nothing here (`planBarrel` reports it).
    if (barrel === undefined || !('info' in barrel)) continue;
    const stale = barrel.info.reExports.find(
      (entry) =>
        entry.names !== '*' &&
        entry.names.includes(name) &&
        (replacing === undefined || !specifierTargets(barrelPath, entry.source, replacing)),
    );
    if (stale !== undefined) return { kind: 'barrel-export', barrelPath, source: stale.source };
  }

  // Outside the workflows directories: the worker model of each root the scan found (it reads
  // files as the model reads them: one that cannot be read, such as the file being replaced, is no use).
  const rootConfig = loadConfig(root, undefined, cache);
  const roots = new Map<string, ResolvedConfig>([[rootConfig.rootDir, rootConfig]]);
  for (const { config } of [...scan.files, ...scan.outsideFiles()])
    if (!roots.has(config.rootDir)) roots.set(config.rootDir, config);
  for (const config of roots.values()) {
    const model = projectWorkers(config, cache);
    const known = model.workflows().find((workflow) => workflow.name === name && workflow.filePath !== replacing);
    if (known !== undefined) return { kind: 'workflow', filePath: known.filePath };
    const registered = model.registered.find(
      ({ origin, registrations }) =>
        origin.filePath !== replacing && registrations.some((registration) => registration.workflowType === name),
    );
    if (registered !== undefined) return { kind: 'workflow', filePath: registered.origin.filePath };
  }
  return undefined;
}
