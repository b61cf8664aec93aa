// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runOnce } from '../measure.js';
import { pairRatio, rowById, runInterleaved } from '../interleave.js';
import { bins } from '../tools.js';
import { removeBarrels, snapshotBarrels, writeBarrels } from '../tree-state.js';

/**
 * `wf barrel --check` / `--fix` against barrelsby and create-ts-index on the medium tree, each tool
 * in its own copy of the tree. Cold: no barrels. Warm: every barrel already what the tool writes.
 * @param {import('../context.js').BenchContext} ctx
 */
export function barrelScenario(ctx) {
  const wfTree = ctx.corpus('medium', 'barrel-wf');
  const bsTree = ctx.corpus('medium', 'barrelsby');
  const ctiTree = ctx.corpus('medium', 'cti');
  const tree = path.basename(wfTree.root).replace(/-.*/, '');
  const relativeDirs = (/** @type {typeof wfTree} */ corpus) =>
    corpus.workflowDirs.map((dir) => path.relative(corpus.root, dir));

  const canonical = snapshotBarrels(wfTree.workflowDirs);
  const barrelsby = {
    args: [bins.barrelsby, '-D', '-l', 'top', '-q', '-d', ...relativeDirs(bsTree)],
    cwd: bsTree.root,
  };
  const cti = { args: [bins.cti, 'create', '-b', ...relativeDirs(ctiTree)], cwd: ctiTree.root };
  // One untimed run of each generator gives its own "warm" state and the output compared below.
  const bsBarrels = prime(bsTree.workflowDirs, barrelsby);
  const ctiBarrels = prime(ctiTree.workflowDirs, cti);

  const wfCase = (/** @type {string} */ id, /** @type {string} */ mode, /** @type {boolean} */ cold) => ({
    id: `barrel:wf:${id}`,
    label: `wf barrel ${mode}, ${cold ? 'cold (no barrels)' : 'warm (barrels correct)'}`,
    tree,
    display: `wf barrel ${mode}`,
    command: { args: [bins.wf, 'barrel', mode], cwd: wfTree.root },
    expectExit: cold && mode === '--check' ? 1 : 0,
    setup: cold ? () => removeBarrels(wfTree.workflowDirs) : () => writeBarrels(canonical),
    // Warm: nothing may be rewritten. Cold: the same exports, byte for byte, under wfkit's own doc comment.
    verify:
      mode === '--fix'
        ? () => expectBarrels(canonical, `wf barrel --fix (${cold ? 'cold' : 'warm'})`, cold)
        : undefined,
  });
  const otherCase = (
    /** @type {string} */ tool,
    /** @type {string} */ display,
    /** @type {import('../measure.js').Command} */ command,
    /** @type {string[]} */ dirs,
    /** @type {Map<string, string>} */ own,
    /** @type {boolean} */ cold,
  ) => ({
    id: `barrel:${tool}:${cold ? 'cold' : 'warm'}`,
    label: `${display.split(' ')[0]}, ${cold ? 'cold (no barrels)' : 'warm (its own barrels present)'}`,
    tree,
    display,
    command,
    setup: cold ? () => removeBarrels(dirs) : () => writeBarrels(own),
  });

  ctx.log(`barrels: wf, barrelsby and create-ts-index, ${tree} tree`);
  const rows = runInterleaved(
    [
      wfCase('check-warm', '--check', false),
      wfCase('check-cold', '--check', true),
      wfCase('fix-warm', '--fix', false),
      wfCase('fix-cold', '--fix', true),
      otherCase(
        'barrelsby',
        'barrelsby -D -l top -q -d <workflows dirs>',
        barrelsby,
        bsTree.workflowDirs,
        bsBarrels,
        false,
      ),
      otherCase(
        'barrelsby',
        'barrelsby -D -l top -q -d <workflows dirs>',
        barrelsby,
        bsTree.workflowDirs,
        bsBarrels,
        true,
      ),
      otherCase('cti', 'cti create -b <workflows dirs>', cti, ctiTree.workflowDirs, ctiBarrels, false),
      otherCase('cti', 'cti create -b <workflows dirs>', cti, ctiTree.workflowDirs, ctiBarrels, true),
    ],
    ctx.fast,
  );
  writeBarrels(canonical);

  const row = (/** @type {string} */ id) => rowById(rows, id);
  const ratios = [
    pairRatio(
      'barrel:barrelsby-warm/wf-check-warm',
      'barrelsby (warm) ÷ wf barrel --check (warm)',
      row('barrel:barrelsby:warm'),
      row('barrel:wf:check-warm'),
    ),
    pairRatio(
      'barrel:barrelsby-cold/wf-fix-cold',
      'barrelsby (cold) ÷ wf barrel --fix (cold)',
      row('barrel:barrelsby:cold'),
      row('barrel:wf:fix-cold'),
    ),
    pairRatio(
      'barrel:cti-cold/wf-fix-cold',
      'create-ts-index (cold) ÷ wf barrel --fix (cold)',
      row('barrel:cti:cold'),
      row('barrel:wf:fix-cold'),
    ),
  ];

  const sample = (/** @type {Map<string, string>} */ barrels) => /** @type {string} */ ([...barrels.values()][0]);
  const outputs = {
    directory: relativeDirs(wfTree)[0],
    wf: describeBarrel(sample(canonical)),
    barrelsby: describeBarrel(sample(bsBarrels)),
    cti: describeBarrel(sample(ctiBarrels)),
  };
  return { rows, ratios, outputs };
}

/** Runs a barrel generator once on a tree without barrels and returns what it wrote. @param {string[]} dirs @param {import('../measure.js').Command} command */
function prime(dirs, command) {
  removeBarrels(dirs);
  const result = runOnce(command);
  if (result.exitCode !== 0) throw new Error(`${command.args.slice(0, 2).join(' ')} failed:\n${result.stderr}`);
  return snapshotBarrels(dirs);
}

/** @param {Map<string, string>} expected @param {string} what @param {boolean} ignoreDocComment */
function expectBarrels(expected, what, ignoreDocComment) {
  const body = (/** @type {string} */ text) => (ignoreDocComment ? text.replace(/^\/\*\*[\s\S]*?\*\/\n/, '') : text);
  for (const [file, text] of expected) {
    if (body(readFileSync(file, 'utf8')) !== body(text))
      throw new Error(`${what} wrote ${file} unlike the generated canonical barrel`);
  }
}

/** The facts that matter to a Temporal worker about one barrel. @param {string} text */
function describeBarrel(text) {
  const lines = text.split('\n').filter((line) => line.startsWith('export'));
  return {
    text,
    exportStar: lines.filter((line) => line.startsWith('export *')).length,
    namedReExports: lines.filter((line) => line.startsWith('export {')).length,
    jsExtensions: /from '\.\/[^']+\.js'/.test(text),
  };
}
