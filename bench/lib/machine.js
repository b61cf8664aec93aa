// @ts-check
import os from 'node:os';
import { memorySource } from './measure.js';

/** The machine a result was measured on: without it a number means little. */
export function machineInfo() {
  return {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    memorySource,
    // Other work on the machine slows every run; the ratios are taken pair by pair for that reason.
    loadAverageAtStart: os.loadavg().map((load) => Math.round(load * 100) / 100),
    cpuLoopMsAtStart: cpuLoopMs(),
  };
}

/**
 * How long a fixed CPU-bound loop takes here now (best of three): the virtual machine's host is
 * shared, and its speed moves by a third within a day, so a table is read with this beside it.
 */
export function cpuLoopMs() {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    let sum = 0;
    for (let i = 0; i < 1e8; i++) sum += i % 7;
    best = Math.min(best, performance.now() - start);
    // Checked, so that the loop cannot be optimized away.
    if (sum !== LOOP_SUM) throw new Error(`the calibration loop summed to ${sum}, not ${LOOP_SUM}`);
  }
  return Math.round(best);
}

// Σ i % 7 for i < 10⁸: 14,285,714 full cycles of 0..6 (21 each), then 0 and 1.
const LOOP_SUM = 299_999_995;
