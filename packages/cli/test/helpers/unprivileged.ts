import { spawn, spawnSync } from 'node:child_process';
import { lchownSync, lstatSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './fixture.js';
import type { RunResult } from './run.js';

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

/**
 * Why file-mode tests cannot run here, or `undefined` when they can: root ignores file modes, so
 * as root they run as `nobody` through `setpriv`, which must then exist.
 */
export const unprivilegedUnavailable: string | undefined =
  !isRoot || spawnSync('setpriv', ['--version']).status === 0 ? undefined : 'running as root without setpriv: file modes cannot be tested';

/**
 * Hands a test's own temporary tree (`emptyProject()`'s directory, directly in the OS temp
 * directory) to the user the commands run as. Refuses any other path: walking a shared directory
 * such as the temp directory itself would take other processes' files away from their owners.
 */
export function giveToRunner(root: string): void {
  if (path.dirname(root) !== os.tmpdir() || !path.basename(root).startsWith('wfkit-cli-')) {
    throw new Error(`giveToRunner: ${root} is not a test's own temporary tree (${os.tmpdir()}/wfkit-cli-*)`);
  }
  if (!isRoot) return;
  const visit = (file: string): void => {
    lchownSync(file, NOBODY, NOBODY);
    if (lstatSync(file).isDirectory()) for (const name of readdirSync(file)) visit(path.join(file, name));
  };
  visit(root);
}

/** The command line that runs `bin/wf`, as a user to whom file modes apply when `unprivileged`. */
function commandLine(args: readonly string[], nodeOptions: readonly string[], unprivileged: boolean): [string, string[]] {
  const node = [...nodeOptions, path.join(repoRoot, 'bin', 'wf'), ...args];
  return isRoot && unprivileged ? ['setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, ...node]] : [process.execPath, node];
}

const ENV = { ...process.env, NO_COLOR: '', FORCE_COLOR: '' };

/** Runs `wf` as a user that file modes apply to (`nobody` when the tests run as root). */
export function wfUnprivileged(cwd: string, ...args: string[]): RunResult {
  const [command, commandArgs] = commandLine(args, [], true);
  const result = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', env: ENV });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Starts `wf` in a child process and resolves when it exits. `nodeOptions` go to `node` (such as
 * `--import` of a fault injector), `env` is added to the environment.
 */
export function wfProcess(cwd: string, args: readonly string[], { nodeOptions = [], env = {} }: { nodeOptions?: readonly string[]; env?: Record<string, string> } = {}): Promise<RunResult> {
  const [command, commandArgs] = commandLine(args, nodeOptions, false);
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd, env: { ...ENV, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
