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
      {
        id: 'check:wf:paired',
        label: `wf check, ${largest} tree (paired with ESLint)`,
        tree: largest,
        display: 'wf check',
        command: { args: [bins.wf, 'check'], cwd: root },
      },
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

  // One workflows directory of 5,000 files: per-file work that walks the directory grows as its square.
  const wideRows = [];
  if (ctx.checkSizes.includes('large')) {
    const wide = ctx.corpus('wide');
    ctx.log(`wf check and wf list on one workflows directory of ${wide.workflowFiles} files`);
    wideRows.push(
      ...runInterleaved(
        [
          {
            id: 'check:wf:wide',
            label: `wf check, one directory of ${wide.workflowFiles} workflow files`,
            tree: 'wide',
            display: 'wf check',
            command: { args: [bins.wf, 'check'], cwd: wide.root },
          },
          {
            id: 'list:wf:wide',
            label: `wf list, one directory of ${wide.workflowFiles} workflow files`,
            tree: 'wide',
            display: 'wf list',
            command: { args: [bins.wf, 'list'], cwd: wide.root },
          },
        ],
        ctx.fast,
      ),
    );
  }

  const rows = [...sizeRows, ...pairRows, ...wideRows];
  const ratios = [
    pairRatio(
      'check:eslint-wfkit/wf',
      'ESLint (wfkit rules only) ÷ wf check',
      rowById(rows, 'check:eslint-wfkit'),
      rowById(rows, 'check:wf:paired'),
    ),
  ];
  if (ctx.checkSizes.includes('medium')) {
    ratios.push(
      pairRatio(
        'check:growth:medium/small',
        'wf check, medium ÷ small (20× the workflow files)',
        rowById(rows, 'check:wf:medium'),
        rowById(rows, 'check:wf:small'),
      ),
    );
  }
  if (ctx.checkSizes.includes('large')) {
    ratios.push(
      pairRatio(
        'check:growth:large/medium',
        'wf check, large ÷ medium (same workflow files, 4× the others)',
        rowById(rows, 'check:wf:large'),
        rowById(rows, 'check:wf:medium'),
      ),
    );
  }
  return { rows, ratios };
}
