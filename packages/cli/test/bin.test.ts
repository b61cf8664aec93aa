import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixture.js';
import { spawnWf } from './helpers/run.js';

const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')) as {
  version: string;
};

// A few runs of the real executable, as a user types them; everything else is tested in-process.
describe('bin/wf', () => {
  it('--version', () => {
    expect(spawnWf(repoRoot, ['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('checks the example app from the repository root (the README quick start)', () => {
    const result = spawnWf(repoRoot, ['check', 'fixtures/slides-app']);
    expect(result).toEqual({ code: 0, stdout: '✔ 12 files checked, no problems.\n', stderr: '' });
  });

  it('exits 1 with findings and does not colour piped output', () => {
    const result = spawnWf(path.join(repoRoot, 'fixtures/violations'), ['check', 'orders']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('orders/workflows/place-order.ts\n  6:23  error');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('exits 2 with one line on stderr for a usage error', () => {
    const result = spawnWf(repoRoot, ['check', '--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("wf: unknown option '--frobnicate'. Run wf check --help for its usage.\n");
  });

  it("prints commander's own errors as one wf: line naming the problem and the fix, exit 2", () => {
    const cases: Array<[string[], string]> = [
      [['bogus'], "wf: unknown command 'bogus'. Run wf --help for the commands.\n"],
      [['chek'], "wf: unknown command 'chek' (did you mean check?). Run wf --help for the commands.\n"],
      [['new'], "wf: missing required argument 'WorkflowName'. Run wf new --help for its usage.\n"],
      [['--frobnicate'], "wf: unknown option '--frobnicate'. Run wf --help for the commands.\n"],
    ];
    for (const [args, stderr] of cases) expect(spawnWf(repoRoot, args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('shows help with examples for each command', () => {
    for (const command of ['new', 'barrel', 'check', 'list']) {
      const result = spawnWf(repoRoot, [command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: wf ${command} [options]`);
      expect(result.stdout).toMatch(new RegExp(`Examples:\\n  wf ${command}\\b`));
    }
  });

  it('loads ts-morph (TypeScript) only where wf new reads an existing activity, never for check, barrel or list', () => {
    // ts-morph is CommonJS: imported from ESM it still lands in require.cache, which the child reports.
    const main = pathToFileURL(path.join(repoRoot, 'packages/cli/dist/main.js')).href;
    const script = `
      import { createRequire } from 'node:module';
      const { runCli } = await import(${JSON.stringify(main)});
      const io = { cwd: process.cwd(), env: {}, isTTY: false, stdout: () => {}, stderr: () => {} };
      await runCli(process.argv.slice(1), io);
      const loaded = Object.keys(createRequire(import.meta.url).cache).some((file) => /[\\/](ts-morph|typescript)[\\/]/.test(file));
      process.stdout.write(String(loaded));`;
    const loads = (...args: string[]): string =>
      spawnSync(process.execPath, ['--input-type=module', '-e', script, '--', ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
      }).stdout;
    expect(loads('check', 'fixtures/slides-app')).toBe('false');
    expect(loads('barrel', '--check', 'fixtures/slides-app')).toBe('false');
    expect(loads('list', 'fixtures/slides-app')).toBe('false');
    // A new activity: the workflow file, its stubs and the added type import are printed from templates.
    const content = 'fixtures/slides-app/presentation/edit/content';
    expect(loads('new', 'SummarizeSlides', '--in', content, '--output', 'SlideSummary', '--dry-run')).toBe('false');
    // A new feature directory: new tasks.ts, models.ts and workflows directory.
    expect(loads('new', 'SomeWorkflowName', '--in', 'fixtures/slides-app', '--dry-run')).toBe('false');
    // An existing activity: its parameter types are read with ts-morph.
    expect(loads('new', 'TranslateSlides', '--in', content, '--activity', 'translateTexts', '--dry-run')).toBe('true');
  });
});
