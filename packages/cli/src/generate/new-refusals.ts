import path from 'node:path';
import {
  checkFileName,
  classifyFile,
  findWorkflowNameUse,
  isReservedWord,
  isUsableIdentifier,
  offsetToPosition,
  type BarrelPlan,
  type ParseResult,
  type ProjectCache,
  type ResolvedConfig,
  type TopLevelBinding,
} from '@wfkit/core';
import { UsageError } from '../errors.js';
import type { FileTree } from './file-tree.js';
import { isInside, isJavaScript, isReallyInside, nonSourceDir, realPath } from './module-file.js';
import { activityBinding, FACADE_NAME, TASKS_NAMESPACE } from './workflow-source.js';

// Every refusal of `wf new`: each throws one UsageError naming the problem and the fix, before
// anything is written.

type Label = (file: string) => string;

/** `line:column` of an offset, for messages. */
export function positionIn(text: string, offset: number): string {
  const { line, column } = offsetToPosition(text, offset);
  return `${line}:${column}`;
}

/** Refuses a directory or module (`--in`, `--tasks`, `--models`) outside the project root or in a directory scans skip. */
export function refuseOutsideSource(
  flag: string,
  argument: string,
  target: string,
  projectRoot: string,
  what: string,
): void {
  if (!isReallyInside(target, projectRoot)) {
    const through = isInside(target, projectRoot) ? ` (through a symbolic link, it is ${realPath(target)})` : '';
    const otherProject = flag === '--in' ? ', or run wf from the other project (--cwd)' : '';
    throw new UsageError(
      `${flag} ${argument} is outside the project root ${projectRoot}${through}. Choose ${what} inside it${otherProject}.`,
    );
  }
  refuseNonSource(flag, argument, target, projectRoot);
}

/** Refuses a target inside node_modules, build output or tool state: a generated file there would be lost, shipped by accident, or never checked. */
function refuseNonSource(flag: string, argument: string, target: string, projectRoot: string): void {
  const dir = nonSourceDir(target, projectRoot);
  if (dir === undefined) return;
  throw new UsageError(
    `${flag} ${argument} is inside ${dir}/, which holds ${whatSkippedDirHolds(dir)}, not source. Choose a source directory.`,
  );
}

function whatSkippedDirHolds(dir: string): string {
  if (dir === 'node_modules') return 'installed packages';
  // `.git`, `.turbo`, `.nx`, `.cache` hold a tool's state; `.next` is Next.js's build output.
  if (dir.startsWith('.') && dir !== '.next') return 'tool state';
  return 'build output';
}

export function refuseFileAsDir(inDir: string, isFile: boolean, rel: Label): void {
  if (isFile)
    throw new UsageError(`--in ${rel(inDir)} is a file. Pass the directory the workflows directory belongs in.`);
}

export function refuseBadName(name: string, problem: string | undefined): void {
  if (problem !== undefined)
    throw new UsageError(`Cannot name a workflow ${JSON.stringify(name)}: ${problem}. Choose another name.`);
}

/** The workflows directory (or the file, with --force) may itself be a link out of the project. */
export function refuseLinkedOut(workflowFile: string, projectRoot: string, rel: Label): void {
  if (isReallyInside(workflowFile, projectRoot)) return;
  throw new UsageError(
    `${rel(workflowFile)} resolves to ${realPath(workflowFile)}, outside the project root ${projectRoot}, through a symbolic link. ` +
      'Choose another --in, or replace the link.',
  );
}

/** Refuses a `--file` that is a path, or that the naming rule or the config would not take for a workflow file. */
export function refuseFileName(
  file: string,
  fileName: string,
  name: string,
  workflowsDir: string,
  config: ResolvedConfig,
  suggestion: string,
): void {
  if (/[\\/]/.test(file)) {
    throw new UsageError(
      `--file ${file} must be a file name, not a path. Use --in for the directory, e.g. --file ${suggestion}.`,
    );
  }
  const role = classifyFile(path.join(workflowsDir, fileName), config);
  if (role.kind !== 'workflow') {
    throw new UsageError(
      `--file ${fileName} would not be a workflow file (${NOT_A_WORKFLOW_FILE[role.kind]}). Use --file ${suggestion}.`,
    );
  }
  const check = checkFileName(path.join(workflowsDir, fileName), name, config);
  if (check.ok) return;
  throw new UsageError(
    `--file ${fileName} ${fileNameProblem(check, config)}. Use --file ${check.suggestion}, or leave --file out.`,
  );
}

const NOT_A_WORKFLOW_FILE: Record<string, string> = {
  barrel: 'it is the barrel',
  excluded: 'barrelExclude leaves it out',
  test: 'it is named like a test',
  ignored: 'the config ignores it',
  other: 'it is not a TypeScript source file',
};

function fileNameProblem(
  check: Exclude<ReturnType<typeof checkFileName>, { ok: true }>,
  config: ResolvedConfig,
): string {
  switch (check.problem) {
    case 'generic':
      return 'is too generic';
    case 'case':
      return `is not in ${config.fileNameCase} case`;
    case 'extra-words':
      return `has words the workflow name does not (${check.words.join(', ')})`;
    default:
      return `leaves out ${check.words.join(', ')} of the workflow name`;
  }
}

/** What --force would take away from an existing workflow file: the other workflows it holds, and their barrel exports. */
export interface ForceLoss {
  others: readonly string[];
  exported: readonly string[];
  barrelFile: string;
}

export function refuseDirectoryAsFile(workflowFile: string, isDirectory: boolean, rel: Label): void {
  if (isDirectory) throw new UsageError(`${rel(workflowFile)} is a directory. Choose another --file.`);
}

/** Refuses to overwrite an existing workflow file without --force, saying what --force would remove. */
export function refuseExisting(workflowFile: string, loss: ForceLoss, rel: Label): never {
  const { others, exported } = loss;
  const them = (names: readonly string[]): string => `the workflow${names.length === 1 ? '' : 's'} ${names.join(', ')}`;
  if (others.length === 0) {
    throw new UsageError(
      `${rel(workflowFile)} already exists. Choose another --file, or pass --force to overwrite it.`,
    );
  }
  const exportsOf = exported.length === 1 ? 'its export' : `the exports of ${exported.join(', ')}`;
  const exports = exported.length === 0 ? '' : ` and ${exportsOf} from ${rel(loss.barrelFile)}`;
  throw new UsageError(
    `${rel(workflowFile)} already exists and holds ${them(others)}. ` +
      `Choose another --file, or pass --force to replace it, which deletes ${them(others)}${exports}.`,
  );
}

/**
 * Refuses a value that cannot name an activity or a type. `derivedFrom` is the workflow name an
 * activity name was derived from (no `--activity` given): the message then says so and how to choose one.
 */
export function refuseNonIdentifier(
  flag: '--activity' | '--input' | '--output',
  value: string,
  derivedFrom?: string,
): void {
  // Unicode identifiers too: `RégénérerContenu` runs `régénérerContenu`.
  if (isUsableIdentifier(value)) return;
  const reserved = isReservedWord(value);
  if (derivedFrom !== undefined) {
    const why = reserved ? 'a reserved word' : 'not a usable TypeScript identifier';
    // Suggested only if it would pass this very check.
    const suggestion = `run${derivedFrom.charAt(0).toUpperCase()}${derivedFrom.slice(1)}`;
    const example = isUsableIdentifier(suggestion) ? `, e.g. --activity ${suggestion}` : '';
    throw new UsageError(
      `The activity name derived from the workflow name ${JSON.stringify(derivedFrom)} is ${JSON.stringify(value)}, ${why}. ` +
        `Choose one with --activity <name>${example}.`,
    );
  }
  const why = reserved ? 'a reserved word, not a usable TypeScript identifier' : 'not a usable TypeScript identifier';
  throw new UsageError(`${flag} ${JSON.stringify(value)} is ${why}. Pass a name such as ${EXAMPLE_NAMES[flag]}.`);
}

const EXAMPLE_NAMES = {
  '--activity': 'regenerateContent',
  '--input': 'RegenerateContentInput',
  '--output': 'SlideTexts',
};

const GENERATED_ROLES: Record<string, string> = {
  [FACADE_NAME]: `the facade (\`import { ${FACADE_NAME} }\`)`,
  [TASKS_NAMESPACE]: `the activities module (\`import type * as ${TASKS_NAMESPACE}\`)`,
};

/** Refuses names that the generated workflow file would bind twice (it imports `Temporal` and `tasks`, binds the activity). */
export function refuseGeneratedClashes(
  name: string,
  activity: string,
  activityDerived: boolean,
  types: ReadonlyArray<readonly [string, string | undefined]>,
): void {
  const role = GENERATED_ROLES[name];
  if (role !== undefined) {
    throw new UsageError(
      `Cannot name a workflow ${JSON.stringify(name)}: the generated file imports ${role} by that name. Choose another name.`,
    );
  }
  const activityRole = GENERATED_ROLES[activity];
  if (activityRole !== undefined) {
    const what = activityDerived
      ? `The activity name derived from ${JSON.stringify(name)} is ${JSON.stringify(activity)}, which`
      : `--activity ${activity}`;
    throw new UsageError(
      `${what} is the name the generated file imports ${activityRole} by. Choose another with --activity <name>.`,
    );
  }
  const binding = activityBinding(name, activity);
  for (const [flag, typeName] of types) {
    if (typeName === undefined) continue;
    if (typeName === name) {
      throw new UsageError(
        `${flag} ${typeName} is the workflow's own name; a type of that name would clash with the workflow. Choose another type name.`,
      );
    }
    const clash =
      GENERATED_ROLES[typeName] ??
      (typeName === activity || typeName === binding
        ? `the activity reference (\`const { ${activity} }\`)`
        : undefined);
    if (clash !== undefined) {
      throw new UsageError(
        `${flag} ${typeName} would clash with ${clash} in the generated workflow file. Choose another type name.`,
      );
    }
  }
}

/** Workflow types are registered by name: refuses a name any workflow or barrel export of the project already uses (core's answer). */
export function refuseTakenName(
  name: string,
  workflowFile: string,
  projectRoot: string,
  cache: ProjectCache,
  rel: Label,
): void {
  const use = findWorkflowNameUse(name, projectRoot, { cache, replacing: workflowFile });
  if (use === undefined) return;
  if (use.kind === 'workflow') {
    throw new UsageError(
      `${JSON.stringify(name)} is already a workflow in ${rel(use.filePath)}; two workflow types of one name collide on a worker. Choose another name.`,
    );
  }
  throw new UsageError(
    `${rel(use.barrelPath)} already exports ${JSON.stringify(name)} (from '${use.source}'); two workflow types of one name collide on a worker. ` +
      'Choose another name, or run `wf barrel --fix` if that export is stale.',
  );
}

export function refuseUnparseableModule(
  file: string,
  error: { line: number; column: number; message: string },
  rel: Label,
): never {
  const { line, column, message } = error;
  throw new UsageError(
    `${rel(file)}:${line}:${column} does not parse (${message}), so stubs cannot be added to it safely. Fix it, then run wf new again (or pass --no-stubs).`,
  );
}

/** Refuses a (TypeScript) stub in a JavaScript module: it would not parse there, and a `.ts` beside it would shadow it. */
export function refuseJavaScriptStub(file: string, what: string, fix: string, rel: Label): void {
  if (!isJavaScript(file)) return;
  throw new UsageError(
    `${rel(file)} is JavaScript, so wf new cannot add a typed stub of ${what} to it. ${fix}, or pass --no-stubs.`,
  );
}

/**
 * Refuses a stub of `name` in a module that binds it already without exporting it (a local
 * `interface X`, or an import): the stub would be a second declaration of it.
 */
export function refuseLocalClash(
  module: { text: string | undefined; locals: ReadonlyMap<string, TopLevelBinding> },
  file: string,
  name: string,
  flag: string,
  rel: Label,
  only?: 'imports',
): void {
  const local = module.locals.get(name);
  if (local === undefined || module.text === undefined || (only !== undefined && local.how === 'imports')) return;
  const at = `${rel(file)}:${positionIn(module.text, local.start)}`;
  const fix =
    local.how === 'declares'
      ? `Export it (wf new then uses it), or pass another ${flag}.`
      : `Pass another ${flag}, or pass --no-stubs.`;
  throw new UsageError(
    `${at} ${local.how} ${name} without exporting it, so a stub of that name would clash with it. ${fix}`,
  );
}

/** Refuses a barrel update that cannot be planned safely: a file that does not parse, or code or comments the rewrite would drop. */
export function refuseBarrelPlan(plan: BarrelPlan, rel: Label): void {
  const barrelError = plan.parseErrors.find((failure) => failure.filePath === plan.barrelPath);
  if (barrelError !== undefined) {
    const { line, column, message } = barrelError.error;
    throw new UsageError(
      `${rel(plan.barrelPath)}:${line}:${column} does not parse (${message}). Fix it, or delete it and run \`wf barrel --fix\`, then run wf new again.`,
    );
  }
  const brokenFile = plan.parseErrors[0];
  if (brokenFile !== undefined) {
    const { line, column, message } = brokenFile.error;
    throw new UsageError(
      `${rel(brokenFile.filePath)}:${line}:${column} does not parse (${message}), so its barrel cannot be updated safely. Fix it, then run wf new again.`,
    );
  }
  if (plan.nextText !== undefined) return;
  const blocker = plan.blockedBy[0];
  const at =
    blocker === undefined || plan.currentText === undefined
      ? ''
      : `:${positionIn(plan.currentText, blocker.range.start)}`;
  if (blocker?.messageId === 'commentOnRemovedExport') {
    const { name: removed, specifier } = blocker.data;
    throw new UsageError(
      `${rel(plan.barrelPath)}${at} has a comment on the export of '${removed}' from '${specifier}', which updating the barrel removes. ` +
        'Move or delete the comment, then run wf new again.',
    );
  }
  throw new UsageError(
    `${rel(plan.barrelPath)}${at} holds code other than re-exports. Move it to another module so the barrel can be updated, then run wf new again.`,
  );
}

/** Refuses a package root given as `--in` with several workflows directories below it. */
export function refuseAmbiguousPackage(packageDir: string, workflowsDirs: readonly string[], rel: Label): void {
  if (workflowsDirs.length <= 1) return;
  const listed = workflowsDirs.map(rel).join(', ');
  throw new UsageError(
    `${rel(packageDir)} is a package root with several workflows directories (${listed}). Pass the one you mean with --in.`,
  );
}

// Extensions a `./workflows` specifier resolves to before it tries the directory `workflows/index`.
const MODULE_EXTENSIONS = ['.ts', '.mts', '.cts', '.tsx', '.js', '.mjs', '.cjs', '.jsx'];

/**
 * Refuses a workflows directory that a module of the same name beside it shadows (`src/workflows.ts`
 * next to `src/workflows/`): `./workflows` resolves to the file, so no worker loads the barrel.
 */
export function refuseShadowed(dir: string, tree: FileTree): void {
  const rel = tree.label;
  const shadow = MODULE_EXTENSIONS.map((extension) => `${dir}${extension}`).find((file) => tree.isFile(file));
  if (shadow === undefined) return;
  const where = tree.isDirectory(dir) ? `${rel(dir)}/ beside it` : `a new ${rel(dir)}/ beside it`;
  throw new UsageError(
    `${rel(shadow)} exists, and './${path.basename(dir)}' resolves to it, never to ${where}. ` +
      `Split ${rel(shadow)} into ${rel(dir)}/ first (wf check lists its workflows), then run wf new again.`,
  );
}

/** A check on wf's own edit: what it would write to a module that parsed must parse too. */
export function refuseBrokenEdit(file: string, parsed: ParseResult, rel: Label): void {
  if (!('error' in parsed)) return;
  throw new UsageError(
    `${rel(file)} would not parse after wf new's edit (${parsed.error.message} at line ${parsed.error.line}); nothing was written. Add the stub by hand, or report this with the start of the file.`,
  );
}
