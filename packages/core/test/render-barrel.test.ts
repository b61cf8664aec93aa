import { describe, expect, test } from 'vitest';
import { BARREL_LINE_WIDTH, extractLeadingDocComment, renderBarrel } from '../src/barrel/index.js';
import { contentSources, modelOf, parse } from './barrel-helpers.js';

describe('renderBarrel', () => {
  test('the seed example renders as the canonical barrel', () => {
    expect(renderBarrel(modelOf(contentSources))).toBe(
      [
        '/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */',
        '',
        "export { RegenerateContent } from './regenerate.js';",
        "export { EditPresentationSlide, type EditPresentationSlideParams } from './slide.js';",
        "export { TranslatePresentationContent } from './translate.js';",
        '',
      ].join('\n'),
    );
  });

  test('specifiers carry the resolved import extension', () => {
    expect(renderBarrel(modelOf(contentSources, { importExtension: '' }))).toContain("from './slide';");
  });

  test(`a line longer than ${BARREL_LINE_WIDTH} characters lists one name per line`, () => {
    const names = ['FirstVeryLongWorkflowNameForWrapping', 'SecondVeryLongWorkflowNameForWrapping', 'ThirdName'];
    const text = renderBarrel(modelOf({ 'long.ts': names.map((name) => `export const ${name} = 1;\n`).join('') }));
    expect(text).toContain(
      "export {\n  FirstVeryLongWorkflowNameForWrapping,\n  SecondVeryLongWorkflowNameForWrapping,\n  ThirdName,\n} from './long.js';\n",
    );
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(BARREL_LINE_WIDTH);
  });

  test('files without names get no line; an empty directory gets a module marker', () => {
    expect(renderBarrel(modelOf({ 'empty.ts': 'const x = 1;\n' }))).toBe(
      '/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */\n\nexport {};\n',
    );
  });

  test('CRLF in a kept doc comment becomes LF; output has LF only and ends in a newline', () => {
    const text = renderBarrel(modelOf(contentSources, { docComment: '/**\r\n * Kept.\r\n */' }));
    expect(text.startsWith('/**\n * Kept.\n */\n\n')).toBe(true);
    expect(text).not.toContain('\r');
    expect(text.endsWith(';\n')).toBe(true);
  });

  test('names that are not identifiers are written as string literals', () => {
    expect(renderBarrel(modelOf({ 'q.ts': 'const a = 1;\nexport { a as "odd name" };\n' }))).toContain(
      'export { "odd name" } from \'./q.js\';',
    );
  });

  test('a file name a string literal cannot hold raw is escaped, and the barrel parses back to the same specifiers', () => {
    const names = [
      'line\nbreak.ts',
      'carriage\rreturn.ts',
      "it's.ts",
      'back\\slash.ts',
      'tab\there.ts',
      'bell\u0007.ts',
      'sep\u2028.ts',
    ];
    const sources = Object.fromEntries(
      names.map((file, index) => [file, `export async function Workflow${index}(): Promise<void> {}\n`]),
    );
    const model = modelOf(sources);
    const text = renderBarrel(model);
    expect(text).toContain("from './line\\nbreak.js';");
    expect(text).toContain("from './bell\\u0007.js';");
    expect(text.split('\n').filter((line) => line.startsWith('export'))).toHaveLength(names.length);
    const specifiers = parse(text).body.map((statement) =>
      statement.type === 'ExportNamedDeclaration' ? statement.source?.value : undefined,
    );
    expect(specifiers.sort()).toEqual(model.entries.map((entry) => entry.specifier).sort());
  });
});

describe('extractLeadingDocComment', () => {
  test.each([
    ['/** Doc. */\nexport {};', '/** Doc. */'],
    ['\n\n  /**\n * Multi\n */\nexport {};', '/**\n * Multi\n */'],
    ['#!/usr/bin/env node\n/** After shebang. */\n', '/** After shebang. */'],
    ['\uFEFF/** After BOM. */', '/** After BOM. */'],
    ['/**\r\n * CRLF\r\n */', '/**\n * CRLF\n */'],
  ])('%j gives %j', (text, comment) => {
    expect(extractLeadingDocComment(text)).toBe(comment);
  });

  test.each([
    ['export {};\n/** Late. */'],
    ['// line comment\n/** Not first. */'],
    ['/* plain block */'],
    ['/**/ export {};'],
    ['/** unterminated'],
    ['#!/usr/bin/env node'],
    [''],
  ])('%j has none', (text) => {
    expect(extractLeadingDocComment(text)).toBeUndefined();
  });
});
