import { realpathSync } from 'node:fs';
import { analyzeText, ProjectCache } from '../cache/project-cache.js';
import { analyzeModule } from '../detect/analyze-module.js';
import { parseModule, type ParseFailure } from '../parse/parse-module.js';
import { readWorkflowDirectory } from '../scan/read-workflow-directory.js';
import type { ResolvedConfig } from '../types.js';
import { planBarrel, type BarrelPlan } from './plan-barrel.js';
import {
  startScan,
  startScanAndAnalysis,
  type ScanOptions,
  type ScannedFile,
  type StartedScan,
} from '../scan/scan-project.js';
import type { Finding } from '../types.js';
import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { fileRole } from '../scan/sandbox-directory.js';
import { mentionsWorkflowRuntime } from '../scan/source-files.js';
import { projectWorkers, seedProjectWorkers, type WorkerModel } from '../workers/project-workers.js';
import { checkFile } from './check-file.js';

export interface FileReport {
  filePath: string;
  findings: Finding[];
  /** Set when the file does not parse; its other findings are then unknown. */
  parseError?: ParseFailure | undefined;
}

export interface WorkflowListing {
  name: string;
  filePath: string;
  /** Whether the directory's barrel re-exports it under that name. */
  exported: boolean;
}

export interface WorkflowDirReport {
  dir: string;
  barrelPath: string;
  barrelExists: boolean;
  workflows: WorkflowListing[];
}

/** A workflow as `wf list` shows it. */
export interface ProjectWorkflow {
  name: string;
  filePath: string;
  /** Its workflows directory; `undefined` for a workflow outside every one. */
  workflowsDir: string | undefined;
  /** Whether its directory's barrel exports it; `undefined` outside workflows directories. */
  exported: boolean | undefined;
  /** The worker entries that register it, under which workflow type, on which task queue. */
  registrations: Array<{
    workflowType: string;
    workerFile: string;
    entryPath: string | undefined;
    taskQueue: string | undefined;
  }>;
}

export interface ProjectReport {
  /** Every file that was parsed, in path order, with its findings (possibly none). */
  files: FileReport[];
  workflowDirs: WorkflowDirReport[];
  /** Workflow names defined in more than one file: a worker loading both barrels would collide. */
  duplicateWorkflowNames: Array<{ name: string; files: string[] }>;
  /** Every workflow the model knows (see `ProjectWorkflow`): directories' first, then the others by file. */
  workflows: ProjectWorkflow[];
}

export interface CheckProjectOptions extends ScanOptions {
  /**
   * `false` builds the model only (workflows, their directories, barrels' exports, workers' registrations
   * and parse errors) without running the rules: every file's `findings` is then empty (`wf list`).
   */
  findings?: boolean | undefined;
}

/**
 * Runs every convention rule over the files under `paths`, without ESLint: scans, parses with
 * oxc-parser, and checks each file with the same `checkFile` the ESLint rules call.
 * Files that do not parse are reported and the rest is still checked.
 */
export function checkProject(paths: readonly string[], options: CheckProjectOptions = {}): ProjectReport {
  // One command sees one state of the tree: nothing read is stat-ed again.
  const cache = options.cache ?? new ProjectCache({ lifetime: Infinity });
  return reportOf(paths, startScan(paths, { ...options, cache }), { ...options, cache });
}

/**
 * `checkProject` with the workflow files parsed on two threads (see `scanAndAnalyze`): the same
 * report, sooner on a large tree.
 */
export async function checkProjectInParallel(
  paths: readonly string[],
  options: CheckProjectOptions = {},
): Promise<ProjectReport> {
  const cache = options.cache ?? new ProjectCache({ lifetime: Infinity });
  const { scan, analyzed } = startScanAndAnalysis(paths, { ...options, cache });
  await analyzed;
  return reportOf(paths, scan, { ...options, cache });
}

function reportOf(
  paths: readonly string[],
  scan: StartedScan,
  options: CheckProjectOptions & { cache: ProjectCache },
): ProjectReport {
  const { cache } = options;
  const cwd = options.cwd ?? process.cwd();
  const targets = (paths.length === 0 ? ['.'] : paths).map((input) => path.resolve(cwd, input));
  const under = (filePath: string): boolean =>
    targets.some((target) => filePath === target || filePath.startsWith(target + path.sep));
  const reports = new Map<string, FileReport>();
  const barrelPlans = new Map<string, BarrelPlan>();
  const check = (file: ScannedFile): void =>
    void reports.set(
      file.filePath,
      options.findings === false ? parseScannedFile(file, cache) : checkScannedFile(file, cache, barrelPlans),
    );
  // The search of the other files gives the worker model of each root the scan covered whole,
  // without reading the tree again.
  const outside = scan.outsideFiles();
  seedWorkerModels([...scan.files, ...outside], targets, cache);
  // Barrels after their directories' workflow files, which are then parsed and cached.
  for (const file of scan.files) if (file.role.kind !== 'barrel') check(file);
  for (const file of scan.files) if (file.role.kind === 'barrel') check(file);
  // The search also found the modules that mention `workflowsPath` (for the worker model): a
  // worker module that does not name the runtime is not checked, unless a worker loads it.
  for (const file of outside)
    if (mentionsWorkflowRuntime(cache.readText(file.filePath) ?? '', file.config)) check(file);
  const models = workerModels(
    [
      ...targets.map((target) => loadConfig(target, options.overrides, cache)),
      ...[...scan.files, ...outside].map(({ config }) => config),
    ],
    cache,
  );
  // Modules whose functions a worker registers hold workflows whether or not they name the runtime.
  for (const model of models) {
    for (const filePath of [...model.exportGraphModules].filter(under)) {
      if (reports.has(filePath)) continue;
      const config = loadConfig(filePath, options.overrides, cache);
      check({ filePath, config, role: fileRole(filePath, config, cache) });
    }
  }

  const workflowDirs = scan.workflowDirs.map(({ dir, config }) =>
    listWorkflows(dir, config, cache, barrelPlans.get(dir)),
  );

  const filesByName = new Map<string, Set<string>>();
  for (const { workflows } of workflowDirs) {
    for (const { name, filePath } of workflows)
      filesByName.set(name, (filesByName.get(name) ?? new Set()).add(filePath));
  }
  const duplicateWorkflowNames = [...filesByName]
    .filter(([, files]) => files.size > 1)
    .map(([name, files]) => ({ name, files: [...files].sort() }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const files = [...reports.values()].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return { files, workflowDirs, duplicateWorkflowNames, workflows: knownWorkflows(workflowDirs, models, under) };
}

/**
 * Every workflow the model knows under the paths: those of workflows directories, and those the
 * workers register (or, where no worker is known, that modules importing the runtime export),
 * each with the worker entries that register it.
 */
function knownWorkflows(
  workflowDirs: readonly WorkflowDirReport[],
  models: readonly WorkerModel[],
  under: (filePath: string) => boolean,
): ProjectWorkflow[] {
  const registrations = (filePath: string, name: string): ProjectWorkflow['registrations'] =>
    models.flatMap((model) =>
      model.registrationsOf(filePath, name).map(({ workflowType, worker }) => ({
        workflowType,
        workerFile: worker.workerFile,
        entryPath: worker.entryPath,
        taskQueue: worker.taskQueue,
      })),
    );
  const listed = workflowDirs.flatMap((dir) =>
    dir.workflows.map(({ name, filePath, exported }) => ({
      name,
      filePath,
      workflowsDir: dir.dir as string | undefined,
      exported: exported as boolean | undefined,
      registrations: registrations(filePath, name),
    })),
  );
  // By real path: a root reached through a link (a path argument through it) names the same files again.
  const keyOf = (filePath: string, name: string): string => `${realPathOf(filePath)}\0${name}`;
  const seen = new Set(listed.map(({ filePath, name }) => keyOf(filePath, name)));
  const outside = models
    .flatMap((model) => model.workflows())
    .filter(({ filePath, name }) => {
      if (!under(filePath)) return false;
      const key = keyOf(filePath, name);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ filePath, name }) => ({
      name,
      filePath,
      workflowsDir: undefined,
      exported: undefined,
      registrations: registrations(filePath, name),
    }));
  return [...listed, ...outside];
}

/** Seeds the worker model of each root some target contains (the scan then read all its files). */
function seedWorkerModels(files: readonly ScannedFile[], targets: readonly string[], cache: ProjectCache): void {
  const byRoot = new Map<string, { config: ResolvedConfig; files: string[] }>();
  for (const { filePath, config } of files) {
    const entry = byRoot.get(config.rootDir) ?? { config, files: [] };
    entry.files.push(filePath);
    byRoot.set(config.rootDir, entry);
  }
  for (const [rootDir, { config, files: found }] of byRoot) {
    if (targets.some((target) => rootDir === target || rootDir.startsWith(target + path.sep)))
      seedProjectWorkers(config, cache, found);
  }
}

/** Each project root's worker model, from the configs of the paths given and of the files scanned. */
function workerModels(configs: readonly ResolvedConfig[], cache: ProjectCache): WorkerModel[] {
  const byRoot = new Map<string, ResolvedConfig>();
  for (const config of configs) if (!byRoot.has(config.rootDir)) byRoot.set(config.rootDir, config);
  return [...byRoot.values()].map((config) => projectWorkers(config, cache));
}

function checkScannedFile(
  { filePath, config, role }: ScannedFile,
  cache: ProjectCache,
  barrelPlans: Map<string, BarrelPlan>,
): FileReport {
  if (role.kind === 'barrel') return checkBarrel(filePath, config, cache, barrelPlans);
  // Analysed already (see `scanAndAnalyze`), or parsed now; the tree itself is made again only
  // where a check needs it.
  // A file that vanished since the scan is checked as empty, as it would read now.
  const module = cache.readModule(filePath, config) ?? analyzeText(filePath, '', config);
  if ('error' in module) return { filePath, findings: [], parseError: module.error };
  return {
    filePath,
    findings: checkFile({ filePath, text: module.text, config, cache, info: module.info, barrelPlans }),
  };
}

/** A file's parse error, if any, without its findings: the model reads the analysis from the cache. */
function parseScannedFile({ filePath, config }: ScannedFile, cache: ProjectCache): FileReport {
  const module = cache.readModule(filePath, config) ?? analyzeText(filePath, '', config);
  return 'error' in module ? { filePath, findings: [], parseError: module.error } : { filePath, findings: [] };
}

/** A barrel's check needs its tree (with ranges): parsed once, and its analysis cached from it. */
function checkBarrel(
  filePath: string,
  config: ResolvedConfig,
  cache: ProjectCache,
  barrelPlans: Map<string, BarrelPlan>,
): FileReport {
  const text = cache.readText(filePath) ?? '';
  const parsed = parseModule(filePath, text);
  if ('error' in parsed) {
    cache.storeModule(filePath, config, { error: parsed.error, text });
    return { filePath, findings: [], parseError: parsed.error };
  }
  const info = analyzeModule(parsed.program, config);
  cache.storeModule(filePath, config, { info, text });
  return {
    filePath,
    findings: checkFile({ filePath, text, program: parsed.program, config, cache, info, barrelPlans }),
  };
}

/**
 * The workflows of a directory, each marked exported when the barrel re-exports that name from
 * that file (by `export *` too) — what a worker loading the barrel would register.
 */
function listWorkflows(
  dir: string,
  config: ResolvedConfig,
  cache: ProjectCache,
  checkedPlan: BarrelPlan | undefined,
): WorkflowDirReport {
  const directory = readWorkflowDirectory(dir, config, cache);
  const plan = checkedPlan ?? planBarrel(dir, config, { cache });
  const barrelParses = plan.exists && !plan.parseErrors.some(({ filePath }) => filePath === plan.barrelPath);
  const missing = new Set(
    plan.findings
      .filter((finding) => finding.messageId === 'missingExport')
      .map(({ data }) => `${data['specifier']}\0${data['name']}`),
  );
  const entryByFile = new Map(plan.model.entries.map((entry) => [entry.file, entry]));
  const workflows = directory.files.flatMap(({ filePath, relativePath, module }) => {
    if (!('info' in module)) return [];
    const entry = entryByFile.get(relativePath);
    return module.info.workflows.map(({ name }) => ({
      name,
      filePath,
      exported:
        barrelParses &&
        entry !== undefined &&
        entry.values.includes(name) &&
        !missing.has(`${entry.specifier}\0${name}`),
    }));
  });
  return { dir, barrelPath: directory.barrelPath, barrelExists: directory.barrelExists, workflows };
}

function realPathOf(filePath: string): string {
  try {
    return realpathSync.native(filePath);
  } catch {
    return filePath;
  }
}
