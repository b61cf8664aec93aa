import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  analyzeBarrel,
  buildBarrelModel,
  planBarrelRewrite,
  readBarrel,
  renderBarrel,
  type BarrelModel,
} from '../src/barrel/index.js';
import type { ModuleInfo, NamedExport } from '../src/types.js';
import { config, contentDir, parse } from './barrel-helpers.js';

const identifier = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,14}$/);
const fileName = fc
  .tuple(
    fc.option(fc.constantFrom('sub/', 'deep/er/'), { nil: '' }),
    fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,3}$/),
  )
  .map(([directory, stem]) => `${directory}${stem}.ts`);
const named = (name: string): NamedExport => ({ name, range: { start: 0, end: 0 } });

/** Workflow files with random exports; names may repeat across files (duplicates). */
const workflowFiles = fc.uniqueArray(
  fc.record({
    file: fileName,
    values: fc.uniqueArray(identifier, { maxLength: 6 }),
    types: fc.uniqueArray(identifier, { maxLength: 3 }),
  }),
  { selector: (item) => item.file, maxLength: 8 },
);

function modelFor(
  files: Array<{ file: string; values: string[]; types: string[] }>,
  importExtension: '' | '.js',
): BarrelModel {
  return buildBarrelModel(
    contentDir,
    files.map(({ file, values, types }) => {
      const info: ModuleInfo = {
        workflows: [],
        values: values.map(named),
        types: types.map(named),
        defaultExport: undefined,
        reExports: [],
        helpers: [],
        forwarded: [],
        imports: [],
        importsWorkflowRuntime: false,
        sdkCalls: [],
        sandboxUnsafeImports: [],
      };
      return { file, info };
    }),
    config,
    { importExtension },
  );
}

const exportSet = (model: BarrelModel) =>
  model.entries
    .flatMap((entry) => [
      ...entry.values.map((name) => `${entry.specifier} ${name} value`),
      ...entry.types.map((name) => `${entry.specifier} ${name} type`),
    ])
    .sort();

/** Findings as comparable strings, without ranges (which move when statements move). */
const withoutRanges = (model: BarrelModel, text: string) =>
  analyzeBarrel(parse(text), model)
    .map(({ range: _range, ...finding }) => JSON.stringify(finding))
    .sort();

describe('barrel properties', () => {
  test('a rendered barrel analyses clean (but for duplicates) and exports exactly the model', () => {
    fc.assert(
      fc.property(workflowFiles, fc.constantFrom('' as const, '.js' as const), (files, extension) => {
        const model = modelFor(files, extension);
        const text = renderBarrel(model);
        const program = parse(text);
        const findings = analyzeBarrel(program, model);
        // Findings come in barrel order, duplicates in the model in file order: compare as sets.
        expect(findings.map((finding) => finding.kind === 'duplicate-name' && finding.name).sort()).toEqual(
          model.duplicates.map((duplicate) => duplicate.name).sort(),
        );
        const rendered = readBarrel(program)
          .exports.map((item) => `${item.specifier} ${item.name} ${item.isType ? 'type' : 'value'}`)
          .sort();
        expect(rendered).toEqual(exportSet(model));
        expect(planBarrelRewrite(text, program, model)).toEqual({ nextText: text, changed: false, blockedBy: [] });
        expect(text.endsWith('\n') && !text.includes('\r')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('analysis does not depend on the order of the statements', () => {
    // Extra statements: stale files, names the model has exported again from elsewhere (duplicates),
    // copies of a canonical line, stars, default re-exports and hand-written code.
    const extraStatement = (files: Array<{ file: string; values: string[] }>) => {
      const modelNames = files.flatMap((file) => file.values);
      const fromModel = modelNames.length === 0 ? identifier : fc.constantFrom(...modelNames);
      return fc.oneof(
        identifier.map((name) => `export { ${name} } from './stale-${name.toLowerCase()}.js';`),
        fc
          .tuple(
            fromModel,
            fc.constantFrom('./other.js', ...files.map((file) => `./${file.file.replace(/\.ts$/, '.js')}`)),
          )
          .map(([name, specifier]) => `export { ${name} } from '${specifier}';`),
        fc.constantFrom(
          "export * from './x.js';",
          "import { y } from './y.js';",
          'export const z = 1;',
          "export { default } from './d.js';",
        ),
      );
    };
    const scenario = workflowFiles.chain((files) =>
      fc.tuple(
        fc.constant(files),
        fc.array(extraStatement(files), { maxLength: 5 }),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
      ),
    );
    fc.assert(
      fc.property(scenario, ([files, extra, randomness]) => {
        const model = modelFor(files, '.js');
        // Drop some canonical lines (missing exports) and add the extra statements.
        const canonical = renderBarrel(model)
          .split('\n')
          .filter((line) => line.startsWith('export {') && line.endsWith(';'));
        const statements = [...canonical.filter((_, index) => index % 3 !== 1), ...extra];
        const shuffled = statements
          .map((line) => ({ line, key: randomness.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ line }) => line);
        expect(withoutRanges(model, shuffled.join('\n'))).toEqual(withoutRanges(model, statements.join('\n')));
      }),
      { numRuns: 300 },
    );
  });

  test('a rewrite always gives a barrel that needs no further rewrite', () => {
    fc.assert(
      fc.property(workflowFiles, workflowFiles, (before, after) => {
        const old = renderBarrel(modelFor(before, '.js'));
        const model = modelFor(after, '.js');
        const plan = planBarrelRewrite(old, parse(old), model);
        expect(plan.nextText).toBeDefined();
        expect(planBarrelRewrite(plan.nextText!, parse(plan.nextText!), model).changed).toBe(false);
      }),
    );
  });
});
