import { statSync } from 'node:fs';
import path from 'node:path';
import {
  analyzeModule,
  checkFileName,
  classifyFile,
  findWorkflowNameUse,
  formatWords,
  isReservedWord,
  isUsableIdentifier,
  loadConfig,
  moduleBindings,
  offsetToPosition,
  parseModule,
  planBarrel,
  ProjectCache,
  resolveImportExtension,
  splitWords,
  suggestFileName,
  validateWorkflowName,
  withProjectNameCase,
  type ResolvedConfig,
  type TopLevelBinding,
} from '@wfkit/core';
import { UsageError } from '../errors.js';
import { projectLockTarget, withFileLocksAsync } from '../fs/file-lock.js';
import { readSource, textWithBom, type SourceSnapshot } from '../fs/read-source.js';
import { activitySignature } from '../generate/activity-signature.js';
import { detectStyle, neighbourTexts, type CodeStyle } from '../generate/code-style.js';
import { fileChange, writeChanges, WriteFailure, writeFailureError, type FileChange } from '../generate/file-change.js';
import { defaultModuleFile, isInside, isJavaScript, isReallyInside, moduleFile, nonSourceDir, realPath } from '../generate/module-file.js';
import { relativeSpecifier } from '../generate/module-specifier.js';
import { loadProjectPrettier, type ProjectFormatter } from '../generate/prettier.js';
import { addStubs, type Stub } from '../generate/stubs.js';
import { findWorkflowsDir } from '../generate/workflows-dir.js';
import { parametersFromActivity } from '../generate/workflow-parameters.js';
import { activityBinding, FACADE_NAME, GENERATED_NAMES, renderWorkflowSource, TASKS_NAMESPACE, type WorkflowParameters } from '../generate/workflow-source.js';

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
 * `tasks.ts`/`models.ts`, and its barrel line. Everything is planned in memory first; every
 * refusal happens before anything is written.
 */
export async function newWorkflow(options: NewOptions): Promise<NewResult> {
  if (options.dryRun === true) return planAndWrite(options);
  // Two runs in one project take turns, each planning from what the other wrote.
  return withFileLocksAsync([projectLockTarget(loadConfig(options.cwd).rootDir)], () => planAndWrite(options));
}

async function planAndWrite(options: NewOptions): Promise<NewResult> {
  const { cwd, name } = options;
  const rel = (file: string): string => path.relative(cwd, file).split(path.sep).join('/') || '.';
  const projectRoot = loadConfig(cwd).rootDir;

  const inDir = path.resolve(cwd, options.in ?? '.');
  if (!isReallyInside(inDir, projectRoot)) {
    const through = isInside(inDir, projectRoot) ? ` (through a symbolic link, it is ${realPath(inDir)})` : '';
    throw new UsageError(`--in ${options.in ?? '.'} is outside the project root ${projectRoot}${through}. Choose a directory inside it, or run wf from the other project (--cwd).`);
  }
  refuseNonSource('--in', options.in ?? '.', inDir, projectRoot);
  if (statSync(inDir, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`--in ${rel(inDir)} is a file. Pass the directory the workflows directory belongs in.`);
  const config = loadConfig(inDir);

  // Everything is read before anything is written: one state of the tree for the whole command.
  const cache = new ProjectCache({ lifetime: Infinity });
  const nameProblem = validateWorkflowName(name, withProjectNameCase(config, cache));
  if (nameProblem !== undefined) throw new UsageError(`Cannot name a workflow ${JSON.stringify(name)}: ${nameProblem}. Choose another name.`);
  const notes: string[] = [];
  const { dir: workflowsDir, note: dirNote } = findWorkflowsDir(inDir, config, cache, rel);
  if (dirNote !== undefined) notes.push(dirNote);
  const workflowFile = path.join(workflowsDir, workflowFileName(options.file, name, workflowsDir, config));
  // The workflows directory (or the file, with --force) may itself be a link out of the project.
  if (!isReallyInside(workflowFile, projectRoot)) {
    throw new UsageError(`${rel(workflowFile)} resolves to ${realPath(workflowFile)}, outside the project root ${projectRoot}, through a symbolic link. Choose another --in, or replace the link.`);
  }
  const existing = statSync(workflowFile, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new UsageError(`${rel(workflowFile)} is a directory. Choose another --file.`);
  if (existing !== undefined && options.force !== true) {
    // Say what --force would take away: the workflows the file holds, and their barrel exports.
    const module = cache.readModule(workflowFile, config);
    const others = module !== undefined && 'info' in module ? module.info.workflows.map((workflow) => workflow.name).filter((other) => other !== name) : [];
    const barrelFile = path.join(workflowsDir, config.barrelFile);
    const barrelNames = reExportedNames(barrelFile, cache.readText(barrelFile), config);
    const exported = others.filter((other) => barrelNames.has(other));
    const them = (names: readonly string[]): string => `the workflow${names.length === 1 ? '' : 's'} ${names.join(', ')}`;
    const exports = exported.length === 0 ? '' : ` and ${exported.length === 1 ? 'its export' : `the exports of ${exported.join(', ')}`} from ${rel(barrelFile)}`;
    const loss = others.length === 0 ? 'overwrite it' : `replace it, which deletes ${them(others)}${exports}`;
    const holds = others.length === 0 ? '' : ` and holds ${them(others)}`;
    throw new UsageError(`${rel(workflowFile)} already exists${holds}. Choose another --file, or pass --force to ${loss}.`);
  }

  const derivedActivity = formatWords(splitWords(name), 'camel');
  const activity = identifier('--activity', options.activity ?? derivedActivity, options.activity === undefined ? name : undefined);
  // Types are PascalCase whatever case workflow names use: `sendInvoice` takes a `SendInvoiceInput`.
  const inputType = identifier('--input', options.input ?? `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`);
  const outputType = options.output === undefined ? undefined : identifier('--output', options.output);
  refuseGeneratedClashes(name, activity, options.activity === undefined, [['--input', inputType], ['--output', outputType]]);
  const moduleOf = (flag: string, argument: string | undefined, stems: readonly string[]): string => {
    const file = argument === undefined ? defaultModuleFile(path.dirname(workflowsDir), stems) : moduleFile(cwd, argument);
    if (!isReallyInside(file, projectRoot)) {
      const through = isInside(file, projectRoot) ? ` (through a symbolic link, it is ${realPath(file)})` : '';
      throw new UsageError(`${flag} ${argument ?? rel(file)} is outside the project root ${projectRoot}${through}. Choose a module inside it.`);
    }
    refuseNonSource(flag, argument ?? rel(file), file, projectRoot);
    return file;
  };
  // Temporal's samples call the activities module `activities.ts`.
  const tasksFile = moduleOf('--tasks', options.tasks, ['tasks', 'activities']);
  const modelsFile = moduleOf('--models', options.models, ['models']);

  refuseTakenName(name, workflowFile, projectRoot, cache, rel);

  const extension = resolveImportExtension(config, workflowsDir);
  const prettier = await loadProjectPrettier(workflowFile);
  const barrelPath = path.join(workflowsDir, config.barrelFile);
  const neighbourStyle = detectStyle(neighbourTexts(workflowsDir, [barrelPath, workflowFile]));
  const stubsOn = options.stubs !== false;
  // Modules stubs are appended to must parse; with --no-stubs they are only read, as far as they can be.
  const models = readModule(modelsFile, stubsOn, rel);
  const tasks = readModule(tasksFile, stubsOn, rel);

  // An existing activity decides the workflow's parameters; a new one is stubbed to take the input type.
  const binding = activityBinding(name, activity);
  let parameters: WorkflowParameters = [{ name: 'input', type: inputType }];
  let modelTypes = [inputType];
  const activityExists = tasks.exports.has(activity);
  if (activityExists) {
    const reserved = new Set([...GENERATED_NAMES, name, binding]);
    // The rare path that loads TypeScript: the activity's parameter types, as ts-morph reads them.
    const signature =
      tasks.parsedText === undefined
        ? undefined
        : activitySignature(tasks.parsedText, activity, { tasksFile, modelsFile, modelsExports: models.exports, tasksExports: tasks.exports, tasksNamespace: TASKS_NAMESPACE, reserved });
    const where = signature === undefined || tasks.text === undefined ? rel(tasksFile) : `${rel(tasksFile)}:${positionIn(tasks.text, signature.start)}`;
    const plan = parametersFromActivity(activity, signature, options.input === undefined ? undefined : inputType, reserved, where);
    if ('refusal' in plan) throw new UsageError(plan.refusal);
    ({ parameters, modelTypes } = plan);
    if (signature === undefined && options.input !== undefined) notes.push(`${rel(tasksFile)} does not declare ${activity} itself: check that it takes one ${inputType}.`);
  }

  // Stubs first: they decide nothing about the workflow file, but must exist for it to type-check.
  const changes: FileChange[] = [];
  if (stubsOn) {
    const typeStubs: Stub[] = [];
    const wantedTypes = [[activityExists ? undefined : inputType, 'input', '--input'], [outputType, 'output', '--output']] as const;
    for (const [typeName, role, flag] of wantedTypes) {
      if (typeName === undefined || models.exports.has(typeName)) continue;
      if (models.hasExportStar) notes.push(`${rel(modelsFile)} re-exports with \`export *\`: not stubbing ${typeName}, which may come from there. Check that it exists.`);
      else {
        refuseJavaScriptStub(modelsFile, `type ${typeName}`, `Point --models at a TypeScript module, or pass ${flag} naming a type it declares`, rel);
        refuseLocalClash(models, modelsFile, typeName, flag, rel);
        typeStubs.push({ kind: 'type', name: typeName, workflow: name, role });
      }
    }
    if (typeStubs.length > 0) {
      changes.push(await stubChange(modelsFile, models.source, typeStubs, [], neighbourStyle, prettier, summaryOf(typeStubs)));
    }

    if (!activityExists) {
      if (tasks.hasExportStar) notes.push(`${rel(tasksFile)} re-exports with \`export *\`: not stubbing ${activity}, which may come from there. Check that it exists.`);
      else {
        refuseJavaScriptStub(tasksFile, `activity ${activity}`, `Export ${activity} from it yourself, or pass --activity naming an activity it exports`, rel);
        refuseLocalClash(tasks, tasksFile, activity, '--activity', rel);
        const stub: Stub = { kind: 'activity', name: activity, workflow: name, inputType, outputType };
        const needed = [inputType, ...(outputType === undefined ? [] : [outputType])];
        if (tasksFile !== modelsFile) for (const typeName of needed) refuseLocalClash(tasks, tasksFile, typeName, typeName === inputType ? '--input' : '--output', rel, 'imports');
        const imports = tasksFile === modelsFile ? [] : [{ names: needed, file: modelsFile, specifier: relativeSpecifier(tasksFile, modelsFile, extension) }];
        changes.push(await stubChange(tasksFile, tasks.source, [stub], imports, neighbourStyle, prettier, summaryOf([stub])));
      }
    }
  }

  let workflowText = renderWorkflowSource(
    {
      name,
      activity,
      parameters,
      outputType,
      modelTypes: [...modelTypes, ...(outputType === undefined ? [] : [outputType])],
      facadeModule: config.facade.workflowModule,
      tasksSpecifier: relativeSpecifier(workflowFile, tasksFile, extension),
      modelsSpecifier: relativeSpecifier(workflowFile, modelsFile, extension),
    },
    neighbourStyle,
  );
  if (prettier !== undefined) workflowText = await prettier.format(workflowFile, workflowText);
  changes.push(fileChange(workflowFile, readSource(workflowFile, rel(workflowFile)), workflowText, `workflow ${name}`));

  // The barrel exactly as `wf barrel --fix` will write it once the new file exists.
  const plan = planBarrel(workflowsDir, config, { cache, extraFiles: [{ filePath: workflowFile, text: workflowText }] });
  const barrelError = plan.parseErrors.find((failure) => failure.filePath === plan.barrelPath);
  if (barrelError !== undefined) {
    const { line, column, message } = barrelError.error;
    throw new UsageError(`${rel(plan.barrelPath)}:${line}:${column} does not parse (${message}). Fix it, or delete it and run \`wf barrel --fix\`, then run wf new again.`);
  }
  const brokenFile = plan.parseErrors[0];
  if (brokenFile !== undefined) {
    const { line, column, message } = brokenFile.error;
    throw new UsageError(`${rel(brokenFile.filePath)}:${line}:${column} does not parse (${message}), so its barrel cannot be updated safely. Fix it, then run wf new again.`);
  }
  if (plan.nextText === undefined) {
    const blocker = plan.blockedBy[0];
    const at = blocker === undefined || plan.currentText === undefined ? '' : `:${positionIn(plan.currentText, blocker.range.start)}`;
    if (blocker?.messageId === 'commentOnRemovedExport') {
      const { name: removed, specifier } = blocker.data;
      throw new UsageError(`${rel(plan.barrelPath)}${at} has a comment on the export of '${removed}' from '${specifier}', which updating the barrel removes. Move or delete the comment, then run wf new again.`);
    }
    throw new UsageError(`${rel(plan.barrelPath)}${at} holds code other than re-exports. Move it to another module so the barrel can be updated, then run wf new again.`);
  }
  if (plan.nextText !== plan.currentText) {
    const summary = barrelSummary(name, plan.currentText, plan.nextText, plan.barrelPath, config);
    changes.push(fileChange(plan.barrelPath, barrelSource(plan.barrelPath, plan.currentText, rel), plan.nextText, summary));
  }

  if (options.dryRun !== true) writeAll(changes, rel);
  return {
    workflowFile,
    workflowsDir,
    changes,
    written: options.dryRun !== true,
    formatting: prettier === undefined ? { style: neighbourStyle } : { prettierConfig: prettier.configFile },
    notes,
    barrelPath: changes.some((change) => change.filePath === plan.barrelPath) ? plan.barrelPath : undefined,
  };
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


/** Refuses a target inside node_modules, build output or tool state: a generated file there would be lost, shipped by accident, or never checked. */
function refuseNonSource(flag: string, argument: string, target: string, projectRoot: string): void {
  const dir = nonSourceDir(target, projectRoot);
  if (dir === undefined) return;
  // `.git`, `.turbo`, `.nx`, `.cache` hold a tool's state; `.next` is Next.js's build output.
  const what = dir === 'node_modules' ? 'installed packages' : dir.startsWith('.') && dir !== '.next' ? 'tool state' : 'build output';
  throw new UsageError(`${flag} ${argument} is inside ${dir}/, which holds ${what}, not source. Choose a source directory.`);
}

/** The `--file` argument checked against the naming rule, or the core's suggestion. */
function workflowFileName(file: string | undefined, name: string, workflowsDir: string, config: ResolvedConfig): string {
  const suggestion = suggestFileName(name, workflowsDir, config);
  if (file === undefined) return suggestion;
  if (/[\\/]/.test(file)) throw new UsageError(`--file ${file} must be a file name, not a path. Use --in for the directory, e.g. --file ${suggestion}.`);
  const fileName = /\.(?:[cm]?ts|tsx)$/.test(file) ? file : `${file}.ts`;
  const role = classifyFile(path.join(workflowsDir, fileName), config);
  if (role.kind !== 'workflow') {
    const what = role.kind === 'barrel' ? 'it is the barrel' : role.kind === 'excluded' ? 'barrelExclude leaves it out' : role.kind === 'test' ? 'it is named like a test' : role.kind === 'ignored' ? 'the config ignores it' : 'it is not a TypeScript source file';
    throw new UsageError(`--file ${fileName} would not be a workflow file (${what}). Use --file ${suggestion}.`);
  }
  const check = checkFileName(path.join(workflowsDir, fileName), name, config);
  if (!check.ok) {
    const why = check.problem === 'generic' ? 'is too generic' : check.problem === 'case' ? `is not in ${config.fileNameCase} case` : check.problem === 'extra-words' ? `has words the workflow name does not (${check.words.join(', ')})` : `leaves out ${check.words.join(', ')} of the workflow name`;
    throw new UsageError(`--file ${fileName} ${why}. Use --file ${check.suggestion}, or leave --file out.`);
  }
  return fileName;
}

/**
 * `value` when it can name an activity or a type. `derivedFrom` is the workflow name an activity
 * name was derived from (no `--activity` given): the message then says so and how to choose one.
 */
function identifier(flag: '--activity' | '--input' | '--output', value: string, derivedFrom?: string): string {
  // Unicode identifiers too: `RégénérerContenu` runs `régénérerContenu`.
  if (isUsableIdentifier(value)) return value;
  const reserved = isReservedWord(value);
  const why = reserved ? 'a reserved word' : 'not a usable TypeScript identifier';
  if (derivedFrom !== undefined) {
    // Suggested only if it would pass this very check.
    const suggestion = `run${derivedFrom.charAt(0).toUpperCase()}${derivedFrom.slice(1)}`;
    const example = isUsableIdentifier(suggestion) ? `, e.g. --activity ${suggestion}` : '';
    throw new UsageError(`The activity name derived from the workflow name ${JSON.stringify(derivedFrom)} is ${JSON.stringify(value)}, ${why}. Choose one with --activity <name>${example}.`);
  }
  const example = flag === '--activity' ? 'regenerateContent' : flag === '--input' ? 'RegenerateContentInput' : 'SlideTexts';
  throw new UsageError(`${flag} ${JSON.stringify(value)} is ${why === 'a reserved word' ? 'a reserved word, not a usable TypeScript identifier' : why}. Pass a name such as ${example}.`);
}

const GENERATED_ROLES: Record<string, string> = {
  [FACADE_NAME]: `the facade (\`import { ${FACADE_NAME} }\`)`,
  [TASKS_NAMESPACE]: `the activities module (\`import type * as ${TASKS_NAMESPACE}\`)`,
};

/** Refuses names that the generated workflow file would bind twice (it imports `Temporal` and `tasks`, binds the activity). */
function refuseGeneratedClashes(name: string, activity: string, activityDerived: boolean, types: ReadonlyArray<readonly [string, string | undefined]>): void {
  const role = GENERATED_ROLES[name];
  if (role !== undefined) throw new UsageError(`Cannot name a workflow ${JSON.stringify(name)}: the generated file imports ${role} by that name. Choose another name.`);
  const activityRole = GENERATED_ROLES[activity];
  if (activityRole !== undefined) {
    const what = activityDerived ? `The activity name derived from ${JSON.stringify(name)} is ${JSON.stringify(activity)}, which` : `--activity ${activity}`;
    throw new UsageError(`${what} is the name the generated file imports ${activityRole} by. Choose another with --activity <name>.`);
  }
  const binding = activityBinding(name, activity);
  for (const [flag, typeName] of types) {
    if (typeName === undefined) continue;
    if (typeName === name) throw new UsageError(`${flag} ${typeName} is the workflow's own name; a type of that name would clash with the workflow. Choose another type name.`);
    const clash = GENERATED_ROLES[typeName] ?? (typeName === activity || typeName === binding ? `the activity reference (\`const { ${activity} }\`)` : undefined);
    if (clash !== undefined) throw new UsageError(`${flag} ${typeName} would clash with ${clash} in the generated workflow file. Choose another type name.`);
  }
}

/** Refuses a (TypeScript) stub in a JavaScript module: it would not parse there, and a `.ts` beside it would shadow it. */
function refuseJavaScriptStub(file: string, what: string, fix: string, rel: (file: string) => string): void {
  if (!isJavaScript(file)) return;
  throw new UsageError(`${rel(file)} is JavaScript, so wf new cannot add a typed stub of ${what} to it. ${fix}, or pass --no-stubs.`);
}

/**
 * Refuses a stub of `name` in a module that binds it already without exporting it (a local
 * `interface X`, or an import): the stub would be a second declaration of it.
 */
function refuseLocalClash(module: ModuleInfo, file: string, name: string, flag: string, rel: (file: string) => string, only?: 'imports'): void {
  const local = module.locals.get(name);
  if (local === undefined || module.text === undefined || (only !== undefined && local.how === 'imports')) return;
  const at = `${rel(file)}:${positionIn(module.text, local.start)}`;
  const fix = local.how === 'declares' ? `Export it (wf new then uses it), or pass another ${flag}.` : `Pass another ${flag}, or pass --no-stubs.`;
  throw new UsageError(`${at} ${local.how} ${name} without exporting it, so a stub of that name would clash with it. ${fix}`);
}

/** Workflow types are registered by name: refuses a name any workflow or barrel export of the project already uses (core's answer). */
function refuseTakenName(name: string, workflowFile: string, projectRoot: string, cache: ProjectCache, rel: (file: string) => string): void {
  const use = findWorkflowNameUse(name, projectRoot, { cache, replacing: workflowFile });
  if (use === undefined) return;
  if (use.kind === 'workflow') {
    throw new UsageError(`${JSON.stringify(name)} is already a workflow in ${rel(use.filePath)}; two workflow types of one name collide on a worker. Choose another name.`);
  }
  throw new UsageError(`${rel(use.barrelPath)} already exports ${JSON.stringify(name)} (from '${use.source}'); two workflow types of one name collide on a worker. Choose another name, or run \`wf barrel --fix\` if that export is stale.`);
}

/** `exports X`, and which exports the rewrite drops (the old workflow of a file replaced with --force). */
function barrelSummary(name: string, before: string | undefined, after: string, barrelPath: string, config: ResolvedConfig): string {
  const now = reExportedNames(barrelPath, after, config);
  const removed = [...reExportedNames(barrelPath, before, config)].filter((old) => !now.has(old)).sort();
  return removed.length === 0 ? `exports ${name}` : `exports ${name}; removes the export of ${removed.join(', ')}`;
}

/** Names a barrel's text re-exports by name (none when there is no text or it does not parse). */
function reExportedNames(barrelPath: string, text: string | undefined, config: ResolvedConfig): Set<string> {
  const parsed = text === undefined ? undefined : parseModule(barrelPath, text);
  if (parsed === undefined || 'error' in parsed) return new Set();
  return new Set(analyzeModule(parsed.program, config).reExports.flatMap((entry) => (entry.names === '*' ? [] : entry.names)));
}

function positionIn(text: string, offset: number): string {
  const { line, column } = offsetToPosition(text, offset);
  return `${line}:${column}`;
}

/**
 * The barrel as read for its rewrite: the text the plan was made from, read again strictly (a
 * barrel that is not UTF-8 is refused, not rewritten with replacement characters).
 */
function barrelSource(barrelPath: string, plannedText: string | undefined, rel: (file: string) => string): SourceSnapshot | undefined {
  const source = readSource(barrelPath, rel(barrelPath));
  if ((source === undefined ? undefined : textWithBom(source)) !== plannedText) {
    throw new UsageError(`${rel(barrelPath)} changed while wf new read it (another wf, or an editor, saved it meanwhile). Nothing was written; run wf new again.`);
  }
  return source;
}

interface ModuleInfo {
  /** The file as read; undefined when it does not exist. */
  source: SourceSnapshot | undefined;
  text: string | undefined;
  /** The text, when the module exists and parses. */
  parsedText: string | undefined;
  exports: Set<string>;
  hasExportStar: boolean;
  /** Names it binds at the top level without exporting them. */
  locals: Map<string, TopLevelBinding>;
}

/** A tasks or models module; one that does not parse is refused when stubs may be appended to it. */
function readModule(file: string, refuseUnparseable: boolean, rel: (file: string) => string): ModuleInfo {
  const source = readSource(file, rel(file));
  const text = source?.text;
  const empty: ModuleInfo = { source, text, parsedText: undefined, exports: new Set(), hasExportStar: false, locals: new Map() };
  if (text === undefined) return empty;
  const parsed = parseModule(file, text);
  if ('error' in parsed) {
    if (!refuseUnparseable) return empty;
    const { line, column, message } = parsed.error;
    throw new UsageError(`${rel(file)}:${line}:${column} does not parse (${message}), so stubs cannot be added to it safely. Fix it, then run wf new again (or pass --no-stubs).`);
  }
  const { exports, hasExportStar, bindings } = moduleBindings(parsed.program);
  const locals = new Map([...bindings].filter(([name]) => !exports.has(name)));
  return { source, text, parsedText: text, exports, hasExportStar, locals };
}

function summaryOf(stubs: readonly Stub[]): string {
  return stubs.map((stub) => `stub ${stub.kind === 'activity' ? 'activity' : 'type'} ${stub.name}`).join(', ');
}

/** A module with stubs added, formatted as the project would format it. */
async function stubChange(
  file: string,
  source: SourceSnapshot | undefined,
  stubs: readonly Stub[],
  imports: Parameters<typeof addStubs>[3],
  neighbourStyle: CodeStyle,
  prettier: ProjectFormatter | undefined,
  summary: string,
): Promise<FileChange> {
  const before = source?.text;
  // An existing file sets its own style; a new one takes its neighbours'.
  const style = before === undefined ? neighbourStyle : detectStyle([before], neighbourStyle);
  let after = addStubs(file, before, stubs, imports, style);
  // Prettier reformats the whole file: only do that when it was formatted already, so nothing but the stubs changes.
  if (prettier !== undefined && (before === undefined || (await prettier.isFormatted(file, before)))) after = await prettier.format(file, after);
  return fileChange(file, source, after, summary);
}
