/**
 * oxlint, loading the plugin through `jsPlugins`, reports what ESLint reports: the same rules, on
 * the same lines and columns, in the same words, for every fixture. The plugin's rule list and the
 * fixture directories are read, not listed, so a new rule or fixture is covered as it lands.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import wfkit from '@wfkit/eslint-plugin';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './packages.js';

const typescriptFile = /\.[cm]?tsx?$/;
const fixtures = readdirSync(path.join(repoRoot, 'fixtures'))
  .map((name) => `fixtures/${name}`)
  .filter((dir) => statSync(path.join(repoRoot, dir)).isDirectory());

// Inside the repository, so that `jsPlugins` resolves the plugin from its node_modules.
const configDir = mkdtempSync(path.join(repoRoot, 'test/release/.oxlint-'));
const configFile = path.join(configDir, '.oxlintrc.json');
writeFileSync(
  configFile,
  JSON.stringify({
    jsPlugins: ['@wfkit/eslint-plugin'],
    // Only the plugin's rules, each an error, as in the `strict` preset.
    categories: { correctness: 'off' },
    rules: Object.fromEntries(Object.keys(wfkit.rules).map((rule) => [`@wfkit/${rule}`, 'error'])),
  }),
);
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

interface OxlintReport {
  diagnostics: Array<{
    message: string;
    code?: string;
    filename: string;
    labels: Array<{ span: { line: number; column: number } }>;
  }>;
}

/** A finding as one comparable line; a file that does not parse is one finding without a rule. */
const finding = (file: string, line: number, column: number, rule: string, message: string): string =>
  rule === '' ? `${file} does not parse` : `${file}:${line}:${column} ${rule}: ${message}`;

async function oxlintFindings(dir: string): Promise<string[]> {
  const oxlint = path.join(repoRoot, 'node_modules/.bin/oxlint');
  const run = promisify(execFile)(oxlint, ['-c', configFile, '--format', 'json', dir], {
    cwd: repoRoot,
    maxBuffer: 64 * 1024 * 1024,
  });
  // oxlint exits 1 when it reports errors; the report is on stdout either way.
  const stdout = await run.then(
    (result) => result.stdout,
    (error: { stdout?: string }) => error.stdout ?? '',
  );
  const report = JSON.parse(stdout) as OxlintReport;
  return report.diagnostics
    .filter((diagnostic) => typescriptFile.test(diagnostic.filename))
    .map((diagnostic) => {
      const rule = /^@wfkit\((.+)\)$/.exec(diagnostic.code ?? '')?.[1];
      const { line, column } = diagnostic.labels[0]!.span;
      return finding(diagnostic.filename, line, column, rule === undefined ? '' : `wfkit/${rule}`, diagnostic.message);
    })
    .sort();
}

async function eslintFindings(dir: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: repoRoot,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tseslint.parser } },
      wfkit.configs.strict,
    ],
  });
  const results = await eslint.lintFiles([dir]);
  return results
    .flatMap(({ filePath, messages }) =>
      messages.map((message) =>
        finding(
          path.relative(repoRoot, filePath),
          message.line,
          message.column,
          message.fatal ? '' : (message.ruleId ?? ''),
          message.message,
        ),
      ),
    )
    .sort();
}

describe.each(fixtures)('%s', (dir) => {
  it('gets the same findings from oxlint as from ESLint', async () => {
    const [fromOxlint, fromEslint] = await Promise.all([oxlintFindings(dir), eslintFindings(dir)]);
    expect(fromOxlint).toEqual(fromEslint);
    if (dir === 'fixtures/slides-app') expect(fromOxlint).toEqual([]);
    if (dir === 'fixtures/violations')
      expect(new Set(fromOxlint.map((line) => /wfkit\/[\w-]+/.exec(line)?.[0])).size).toBeGreaterThan(1);
  });
});

it("lints the example app clean with the repository's .oxlintrc.json", async () => {
  const oxlint = path.join(repoRoot, 'node_modules/.bin/oxlint');
  const { stdout } = await promisify(execFile)(oxlint, ['--format', 'json', 'fixtures/slides-app'], { cwd: repoRoot });
  const report = JSON.parse(stdout) as OxlintReport & { number_of_rules: number };
  expect(report.diagnostics).toEqual([]);
  // The override for the app enables the plugin's rules, so a clean report means they ran.
  expect(report.number_of_rules).toBeGreaterThan(Object.keys(wfkit.rules).length);
});
