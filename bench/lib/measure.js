// @ts-check
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Whole-process measurements: wall time from the parent's clock around the child, peak resident
 * memory and CPU time from GNU time (`/usr/bin/time`), or, where that is missing, from a preload
 * that reports the Node process's own `resourceUsage()` as it exits. CPU time is kept as well as
 * wall time because it is far less disturbed by other load on a shared 2-core machine.
 */

const GNU_TIME = '/usr/bin/time';
const usagePreload = new URL('./report-usage.js', import.meta.url).href;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'wfkit-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** How peak memory is read: `gnu-time` or `node-preload` (forced with WFKIT_BENCH_MEMORY=node-preload). */
export const memorySource =
  process.env.WFKIT_BENCH_MEMORY === 'node-preload'
    ? 'node-preload'
    : existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0
      ? 'gnu-time'
      : 'node-preload';

/**
 * @typedef {object} Command
 * @property {string[]} args arguments of `node` (a script and its arguments)
 * @property {string} cwd
 * @property {Record<string, string>} [env] added to the environment
 */

/** @typedef {{ wallMs: number; cpuMs: number; peakKB: number; exitCode: number; stdout: string; stderr: string }} Sample */

/** Runs one Node command to the end and measures it. @param {Command} command @returns {Sample} */
export function runOnce(command) {
  const usageFile = path.join(scratch, 'usage.txt');
  rmSync(usageFile, { force: true });
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, ...command.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  /** @type {[string, string[]]} */
  let spawnArgs;
  if (memorySource === 'gnu-time') {
    spawnArgs = [GNU_TIME, ['-f', '%e %U %S %M', '-o', usageFile, process.execPath, ...command.args]];
  } else {
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import ${usagePreload}`.trim();
    env.WFKIT_BENCH_USAGE_FILE = usageFile;
    spawnArgs = [process.execPath, command.args];
  }
  const start = process.hrtime.bigint();
  const child = spawnSync(spawnArgs[0], spawnArgs[1], { cwd: command.cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.error) throw child.error;
  const usage = readUsage(usageFile);
  return { wallMs, ...usage, exitCode: child.status ?? 128, stdout: child.stdout, stderr: child.stderr };
}

/** @param {string} file @returns {{ cpuMs: number; peakKB: number }} */
function readUsage(file) {
  const text = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  // GNU time writes "Command exited with non-zero status N" above the format line.
  const fields = (text.split('\n').at(-1) ?? '').split(' ').map(Number);
  if (memorySource === 'gnu-time' && fields.length === 4) {
    const [, user = 0, system = 0, peakKB = 0] = fields;
    return { cpuMs: (user + system) * 1000, peakKB };
  }
  if (memorySource === 'node-preload' && fields.length === 2) {
    const [cpuMs = 0, peakKB = 0] = fields;
    return { cpuMs, peakKB };
  }
  return { cpuMs: Number.NaN, peakKB: Number.NaN };
}
