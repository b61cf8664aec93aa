import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseWithTypescriptEstree } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../src/config/defaults.js';
import { analyzeBarrel, buildBarrelModel } from '../src/barrel/index.js';
import { analyzeModule } from '../src/detect/index.js';
import { parseModule } from '../src/parse/index.js';
import { moduleSamples } from './module-samples.js';

// ESLint sees typescript-estree's tree, `wf check` sees oxc-parser's: the analysis must not tell
// them apart, or the two tools would disagree about the same file.
// `ranges: false` is how `wf check` analyses (nodes with oxc's start/end only).
function parseWithOxc(name: string, text: string, ranges = true): TSESTree.Program {
  const result = parseModule(`${name}.ts`, text, { ranges });
  if ('error' in result) throw new Error(`${name}: ${result.error.message}`);
  return result.program;
}

describe('oxc-parser and typescript-estree give the same analysis', () => {
  for (const [name, text] of Object.entries(moduleSamples)) {
    test(name, () => {
      const viaEstree = parseWithTypescriptEstree(text, { range: true, loc: true, jsDocParsingMode: 'none' });
      const fromOxc = analyzeModule(parseWithOxc(name, text), defaultConfig);
      expect(fromOxc).toEqual(analyzeModule(viaEstree, defaultConfig));
      expect(analyzeModule(parseWithOxc(name, text, false), defaultConfig)).toEqual(fromOxc);
      // A sample that detects nothing would make the comparison vacuous.
      expect(JSON.stringify(fromOxc)).not.toBe(JSON.stringify(analyzeModule(parseWithOxc('empty', ''), defaultConfig)));
    });
  }

  test('both trees give the same ranges for the nodes the analysis reads', () => {
    const text = moduleSamples.specifiers!;
    const oxc = parseWithOxc('specifiers', text);
    const estree = parseWithTypescriptEstree(text, { range: true });
    const shape = (program: TSESTree.Program) =>
      program.body.map((statement) => ({
        type: statement.type,
        range: statement.range,
        specifiers:
          statement.type === 'ExportNamedDeclaration'
            ? statement.specifiers.map((s) => [s.local.range, s.exported.range, s.exportKind])
            : undefined,
      }));
    expect(shape(oxc)).toEqual(shape(estree));
  });
});

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const fixtureFiles = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => path.join(fixtures, file))
  .filter((file) => !('error' in parseModule(file, readFileSync(file, 'utf8'))));

describe('both parsers agree on every fixture file', () => {
  test.each(fixtureFiles.map((file) => [path.relative(fixtures, file), file]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const fromOxc = parseWithOxc(file, text);
    const viaEstree = parseWithTypescriptEstree(text, { range: true, loc: true, jsDocParsingMode: 'none' });
    const info = analyzeModule(fromOxc, defaultConfig);
    expect(info).toEqual(analyzeModule(viaEstree, defaultConfig));
    expect(analyzeModule(parseWithOxc(file, text, false), defaultConfig)).toEqual(info);
    if (path.basename(file) === 'index.ts') {
      // A barrel analysed against the model of its own exports must give the same findings too.
      const model = buildBarrelModel(
        path.dirname(file),
        [],
        { ...defaultConfig, rootDir: fixtures },
        { importExtension: '.js' },
      );
      expect(analyzeBarrel(fromOxc, model)).toEqual(analyzeBarrel(viaEstree, model));
      expect(analyzeBarrel(parseWithOxc(file, text, false), model)).toEqual(analyzeBarrel(viaEstree, model));
    }
  });
});
