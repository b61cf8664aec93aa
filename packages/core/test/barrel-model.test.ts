import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildBarrelModel, compareCodeUnits, specifierFor } from '../src/barrel/index.js';
import { config, contentDir, contentSources, modelOf, rootDir } from './barrel-helpers.js';

describe('buildBarrelModel', () => {
  test('one entry per workflow file, sorted by path, values and types sorted by code unit', () => {
    const model = modelOf(contentSources);
    expect(model.barrelPath).toBe(path.join(contentDir, 'index.ts'));
    expect(model.entries).toEqual([
      { file: 'regenerate.ts', specifier: './regenerate.js', values: ['RegenerateContent'], types: [] },
      {
        file: 'slide.ts',
        specifier: './slide.js',
        values: ['EditPresentationSlide'],
        types: ['EditPresentationSlideParams'],
      },
      { file: 'translate.ts', specifier: './translate.js', values: ['TranslatePresentationContent'], types: [] },
    ]);
    expect(model.duplicates).toEqual([]);
  });

  test('a new barrel says what it is for, the same in every directory, rather than restating its path', () => {
    const doc = '/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */';
    expect(modelOf(contentSources).docComment).toBe(doc);
    expect(modelOf({}, {}, path.join(rootDir, 'workflows')).docComment).toBe(doc);
  });

  test('an existing doc comment is kept as written', () => {
    expect(modelOf(contentSources, { docComment: '/** Mine. */' }).docComment).toBe('/** Mine. */');
  });

  test('the order is by code unit, not locale: upper case and punctuation sort before lower case', () => {
    const model = modelOf({
      'b.ts': 'export const b = 1;\nexport const B = 1;\nexport const a = 1;\n',
      'a-b.ts': 'export const ab = 1;\n',
      'a.ts': 'export const aa = 1;\n',
      'Z.ts': 'export const z = 1;\n',
    });
    expect(model.entries.map((entry) => entry.file)).toEqual(['Z.ts', 'a-b.ts', 'a.ts', 'b.ts']);
    expect(model.entries[3]!.values).toEqual(['B', 'a', 'b']);
    expect(['b', 'B', 'a', '_'].sort(compareCodeUnits)).toEqual(['B', '_', 'a', 'b']);
  });

  test('a name exported by two files stays with the first file and is recorded with both', () => {
    const model = modelOf({
      'charge.ts': 'export async function ChargeCard() {}\n',
      'charge-card.ts': 'export async function ChargeCard() {}\nexport type Receipt = string;\n',
      'refund.ts': 'export type Receipt = number;\nexport async function Refund() {}\n',
    });
    expect(model.entries).toEqual([
      { file: 'charge-card.ts', specifier: './charge-card.js', values: ['ChargeCard'], types: ['Receipt'] },
      { file: 'charge.ts', specifier: './charge.js', values: [], types: [] },
      { file: 'refund.ts', specifier: './refund.js', values: ['Refund'], types: [] },
    ]);
    expect(model.duplicates).toEqual([
      { name: 'ChargeCard', files: ['charge-card.ts', 'charge.ts'] },
      { name: 'Receipt', files: ['charge-card.ts', 'refund.ts'] },
    ]);
  });

  test('a value and a type of one name in one file are one value export', () => {
    const model = modelOf({ 'a.ts': 'export const Mode = 1;\nexport type Mode = number;\n' });
    expect(model.entries[0]).toMatchObject({ values: ['Mode'], types: [] });
    expect(model.duplicates).toEqual([]);
  });

  test('default exports and re-exports of a workflow file are not part of its entry', () => {
    const model = modelOf({
      'a.ts': "export default function () {}\nexport { X } from './x.js';\nexport const Y = 1;\n",
    });
    expect(model.entries[0]).toMatchObject({ values: ['Y'], types: [] });
  });

  test('subdirectories are included; the barrel and nested workflows directories are not', () => {
    const model = modelOf({
      'sub/step.ts': 'export async function Step() {}\n',
      'index.ts': "export { Step } from './sub/step.js';\n",
      'nested/workflows/inner.ts': 'export async function Inner() {}\n',
    });
    expect(model.entries.map((entry) => entry.specifier)).toEqual(['./sub/step.js']);
  });

  test('relative file paths are accepted as well as absolute ones', () => {
    const model = buildBarrelModel(
      contentDir,
      [
        {
          file: 'a.ts',
          info: {
            workflows: [],
            values: [{ name: 'A', range: { start: 0, end: 1 } }],
            types: [],
            defaultExport: undefined,
            reExports: [],
            helpers: [],
            forwarded: [],
            imports: [],
            importsWorkflowRuntime: false,
            sdkCalls: [],
            sandboxUnsafeImports: [],
          },
        },
      ],
      config,
      { importExtension: '' },
    );
    expect(model.entries).toEqual([{ file: 'a.ts', specifier: './a', values: ['A'], types: [] }]);
  });
});

describe('specifierFor', () => {
  test.each([
    ['slide.ts', '.js', './slide.js'],
    ['slide.ts', '', './slide'],
    ['view.tsx', '.js', './view.js'],
    ['esm.mts', '.js', './esm.mjs'],
    ['cjs.cts', '.js', './cjs.cjs'],
    ['sub/step.ts', '.js', './sub/step.js'],
  ] as const)('%s with %j is %s', (file, extension, specifier) => {
    expect(specifierFor(file, extension)).toBe(specifier);
  });
});
