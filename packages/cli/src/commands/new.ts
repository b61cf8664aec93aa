import path from 'node:path';
import {
  analyzeModule,
  barrelPathOf,
  formatWords,
  loadConfig,
  parseModule,
  planBarrel,
  ProjectCache,
  resolveImportExtension,
  splitWords,
  suggestFileName,
  validateWorkflowName,
  withProjectNameCase,
  type PlanBarrelOptions,
  type ResolvedConfig,
} from '@wfkit/core';
import { UsageError } from '../errors.js';
import { projectLockTarget, withFileLocksAsync } from '../fs/file-lock.js';
import { SourceFileError, textWithBom, type SourceSnapshot } from '../fs/read-source.js';
import { activitySignature } from '../generate/activity-signature.js';
import { detectStyle, neighbourTexts, type CodeStyle } from '../generate/code-style.js';
import { writeChanges, WriteFailure, writeFailureError, type FileChange } from '../generate/file-change.js';
import { FileTree } from '../generate/file-tree.js';
import { defaultModuleFile, moduleFile } from '../generate/module-file.js';
import { relativeSpecifier } from '../generate/module-specifier.js';
import * as refuse from '../generate/new-refusals.js';
import {
  planActivityStub,
  planTypeStubs,
  readModule,
  type ModuleInfo,
  type StubContext,
} from '../generate/new-stubs.js';
import { loadProjectPrettier } from '../generate/prettier.js';
import { findWorkflowsDir } from '../generate/workflows-dir.js';
import { parametersFromActivity } from '../generate/workflow-parameters.js';
import {
  activityBinding,
  GENERATED_NAMES,
  renderWorkflowSource,
  TASKS_NAMESPACE,
  type WorkflowSource,
} from '../generate/workflow-source.js';

export interface NewOptions {
  cwd: string;
  /** The workflow's name (its exported function and its workflow type). */
  name: string;
  /** The feature directory that holds (or will hold) the workflows directory, or that directory itself. Default: `cwd`. */
  in?: string | undefined;
  /** File name in the workflows directory; default: the core's suggestion. */
  file?: string | undefined;
  /** Activity the workflow runs; default: the camelCase of the name. */
  activity?: string | undefined;
  /** Input type; default `<Name>Input`. */
  input?: string | undefined;
  /** Result type; default: whatever the activity returns. */
  output?: string | undefined;
  /** Activities module; default `tasks.ts` next to the workflows directory. */
  tasks?: string | undefined;
  /** Types module; default `models.ts` next to the workflows directory. */
  models?: string | undefined;
  /** Add typed stubs of a missing activity/type (default true). */
  stubs?: boolean | undefined;
  /** Overwrite an existing workflow file. */
  force?: boolean | undefined;
  /** Plan and print, write nothing. */
  dryRun?: boolean | undefined;
}

export interface NewResult {
  workflowFile: string;
  workflowsDir: string;
  /** Every file created or changed, in the order they are written (the barrel last). */
  changes: FileChange[];
  written: boolean;
  /** How new code was formatted: the project's Prettier (its config file), or the neighbours' style. */
  formatting: { prettierConfig: string } | { style: CodeStyle };
  /** Things the user should know (a stub that could not be added safely). */
  notes: string[];
  /** The barrel, when it is created or changed (written in the core's canonical form, not formatted). */
  barrelPath: string | undefined;
}

/**
 * `wf new`: scaffolds a workflow file that calls through the facade, stubs of what it needs in
 * `tasks.ts`/`models.ts`, and its barrel line. Every step reads and plans in one in-memory tree;
 * every refusal happens before anything is written, and the changes are written all or nothing.
 */
export async function newWorkflow(options: NewOptions): Promise<NewResult> {
  if (options.dryRun === true) return planAndWrite(options);
  // Two runs in one project take turns, each planning from what the other wrote. The project is
  // found in a cache of its own: the one planning uses starts once the lock is held.
  const root = loadConfig(options.cwd, undefined, new ProjectCache()).rootDir;
  return withFileLocksAsync([projectLockTarget(root)], () => planAndWrite(options));
}

async function planAndWrite(options: NewOptions): Promise<NewResult> {
  const tree = new FileTree((file) => path.relative(options.cwd, file).split(path.sep).join('/') || '.');
  // One state of the tree for the whole command: core's reads (the config too) are trusted until it ends.
  const cache = new ProjectCache({ lifetime: Infinity });
  const target = resolveTarget(options, tree, cache);
  const formatting = await projectFormatting(target, tree);
  const stubsOn = options.stubs !== false;
  // Modules stubs are appended to must parse; with --no-stubs they are only read, as far as they can be.
  const models = readModule(tree, target.modelsFile, stubsOn);
  const tasks = readModule(tree, target.tasksFile, stubsOn);
  const declared = planWorkflowSignature(target, tasks, models, tree);
  const stubContext = {
    tree,
    workflow: target.name,
    notes: target.notes,
    importExtension: target.importExtension,
    ...formatting,
  };
  const workflow = stubsOn ? await planStubs(target, declared, tasks, models, stubContext) : declared;
  await planWorkflowFile(target, workflow, tree, formatting);
  const barrelPath = planBarrelUpdate(target, tree, cache);
  const changes = tree.listChanges();
  if (options.dryRun !== true) writeAll(changes, tree.label);
  return {
    workflowFile: target.workflowFile,
    workflowsDir: target.workflowsDir,
    changes,
    written: options.dryRun !== true,
    formatting:
      formatting.prettier === undefined
        ? { style: formatting.neighbourStyle }
        : { prettierConfig: formatting.prettier.configFile },
    notes: target.notes,
    barrelPath,
  };
}

/** Where the workflow goes and what it is called, every name and path checked. */
interface Target {
  options: NewOptions;
  projectRoot: string;
  config: ResolvedConfig;
  workflowsDir: string;
  /** The directory's barrel as core finds it (`index.ts`, or one of its stem such as `index.js`). */
  barrelPath: string;
  workflowFile: string;
  name: string;
  activity: string;
  inputType: string;
  outputType: string | undefined;
  tasksFile: string;
  modelsFile: string;
  importExtension: '' | '.js';
  notes: string[];
}

function resolveTarget(options: NewOptions, tree: FileTree, cache: ProjectCache): Target {
  const { cwd, name } = options;
  const projectRoot = loadConfig(cwd, undefined, cache).rootDir;
  const inDir = path.resolve(cwd, options.in ?? '.');
  refuse.refuseOutsideSource('--in', options.in ?? '.', inDir, projectRoot, 'a directory');
  refuse.refuseFileAsDir(inDir, tree.isFile(inDir), tree.label);
  const config = loadConfig(inDir, undefined, cache);
  refuse.refuseBadName(name, validateWorkflowName(name, withProjectNameCase(config, cache)));
  const { dir: workflowsDir, note } = findWorkflowsDir(inDir, config, cache, tree);
  const barrelPath = barrelPathOf(workflowsDir, config, cache);
  const workflowFile = path.join(workflowsDir, workflowFileName(options.file, name, workflowsDir, config));
  refuse.refuseLinkedOut(workflowFile, projectRoot, tree.label);
  refuse.refuseDirectoryAsFile(workflowFile, tree.isDirectory(workflowFile), tree.label);
  if (tree.isFile(workflowFile) && options.force !== true) {
    refuse.refuseExisting(workflowFile, whatForceRemoves(workflowFile, barrelPath, name, config, tree), tree.label);
  }
  const names = workflowNames(options);
  const moduleOf = (flag: string, argument: string | undefined, stems: readonly string[]): string => {
    const file =
      argument === undefined
        ? defaultModuleFile(path.dirname(workflowsDir), stems, tree)
        : moduleFile(cwd, argument, tree);
    refuse.refuseOutsideSource(flag, argument ?? tree.label(file), file, projectRoot, 'a module');
    return file;
  };
  // Temporal's samples call the activities module `activities.ts`.
  const tasksFile = moduleOf('--tasks', options.tasks, ['tasks', 'activities']);
  const modelsFile = moduleOf('--models', options.models, ['models']);
  refuse.refuseTakenName(name, workflowFile, projectRoot, cache, tree.label);
  const importExtension = resolveImportExtension(config, workflowsDir, cache);
  const notes = note === undefined ? [] : [note];
  return {
    options,
    projectRoot,
    config,
    workflowsDir,
    barrelPath,
    workflowFile,
    ...names,
    tasksFile,
    modelsFile,
    importExtension,
    notes,
  };
}

/** The `--file` argument checked against the naming rule, or the core's suggestion. */
function workflowFileName(
  file: string | undefined,
  name: string,
  workflowsDir: string,
  config: ResolvedConfig,
): string {
  const suggestion = suggestFileName(name, workflowsDir, config);
  if (file === undefined) return suggestion;
  const fileName = /\.(?:[cm]?ts|tsx)$/.test(file) ? file : `${file}.ts`;
  refuse.refuseFileName(file, fileName, name, workflowsDir, config, suggestion);
  return fileName;
}

/** What an existing workflow file holds, for the refusal that says what --force would remove. */
function whatForceRemoves(
  workflowFile: string,
  barrelFile: string,
  name: string,
  config: ResolvedConfig,
  tree: FileTree,
): refuse.ForceLoss {
  // What cannot be read or decoded names no workflow: the refusal then says less, and still refuses.
  const others = workflowNamesIn(workflowFile, readIfDecodable(tree, workflowFile), config).filter(
    (other) => other !== name,
  );
  const barrelNames = reExportedNames(barrelFile, readIfDecodable(tree, barrelFile), config);
  return { others, exported: others.filter((other) => barrelNames.has(other)), barrelFile };
}

/** The activity and type names, derived from the workflow's name where not given, each checked. */
function workflowNames(options: NewOptions): Pick<Target, 'name' | 'activity' | 'inputType' | 'outputType'> {
  const { name } = options;
  const activity = options.activity ?? formatWords(splitWords(name), 'camel');
  refuse.refuseNonIdentifier('--activity', activity, options.activity === undefined ? name : undefined);
  // Types are PascalCase whatever case workflow names use: `sendInvoice` takes a `SendInvoiceInput`.
  const inputType = options.input ?? `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
  refuse.refuseNonIdentifier('--input', inputType);
  if (options.output !== undefined) refuse.refuseNonIdentifier('--output', options.output);
  const types = [
    ['--input', inputType],
    ['--output', options.output],
  ] as const;
  refuse.refuseGeneratedClashes(name, activity, options.activity === undefined, types);
  return { name, activity, inputType, outputType: options.output };
}

type Formatting = Pick<StubContext, 'neighbourStyle' | 'prettier'>;

/** How new code is formatted: the project's Prettier when it has one configured, else the neighbours' style. */
async function projectFormatting(target: Target, tree: FileTree): Promise<Formatting> {
  const prettier = await loadProjectPrettier(target.workflowFile);
  const neighbourStyle = detectStyle(
    neighbourTexts(tree, target.workflowsDir, [target.barrelPath, target.workflowFile]),
  );
  return { neighbourStyle, prettier };
}

/** The workflow's parameters and result, and the model types they name. */
type WorkflowSignature = Pick<WorkflowSource, 'parameters' | 'resultType' | 'modelTypes'> & { activityExists: boolean };

/** An existing activity decides the workflow's parameters and result; a new one is stubbed to take the input type. */
function planWorkflowSignature(
  target: Target,
  tasks: ModuleInfo,
  models: ModuleInfo,
  tree: FileTree,
): WorkflowSignature {
  const { activity, inputType, outputType, tasksFile } = target;
  const outputTypes = outputType === undefined ? [] : [outputType];
  if (!tasks.exports.has(activity)) {
    // The stub this run adds returns the output type, or nothing.
    const resultType = outputType ?? (target.options.stubs === false ? undefined : 'void');
    return {
      parameters: [{ name: 'input', type: inputType }],
      resultType,
      modelTypes: [inputType, ...outputTypes],
      activityExists: false,
    };
  }
  const reserved = new Set([...GENERATED_NAMES, target.name, activityBinding(target.name, activity)]);
  const context = {
    tasksFile,
    modelsFile: target.modelsFile,
    modelsExports: models.exports,
    tasksExports: tasks.exports,
    tasksNamespace: TASKS_NAMESPACE,
    reserved,
  };
  // The rare path that loads TypeScript: the activity's declared types, as ts-morph reads them.
  const signature = tasks.parsedText === undefined ? undefined : activitySignature(tasks.parsedText, activity, context);
  const declaredAt =
    signature === undefined || tasks.text === undefined ? '' : `:${refuse.positionIn(tasks.text, signature.start)}`;
  const givenInput = target.options.input === undefined ? undefined : inputType;
  const plan = parametersFromActivity(
    activity,
    signature,
    givenInput,
    reserved,
    `${tree.label(tasksFile)}${declaredAt}`,
  );
  if ('refusal' in plan) throw new UsageError(plan.refusal);
  if (signature === undefined && givenInput !== undefined) {
    target.notes.push(
      `${tree.label(tasksFile)} does not declare ${activity} itself: check that it takes one ${inputType}.`,
    );
  }
  const result = outputType === undefined ? signature?.result : { text: outputType, modelTypes: [outputType] };
  const modelTypes = [...plan.modelTypes, ...(result?.modelTypes ?? [])];
  return { parameters: plan.parameters, resultType: result?.text, modelTypes, activityExists: true };
}

/** Stubs of the types and the activity the workflow needs that the modules do not export; the workflow's result as it then is. */
async function planStubs(
  target: Target,
  workflow: WorkflowSignature,
  tasks: ModuleInfo,
  models: ModuleInfo,
  context: StubContext,
): Promise<WorkflowSignature> {
  const inputToStub = workflow.activityExists ? undefined : target.inputType;
  await planTypeStubs(
    models,
    [
      [inputToStub, 'input'],
      [target.outputType, 'output'],
    ],
    context,
  );
  if (workflow.activityExists) return workflow;
  const stub = {
    kind: 'activity',
    name: target.activity,
    workflow: target.name,
    inputType: target.inputType,
    outputType: target.outputType,
  } as const;
  const stubbed = await planActivityStub(tasks, models, stub, context);
  // Not stubbed (an `export *` may bring it): what it returns is not known here.
  return stubbed || target.outputType !== undefined ? workflow : { ...workflow, resultType: undefined };
}

async function planWorkflowFile(
  target: Target,
  workflow: WorkflowSignature,
  tree: FileTree,
  formatting: Formatting,
): Promise<void> {
  const { workflowFile, importExtension } = target;
  const spec: WorkflowSource = {
    name: target.name,
    activity: target.activity,
    parameters: workflow.parameters,
    resultType: workflow.resultType,
    modelTypes: workflow.modelTypes,
    facadeModule: target.config.facade.workflowModule,
    tasksSpecifier: relativeSpecifier(workflowFile, target.tasksFile, importExtension),
    modelsSpecifier: relativeSpecifier(workflowFile, target.modelsFile, importExtension),
  };
  let text = renderWorkflowSource(spec, formatting.neighbourStyle);
  if (formatting.prettier !== undefined) text = await formatting.prettier.format(workflowFile, text);
  tree.write(workflowFile, text, `workflow ${target.name}`);
}

/** The barrel exactly as `wf barrel --fix` will write it once the new file exists; its path when it changes. */
function planBarrelUpdate(target: Target, tree: FileTree, cache: ProjectCache): string | undefined {
  const { workflowFile, name, config } = target;
  const extraFiles = [{ filePath: workflowFile, text: tree.read(workflowFile)! }];
  // Planned from the text the tree read, which the write is checked against: the barrel is read once.
  const barrel = barrelAsRead(tree, target.barrelPath);
  const plan = planBarrel(target.workflowsDir, config, { cache, extraFiles, barrel });
  refuse.refuseBarrelPlan(plan, tree.label);
  if (plan.nextText === undefined || plan.nextText === plan.currentText) return undefined;
  // A barrel that is not UTF-8 is refused, not rewritten with replacement characters.
  tree.source(plan.barrelPath);
  const before = reExportedNames(plan.barrelPath, plan.currentText, config);
  const now = reExportedNames(plan.barrelPath, plan.nextText, config);
  const removed = [...before].filter((old) => !now.has(old)).sort();
  tree.write(
    plan.barrelPath,
    plan.nextText,
    removed.length === 0 ? `exports ${name}` : `exports ${name}; removes the export of ${removed.join(', ')}`,
  );
  return plan.barrelPath;
}

/**
 * The barrel as the tree read it, parsed. None when it was absent, cannot be decoded or does not
 * parse: core then reads it, and says why it cannot be planned from; a barrel that appeared meanwhile
 * is a change of a file the tree saw absent, which the write refuses.
 */
function barrelAsRead(tree: FileTree, barrelPath: string): PlanBarrelOptions['barrel'] {
  let source: SourceSnapshot | undefined;
  try {
    source = tree.source(barrelPath);
  } catch (error) {
    if (error instanceof SourceFileError) return undefined;
    throw error;
  }
  if (source === undefined) return undefined;
  // As core reads it (a byte order mark is U+FEFF), so the plan is the one `wf barrel --fix` makes.
  const text = textWithBom(source);
  const parsed = parseModule(barrelPath, text);
  return 'error' in parsed ? undefined : { text, program: parsed.program };
}

function readIfDecodable(tree: FileTree, file: string): string | undefined {
  try {
    return tree.read(file);
  } catch (error) {
    if (error instanceof SourceFileError) return undefined;
    throw error;
  }
}

/** Names a barrel's text re-exports by name (none when there is no text or it does not parse). */
function reExportedNames(barrelPath: string, text: string | undefined, config: ResolvedConfig): Set<string> {
  const parsed = text === undefined ? undefined : parseModule(barrelPath, text);
  if (parsed === undefined || 'error' in parsed) return new Set();
  return new Set(
    analyzeModule(parsed.program, config).reExports.flatMap((entry) => (entry.names === '*' ? [] : entry.names)),
  );
}

/** The workflows a file declares (none when it does not parse). */
function workflowNamesIn(file: string, text: string | undefined, config: ResolvedConfig): string[] {
  const parsed = text === undefined ? undefined : parseModule(file, text);
  if (parsed === undefined || 'error' in parsed) return [];
  return analyzeModule(parsed.program, config).workflows.map((workflow) => workflow.name);
}

/** Writes the changes all or nothing; a failure becomes one line naming the file and the fix. */
function writeAll(changes: readonly FileChange[], rel: (file: string) => string): void {
  try {
    writeChanges(changes);
  } catch (error) {
    if (!(error instanceof WriteFailure)) throw error;
    throw writeFailureError(error, rel);
  }
}
