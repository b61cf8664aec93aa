import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../src/config/defaults.js';
import { analyzeModule } from '../src/detect/index.js';
import { parseModule } from '../src/parse/index.js';
import type { ModuleInfo, NamedExport } from '../src/types.js';
import { moduleSamples } from './module-samples.js';

function analyze(text: string, config = defaultConfig): ModuleInfo & { text: string } {
  const result = parseModule('sample.ts', text);
  if ('error' in result) throw new Error(result.error.message);
  return { ...analyzeModule(result.program, config), text };
}

const names = (exports: NamedExport[]) => exports.map((item) => item.name);
const sample = (name: string) => analyze(moduleSamples[name]!);
/** The source text a range covers: proves ranges point at the name, not the statement. */
const at = (info: { text: string }, range: { start: number; end: number }) => info.text.slice(range.start, range.end);

describe('analyzeModule: workflows', () => {
  test('exported async function declarations, function expressions and arrows are workflows', () => {
    const info = sample('declarations');
    expect(info.workflows.map((w) => [w.name, w.kind])).toEqual([
      ['RegenerateContent', 'function-declaration'],
      ['ArrowWorkflow', 'arrow-function'],
      ['ExpressionWorkflow', 'function-expression'],
      ['AssertedWorkflow', 'arrow-function'],
    ]);
    for (const workflow of info.workflows) expect(at(info, workflow.range)).toBe(workflow.name);
    // Synchronous: helpers, whatever their names say.
    expect(names(info.helpers)).toEqual(['SyncWorkflow', 'overloaded']);
  });

  test('a workflow is async or declares a Promise return; sync helpers, definitions, stubs and interceptors are not', () => {
    const info = analyze(moduleSamples['signatures']!, { ...defaultConfig, workflowFactories: ['declareWorkflow'] });
    expect(info.workflows.map((w) => [w.name, w.kind])).toEqual([
      ['broadcastWorkflow', 'function-declaration'],
      ['promised', 'function-declaration'],
      ['promisedArrow', 'arrow-function'],
      ['processOrder', 'factory-call'],
    ]);
    expect(names(info.helpers)).toEqual(['workflowOutput', 'formatPhoneNumber', 'interceptors']);
    expect(names(info.values)).toEqual(['approve', 'cancelled', 'sendEmail']);
    // Without the factory configured, its result is a value like any other.
    expect(names(analyze(moduleSamples['signatures']!).values)).toContain('processOrder');
  });

  test('signals, queries, constants, classes, enums, namespaces and declare functions are values', () => {
    expect(names(sample('declarations').values)).toEqual([
      'cancelSignal',
      'statusQuery',
      'LIMIT',
      'a',
      'c',
      'NotAWorkflow',
      'Colour',
      'Helpers',
      'declared',
    ]);
  });

  test('interfaces and type aliases are types', () => {
    expect(names(sample('declarations').types)).toEqual(['Params', 'Result']);
  });

  test('export specifiers resolve local bindings declared before or after them', () => {
    const info = sample('specifiers');
    expect(info.workflows.map((w) => [w.name, w.localName, w.kind])).toEqual([
      ['RenamedWorkflow', 'local', 'export-specifier'],
    ]);
    expect(names(info.helpers)).toEqual(['later', 'quoted name']);
    expect(at(info, info.workflows[0]!.range)).toBe('RenamedWorkflow');
    // An imported value may be anything: not a workflow of this file.
    expect(names(info.values)).toEqual(['constant', 'helper']);
    expect(names(info.types)).toEqual(['Params', 'Imported', 'Alias']);
  });

  test('a module without exports has nothing to report', () => {
    expect(analyze('const x = 1;\nfunction f() {}\n')).toMatchObject({
      workflows: [],
      values: [],
      types: [],
      defaultExport: undefined,
      reExports: [],
      importsWorkflowRuntime: false,
      sdkCalls: [],
    });
  });
});

describe('analyzeModule: default exports', () => {
  test.each([
    ['defaultFunction', true, undefined, 'export default '],
    ['defaultNamedFunction', true, 'NamedDefault', 'NamedDefault'],
    ['defaultArrow', true, undefined, 'export default '],
    ['defaultIdentifier', true, 'run', 'run'],
    ['defaultValue', false, undefined, 'export default '],
    ['defaultSpecifier', true, 'wf', 'default'],
    ['exportAssignment', true, 'handler', 'handler'],
  ])('%s', (name, isFunction, localName, rangeText) => {
    const info = sample(name);
    expect(info.defaultExport).toMatchObject({ name: 'default', isFunction, localName });
    expect(at(info, info.defaultExport!.range)).toBe(rangeText);
    expect(info.workflows).toEqual([]);
  });
});

describe('analyzeModule: re-exports', () => {
  test('every form of export … from is recorded, with type-only and star forms marked', () => {
    expect(
      sample('reExports').reExports.map(({ source, names, imported, typeOnly }) => ({
        source,
        names,
        imported,
        typeOnly,
      })),
    ).toEqual([
      { source: './a.js', names: ['a', 'c'], imported: ['a', 'b'], typeOnly: false },
      { source: './types.js', names: ['T'], imported: ['T'], typeOnly: true },
      { source: './types.js', names: ['U', 'V'], imported: ['U', 'V'], typeOnly: true },
      { source: './star.js', names: '*', imported: undefined, typeOnly: false },
      { source: './ns.js', names: ['ns'], imported: ['*'], typeOnly: false },
      { source: './types.js', names: '*', imported: undefined, typeOnly: true },
      { source: './default.js', names: ['default', 'Named'], imported: ['default', 'default'], typeOnly: false },
    ]);
  });

  test('the range of a re-export is its statement', () => {
    const info = analyze("export { a } from './a.js';");
    expect(at(info, info.reExports[0]!.range)).toBe("export { a } from './a.js';");
  });
});

describe('analyzeModule: workflow runtime and SDK calls', () => {
  test('replaced SDK calls are found by imported name, renamed import and namespace', () => {
    const info = sample('sdkCalls');
    expect(info.importsWorkflowRuntime).toBe(true);
    expect(info.sdkCalls.map((call) => [call.imported, at(info, call.range)])).toEqual([
      ['proxyActivities', 'proxyActivities'],
      ['executeChild', 'ec'],
      ['startChild', 'wf.startChild'],
      ['proxyLocalActivities', "wf['proxyLocalActivities']"],
      ['executeChild', 'ec'],
    ]);
  });

  test('scopes: names declared again are not the SDK; destructured and read-out aliases are', () => {
    const info = sample('sdkScopes');
    // Left out: the parameter, the loop variable, the block function, the catch binding and the hoisted `var`.
    expect(info.sdkCalls.map((call) => [call.imported, at(info, call.range), call.resultUnused ?? false])).toEqual([
      ['startChild', 'startChild', false],
      ['executeChild', 'runChild', true],
      ['proxyLocalActivities', 'proxyLocalActivities', false],
      ['executeChild', 'run', true],
      ['startChild', 'wf.startChild', true],
    ]);
  });

  test('sandbox-unsafe value imports, with whether only types are used and where `type` goes', () => {
    const info = sample('sandboxImports');
    expect(
      info.sandboxUnsafeImports.map((unsafe) => [
        unsafe.source,
        unsafe.kind,
        unsafe.usedAsTypeOnly,
        unsafe.typeOnlyEditAt !== undefined,
      ]),
    ).toEqual([
      ['../tasks.js', 'activities', true, true],
      ['node:fs/promises', 'node-builtin', false, false],
      // A default and named bindings: types only, but `import type` cannot hold both.
      ['path', 'node-builtin', true, false],
      ['@temporalio/client', 'client', false, false],
      ['../activities/setup.js', 'activities', false, false],
    ]);
    const tasks = info.sandboxUnsafeImports[0]!;
    expect(info.text.slice(tasks.range.start, tasks.range.end)).toBe("import * as tasks from '../tasks.js';");
    expect(info.text.slice(tasks.typeOnlyEditAt! - 'import'.length, tasks.typeOnlyEditAt)).toBe('import');
  });

  test('the facade workflow module counts as the workflow runtime, with no SDK calls', () => {
    expect(sample('facadeOnly')).toMatchObject({ importsWorkflowRuntime: true, sdkCalls: [] });
  });

  test('a configured facade module is recognised', () => {
    const config = { ...defaultConfig, facade: { ...defaultConfig.facade, workflowModule: '#temporal/workflow' } };
    expect(analyze("import { Temporal } from '#temporal/workflow';\n", config).importsWorkflowRuntime).toBe(true);
    expect(analyze("import { Temporal } from '@wfkit/temporal/workflow';\n", config).importsWorkflowRuntime).toBe(
      false,
    );
  });

  test('type-only imports do not load the runtime; a side-effect import does', () => {
    expect(sample('typeOnlyRuntimeImport').importsWorkflowRuntime).toBe(false);
    expect(sample('sideEffectRuntimeImport').importsWorkflowRuntime).toBe(true);
  });

  test('same-named functions from other modules are not SDK calls', () => {
    expect(sample('shadowedNames').sdkCalls).toEqual([]);
  });

  test('type-only imports of SDK functions are not call bindings', () => {
    const info = analyze(
      "import { type executeChild } from '@temporalio/workflow';\ndeclare const f: typeof executeChild;\nexport const x = f;\n",
    );
    expect(info.sdkCalls).toEqual([]);
  });
});
