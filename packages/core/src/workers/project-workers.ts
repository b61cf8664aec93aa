import path from 'node:path';
import { cacheKeys } from '../cache/cache-keys.js';
import type { ProjectCache } from '../cache/project-cache.js';
import { CONFIG_FILE_NAME } from '../config/defaults.js';
import { parseModule } from '../parse/parse-module.js';
import { globMatcher, toPosixRelative } from '../scan/classify-file.js';
import { RealDirectories } from '../scan/real-dirs.js';
import { isInCase } from '../naming/words.js';
import {
  DECLARATION_FILE,
  isCompiledTwin,
  mentionsWorkflowRuntime,
  SKIPPED_DIRECTORIES,
  SOURCE_FILE,
  TEST_FILE,
} from '../scan/source-files.js';
import type { ResolvedConfig, WorkflowNameCase } from '../types.js';
import { functionExports, loadedModules, type ExportOrigin, type GraphHost } from './module-graph.js';
import { resolveSpecifier } from './resolve-module.js';
import { findWorkerEntries, WORKER_NEEDLE, type WorkerEntry } from './worker-entries.js';

/** A workflow a worker registers: under `workflowType` (its exported name in the worker's module). */
export interface Registration {
  workflowType: string;
  worker: WorkerEntry;
}

/** The workers of a project and what each loads: Temporal's own answer to "what is a workflow here". */
export interface WorkerModel {
  rootDir: string;
  /** Every `workflowsPath` found under the root, in file order. */
  workers: WorkerEntry[];
  /**
   * Whether registration can be judged from the workers: some were found and every one's
   * `workflowsPath` names a known path (a module not written yet registers nothing). Otherwise detection falls back to modules that import the
   * workflow runtime.
   */
  complete: boolean;
  /** The worker entry modules. */
  entryModules: ReadonlySet<string>;
  /** Every module some worker's bundle holds (entries and what they import and re-export); worked out when first asked. */
  readonly sandboxModules: ReadonlySet<string>;
  /**
   * The modules the workers' export graphs pass through (entries, barrels, the modules that declare
   * what they export): the only ones whose functions a worker can register.
   */
  exportGraphModules: ReadonlySet<string>;
  /** The registrations of a workflow declared in `filePath` under `name`. */
  registrationsOf(filePath: string, name: string): Registration[];
  /** Names two `export *` of a module a worker loads give from different modules: ES modules drop them. */
  droppedNames(filePath: string): ReadonlyArray<{ name: string; origins: ExportOrigin[] }>;
  /** Every workflow (by signature) some worker registers, with where it is declared. */
  registered: ReadonlyArray<{ origin: ExportOrigin; registrations: Registration[] }>;
  /**
   * Every workflow the model knows, sorted by file and name: what the workers register when they
   * are known (`complete`), else the workflows (by signature) of modules that import the runtime.
   */
  workflows(): readonly KnownWorkflow[];
  /** The case most of the project's workflows are named in (`workflowNameCase: "auto"`). */
  workflowNameCase(): WorkflowNameCase;
}

/** A workflow as the project model knows it. */
export interface KnownWorkflow {
  filePath: string;
  /** Its exported name in its own module. */
  name: string;
  registrations: Registration[];
}

/**
 * The workers under the project root (`config.rootDir`), whatever path a command was given: the
 * model must not depend on it. Modules whose text mentions `workflowsPath` are parsed for worker
 * entries; the entries' export graphs give the registered workflows. Kept by the cache while no
 * directory or source file under the root has changed (see `ProjectCache`).
 */
export function projectWorkers(config: ResolvedConfig, cache: ProjectCache): WorkerModel {
  return cache.remember('workerModel', cacheKeys.workerModel(config), () => {
    const found = findProjectFiles(config, cache);
    return buildWorkerModel(config, cache, found.workerFiles, found.runtimeFiles);
  });
}

/**
 * Gives the model of `config.rootDir` from files a command has found already (a scan that covered
 * the whole root and searched the same texts), so it need not walk and read the tree again.
 * `candidates` must hold every file of the root that mentions `workflowsPath` or the runtime.
 */
export function seedProjectWorkers(config: ResolvedConfig, cache: ProjectCache, candidates: readonly string[]): void {
  if (!cache.isSnapshot) return;
  cache.remember('workerModel', cacheKeys.workerModel(config), () => {
    const workerFiles: string[] = [];
    const runtimeFiles: string[] = [];
    for (const filePath of [...new Set(candidates)].sort()) {
      const text = cache.readText(filePath) ?? '';
      if (text.includes(WORKER_NEEDLE)) workerFiles.push(filePath);
      if (mentionsWorkflowRuntime(text, config)) runtimeFiles.push(filePath);
    }
    return buildWorkerModel(config, cache, workerFiles, runtimeFiles);
  });
}

/** Source files under the root whose text mentions `workflowsPath`, and those that name the workflow runtime. */
function findProjectFiles(
  config: ResolvedConfig,
  cache: ProjectCache,
): { workerFiles: string[]; runtimeFiles: string[] } {
  const ignored = globMatcher(config.ignore);
  const workerFiles: string[] = [];
  const runtimeFiles: string[] = [];
  // A directory whose files resolve to another root (a nested config, or a nested package where no config names the root) is another project.
  const rootMarkers = config.configFile === undefined ? [CONFIG_FILE_NAME, 'package.json'] : [CONFIG_FILE_NAME];
  const isOtherRoot = (dir: string): boolean =>
    cache.listDirectory(dir).some((entry) => entry.isFile && rootMarkers.includes(entry.name));
  // Links are followed as the command's scan follows them: once per real directory, never in a loop.
  const entered = new RealDirectories();
  const walk = (dir: string, real: string): void => {
    const hasFile = (name: string): boolean => cache.fileExists(path.join(dir, name));
    for (const entry of cache.listDirectory(dir)) {
      const entryPath = path.join(dir, entry.name);
      if (ignored(toPosixRelative(config.rootDir, entryPath))) continue;
      // Tests are left out, as the scan of a command leaves them out (see `seedProjectWorkers`).
      if (entry.isDirectory) {
        if (SKIPPED_DIRECTORIES.has(entry.name) || entry.name === '__tests__' || isOtherRoot(entryPath)) continue;
        const entryReal = entered.enter(entryPath, entry.isSymbolicLink, real, config.rootDir);
        if (entryReal !== undefined) walk(entryPath, entryReal);
      } else if (entry.isFile && isSourceModule(entry.name) && !isCompiledTwin(entry.name, hasFile)) {
        const facts = currentFacts(entryPath, config, cache);
        if (facts.worker) workerFiles.push(entryPath);
        if (facts.runtime) runtimeFiles.push(entryPath);
      }
    }
  };
  // `wf new` may ask about a root it has yet to create: nothing to find there.
  if (cache.stat(config.rootDir) !== undefined) {
    const rootReal = RealDirectories.of(config.rootDir);
    if (entered.claim(rootReal)) walk(config.rootDir, rootReal);
  }
  return { workerFiles: workerFiles.sort(), runtimeFiles: runtimeFiles.sort() };
}

interface FileFacts {
  worker: boolean;
  runtime: boolean;
}

/**
 * Whether a file mentions `workflowsPath` or the runtime. A walk again (an editor's lint, after
 * the cache's lifetime) reads only the files whose version changed; the texts are not kept.
 */
function currentFacts(filePath: string, config: ResolvedConfig, cache: ProjectCache): FileFacts {
  return cache.remember('fileFacts', cacheKeys.fileFacts(filePath, config.facade.workflowModule), () => {
    const factsOf = (text: string): FileFacts => ({
      worker: text.includes(WORKER_NEEDLE),
      runtime: mentionsWorkflowRuntime(text, config),
    });
    try {
      let facts: FileFacts | undefined;
      // The files that mention either are parsed next: a snapshot keeps their texts.
      const text = cache.peekText(filePath, (peeked) => (facts = factsOf(peeked)).worker || facts.runtime) ?? '';
      return facts ?? factsOf(text);
    } catch {
      // Unreadable: it mentions nothing here; a command that needs the file names it.
      return { worker: false, runtime: false };
    }
  });
}

function isSourceModule(fileName: string): boolean {
  return SOURCE_FILE.test(fileName) && !DECLARATION_FILE.test(fileName) && !TEST_FILE.test(fileName);
}

/** The model from the files found (exported for tests and callers that found them already). */
export function buildWorkerModel(
  config: ResolvedConfig,
  cache: ProjectCache,
  workerFiles: readonly string[],
  runtimeFiles: readonly string[] = [],
): WorkerModel {
  const isFile = (filePath: string): boolean => cache.fileExists(filePath);
  const host: GraphHost = {
    moduleInfo: (filePath) => {
      const module = cache.readModule(filePath, config);
      return module !== undefined && 'info' in module ? module.info : undefined;
    },
    resolve: (fromFile, specifier) => resolveSpecifier(fromFile, specifier, isFile),
  };
  const workers: WorkerEntry[] = [];
  for (const workerFile of workerFiles) {
    const text = cache.readText(workerFile) ?? '';
    const parsed = parseModule(workerFile, text, { ranges: false });
    if ('error' in parsed) continue;
    workers.push(
      ...findWorkerEntries(workerFile, text, parsed.program, packageRootOf(workerFile, config.rootDir, isFile), isFile),
    );
  }

  const memo = new Map<string, ReadonlyMap<string, ExportOrigin>>();
  const ambiguities = new Map<string, Array<{ name: string; origins: ExportOrigin[] }>>();
  const byOrigin = new Map<string, { origin: ExportOrigin; registrations: Registration[] }>();
  for (const worker of workers) {
    if (worker.entryPath === undefined) continue;
    for (const [workflowType, origin] of functionExports(worker.entryPath, host, memo, ambiguities)) {
      if (!origin.workflow) continue;
      const key = `${origin.filePath}\0${origin.name}`;
      let record = byOrigin.get(key);
      if (record === undefined) byOrigin.set(key, (record = { origin, registrations: [] }));
      record.registrations.push({ workflowType, worker });
    }
  }
  const complete = workers.length > 0 && workers.every((worker) => worker.target !== undefined);
  const registrationsOf = (filePath: string, name: string): Registration[] =>
    byOrigin.get(`${filePath}\0${name}`)?.registrations ?? [];
  let known: KnownWorkflow[] | undefined;
  const workflows = (): KnownWorkflow[] => {
    if (known !== undefined) return known;
    // Workers known: what they register. Else the fallback: workflows by signature in modules that import the runtime.
    const fromWorkers = [...byOrigin.values()].map(({ origin, registrations }) => ({
      filePath: origin.filePath,
      name: origin.name,
      registrations,
    }));
    const fromRuntime = complete
      ? []
      : runtimeFiles.flatMap((filePath) => {
          const info = host.moduleInfo(filePath);
          return info === undefined || !info.importsWorkflowRuntime
            ? []
            : info.workflows.map(({ name }) => ({ filePath, name, registrations: registrationsOf(filePath, name) }));
        });
    const byKey = new Map<string, KnownWorkflow>();
    for (const workflow of [...fromWorkers, ...fromRuntime])
      byKey.set(
        `${workflow.filePath}\0${workflow.name}`,
        byKey.get(`${workflow.filePath}\0${workflow.name}`) ?? workflow,
      );
    known = [...byKey.values()].sort((a, b) =>
      a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    return known;
  };
  let majority: WorkflowNameCase | undefined;
  const entryPaths = workers.flatMap((worker) => (worker.entryPath === undefined ? [] : [worker.entryPath]));
  let sandbox: Set<string> | undefined;
  return {
    rootDir: config.rootDir,
    workers,
    complete,
    entryModules: new Set(entryPaths),
    exportGraphModules: new Set(memo.keys()),
    // Following every import of every bundle parses much of a project: only when asked.
    get sandboxModules() {
      return (sandbox ??= new Set(entryPaths.flatMap((entry) => [...loadedModules(entry, host)])));
    },
    registrationsOf,
    registered: [...byOrigin.values()],
    droppedNames: (filePath) => ambiguities.get(filePath) ?? [],
    workflows,
    workflowNameCase: () => (majority ??= majorityCase(workflows().map(({ name }) => name))),
  };
}

/** The case most of the names are in; PascalCase on a tie or when there are none. */
function majorityCase(names: readonly string[]): WorkflowNameCase {
  const camel = names.filter((name) => isInCase(name, 'camel')).length;
  const pascal = names.filter((name) => isInCase(name, 'pascal')).length;
  return camel > pascal ? 'camel' : 'pascal';
}

/** The nearest directory with a `package.json` from a file up to the root (the root itself at worst). */
function packageRootOf(filePath: string, rootDir: string, isFile: (filePath: string) => boolean): string {
  for (let dir = path.dirname(filePath); dir.startsWith(rootDir); dir = path.dirname(dir)) {
    if (isFile(path.join(dir, 'package.json'))) return dir;
    if (dir === rootDir) break;
  }
  return rootDir;
}

/** The config with `workflowNameCase: "auto"` resolved to the case most of the project's workflows use. */
export function withProjectNameCase(
  config: ResolvedConfig,
  cache: ProjectCache,
): ResolvedConfig & { workflowNameCase: WorkflowNameCase } {
  const workflowNameCase =
    config.workflowNameCase === 'auto' ? projectWorkers(config, cache).workflowNameCase() : config.workflowNameCase;
  return { ...config, workflowNameCase };
}
