// @ts-check
import { runOnce } from './measure.js';
import { median, round } from './stats.js';

/**
 * @typedef {object} Case
 * @property {string} id stable key of the row in the JSON
 * @property {string} label what is measured, for the table
 * @property {string} tree which corpus it runs on
 * @property {string} display the command as a person would type it
 * @property {import('./measure.js').Command} command
 * @property {number} [expectExit] exit code a correct run has (default 0); anything else aborts the bench
 * @property {() => void} [setup] untimed, before every run: puts the tree in the state the case needs
 * @property {(sample: import('./measure.js').Sample) => void} [verify] untimed, after every run
 */

/**
 * @typedef {object} Row
 * @property {string} id
 * @property {string} label
 * @property {string} tree
 * @property {string} command
 * @property {number} runs
 * @property {{ median: number; min: number; max: number }} wallMs
 * @property {{ median: number }} cpuMs
 * @property {{ median: number; max: number }} peakMB
 * @property {Array<{ wallMs: number; cpuMs: number; peakKB: number }>} samples one per round, in round order
 */

/**
 * Runs the cases in rounds, each round every case once, the order reversed every other round, so
 * that a slow spell of the machine hits all of them alike and ratios can be taken round by round.
 * The first `warmup` rounds fill the file-system cache and are thrown away.
 * @param {Case[]} cases @param {{ runs: number; warmup: number; log: (line: string) => void }} options
 * @returns {Row[]}
 */
export function runInterleaved(cases, { runs, warmup, log }) {
  /** @type {Map<string, import('./measure.js').Sample[]>} */
  const kept = new Map(cases.map((c) => [c.id, []]));
  for (let roundIndex = 0; roundIndex < warmup + runs; roundIndex++) {
    const order = roundIndex % 2 === 0 ? cases : [...cases].reverse();
    for (const c of order) {
      c.setup?.();
      const sample = runOnce(c.command);
      const expected = c.expectExit ?? 0;
      if (sample.exitCode !== expected) {
        throw new Error(
          `${c.display} (in ${c.command.cwd}) exited ${sample.exitCode}, expected ${expected}:\n${tail(sample.stderr || sample.stdout)}`,
        );
      }
      c.verify?.(sample);
      const warm = roundIndex < warmup ? ' (warm-up)' : '';
      log(
        `  ${c.id.padEnd(36)} ${(sample.wallMs / 1000).toFixed(2).padStart(6)} s ${String(Math.round(sample.peakKB / 1024)).padStart(5)} MB${warm}`,
      );
      if (roundIndex >= warmup) kept.get(c.id)?.push(sample);
    }
  }
  return cases.map((c) => toRow(c, kept.get(c.id) ?? []));
}

/** @param {Case} c @param {import('./measure.js').Sample[]} samples @returns {Row} */
function toRow(c, samples) {
  const walls = samples.map((s) => s.wallMs);
  const peaks = samples.map((s) => s.peakKB / 1024);
  return {
    id: c.id,
    label: c.label,
    tree: c.tree,
    command: c.display,
    runs: samples.length,
    wallMs: { median: round(median(walls)), min: round(Math.min(...walls)), max: round(Math.max(...walls)) },
    cpuMs: { median: round(median(samples.map((s) => s.cpuMs))) },
    peakMB: { median: round(median(peaks), 1), max: round(Math.max(...peaks), 1) },
    samples: samples.map((s) => ({ wallMs: round(s.wallMs), cpuMs: round(s.cpuMs), peakKB: s.peakKB })),
  };
}

/**
 * @typedef {object} Ratio
 * @property {string} id
 * @property {string} label
 * @property {string} numerator row id
 * @property {string} denominator row id
 * @property {number} wall median over rounds of numerator wall / denominator wall
 * @property {number} cpu the same for CPU time
 */

/**
 * A ratio of two rows measured in the same rounds: the median of the per-round ratios, which
 * cancels a slow spell that hit both runs of a round.
 * @param {string} id @param {string} label @param {Row} numerator @param {Row} denominator @returns {Ratio}
 */
export function pairRatio(id, label, numerator, denominator) {
  const rounds = Math.min(numerator.samples.length, denominator.samples.length);
  const per = (/** @type {'wallMs' | 'cpuMs'} */ key) =>
    Array.from(
      { length: rounds },
      (_, i) =>
        /** @type {number} */ (numerator.samples[i]?.[key]) / /** @type {number} */ (denominator.samples[i]?.[key]),
    );
  return {
    id,
    label,
    numerator: numerator.id,
    denominator: denominator.id,
    wall: round(median(per('wallMs')), 3),
    cpu: round(median(per('cpuMs')), 3),
  };
}

/** @param {string} text */
function tail(text) {
  return text.trim().split('\n').slice(-15).join('\n');
}

/** The row of that id; a scenario asking for a row it did not run is a bug. @param {Row[]} rows @param {string} id */
export function rowById(rows, id) {
  const row = rows.find((r) => r.id === id);
  if (row === undefined) throw new Error(`no row ${id}`);
  return row;
}
