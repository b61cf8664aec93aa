import { spawnSync } from 'node:child_process';
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

/** Runs the real `bin/wf` in a child process, as a user would. */
export function spawnWf(cwd: string, args: string[], env: Record<string, string> = {}): RunResult {
  // Colour as a user's shell decides it: without the test runner's colour variables (an empty
  // FORCE_COLOR would force it, as it does for Node).
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NO_COLOR' && name !== 'FORCE_COLOR'));
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'wf'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
