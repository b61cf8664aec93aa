import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Runs the whole bench once on the small tree and checks the shape of what it writes. No timing
// is asserted: tests must not fail because the machine was busy.

const runScript = fileURLToPath(new URL('../run.js', import.meta.url));
const work = mkdtempSync(path.join(os.tmpdir(), 'wfkit-bench-smoke-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Results {
  rows: Array<{ id: string; runs: number; wallMs: { median: number }; peakMB: { max: number } }>;
  ratios: Array<{ id: string; wall: number }>;
  targets: Array<{ id: string; met: boolean }>;
  timing: { rules: Array<{ rule: string }>; wfkitRanks: unknown[] };
  barrelOutputs: { wf: { exportStar: number; jsExtensions: boolean }; barrelsby: { exportStar: number } };
  corpora: Record<string, { workflowFiles: number; otherFiles: number }>;
  machine: { cores: number; node: string; cpuLoopMsAtStart: number; cpuLoopMsAtEnd: number };
}

// Seven ESLint runs dominate: about 30 s on an idle 2-core machine, more while other work runs.
const SMOKE_TIMEOUT_MS = 180_000;

describe('npm run bench --smoke', () => {
  it(
    'measures every scenario on the small tree and writes the JSON and Markdown',
    () => {
      const out = path.join(work, 'result.json');
      const table = execFileSync(
        process.execPath,
        [runScript, '--smoke', '--corpus-dir', path.join(work, 'corpus'), '--out', out],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      expect(table).toContain('Targets');

      const results = JSON.parse(readFileSync(out, 'utf8')) as Results;
      expect(results.rows.map((row) => row.id)).toEqual([
        'check:wf:small',
        'check:wf:paired',
        'check:eslint-wfkit',
        'barrel:wf:check-warm',
        'barrel:wf:check-cold',
        'barrel:wf:fix-warm',
        'barrel:wf:fix-cold',
        'barrel:barrelsby:warm',
        'barrel:barrelsby:cold',
        'barrel:cti:warm',
        'barrel:cti:cold',
        'eslint:parser-only',
        'eslint:noop',
        'eslint:wfkit',
        'eslint:check-file',
        'eslint:unicorn',
        'new:wf:small',
      ]);
      for (const row of results.rows) {
        expect(row.runs, row.id).toBe(1);
        expect(row.wallMs.median, row.id).toBeGreaterThan(0);
        expect(row.peakMB.max, row.id).toBeGreaterThan(0);
      }
      expect(results.ratios.map((ratio) => ratio.id)).toEqual([
        'check:eslint-wfkit/wf',
        'barrel:barrelsby-warm/wf-check-warm',
        'barrel:barrelsby-cold/wf-fix-cold',
        'barrel:cti-cold/wf-fix-cold',
        'eslint:noop/parser-only',
        'eslint:wfkit/parser-only',
        'eslint:check-file/parser-only',
        'eslint:unicorn/parser-only',
        'eslint:wfkit/noop',
      ]);
      expect(results.targets.map((target) => target.id)).toEqual([
        'check-wall',
        'check-vs-eslint',
        'barrel-vs-barrelsby',
        'barrel-memory',
        'eslint-overhead',
        'timing-rank',
        'new-wall',
      ]);
      expect(results.timing.rules.some((rule) => rule.rule.startsWith('wfkit/'))).toBe(true);
      expect(results.timing.wfkitRanks.length).toBeGreaterThan(0);
      // The generators' output differs from wfkit's in the way docs/benchmarks.md says.
      expect(results.barrelOutputs.wf).toMatchObject({ exportStar: 0, jsExtensions: true });
      expect(results.barrelOutputs.barrelsby.exportStar).toBeGreaterThan(0);
      expect(results.corpora['small']).toMatchObject({ workflowFiles: 100, otherFiles: 500 });
      expect(results.machine.cores).toBeGreaterThan(0);
      expect(results.machine.cpuLoopMsAtStart).toBeGreaterThan(0);
      expect(results.machine.cpuLoopMsAtEnd).toBeGreaterThan(0);

      const markdown = readFileSync(out.replace(/\.json$/, '.md'), 'utf8');
      expect(markdown).toContain('| measurement |');
      expect(markdown).toMatch(/\| fixed CPU loop, ms \(lower is faster\) \| \d+ → \d+ \|/);
    },
    SMOKE_TIMEOUT_MS,
  );

  it(
    'compares this build with a baseline checkout, command by command, when given --baseline',
    () => {
      const out = path.join(work, 'compare.json');
      const repository = fileURLToPath(new URL('../..', import.meta.url));
      execFileSync(
        process.execPath,
        [runScript, '--smoke', '--baseline', repository, '--corpus-dir', path.join(work, 'corpus'), '--out', out],
        { stdio: 'ignore' },
      );
      const results = JSON.parse(readFileSync(out, 'utf8')) as Results;
      expect(results.rows.map((row) => row.id)).toEqual([
        'compare:check:before',
        'compare:check:after',
        'compare:barrel:before',
        'compare:barrel:after',
        'compare:new:before',
        'compare:new:after',
      ]);
      expect(results.ratios.map((ratio) => ratio.id)).toEqual(['compare:check', 'compare:barrel', 'compare:new']);
      expect(results.targets.map((target) => target.id)).toEqual(['compare-check', 'compare-new']);
    },
    SMOKE_TIMEOUT_MS,
  );

  it('refuses a baseline that is not a built checkout, naming what is missing', () => {
    const run = () =>
      execFileSync(
        process.execPath,
        [
          runScript,
          '--smoke',
          '--baseline',
          work,
          '--corpus-dir',
          path.join(work, 'corpus'),
          '--out',
          path.join(work, 'none.json'),
        ],
        { encoding: 'utf8', stdio: 'pipe' },
      );
    expect(run).toThrow(/packages\/cli\/dist\/bin\.js is missing: --baseline must name a checkout of wfkit/);
  });
});
