// @ts-check
import { TIMING_TOP } from './scenarios/eslint.js';

/**
 * @typedef {object} Target
 * @property {string} id
 * @property {string} description
 * @property {string} tree
 * @property {number} value
 * @property {string} limit as the issue states it
 * @property {boolean} met
 */

/**
 * The targets, judged from the rows and ratios that were measured (a target whose rows
 * were not run, e.g. with --only, is left out).
 * @param {import('./interleave.js').Row[]} rows @param {import('./interleave.js').Ratio[]} ratios
 * @param {import('./scenarios/eslint.js').Timing | undefined} timing
 * @returns {Target[]}
 */
export function judgeTargets(rows, ratios, timing) {
  const row = (/** @type {string} */ id) => rows.find((r) => r.id === id);
  const ratio = (/** @type {string} */ id) => ratios.find((r) => r.id === id);
  /** @type {Target[]} */
  const targets = [];
  const check = row('check:wf:large') ?? row('check:wf:small');
  if (check)
    targets.push({
      id: 'check-wall',
      description: 'wf check median wall',
      tree: check.tree,
      value: check.wallMs.median,
      limit: '≤ 1000 ms',
      met: check.wallMs.median <= 1000,
    });
  const versusEslint = ratio('check:eslint-wfkit/wf');
  const paired = row('check:wf:paired');
  if (versusEslint && paired)
    targets.push({
      id: 'check-vs-eslint',
      description: 'ESLint (wfkit rules only) ÷ wf check',
      tree: paired.tree,
      value: versusEslint.wall,
      limit: '≥ 10×',
      met: versusEslint.wall >= 10,
    });
  const barrelCheck = row('barrel:wf:check-warm');
  const versusBarrelsby = ratio('barrel:barrelsby-warm/wf-check-warm');
  if (barrelCheck && versusBarrelsby) {
    targets.push({
      id: 'barrel-vs-barrelsby',
      description: 'barrelsby ÷ wf barrel --check',
      tree: barrelCheck.tree,
      value: versusBarrelsby.wall,
      limit: '> 1×',
      met: versusBarrelsby.wall > 1,
    });
    targets.push({
      id: 'barrel-memory',
      description: 'wf barrel --check peak memory (MB)',
      tree: barrelCheck.tree,
      value: barrelCheck.peakMB.max,
      limit: '≤ 100 MB',
      met: barrelCheck.peakMB.max <= 100,
    });
  }
  const overhead = ratio('eslint:wfkit/parser-only');
  const parserOnly = row('eslint:parser-only');
  if (overhead && parserOnly) {
    const percent = Math.round((overhead.wall - 1) * 1000) / 10;
    targets.push({
      id: 'eslint-overhead',
      description: 'wfkit plugin overhead over ESLint parser-only (%)',
      tree: parserOnly.tree,
      value: percent,
      limit: '≤ 5 %',
      met: percent <= 5,
    });
  }
  if (timing) {
    const best = Math.min(...timing.wfkitRanks.map((r) => r.rank));
    targets.push({
      id: 'timing-rank',
      description: `best rank of a wfkit rule in TIMING (top ${TIMING_TOP} must have none)`,
      tree: timing.tree,
      value: best,
      limit: `> ${TIMING_TOP}`,
      met: best > TIMING_TOP,
    });
  }
  const created = row('new:wf:large') ?? row('new:wf:small');
  if (created)
    targets.push({
      id: 'new-wall',
      description: 'wf new median wall',
      tree: created.tree,
      value: created.wallMs.median,
      limit: '≤ 500 ms',
      met: created.wallMs.median <= 500,
    });
  // Issue 15's limits for a change measured against the code before it (`--baseline`).
  const checkAgainst = ratio('compare:check');
  const checkAfter = row('compare:check:after');
  if (checkAgainst && checkAfter)
    targets.push({
      id: 'compare-check',
      description: 'wf check after ÷ before (wall)',
      tree: checkAfter.tree,
      value: checkAgainst.wall,
      limit: '≤ 1.10×',
      met: checkAgainst.wall <= 1.1,
    });
  const newAfter = row('compare:new:after');
  const newBefore = row('compare:new:before');
  if (newAfter && newBefore) {
    const added = newAfter.wallMs.median - newBefore.wallMs.median;
    targets.push({
      id: 'compare-new',
      description: 'wf new after − before (median wall, ms)',
      tree: newAfter.tree,
      value: added,
      limit: '≤ 100 ms',
      met: added <= 100,
    });
  }
  return targets;
}
