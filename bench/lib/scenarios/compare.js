// @ts-check
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pairRatio, rowById, runInterleaved } from '../interleave.js';
import { runOnce } from '../measure.js';
import { bins } from '../tools.js';
import { restoreDir, snapshotDir } from '../tree-state.js';

/** A workflow name no generated tree holds (as in the `new` scenario). */
const NAME = 'ReconcileQuarterlyStatement';

/** The `wf` script of another checkout, built. @param {string} checkout */
export function baselineBin(checkout) {
  const bin = path.resolve(checkout, 'packages/cli/dist/bin.js');
  if (!existsSync(bin))
    throw new Error(
      `${bin} is missing: --baseline must name a checkout of wfkit on which \`npm install\` (which builds) has run`,
    );
  return bin;
}

/**
 * This build against another checkout's (`--baseline`), interleaved round by round on the same
 * trees: `wf check` on the large tree, `wf barrel --check` on the medium, `wf new` on the large.
 * Each command must exit the same way under both builds (probed once, untimed), so a build that
 * fails cannot pass for a fast one.
 * @param {import('../context.js').BenchContext} ctx
 */
export function compareScenario(ctx) {
  if (ctx.baseline === undefined) throw new Error('the compare scenario needs --baseline <checkout>');
  const builds = /** @type {const} */ ([
    ['before', baselineBin(ctx.baseline)],
    ['after', bins.wf],
  ]);
  const check = ctx.corpus('large');
  const barrel = ctx.corpus('medium');
  const feature = path.dirname(/** @type {string} */ (check.workflowDirs[0]));
  const snapshot = snapshotDir(feature);
  const restore = () => restoreDir(feature, snapshot);
  const commands = [
    { id: 'check', label: 'wf check', tree: path.basename(check.root), args: ['check'], cwd: check.root },
    {
      id: 'barrel',
      label: 'wf barrel --check',
      tree: path.basename(barrel.root),
      args: ['barrel', '--check'],
      cwd: barrel.root,
    },
    {
      id: 'new',
      label: 'wf new',
      tree: path.basename(check.root),
      args: ['new', NAME, '--in', path.relative(check.root, feature)],
      cwd: check.root,
      setup: restore,
    },
  ];
  ctx.log(`this build against ${ctx.baseline}`);
  const cases = commands.flatMap((c) =>
    builds.map(([build, bin]) => {
      const command = { args: [bin, ...c.args], cwd: c.cwd };
      c.setup?.();
      const probe = runOnce(command);
      return {
        id: `compare:${c.id}:${build}`,
        label: `${c.label}, ${build}`,
        tree: c.tree,
        display: `wf ${c.args.join(' ')}`,
        command,
        expectExit: probe.exitCode,
        setup: c.setup,
      };
    }),
  );
  const rows = runInterleaved(cases, ctx.fast);
  restore();
  const ratios = commands.map((c) =>
    pairRatio(
      `compare:${c.id}`,
      `${c.label}, ${c.tree} tree: after ÷ before`,
      rowById(rows, `compare:${c.id}:after`),
      rowById(rows, `compare:${c.id}:before`),
    ),
  );
  return { rows, ratios };
}
