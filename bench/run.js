#!/usr/bin/env node
// @ts-check
// `npm run bench`: generates the trees, measures wfkit and the tools people would use instead,
// prints the tables and writes them as JSON (and Markdown for docs/benchmarks.md).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createContext } from './lib/context.js';
import { cpuLoopMs, machineInfo } from './lib/machine.js';
import { markdownReport, textReport } from './lib/report.js';
import { barrelScenario } from './lib/scenarios/barrel.js';
import { checkScenario } from './lib/scenarios/check.js';
import { compareScenario } from './lib/scenarios/compare.js';
import { eslintScenario } from './lib/scenarios/eslint.js';
import { newScenario } from './lib/scenarios/new.js';
import { judgeTargets } from './lib/targets.js';
import { bins, toolVersions } from './lib/tools.js';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const scenarios = {
  check: checkScenario,
  barrel: barrelScenario,
  eslint: eslintScenario,
  new: newScenario,
  compare: compareScenario,
};
/** Run unless `--only` names them: `compare` needs `--baseline`. */
const defaultScenarios = ['check', 'barrel', 'eslint', 'new'];

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    runs: { type: 'string' },
    'slow-runs': { type: 'string' },
    warmup: { type: 'string' },
    only: { type: 'string' },
    baseline: { type: 'string' },
    'corpus-dir': { type: 'string', default: path.join(benchDir, 'corpus') },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  process.stdout.write(`Usage: node bench/run.js [options]

  --smoke              every scenario on the small tree, one run, no warm-up (what the test runs)
  --runs <n>           measured rounds of the fast commands (default 5; smoke 1)
  --slow-runs <n>      measured rounds of the ESLint comparisons (default 3; smoke 1)
  --warmup <n>         rounds run first and discarded (default 1; smoke 0)
  --only <list>        scenarios to run, of ${Object.keys(scenarios).join(',')} (default: all but compare)
  --baseline <dir>     another checkout of wfkit, built (npm install), for the compare scenario:
                       wf check, wf barrel --check and wf new of both builds, interleaved;
                       --baseline alone runs only compare
  --corpus-dir <dir>   where the generated trees go (default bench/corpus)
  --out <file>         JSON result, with a .md beside it (default bench/results/bench-<time>.json,
                       also copied to bench/results/latest.json and latest.md)
`);
  process.exit(0);
}

const count = (/** @type {string | undefined} */ value, /** @type {number} */ normal, /** @type {number} */ smoke) => {
  const n = value === undefined ? (args.smoke ? smoke : normal) : Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number, got ${value}`);
  return n;
};
const runs = Math.max(1, count(args.runs, 5, 1));
const slowRuns = Math.max(1, count(args['slow-runs'], 3, 1));
const warmup = count(args.warmup, 1, 0);
const only = (args.only ?? (args.baseline === undefined ? defaultScenarios.join(',') : 'compare'))
  .split(',')
  .map((name) => name.trim());
for (const name of only)
  if (!(name in scenarios))
    throw new Error(`unknown scenario '${name}'; expected some of ${Object.keys(scenarios).join(',')}`);
if (!existsSync(bins.wf)) throw new Error(`${bins.wf} is missing: run \`npm run build\` at the repository root first`);

const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);
const started = performance.now();
const machine = machineInfo();
const ctx = createContext({
  corpusDir: path.resolve(args['corpus-dir']),
  smoke: args.smoke,
  runs,
  slowRuns,
  warmup,
  baseline: args.baseline,
  log,
});

/** @type {import('./lib/interleave.js').Row[]} */
const rows = [];
/** @type {import('./lib/interleave.js').Ratio[]} */
const ratios = [];
/** @type {Record<string, unknown>} */
const extras = {};
for (const name of only) {
  const result = scenarios[/** @type {keyof typeof scenarios} */ (name)](ctx);
  rows.push(...result.rows);
  ratios.push(...result.ratios);
  if ('outputs' in result) extras.barrelOutputs = result.outputs;
  if ('timing' in result) extras.timing = result.timing;
}

const timing = /** @type {import('./lib/scenarios/eslint.js').Timing | undefined} */ (extras.timing);
const targets = judgeTargets(rows, ratios, timing);
const results = {
  date: new Date().toISOString(),
  options: { smoke: args.smoke, runs, slowRuns, warmup, only },
  machine: { ...machine, loadAverageAtEnd: machineInfo().loadAverageAtStart, cpuLoopMsAtEnd: cpuLoopMs() },
  versions: toolVersions(),
  corpora: ctx.corpora(),
  rows,
  ratios,
  targets,
  ...extras,
  durationS: Math.round((performance.now() - started) / 1000),
};

const text = textReport(results);
process.stdout.write(`\n${text}\n`);
const markdown = `${markdownReport(results)}\n`;
const json = `${JSON.stringify(results, null, 2)}\n`;
if (args.out !== undefined) {
  const out = path.resolve(args.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, json);
  writeFileSync(out.replace(/\.json$/, '') + '.md', markdown);
  log(`wrote ${out}`);
} else {
  const dir = path.join(benchDir, 'results');
  mkdirSync(dir, { recursive: true });
  const out = path.join(dir, `bench-${results.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, json);
  writeFileSync(path.join(dir, 'latest.json'), json);
  writeFileSync(path.join(dir, 'latest.md'), markdown);
  log(`wrote ${out}, latest.json and latest.md in ${dir}`);
}
