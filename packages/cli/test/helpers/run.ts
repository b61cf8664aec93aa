import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { runCli } from '../../src/main.js';
import { repoRoot } from './fixture.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `wf` in-process, as from a shell in `cwd` that is not a terminal. */
export async function wf(cwd: string, ...args: string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    env: {},
    isTTY: false,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

/** The `wf` command of this repository (the built CLI). */
export const WF_BIN = path.join(repoRoot, 'bin', 'wf');

/**
 * The environment `wf` child processes run in: this one's without the test runner's colour
 * variables (an empty FORCE_COLOR forces colour, as it does for Node), plus `env`.
 */
export const childEnv = (env: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NO_COLOR' && name !== 'FORCE_COLOR')),
  ...env,
});

/** Runs the real `bin/wf` in a child process, as a user would. */
export function spawnWf(cwd: string, args: string[], env: Record<string, string> = {}): RunResult {
  const result = spawnSync(process.execPath, [WF_BIN, ...args], { cwd, encoding: 'utf8', env: childEnv(env) });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Starts the real `bin/wf` in a child process and resolves when it exits, so several can run at
 * once. `nodeOptions` go to `node` (such as `--import` of a fault injector).
 */
export function wfProcess(
  cwd: string,
  args: readonly string[],
  { nodeOptions = [], env = {} }: { nodeOptions?: readonly string[]; env?: Record<string, string> } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, WF_BIN, ...args], { cwd, env: childEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
