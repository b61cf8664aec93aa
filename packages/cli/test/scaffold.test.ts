import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import wfkit from '@wfkit/eslint-plugin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../src/output/lint-result.js';
import { copyFixture, fixturesDir, removeCopies, repoRoot } from './helpers/fixture.js';
import { wf } from './helpers/run.js';

/** ESLint with the plugin's `recommended` preset, as a user's flat config would set it up. */
function eslintIn(cwd: string): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      wfkit.configs.recommended,
    ] as ESLint.Options['overrideConfig'],
  });
}

const problems = (
  results: ReadonlyArray<{ filePath: string; messages: ReadonlyArray<{ ruleId: string | null; line: number }> }>,
  root: string,
) =>
  results
    .flatMap((result) =>
      result.messages.map(
        (message) => `${path.relative(root, result.filePath)}:${message.line} ${message.ruleId ?? 'parse error'}`,
      ),
    )
    .sort();

describe('a workflow scaffolded by wf new into slides-app', () => {
  let app: string;

  beforeAll(async () => {
    app = copyFixture('slides-app');
    for (const args of [
      ['RefreshSpeakerNotes', '--in', 'presentation/edit/content'],
      ['ArchiveDeck', '--in', 'presentation/archive', '--output', 'ArchivedDeck'],
      [
        'SaveDocumentFile',
        '--in',
        'document/ingestion',
        '--activity',
        'storeDocumentFile',
        '--input',
        'DocumentInfo',
        '--output',
        'StoredDocument',
        '--no-stubs',
      ],
    ]) {
      const result = await wf(app, 'new', ...args);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
  });
  afterAll(removeCopies);

  it('type-checks with tsc --noEmit', () => {
    const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', app], { encoding: 'utf8' });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('passes wf check', async () => {
    const result = await wf(app, 'check');
    expect(result.stdout).toMatch(/^✔ \d+ files checked, no problems\.\n$/);
    expect(result.code).toBe(0);
  });

  it("passes ESLint with @wfkit/eslint-plugin's recommended preset", async () => {
    const results = await eslintIn(app).lintFiles(['.']);
    expect(problems(results, app)).toEqual([]);
    expect(results.some((result) => result.filePath.endsWith('refresh-speaker-notes.ts'))).toBe(true);
  });
});

describe('wf check and the ESLint plugin', () => {
  it('report the same findings on fixtures/violations (rule ids, files, lines)', async () => {
    const root = path.join(fixturesDir, 'violations');
    const cli = await wf(root, 'check', '--format', 'json');
    const fromCli = problems(JSON.parse(cli.stdout) as LintResult[], root);
    const fromEslint = problems(await eslintIn(root).lintFiles(['.']), root);
    expect(fromCli.length).toBeGreaterThan(15);
    expect(fromCli).toEqual(fromEslint);
  });
});
