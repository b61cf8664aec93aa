import { describe, expect, test } from 'vitest';
import { analyzeBarrel, renderBarrel, type BarrelFinding } from '../src/barrel/index.js';
import { contentSources, modelOf, parse } from './barrel-helpers.js';

const model = modelOf(contentSources);
const canonical = renderBarrel(model);

/** Findings with each range replaced by the barrel text it covers. */
function analyze(text: string, barrelModel = model): Array<Omit<BarrelFinding, 'range'> & { at: string | undefined }> {
  return analyzeBarrel(parse(text), barrelModel).map(({ range, ...rest }) => ({
    ...rest,
    at: range === undefined ? undefined : text.slice(range.start, range.end),
  }));
}

const lines = (...statements: string[]) => `/** Doc. */\n${statements.join('\n')}\n`;
const regenerate = "export { RegenerateContent } from './regenerate.js';";
const slide = "export { EditPresentationSlide, type EditPresentationSlideParams } from './slide.js';";
const translate = "export { TranslatePresentationContent } from './translate.js';";

describe('analyzeBarrel', () => {
  test('the canonical barrel has no findings', () => {
    expect(analyze(canonical)).toEqual([]);
  });

  test('order, grouping and formatting do not matter', () => {
    const text = [
      "export { TranslatePresentationContent } from './translate.js'",
      "export type { EditPresentationSlideParams } from './slide.js';",
      "export {\n  RegenerateContent,\n} from './regenerate.js';",
      'export { EditPresentationSlide } from "./slide.js";;',
      'export {};',
    ].join('\n\n');
    expect(analyze(text)).toEqual([]);
  });

  test('missing-export: at the file statement when there is one, else nowhere', () => {
    expect(analyze(lines(regenerate, "export { EditPresentationSlide } from './slide.js';"))).toEqual([
      {
        kind: 'missing-export',
        file: 'slide.ts',
        specifier: './slide.js',
        name: 'EditPresentationSlideParams',
        isType: true,
        at: "export { EditPresentationSlide } from './slide.js';",
      },
      {
        kind: 'missing-export',
        file: 'translate.ts',
        specifier: './translate.js',
        name: 'TranslatePresentationContent',
        isType: false,
        at: undefined,
      },
    ]);
  });

  test('stale-export: a file that is not a workflow file of the directory, or a name it no longer has', () => {
    expect(
      analyze(
        lines(regenerate, slide, translate, "export { Old } from './old.js';", "export { Gone } from './slide.js';"),
      ),
    ).toEqual([
      { kind: 'stale-export', specifier: './old.js', name: 'Old', isType: false, reason: 'unknown-file', at: 'Old' },
      { kind: 'stale-export', specifier: './slide.js', name: 'Gone', isType: false, reason: 'name-gone', at: 'Gone' },
    ]);
  });

  test('stale-export: a specifier without the .js extension that node16/nodenext needs', () => {
    expect(analyze(lines(regenerate, slide, "export { TranslatePresentationContent } from './translate';"))).toEqual([
      {
        kind: 'stale-export',
        specifier: './translate',
        name: 'TranslatePresentationContent',
        isType: false,
        reason: 'missing-extension',
        at: 'TranslatePresentationContent',
      },
      {
        kind: 'missing-export',
        file: 'translate.ts',
        specifier: './translate.js',
        name: 'TranslatePresentationContent',
        isType: false,
        at: undefined,
      },
    ]);
  });

  test('stale-export: renamed exports and the wrong type marker', () => {
    const text = lines(
      "export { RegenerateContent as Regenerate } from './regenerate.js';",
      "export { type EditPresentationSlide, EditPresentationSlideParams } from './slide.js';",
      translate,
    );
    // The missing name is reported at its file's statement, which starts before the renamed specifier.
    expect(analyze(text)).toEqual([
      {
        kind: 'missing-export',
        file: 'regenerate.ts',
        specifier: './regenerate.js',
        name: 'RegenerateContent',
        isType: false,
        at: "export { RegenerateContent as Regenerate } from './regenerate.js';",
      },
      {
        kind: 'stale-export',
        specifier: './regenerate.js',
        name: 'Regenerate',
        isType: false,
        reason: 'renamed',
        at: 'RegenerateContent as Regenerate',
      },
      {
        kind: 'stale-export',
        specifier: './slide.js',
        name: 'EditPresentationSlide',
        isType: true,
        reason: 'wrong-kind',
        at: 'type EditPresentationSlide',
      },
      {
        kind: 'stale-export',
        specifier: './slide.js',
        name: 'EditPresentationSlideParams',
        isType: false,
        reason: 'wrong-kind',
        at: 'EditPresentationSlideParams',
      },
    ]);
  });

  test('duplicate-name: two files export one name; reported where the barrel exports it again', () => {
    const duplicated = modelOf({
      'charge-card.ts': 'export async function ChargeCard() {}\n',
      'charge.ts': 'export async function ChargeCard() {}\n',
    });
    const text = lines("export { ChargeCard } from './charge-card.js';", "export { ChargeCard } from './charge.js';");
    expect(analyze(text, duplicated)).toEqual([
      { kind: 'duplicate-name', name: 'ChargeCard', files: ['charge-card.ts', 'charge.ts'], at: 'ChargeCard' },
    ]);
    expect(analyzeBarrel(parse(text), duplicated)[0]!.range!.start).toBe(text.lastIndexOf('ChargeCard'));
    // The canonical barrel cannot fix it: the finding stays, at the one export of the name.
    expect(analyze(renderBarrel(duplicated), duplicated)).toEqual([
      { kind: 'duplicate-name', name: 'ChargeCard', files: ['charge-card.ts', 'charge.ts'], at: 'ChargeCard' },
    ]);
    // Only from the file that lost the name.
    expect(analyze(lines("export { ChargeCard } from './charge.js';"), duplicated)).toEqual([
      { kind: 'duplicate-name', name: 'ChargeCard', files: ['charge-card.ts', 'charge.ts'], at: 'ChargeCard' },
      {
        kind: 'missing-export',
        file: 'charge-card.ts',
        specifier: './charge-card.js',
        name: 'ChargeCard',
        isType: false,
        at: undefined,
      },
    ]);
  });

  test('duplicate-name: the barrel exports one name twice', () => {
    expect(analyze(lines(regenerate, slide, translate, "export { RegenerateContent } from './old.js';"))).toEqual([
      {
        kind: 'duplicate-name',
        name: 'RegenerateContent',
        files: ['regenerate.ts', './old.js'],
        at: 'RegenerateContent',
      },
    ]);
  });

  test('foreign-statement: imports, declarations, local exports and code', () => {
    const text = lines(
      "import { x } from './x.js';",
      regenerate,
      'export const helper = 1;',
      'export { x };',
      'console.log(x);',
      "export {} from './side-effect.js';",
      slide,
      translate,
    );
    expect(analyze(text).map((finding) => [finding.kind, finding.at])).toEqual([
      ['foreign-statement', "import { x } from './x.js';"],
      ['foreign-statement', 'export const helper = 1;'],
      ['foreign-statement', 'export { x };'],
      ['foreign-statement', 'console.log(x);'],
      ['foreign-statement', "export {} from './side-effect.js';"],
    ]);
  });

  test('export-star, including namespace and type-only stars; only names a star does not pass on are missing', () => {
    const text = lines(
      "export * from './regenerate.js';",
      "export * as slide from './slide.js';",
      "export type * from './translate.js';",
    );
    expect(analyze(text)).toEqual([
      {
        kind: 'export-star',
        specifier: './regenerate.js',
        namespace: undefined,
        typeOnly: false,
        at: "export * from './regenerate.js';",
      },
      {
        kind: 'export-star',
        specifier: './slide.js',
        namespace: 'slide',
        typeOnly: false,
        at: "export * as slide from './slide.js';",
      },
      {
        kind: 'export-star',
        specifier: './translate.js',
        namespace: undefined,
        typeOnly: true,
        at: "export type * from './translate.js';",
      },
      {
        kind: 'missing-export',
        file: 'slide.ts',
        specifier: './slide.js',
        name: 'EditPresentationSlide',
        isType: false,
        at: undefined,
      },
      {
        kind: 'missing-export',
        file: 'slide.ts',
        specifier: './slide.js',
        name: 'EditPresentationSlideParams',
        isType: true,
        at: undefined,
      },
      {
        kind: 'missing-export',
        file: 'translate.ts',
        specifier: './translate.js',
        name: 'TranslatePresentationContent',
        isType: false,
        at: undefined,
      },
    ]);
  });

  test('default-reexport, in either direction', () => {
    const text = lines(
      regenerate,
      slide,
      translate,
      "export { default } from './regenerate.js';",
      "export { RegenerateContent as default } from './regenerate.js';",
    );
    expect(analyze(text)).toEqual([
      { kind: 'default-reexport', specifier: './regenerate.js', at: 'default' },
      { kind: 'default-reexport', specifier: './regenerate.js', at: 'RegenerateContent as default' },
    ]);
  });
});
