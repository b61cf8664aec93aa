// @ts-check
import path from 'node:path';
import { pairRatio, rowById, runInterleaved } from '../interleave.js';
import { bins } from '../tools.js';
import { restoreDir, snapshotDir } from '../tree-state.js';

/** A workflow name no generated tree holds ("quarterly" is not in the vocabulary). */
const NAME = 'ReconcileQuarterlyStatement';

/**
 * `wf new` in the small and the large tree: it writes one file and edits the barrel, tasks and
 * models of one feature, so beyond the project-wide duplicate-name check it should not grow with
 * the tree. The feature directory is put back after every run.
 * @param {import('../context.js').BenchContext} ctx
 */
export function newScenario(ctx) {
  /** @type {Array<'small' | 'large'>} */
  const sizes = ctx.checkSizes.includes('large') ? ['small', 'large'] : ['small'];
  ctx.log(`wf new in ${sizes.join(' and ')} trees`);
  /** @type {Array<() => void>} */
  const restores = [];
  const cases = sizes.map((size) => {
    const corpus = ctx.corpus(size);
    const feature = path.dirname(/** @type {string} */ (corpus.workflowDirs[0]));
    const snapshot = snapshotDir(feature);
    const restore = () => restoreDir(feature, snapshot);
    restores.push(restore);
    const relative = path.relative(corpus.root, feature);
    return {
      id: `new:wf:${size}`,
      label: `wf new, ${size} tree`,
      tree: size,
      display: `wf new ${NAME} --in ${relative}`,
      command: { args: [bins.wf, 'new', NAME, '--in', relative], cwd: corpus.root },
      setup: restore,
      verify: (/** @type {import('../measure.js').Sample} */ sample) => {
        if (!sample.stdout.includes('created')) throw new Error(`wf new wrote no file:\n${sample.stdout}`);
      },
    };
  });
  const rows = runInterleaved(cases, ctx.fast);
  for (const restore of restores) restore();
  const ratios =
    sizes.length === 2
      ? [
          pairRatio(
            'new:growth:large/small',
            'wf new, large ÷ small tree',
            rowById(rows, 'new:wf:large'),
            rowById(rows, 'new:wf:small'),
          ),
        ]
      : [];
  return { rows, ratios };
}
