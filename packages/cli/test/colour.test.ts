import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useColor } from '../src/io.js';
import { runCli } from '../src/main.js';
import { repoRoot } from './helpers/fixture.js';
import { spawnWf } from './helpers/run.js';

const ESCAPE = '\u001b[';

describe('colour, as ESLint and Node decide it', () => {
  it.each([
    // [isTTY, env, argv, colour]
    [false, { FORCE_COLOR: '1' }, [], true],
    [false, { FORCE_COLOR: 'true' }, [], true],
    [false, { FORCE_COLOR: '' }, [], true],
    [false, { FORCE_COLOR: '3' }, [], true],
    [true, { FORCE_COLOR: '0' }, [], false],
    [true, { FORCE_COLOR: 'false' }, [], false],
    [false, { FORCE_COLOR: '1', NO_COLOR: '1' }, [], true],
    [true, { NO_COLOR: '1' }, [], false],
    [true, { TERM: 'dumb' }, [], false],
    [false, {}, ['check', '--color'], true],
    [true, { FORCE_COLOR: '1' }, ['check', '--no-color'], false],
    [true, {}, ['--no-color', 'check', '--color'], true],
    [false, {}, ['new', 'X', '--', '--color'], false],
  ] as const)('isTTY %s, env %j, argv %j → %s', (isTTY, env, argv, colour) => {
    expect(useColor({ isTTY, env }, argv)).toBe(colour);
  });

  it('--color and --no-color are options of every command, and FORCE_COLOR colours piped output', () => {
    const violations = path.join(repoRoot, 'fixtures/violations');
    const forced = spawnWf(violations, ['check', 'orders'], { FORCE_COLOR: '1' });
    expect(forced.code).toBe(1);
    expect(forced.stdout).toContain(`${ESCAPE}31merror${ESCAPE}39m`);
    expect(spawnWf(violations, ['check', 'orders', '--color']).stdout).toContain(ESCAPE);
    const off = spawnWf(violations, ['check', 'orders', '--no-color'], { FORCE_COLOR: '1' });
    expect(off.code).toBe(1);
    expect(off.stdout).toContain('orders/workflows/place-order.ts\n  6:23  error');
    expect(off.stdout).not.toContain(ESCAPE);
  });

  it('colours a usage error on a terminal unless --no-color', async () => {
    const run = async (...argv: string[]) => {
      let stderr = '';
      const code = await runCli(argv, {
        cwd: repoRoot,
        env: {},
        isTTY: true,
        stdout: () => {},
        stderr: (text) => void (stderr += text),
      });
      return { code, stderr };
    };
    expect(await run('bogus')).toMatchObject({ code: 2, stderr: expect.stringContaining(ESCAPE) as unknown });
    expect(await run('bogus', '--no-color')).toEqual({
      code: 2,
      stderr: "wf: unknown command 'bogus'. Run wf --help for the commands.\n",
    });
  });
});
