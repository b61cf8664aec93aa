import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { analyzeBarrel, buildBarrelModel, extractLeadingDocComment, renderBarrel } from '../src/barrel/index.js';
import { ruleMeta } from '../src/check/rule-meta.js';
import { defaultConfig } from '../src/config/defaults.js';
import { analyzeModule } from '../src/detect/index.js';
import { parseModule } from '../src/parse/index.js';
import type { ResolvedConfig } from '../src/types.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

function parse(filePath: string) {
  const result = parseModule(filePath, readFileSync(filePath, 'utf8'));
  if ('error' in result) throw new Error(`${filePath}: ${result.error.message}`);
  return result.program;
}

describe('fixtures/slides-app', () => {
  const root = path.join(fixtures, 'slides-app');
  const config: ResolvedConfig = { ...defaultConfig, rootDir: root, configFile: undefined };
  const workflowDirs = [
    'presentation/edit/content/workflows',
    'presentation/generation/workflows',
    'document/ingestion/workflows',
    'modules/email/workflows',
  ];

  test.each(workflowDirs)('%s has a byte-for-byte canonical barrel and one workflow per file', (relativeDir) => {
    const dir = path.join(root, relativeDir);
    const files = readdirSync(dir)
      .filter((name) => name !== 'index.ts')
      .map((name) => ({ file: path.join(dir, name), info: analyzeModule(parse(path.join(dir, name)), config) }));
    for (const { info } of files) {
      expect(info.workflows).toHaveLength(1);
      expect(info.sdkCalls).toEqual([]);
      expect(info.defaultExport).toBeUndefined();
    }
    const barrelText = readFileSync(path.join(dir, 'index.ts'), 'utf8');
    const model = buildBarrelModel(dir, files, config, {
      importExtension: '.js',
      docComment: extractLeadingDocComment(barrelText),
    });
    expect(renderBarrel(model)).toBe(barrelText);
    expect(analyzeBarrel(parse(path.join(dir, 'index.ts')), model)).toEqual([]);
  });

  test('slide.ts exports its params type next to the workflow', () => {
    const dir = path.join(root, 'presentation/edit/content/workflows');
    const info = analyzeModule(parse(path.join(dir, 'slide.ts')), config);
    expect(info.workflows.map((workflow) => workflow.name)).toEqual(['EditPresentationSlide']);
    expect(info.types.map((type) => type.name)).toEqual(['EditPresentationSlideParams']);
  });
});

describe('fixtures/violations/EXPECTED.json', () => {
  const root = path.join(fixtures, 'violations');
  const expected = JSON.parse(readFileSync(path.join(root, 'EXPECTED.json'), 'utf8')) as Array<{
    ruleId: keyof typeof ruleMeta | null;
    file: string;
    line: number;
    messageId: string;
  }>;

  test('every entry names an existing file, a line in it, and a known rule and message', () => {
    expect(expected.length).toBeGreaterThan(0);
    for (const { ruleId, file, line, messageId } of expected) {
      const filePath = path.join(root, file);
      expect(existsSync(filePath), file).toBe(true);
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(readFileSync(filePath, 'utf8').split('\n').length);
      if (ruleId === null) expect(messageId).toBe('parse-error');
      else expect(Object.keys(ruleMeta[ruleId].messages)).toContain(messageId);
    }
  });

  test('every rule has at least one planted case', () => {
    const covered = new Set(expected.map((entry) => entry.ruleId));
    for (const ruleId of Object.keys(ruleMeta)) expect(covered, ruleId).toContain(ruleId);
    expect(covered).toContain(null);
  });

  test('every barrel message has a planted case', () => {
    const barrelMessages = new Set(
      expected.filter((entry) => entry.ruleId === 'barrel-exports-all').map((entry) => entry.messageId),
    );
    for (const messageId of [
      'missingExport',
      'staleExport',
      'duplicateName',
      'foreignStatement',
      'exportStar',
      'defaultReexport',
      'missingBarrel',
    ]) {
      expect(barrelMessages, messageId).toContain(messageId);
    }
  });

  test('the file that does not parse fails at the listed line', () => {
    for (const { file, line } of expected.filter((entry) => entry.ruleId === null)) {
      const filePath = path.join(root, file);
      expect(parseModule(filePath, readFileSync(filePath, 'utf8'))).toMatchObject({ error: { line } });
    }
  });
});
