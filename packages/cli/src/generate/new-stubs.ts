import { moduleBindings, parseModule, type TopLevelBinding } from '@wfkit/core';
import type { SourceSnapshot } from '../fs/read-source.js';
import { detectStyle, type CodeStyle } from './code-style.js';
import type { FileTree } from './file-tree.js';
import { relativeSpecifier } from './module-specifier.js';
import { refuseBrokenEdit, refuseJavaScriptStub, refuseLocalClash, refuseUnparseableModule } from './new-refusals.js';
import type { ProjectFormatter } from './prettier.js';
import { addStubs, type Stub, type TypeImport } from './stubs.js';

/** A tasks or models module as `wf new` reads it. */
export interface ModuleInfo {
  file: string;
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
export function readModule(tree: FileTree, file: string, refuseUnparseable: boolean): ModuleInfo {
  const source = tree.source(file);
  const text = source?.text;
  const empty: ModuleInfo = {
    file,
    source,
    text,
    parsedText: undefined,
    exports: new Set(),
    hasExportStar: false,
    locals: new Map(),
  };
  if (text === undefined) return empty;
  const parsed = parseModule(file, text);
  if ('error' in parsed) {
    if (refuseUnparseable) refuseUnparseableModule(file, parsed.error, tree.label);
    return empty;
  }
  const { exports, hasExportStar, bindings } = moduleBindings(parsed.program);
  const locals = new Map([...bindings].filter(([name]) => !exports.has(name)));
  return { file, source, text, parsedText: text, exports, hasExportStar, locals };
}

/** What the stubs need to know about the workflow and how the project formats code. */
export interface StubContext {
  tree: FileTree;
  workflow: string;
  notes: string[];
  neighbourStyle: CodeStyle;
  prettier: ProjectFormatter | undefined;
  importExtension: '' | '.js';
}

/** Plans stubs of the input and output types the models module does not export. */
export async function planTypeStubs(
  models: ModuleInfo,
  wanted: ReadonlyArray<readonly [string | undefined, 'input' | 'output']>,
  context: StubContext,
): Promise<void> {
  const stubs: Stub[] = [];
  const rel = context.tree.label;
  for (const [typeName, role] of wanted) {
    if (typeName === undefined || models.exports.has(typeName)) continue;
    if (models.hasExportStar) {
      context.notes.push(exportStarNote(models, typeName, rel));
      continue;
    }
    const flag = `--${role}`;
    refuseJavaScriptStub(
      models.file,
      `type ${typeName}`,
      `Point --models at a TypeScript module, or pass ${flag} naming a type it declares`,
      rel,
    );
    refuseLocalClash(models, models.file, typeName, flag, rel);
    stubs.push({ kind: 'type', name: typeName, workflow: context.workflow, role });
  }
  if (stubs.length > 0) await planStubChange(models, stubs, [], context);
}

/** Plans a stub of the activity, taking the input type (and returning the output type) from the models module. */
export async function planActivityStub(
  tasks: ModuleInfo,
  models: ModuleInfo,
  stub: Stub & { kind: 'activity' },
  context: StubContext,
): Promise<boolean> {
  const rel = context.tree.label;
  if (tasks.hasExportStar) {
    context.notes.push(exportStarNote(tasks, stub.name, rel));
    return false;
  }
  refuseJavaScriptStub(
    tasks.file,
    `activity ${stub.name}`,
    `Export ${stub.name} from it yourself, or pass --activity naming an activity it exports`,
    rel,
  );
  refuseLocalClash(tasks, tasks.file, stub.name, '--activity', rel);
  const needed = [stub.inputType, ...(stub.outputType === undefined ? [] : [stub.outputType])];
  const sameModule = tasks.file === models.file;
  if (!sameModule) {
    for (const typeName of needed) {
      refuseLocalClash(
        tasks,
        tasks.file,
        typeName,
        typeName === stub.inputType ? '--input' : '--output',
        rel,
        'imports',
      );
    }
  }
  const imports = sameModule
    ? []
    : [
        {
          names: needed,
          file: models.file,
          specifier: relativeSpecifier(tasks.file, models.file, context.importExtension),
        },
      ];
  await planStubChange(tasks, [stub], imports, context);
  return true;
}

function exportStarNote(module: ModuleInfo, name: string, rel: (file: string) => string): string {
  return `${rel(module.file)} re-exports with \`export *\`: not stubbing ${name}, which may come from there. Check that it exists.`;
}

/** A module with stubs added, formatted as the project would format it. */
async function planStubChange(
  module: ModuleInfo,
  stubs: readonly Stub[],
  imports: readonly TypeImport[],
  context: StubContext,
): Promise<void> {
  const before = context.tree.read(module.file);
  // An existing file sets its own style (its width no narrower than its neighbours'); a new one takes its neighbours'.
  const own = before === undefined ? context.neighbourStyle : detectStyle([before], context.neighbourStyle);
  const style = { ...own, printWidth: Math.max(own.printWidth, context.neighbourStyle.printWidth) };
  let after = addStubs(module.file, before, stubs, imports, style);
  // A module that parsed must still parse: an edit that breaks it is refused, never written.
  if (before !== undefined) refuseBrokenEdit(module.file, parseModule(module.file, after), context.tree.label);
  // Prettier reformats the whole file: only do that when it was formatted already, so nothing but the stubs changes.
  const { prettier } = context;
  if (prettier !== undefined && (before === undefined || (await prettier.isFormatted(module.file, before)))) {
    after = await prettier.format(module.file, after);
  }
  context.tree.write(module.file, after, stubs.map((stub) => `stub ${stub.kind} ${stub.name}`).join(', '));
}
