// @ts-check
import path from 'node:path';
import { pairRatio, rowById, runInterleaved } from '../interleave.js';
import { bins, eslintConfigDir } from '../tools.js';

/**
 * `wf check` on each size (its growth should follow the workflow files, not the ordinary ones),
 * then on the largest tree paired with ESLint running only the wfkit rules.
 * @param {import('../context.js').BenchContext} ctx
 */
export function checkScenario(ctx) {
  ctx.log('wf check by tree size');
  const sizeRows = runInterleaved(
    ctx.checkSizes.map((size) => ({
      id: `check:wf:${size}`,
      label: `wf check, ${size} tree`,
      tree: size,
      display: 'wf check',
      command: { args: [bins.wf, 'check'], cwd: ctx.corpus(size).root },
    })),
    ctx.fast,
  );

  const largest = /** @type {'small' | 'medium' | 'large'} */ (ctx.checkSizes.at(-1));
  const { root } = ctx.corpus(largest);
  ctx.warmEslint();
  ctx.log(`wf check paired with ESLint running only the wfkit rules, ${largest} tree`);
  const pairRows = runInterleaved(
    [
      { id: 'check:wf:paired', label: `wf check, ${largest} tree (paired with ESLint)`, tree: largest, display: 'wf check', command: { args: [bins.wf, 'check'], cwd: root } },
      {
        id: 'check:eslint-wfkit',
        label: `ESLint with only the wfkit rules, ${largest} tree`,
        tree: largest,
        display: 'eslint -c bench/eslint/wfkit.config.js .',
        command: { args: [bins.eslint, '-c', path.join(eslintConfigDir, 'wfkit.config.js'), '.'], cwd: root },
      },
    ],
    ctx.slow,
  );

  const rows = [...sizeRows, ...pairRows];
  const ratios = [pairRatio('check:eslint-wfkit/wf', 'ESLint (wfkit rules only) ÷ wf check', rowById(rows, 'check:eslint-wfkit'), rowById(rows, 'check:wf:paired'))];
  if (ctx.checkSizes.includes('medium')) {
    ratios.push(pairRatio('check:growth:medium/small', 'wf check, medium ÷ small (20× the workflow files)', rowById(rows, 'check:wf:medium'), rowById(rows, 'check:wf:small')));
  }
  if (ctx.checkSizes.includes('large')) {
    ratios.push(pairRatio('check:growth:large/medium', 'wf check, large ÷ medium (same workflow files, 4× the others)', rowById(rows, 'check:wf:large'), rowById(rows, 'check:wf:medium')));
  }
  return { rows, ratios };
}
