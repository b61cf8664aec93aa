/** `wf fix` refuses (exit 2, nothing written) rather than overwrite work; `--dry-run` writes nothing. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSource } from '../src/fs/read-source.js';
import { fileChange, writeChanges, WriteFailure, type FileChange } from '../src/generate/file-change.js';
import { copyFixture, emptyProject, removeCopies } from './helpers/fixture.js';
import { wf } from './helpers/run.js';
import { read, snapshotTree } from './helpers/tree.js';

afterEach(removeCopies);

/** legacy-app as a git repository with everything committed. */
function committedApp(): string {
  const app = copyFixture('legacy-app');
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', ...args], {
      cwd: app,
      encoding: 'utf8',
    });
  git('init', '--quiet');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'legacy');
  return app;
}

describe('wf fix refuses', () => {
  it('when a file it would change has uncommitted changes: exit 2, nothing written', async () => {
    const app = committedApp();
    appendFileSync(path.join(app, 'src/client.ts'), '// work in progress\n');
    const before = snapshotTree(app);
    const result = await wf(app, 'fix');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'wf: src/client.ts has uncommitted changes that wf fix would overwrite. Commit or stash them (so the fix is one reviewable change), or pass --allow-dirty; nothing was written.\n',
    );
    expect(snapshotTree(app)).toEqual(before);
  });

  it('when a file it would delete is not committed at all', async () => {
    const app = committedApp();
    execFileSync('git', ['rm', '--cached', '--quiet', 'src/workflows.ts'], { cwd: app });
    const before = snapshotTree(app);
    const result = await wf(app, 'fix');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('wf: src/workflows.ts has uncommitted changes');
    expect(snapshotTree(app)).toEqual(before);
  });

  it('when a file it would change is a staged rename', async () => {
    const app = committedApp();
    execFileSync('git', ['mv', 'src/client.ts', 'src/orders-client.ts'], { cwd: app });
    const result = await wf(app, 'fix');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('wf: src/orders-client.ts has uncommitted changes');
  });

  it('but not for changes in files it does not touch', async () => {
    const app = committedApp();
    appendFileSync(path.join(app, 'src/activities.ts'), '// work in progress\n');
    const result = await wf(app, 'fix');
    expect(result.code).toBe(0);
    expect(read(app, 'src/activities.ts')).toContain('// work in progress');
    expect(read(app, 'src/workflows/index.ts')).toContain("export { SendReminder } from './send-reminder';");
  });

  it('and writes over them with --allow-dirty', async () => {
    const app = committedApp();
    appendFileSync(path.join(app, 'src/client.ts'), '// work in progress\n');
    const result = await wf(app, 'fix', '--allow-dirty');
    expect(result.code).toBe(0);
    expect(read(app, 'src/client.ts')).toContain("import { ShipPackage } from './shipping/workflows/ship-package';");
    expect(read(app, 'src/client.ts')).toContain('// work in progress');
  });

  it('to update a barrel that holds other code: exit 2, nothing written', async () => {
    const app = copyFixture('legacy-app');
    appendFileSync(path.join(app, 'src/shipping/workflows/index.ts'), "export const SHIPPING_QUEUE = 'shipping';\n");
    const before = snapshotTree(app);
    const result = await wf(app, 'fix');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'wf: Cannot update src/shipping/workflows/index.ts: it holds statements other than re-exports. Fix that first (`wf barrel` says more), then run wf fix again; nothing was written.\n',
    );
    expect(snapshotTree(app)).toEqual(before);
  });

  it('to move a module onto a directory that exists', async () => {
    const app = copyFixture('legacy-app');
    mkdirSync(path.join(app, 'src/billing/workflows'));
    writeFileSync(path.join(app, 'src/billing/workflows/README.md'), 'notes\n');
    const result = await wf(app, 'fix');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'not fixed src/billing/workflows.ts:1 src/billing/workflows/ exists already, and the module would become that directory: merge them by hand.',
    );
    expect(read(app, 'src/billing/workflows.ts')).toContain('export async function chargeCustomer');
  });
});

describe('wf fix --dry-run', () => {
  it('prints the moves, the new files and a diff, and writes nothing', async () => {
    const app = committedApp();
    appendFileSync(path.join(app, 'src/client.ts'), '// uncommitted: a dry run does not mind\n');
    const before = snapshotTree(app);
    const result = await wf(app, 'fix', '--dry-run');
    expect(result.code).toBe(0);
    expect(snapshotTree(app)).toEqual(before);
    expect(result.stdout).toContain(
      'split src/workflows.ts → src/workflows/place-order.ts, src/workflows/approve-expense.ts, src/workflows/send-reminder.ts, src/workflows/shared.ts\n',
    );
    expect(result.stdout).toContain('would create src/workflows/index.ts (new barrel)\n');
    expect(result.stdout).toContain('would delete src/workflows.ts (moved away)\n');
    expect(result.stdout).toContain(
      '--- new file src/workflows/index.ts\n/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */\n',
    );
    expect(result.stdout).toContain('--- a/src/billing/worker.ts\n+++ b/src/billing/worker.ts\n');
    expect(result.stdout).toContain(
      "-    workflowsPath: path.join(__dirname, 'workflows.ts'),\n+    workflowsPath: path.join(__dirname, 'workflows/index.ts'),\n",
    );
    expect(result.stdout).toContain('Dry run: nothing written; 18 file(s) would change. Run `wf fix` to write them.\n');
  });
});

describe('wf fix writes all or nothing', () => {
  it('puts a deleted file back when a later step fails', () => {
    const project = emptyProject({ 'src/workflows.ts': 'old module\n', 'src/client.ts': 'old client\n' });
    const before = snapshotTree(project);
    const file = (name: string): string => path.join(project, 'src', name);
    const changes: FileChange[] = [
      fileChange(file('workflows/place-order.ts'), undefined, 'new workflow\n', ''),
      { ...fileChange(file('workflows.ts'), readSource(file('workflows.ts')), '', ''), removed: true },
      fileChange(file('client.ts'), readSource(file('client.ts')), 'new client\n', ''),
    ];
    const failing = {
      ...fs,
      renameSync: (from: fs.PathLike, to: fs.PathLike) => {
        if (to === file('client.ts')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        fs.renameSync(from, to);
      },
    };
    expect(() => writeChanges(changes, failing)).toThrow(WriteFailure);
    expect(snapshotTree(project)).toEqual(before);
  });
});

describe('wf fix --help', () => {
  it('shows the options and examples', async () => {
    const result = await wf(process.cwd(), 'fix', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: wf fix [options] [paths...]');
    expect(result.stdout).toContain('--allow-dirty');
    expect(result.stdout).toContain('  wf fix --dry-run              # see the plan and the diff first\n');
    expect(result.stdout).toContain('Refused with nothing written (exit 2)');
  });
});
