import path from 'node:path';
import {
  analyzeText,
  checkProject,
  checkWorkflowName,
  classifyFile,
  loadConfig,
  planBarrel,
  ProjectCache,
  projectWorkers,
  resolveImportExtension,
  SOURCE_FILE,
  suggestFileName,
  WORKFLOW_SDK_MODULE,
  withProjectNameCase,
  type ResolvedConfig,
} from '@wfkit/core';
import { UsageError } from '../errors.js';
import type { FileChange } from '../generate/file-change.js';
import { readSource } from '../fs/read-source.js';
import { barrelDirOf, projectSources } from './project-files.js';
import { configWithSharedModule, SHARED_MODULE_STEM, sharedExclusionChange } from './shared-module.js';
import { rewriteImports, type ModuleMove } from './rewrite-imports.js';
import { splitModule } from './split-module.js';

export interface FixOptions {
  cwd: string;
  /** Files or directories whose findings are fixed. Default `.`. */
  paths: string[];
}

/** What `wf fix` leaves alone, and why. */
export interface Unfixable {
  filePath: string;
  line: number;
  reason: string;
}

export interface FixPlan {
  rootDir: string;
  /** Every file created, changed or deleted, in the order they are written (barrels and config last). */
  changes: FileChange[];
  /** Modules moved: a rename has one target; a split has one per workflow (and the shared module). */
  moves: Array<{ from: string; to: string[] }>;
  unfixable: Unfixable[];
  /** Workflows whose name is not in the project's case: reported, never renamed (the name is the workflow type). */
  nameCase: Array<{ filePath: string; line: number; name: string; expected: string }>;
  /** Imports that could not be followed, and other things to review. */
  notes: string[];
}

/**
 * Plans `wf fix` in memory on the core's model: modules of several workflows are split (a module
 * a worker loads as `src/workflows.ts` becomes `src/workflows/` with its barrel), badly named
 * workflow files are renamed to the core's suggestion, every import of what moved is updated,
 * and the affected barrels are planned by the core. Nothing is written here.
 */
export function planFix(options: FixOptions): FixPlan {
  const cache = new ProjectCache({ lifetime: Infinity });
  const rootConfig = loadConfig(options.cwd, undefined, cache);
  const rootDir = rootConfig.rootDir;
  const report = checkProject(options.paths, { cwd: options.cwd, cache });
  const rel = (file: string): string => path.relative(rootDir, file).split(path.sep).join('/');
  const unfixable: Unfixable[] = [];
  const notes: string[] = [];
  const moves = new Map<string, ModuleMove>();
  const planned: FixPlan['moves'] = [];
  const newFiles: Array<{ filePath: string; text: string }> = [];
  const workflowsDirs = new Map<string, ResolvedConfig>();
  let needsSharedExclusion: ResolvedConfig | undefined;

  const toSplit = new Set<string>();
  const toRename = new Map<string, string>();
  for (const file of report.files) {
    for (const finding of file.findings) {
      if (finding.ruleId === 'workflows-in-workflows-dir' || finding.ruleId === 'one-workflow-per-file')
        toSplit.add(file.filePath);
      if (finding.ruleId === 'filename-matches-workflow') toRename.set(file.filePath, finding.data['suggestion'] ?? '');
    }
  }

  for (const filePath of [...toSplit].sort()) {
    const config = configWithSharedModule(loadConfig(path.dirname(filePath), undefined, cache));
    const text = cache.readText(filePath) ?? '';
    const module = cache.readModule(filePath, config);
    if (module === undefined || !('info' in module)) continue;
    const role = classifyFile(filePath, config);
    const stem = path.basename(filePath).replace(SOURCE_FILE, '');
    const extension = SOURCE_FILE.exec(filePath)?.[0] ?? '.ts';
    // `src/workflows.ts` becomes `src/workflows/`; a module in a workflows directory is split where it is.
    const relocated = role.kind === 'other' && config.workflowDirs.includes(stem);
    // A module elsewhere goes to the workflows directory whose barrel already re-exports it (what the worker loads), else one beside it.
    const targetDir =
      role.kind === 'workflow'
        ? role.workflowsDir
        : relocated
          ? filePath.slice(0, -extension.length)
          : (barrelDirOf(filePath, report.workflowDirs, config, cache) ??
            path.join(path.dirname(filePath), config.workflowDirs[0] ?? 'workflows'));
    const refuse = (reason: string, line = 1): void => void unfixable.push({ filePath, line, reason });
    if (relocated && cache.listDirectory(targetDir).length > 0) {
      refuse(`${rel(targetDir)}/ exists already, and the module would become that directory: merge them by hand`);
      continue;
    }
    const workers = projectWorkers(config, cache);
    if (!relocated && workers.entryModules.has(filePath)) {
      refuse(
        'a worker loads this module by its path, and it is not named like a workflows directory: point the worker at a workflows directory first',
      );
      continue;
    }
    const targets = module.info.workflows.map((workflow) => ({
      localName: workflow.localName,
      exportedName: workflow.name,
      targetFile: path.join(
        targetDir,
        suggestFileName(workflow.name, targetDir, config).replace(SOURCE_FILE, extension),
      ),
    }));
    const sharedFile = path.join(targetDir, `${SHARED_MODULE_STEM}${extension}`);
    const taken = [...targets.map((target) => target.targetFile), sharedFile];
    const clash = taken.find(
      (target, index) => taken.indexOf(target) !== index || (target !== filePath && cache.fileExists(target)),
    );
    if (clash !== undefined) {
      refuse(
        `${rel(clash)} ${cache.fileExists(clash) ? 'exists already' : 'would be the file of two workflows'}: rename one by hand`,
      );
      continue;
    }
    const split = splitModule({
      filePath,
      text,
      workflows: targets,
      sharedFile,
      importExtension: resolveImportExtension(config, targetDir, cache),
      knownModules: [WORKFLOW_SDK_MODULE, config.facade.workflowModule],
    });
    if ('unfixable' in split) {
      refuse(split.unfixable, split.line);
      continue;
    }
    newFiles.push(...split.files);
    if (split.files.some((file) => file.filePath === sharedFile)) needsSharedExclusion ??= config;
    const barrelPath = path.join(targetDir, config.barrelFile);
    // What the new barrel re-exports, as the core's barrel model decides: workflows, values and types of the workflow files, no helpers.
    const inBarrel = new Set(
      split.files
        .filter((file) => file.filePath !== sharedFile)
        .flatMap((file) => {
          const analysed = analyzeText(file.filePath, file.text, config);
          return 'info' in analysed
            ? [...analysed.info.workflows, ...analysed.info.values, ...analysed.info.types].map(({ name }) => name)
            : [];
        }),
    );
    moves.set(filePath, {
      kind: 'split',
      from: filePath,
      homeOf: split.homeOf,
      barrel: relocated ? { filePath: barrelPath, names: inBarrel } : undefined,
    });
    planned.push({ from: filePath, to: split.files.map((file) => file.filePath) });
    workflowsDirs.set(targetDir, config);
  }

  for (const [filePath, suggestion] of [...toRename].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (moves.has(filePath) || unfixable.some((entry) => entry.filePath === filePath)) continue;
    const target = path.join(path.dirname(filePath), suggestion);
    const role = classifyFile(filePath, rootConfig);
    if (cache.fileExists(target) || newFiles.some((file) => file.filePath === target)) {
      unfixable.push({ filePath, line: 1, reason: `${rel(target)} exists already: rename by hand` });
      continue;
    }
    moves.set(filePath, { kind: 'rename', from: filePath, to: target });
    planned.push({ from: filePath, to: [target] });
    if (role.kind === 'workflow')
      workflowsDirs.set(
        role.workflowsDir,
        configWithSharedModule(loadConfig(path.dirname(filePath), undefined, cache)),
      );
  }

  // Every module that may import what moved: its text names the moved module's file.
  const workers = projectWorkers(rootConfig, cache);
  const stems = [...moves.keys()].map((filePath) => path.basename(filePath).replace(SOURCE_FILE, ''));
  const isFile = (file: string): boolean => cache.fileExists(file);
  // A new module may import another module that moved (one split module importing another).
  const changes: PlannedChange[] = newFiles.map((file) => ({
    filePath: file.filePath,
    before: undefined,
    after: stems.some((stem) => file.text.includes(stem))
      ? rewriteImports(file.filePath, file.filePath, file.text, moves, [], isFile, notes)
      : file.text,
    summary: 'new module',
  }));
  const barrelPaths = new Set([...workflowsDirs].map(([dir, config]) => path.join(dir, config.barrelFile)));
  for (const filePath of projectSources(rootDir, rootConfig, cache)) {
    const text = cache.readText(filePath) ?? '';
    const move = moves.get(filePath);
    if (move?.kind === 'split' || barrelPaths.has(filePath) || !stems.some((stem) => text.includes(stem))) {
      if (move?.kind === 'rename')
        changes.push({ filePath: move.to, before: undefined, after: text, summary: `renamed from ${rel(filePath)}` });
      continue;
    }
    const newPath = move?.kind === 'rename' ? move.to : filePath;
    const after = rewriteImports(filePath, newPath, text, moves, workers.workers, isFile, notes);
    if (move?.kind === 'rename')
      changes.push({ filePath: newPath, before: undefined, after, summary: `renamed from ${rel(filePath)}` });
    else if (after !== text) changes.push({ filePath, before: text, after, summary: 'imports updated' });
  }
  for (const from of moves.keys())
    changes.push({ filePath: from, before: cache.readText(from), after: '', removed: true, summary: 'moved away' });

  const removedFiles = new Set(moves.keys());
  for (const [dir, config] of [...workflowsDirs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const extraFiles = changes
      .filter((change) => !change.removed && path.dirname(change.filePath).startsWith(dir))
      .map((change) => ({ filePath: change.filePath, text: change.after }));
    const plan = planBarrel(dir, config, { cache, extraFiles, removedFiles });
    if (plan.nextText === undefined) {
      const why =
        plan.parseErrors[0] === undefined
          ? 'it holds statements other than re-exports'
          : `${rel(plan.parseErrors[0].filePath)} does not parse`;
      throw new UsageError(
        `Cannot update ${rel(plan.barrelPath)}: ${why}. Fix that first (\`wf barrel\` says more), then run wf fix again; nothing was written.`,
      );
    }
    if (plan.nextText !== plan.currentText)
      changes.push({
        filePath: plan.barrelPath,
        before: plan.currentText,
        after: plan.nextText,
        summary: plan.exists ? 'barrel regenerated' : 'new barrel',
      });
  }
  if (needsSharedExclusion !== undefined) {
    const configChange = sharedExclusionChange(needsSharedExclusion, cache);
    if (configChange !== undefined) changes.push(configChange);
  }

  const caseConfig = withProjectNameCase(rootConfig, cache);
  const checked = new Set(report.files.map((file) => file.filePath));
  const nameCase = workers
    .workflows()
    .filter(
      (workflow) => checked.has(workflow.filePath) && !unfixable.some((entry) => entry.filePath === workflow.filePath),
    )
    .flatMap((workflow) => {
      const check = checkWorkflowName(workflow.name, caseConfig);
      if (check.ok) return [];
      // Where the workflow is once the fix is written.
      const move = moves.get(workflow.filePath);
      const filePath =
        move === undefined
          ? workflow.filePath
          : move.kind === 'rename'
            ? move.to
            : (move.homeOf.get(workflow.name) ?? workflow.filePath);
      const text =
        changes.find((change) => change.filePath === filePath && !change.removed)?.after ??
        cache.readText(filePath) ??
        '';
      const offset = text.search(new RegExp(`\\b${workflow.name}\\b`));
      return [
        {
          filePath,
          line: offset < 0 ? 1 : text.slice(0, offset).split('\n').length,
          name: workflow.name,
          expected: check.expected,
        },
      ];
    });
  return {
    rootDir,
    changes: changes.map((change) => withSource(change, rel)),
    moves: planned,
    unfixable,
    nameCase,
    notes,
  };
}

/** A change as planned from the cache's text, before the file is read as the write checks it. */
export type PlannedChange = Omit<FileChange, 'source'>;

/**
 * The change with the file as the write path reads it (losslessly, with what it checks before
 * replacing); a file whose text is no longer what the plan was made from is refused.
 */
function withSource(change: PlannedChange, rel: (file: string) => string): FileChange {
  if (change.before === undefined) return { ...change, source: undefined };
  const source = readSource(change.filePath, rel(change.filePath));
  if (source?.text !== change.before) {
    throw new UsageError(
      `${rel(change.filePath)} changed while wf fix planned (another process saved it). Nothing was written; run wf fix again.`,
    );
  }
  return { ...change, source };
}
