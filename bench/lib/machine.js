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
  };
}
