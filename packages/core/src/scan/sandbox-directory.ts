import path from 'node:path';
import { cacheKeys } from '../cache/cache-keys.js';
import type { ProjectCache } from '../cache/project-cache.js';
import type { ResolvedConfig } from '../types.js';
import { projectWorkers } from '../workers/project-workers.js';
import { classifyFile, type FileRole } from './classify-file.js';
import { barrelPathOf, listWorkflowFiles } from './read-workflow-directory.js';
import { mentionsWorkflowRuntime } from './source-files.js';

/**
 * Whether a directory named like a workflows directory holds Temporal workflow code: one of its
 * modules imports `@temporalio/workflow` or the facade's workflow module, or a worker's bundle
 * loads one of them (or its barrel). `.github/workflows`, `docs/workflows`, a framework's route
 * folder `app/api/workflows` do not: nothing is reported in them or written to them.
 */
export function holdsWorkflowCode(dir: string, config: ResolvedConfig, cache: ProjectCache): boolean {
  return cache.remember('workflowCode', cacheKeys.workflowCode(dir, config), () => decide(dir, config, cache));
}

function decide(dir: string, config: ResolvedConfig, cache: ProjectCache): boolean {
  const files = listWorkflowFiles(dir, config, cache);
  const barrelPath = barrelPathOf(dir, config, cache);
  for (const filePath of files) {
    // The text first: parsing is needed only where the module name is written.
    if (!mentionsWorkflowRuntime(cache.readText(filePath) ?? '', config)) continue;
    const module = cache.readModule(filePath, config);
    if (module !== undefined && 'info' in module && module.info.importsWorkflowRuntime) return true;
  }
  const workers = projectWorkers(config, cache);
  if (files.some((filePath) => workers.sandboxModules.has(filePath)) || workers.sandboxModules.has(barrelPath))
    return true;
  // A worker pointed at this directory's barrel, not written yet.
  return workers.workers.some(
    (worker) => worker.entryPath === undefined && worker.target !== undefined && isWithin(worker.target, dir),
  );
}

function isWithin(target: string, dir: string): boolean {
  return target === dir || path.dirname(target) === dir;
}

/**
 * `classifyFile`, with Temporal's answer on top: a file of a directory named like a workflows
 * directory that holds no workflow code (`holdsWorkflowCode`) is an ordinary file, unless its own
 * text (an editor's buffer, newer than the disk) imports the runtime (`importsRuntime`).
 */
export function fileRole(
  filePath: string,
  config: ResolvedConfig,
  cache: ProjectCache,
  importsRuntime?: () => boolean,
): FileRole {
  const role = classifyFile(filePath, config);
  // The file's own import answers without reading its directory.
  if ('workflowsDir' in role && importsRuntime?.() !== true && !holdsWorkflowCode(role.workflowsDir, config, cache))
    return { kind: 'other' };
  return role;
}
