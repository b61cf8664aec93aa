import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyProject, removeCopies, repoRoot } from './helpers/fixture.js';

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];

// Output well over a pipe's buffer (64 KiB), so the reader closes the pipe while wf still writes:
// 2,000 workflows, each also exported as the default (a finding each, a line each in `wf list`),
// and no barrel (a long diff).
let project: string;
beforeAll(() => {
  const files: Record<string, string> = {};
  for (let index = 0; index < 2000; index += 1) {
    const words = [0, 1, 2, 3].map((power) => WORDS[Math.floor(index / 10 ** power) % 10]!);
    const name = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
    files[`workflows/${words.join('-')}.ts`] =
      `import '@temporalio/workflow';\n\nexport async function ${name}(): Promise<void> {}\nexport default ${name};\n`;
  }
  project = emptyProject(files);
});
afterAll(removeCopies);

/** Runs `bin/wf` under bash with its stdout redirected as `redirect` says; the exit code is wf's own. */
function shell(args: string, redirect: string): { code: number; stdout: string; stderr: string } {
  const wf = `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(repoRoot, 'bin', 'wf'))}`;
  const result = spawnSync('bash', ['-c', `${wf} ${args} ${redirect}; exit "\${PIPESTATUS[0]}"`], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('output to a pipe or device that fails', () => {
  it.each([
    ['check', 1],
    ['list', 0],
    ['barrel --check', 1],
  ])('wf %s | head -1 stops writing quietly and exits as the command would have (%i)', (args, code) => {
    const result = shell(args, '| head -1');
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toHaveLength(2);
    expect(result.code).toBe(code);
  });

  it('output to a full device is one line on stderr naming the cause, exit 2', () => {
    const result = shell('check', '> /dev/full');
    expect(result.stderr).toBe('wf: cannot write the output: no space left on device (ENOSPC); free some space.\n');
    expect(result.code).toBe(2);
  });
});
