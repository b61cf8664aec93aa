import { spawnSync } from 'node:child_process';
import { lchownSync, lstatSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { madeByThisTest } from './fixture.js';
import { childEnv, spawnWf, WF_BIN, type RunResult } from './run.js';

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

/**
 * Why file-mode tests cannot run here, or `undefined` when they can: root ignores file modes, so
 * as root they run as `nobody` through `setpriv`, which must then exist.
 */
export const unprivilegedUnavailable: string | undefined =
  !isRoot || spawnSync('setpriv', ['--version']).status === 0
    ? undefined
    : 'running as root without setpriv: file modes cannot be tested';

/**
 * Hands a test's own temporary tree (`emptyProject()`'s directory, directly in the OS temp
 * directory, made by this test process) to the user the commands run as. Refuses any other path:
 * walking a shared directory such as the temp directory itself, or another process's tree, would
 * take other processes' files away from their owners.
 */
export function giveToRunner(root: string): void {
  if (path.dirname(root) !== os.tmpdir() || !path.basename(root).startsWith('wfkit-cli-') || !madeByThisTest(root)) {
    throw new Error(`giveToRunner: ${root} is not a temporary tree this test made (${os.tmpdir()}/wfkit-cli-*)`);
  }
  if (!isRoot) return;
  const visit = (file: string): void => {
    lchownSync(file, NOBODY, NOBODY);
    if (lstatSync(file).isDirectory()) for (const name of readdirSync(file)) visit(path.join(file, name));
  };
  visit(root);
}

/** Runs `wf` as a user that file modes apply to (`nobody`, through setpriv, when the tests run as root). */
export function wfUnprivileged(cwd: string, ...args: string[]): RunResult {
  if (!isRoot) return spawnWf(cwd, args);
  const result = spawnSync(
    'setpriv',
    ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, WF_BIN, ...args],
    { cwd, encoding: 'utf8', env: childEnv() },
  );
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
