// @ts-check
import path from 'node:path';
import { parseTiming } from '../eslint-timing.js';
import { runOnce } from '../measure.js';
import { pairRatio, rowById, runInterleaved } from '../interleave.js';
import { bins, eslintConfigDir } from '../tools.js';

/**
 * @typedef {object} Timing
 * @property {string} config
 * @property {string} tree
 * @property {number} top
 * @property {Array<{ rule: string; ms: number; percent: number }>} rules slowest first
 * @property {Array<{ rule: string; rank: number; ms: number }>} wfkitRanks
 */

/** How many rules TIMING=1 lists: "the top" that no wfkit rule should be in. */
export const TIMING_TOP = 10;

const configs = [
  ['parser-only', 'ESLint, typescript-eslint parser, no rules'],
  ['noop', 'ESLint + one rule that does nothing'],
  ['wfkit', 'ESLint + @wfkit/eslint-plugin recommended'],
  ['check-file', 'ESLint + eslint-plugin-check-file filename rules'],
  ['unicorn', 'ESLint + unicorn filename-case'],
];

/**
 * ESLint on the medium tree with the same parser and each rule set, interleaved, so the plugin's
 * overhead is a ratio to the parser-only run of the same round; then one `TIMING=all` run of a
 * realistic configuration to see where wfkit's rules rank.
 * @param {import('../context.js').BenchContext} ctx
 */
export function eslintScenario(ctx) {
  const { root } = ctx.corpus('medium');
  const tree = path.basename(root);
  const command = (/** @type {string} */ name) => ({
    args: [bins.eslint, '-c', path.join(eslintConfigDir, `${name}.config.js`), '.'],
    cwd: root,
  });

  ctx.warmEslint();
  ctx.log(`ESLint rule sets, ${tree} tree`);
  const rows = runInterleaved(
    configs.map(([name = '', label = '']) => ({
      id: `eslint:${name}`,
      label: `${label}, ${tree} tree`,
      tree,
      display: `eslint -c bench/eslint/${name}.config.js .`,
      command: command(name),
    })),
    ctx.slow,
  );
  const base = rowById(rows, 'eslint:parser-only');
  const ratios = ['noop', 'wfkit', 'check-file', 'unicorn'].map((name) =>
    pairRatio(
      `eslint:${name}/parser-only`,
      `ESLint ${name} ÷ ESLint parser-only`,
      rowById(rows, `eslint:${name}`),
      base,
    ),
  );
  // The plugin's own cost, without the cost ESLint adds for running any rule.
  ratios.push(
    pairRatio(
      'eslint:wfkit/noop',
      'ESLint wfkit ÷ ESLint no-op rule',
      rowById(rows, 'eslint:wfkit'),
      rowById(rows, 'eslint:noop'),
    ),
  );

  ctx.log('ESLint TIMING=all, typescript-eslint recommended + wfkit + check-file + unicorn');
  const timed = runOnce({ ...command('timing'), env: { TIMING: 'all' } });
  // Exit 1 is a finding of typescript-eslint's rules in the generated code; 2 is a crash.
  if (timed.exitCode > 1) throw new Error(`ESLint TIMING run failed:\n${timed.stderr}`);
  const rules = parseTiming(timed.stdout);
  /** @type {Timing} */
  const timing = {
    config: 'bench/eslint/timing.config.js',
    tree,
    top: TIMING_TOP,
    rules,
    wfkitRanks: rules.flatMap((rule, index) =>
      rule.rule.startsWith('wfkit/') ? [{ rule: rule.rule, rank: index + 1, ms: rule.ms }] : [],
    ),
  };
  return { rows, ratios, timing };
}
