import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_CACHE_LIFETIME_MS, listenForConfigWarnings, loadConfig, planBarrel } from '@wfkit/core';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  compareProblems,
  copyFixture,
  eslintVersions,
  fixturesDir,
  inlineConfig,
  problemsOf,
  repoRoot,
  writeConfigFile,
  type ESLintClass,
  type Problem,
} from './eslint-harness.js';

const violationsDir = path.join(fixturesDir, 'violations');
const expectedFile = path.join(violationsDir, 'EXPECTED.json');
const editContent = 'presentation/edit/content/workflows';

/** ESLint as `eslint` runs it with the user's flat config, in `cwd`. */
function lintInPlace(ESLint: ESLintClass, cwd: string) {
  return new ESLint({ cwd, overrideConfigFile: true, overrideConfig: inlineConfig() });
}

// A barrel with every kind of fixable problem: `export *`, a missing name, a missing file.
const brokenBarrel = `/** Editing a presentation's content, by hand. */

export * from './regenerate.js';
export { EditPresentationSlide } from './slide.js';
`;

describe.each(eslintVersions)('$version with the recommended preset', ({ ESLint }) => {
  it('reports nothing in fixtures/slides-app', async () => {
    const root = path.join(fixturesDir, 'slides-app');
    const results = await lintInPlace(ESLint, root).lintFiles(['.']);
    expect(results.length).toBeGreaterThan(15);
    expect(problemsOf(results, root)).toEqual([]);
  });

  it.skipIf(!existsSync(expectedFile))('reports exactly the planted problems in fixtures/violations', async () => {
    const expected = (JSON.parse(readFileSync(expectedFile, 'utf8')) as Problem[])
      // EXPECTED.json names rules without the plugin namespace, and a parse error with `ruleId: null`.
      .map(({ ruleId, file, line, messageId }) => ({
        ruleId: ruleId === null ? null : `wfkit/${ruleId}`,
        file,
        line,
        messageId,
      }))
      .sort(compareProblems);
    const results = await lintInPlace(ESLint, violationsDir).lintFiles(['.']);
    expect(problemsOf(results, violationsDir)).toEqual(expected);
  });

  it('carries the same suggestions as `wf check --format json`', async () => {
    const results = await lintInPlace(ESLint, violationsDir).lintFiles(['.']);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(repoRoot, 'bin/wf'), 'check', '--format', 'json', '.'],
      { cwd: violationsDir },
    ).catch((error: { stdout: string }) => error);
    const suggestionsOf = (
      lintResults: ReadonlyArray<{
        filePath: string;
        messages: ReadonlyArray<{ ruleId: string | null; line: number; suggestions?: unknown }>;
      }>,
    ) =>
      lintResults.flatMap(({ filePath, messages }) =>
        messages
          .filter((message) => message.suggestions !== undefined)
          .map(({ ruleId, line, suggestions }) => ({
            file: path.relative(violationsDir, filePath),
            ruleId,
            line,
            suggestions,
          })),
      );
    const byEslint = suggestionsOf(results);
    expect(byEslint.length).toBeGreaterThan(0);
    expect(JSON.stringify(suggestionsOf(JSON.parse(stdout) as Parameters<typeof suggestionsOf>[0]))).toBe(
      JSON.stringify(byEslint),
    );
  });

  it('--fix writes the barrel `wf barrel --fix` writes', async () => {
    const byEslint = copyFixture('slides-app');
    const byCli = copyFixture('slides-app');
    for (const root of [byEslint, byCli]) writeFileSync(path.join(root, editContent, 'index.ts'), brokenBarrel);
    const workflowsDir = path.join(byEslint, editContent);
    const planned = planBarrel(workflowsDir, loadConfig(workflowsDir)).nextText;

    const eslint = new ESLint({ cwd: byEslint, fix: true });
    const results = await eslint.lintFiles(['.']);
    await ESLint.outputFixes(results);
    await promisify(execFile)(process.execPath, [path.join(repoRoot, 'bin/wf'), 'barrel', '--fix', byCli]);

    const fixed = readFileSync(path.join(byEslint, editContent, 'index.ts'), 'utf8');
    expect(fixed).toContain("/** Editing a presentation's content, by hand. */\n");
    expect(fixed).toBe(planned);
    expect(fixed).toBe(readFileSync(path.join(byCli, editContent, 'index.ts'), 'utf8'));
    expect(problemsOf(results, byEslint)).toEqual([]);
  });

  it('stops with a clear error on an invalid wfkit.config.json', async () => {
    const root = copyFixture('slides-app');
    writeFileSync(path.join(root, 'wfkit.config.json'), '{ "fileNameCase": "upper" }\n');
    await expect(new ESLint({ cwd: root }).lintFiles(['.'])).rejects.toThrow(
      /wfkit\.config\.json: "fileNameCase": expected .*, found .*upper/,
    );
  });

  it('lints on past a tsconfig whose extends cannot be resolved, warning once and never throwing from a rule', async () => {
    const root = copyFixture('slides-app');
    const tsconfig = path.join(root, 'tsconfig.json');
    const compilerOptions = { module: 'nodenext', moduleResolution: 'nodenext' };
    writeFileSync(tsconfig, JSON.stringify({ extends: '@company/tsconfig-not-installed', compilerOptions }));
    const warnings: string[] = [];
    const stop = listenForConfigWarnings((message) => warnings.push(message));
    try {
      const results = await lintInPlace(ESLint, root).lintFiles(['.']);
      expect(problemsOf(results, root)).toEqual([]);
    } finally {
      stop();
    }
    expect(warnings).toEqual([
      expect.stringMatching(new RegExp(`^${tsconfig} cannot be read with everything it extends`)),
    ]);
  });

  it('stops with a clear error on invalid settings.wfkit', async () => {
    const root = path.join(fixturesDir, 'slides-app');
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [...(inlineConfig() as object[]), { settings: { wfkit: { workflowDirs: 'workflows' } } }],
    });
    await expect(eslint.lintFiles(['.'])).rejects.toThrow(/settings\.wfkit: "workflowDirs": expected/);
  });

  it('sees files added since the last run in a long-lived instance once the cache lifetime has passed, as an editor does', async () => {
    const root = copyFixture('slides-app');
    const eslint = new ESLint({ cwd: root });
    const barrel = path.join(root, editContent, 'index.ts');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      expect(problemsOf(await eslint.lintFiles([barrel]), root)).toEqual([]);
      writeFileSync(
        path.join(root, editContent, 'summarize.ts'),
        'export async function SummarizeContent(): Promise<void> {}\n',
      );
      vi.advanceTimersByTime(DEFAULT_CACHE_LIFETIME_MS);
      expect(problemsOf(await eslint.lintFiles([barrel]), root)).toEqual([
        { ruleId: 'wfkit/barrel-exports-all', file: `${editContent}/index.ts`, line: 1, messageId: 'missingExport' },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('works with --cache, which re-lints a file when it, the config or the plugin version changes', async () => {
    const root = copyFixture('slides-app');
    const options = { cwd: root, cache: true, cacheLocation: path.join(root, '.eslintcache') };
    // Each run is a process of its own in practice; here they share the plugin's cache, whose lifetime passes between them.
    const lint = async () => {
      vi.advanceTimersByTime(DEFAULT_CACHE_LIFETIME_MS);
      return problemsOf(await new ESLint(options).lintFiles(['.']), root);
    };
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => void vi.useRealTimers());
    const barrelProblem = (line: number, messageId: string) => [
      { ruleId: 'wfkit/barrel-exports-all', file: `${editContent}/index.ts`, line, messageId },
    ];
    expect(await lint()).toEqual([]);
    expect(existsSync(options.cacheLocation)).toBe(true);

    // A new workflow file: the barrel's own text is unchanged, so its cached (now stale) result is
    // reused. This is the limitation docs/rules/barrel-exports-all.md describes.
    writeFileSync(
      path.join(root, editContent, 'summarize.ts'),
      'export async function SummarizeContent(): Promise<void> {}\n',
    );
    expect(await lint()).toEqual([]);

    // An upgraded plugin invalidates every cached result.
    writeConfigFile(root, { pluginVersion: '99.0.0' });
    expect(await lint()).toEqual(barrelProblem(1, 'missingExport'));

    // A changed barrel is linted again.
    appendFileSync(path.join(root, editContent, 'index.ts'), "export { Gone } from './gone.js';\n");
    expect(await lint()).toEqual([...barrelProblem(1, 'missingExport'), ...barrelProblem(6, 'staleExport')]);
  });

  it('works with concurrency: worker threads load the plugin from the config file', async () => {
    const root = copyFixture('slides-app');
    writeFileSync(path.join(root, editContent, 'index.ts'), brokenBarrel);
    const single = await new ESLint({ cwd: root }).lintFiles(['.']);
    const threaded = await new ESLint({ cwd: root, concurrency: 2 }).lintFiles(['.']);
    expect(problemsOf(single, root).length).toBeGreaterThan(0);
    expect(problemsOf(threaded, root)).toEqual(problemsOf(single, root));
  });
});
