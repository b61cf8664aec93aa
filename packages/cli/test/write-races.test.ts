import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSource } from '../src/fs/read-source.js';
import { fileChange, writeChanges } from '../src/generate/file-change.js';
import { BILLING_FILES, billingProject } from './helpers/billing.js';
import { removeCopies, repoRoot, scratchDir } from './helpers/fixture.js';
import { wf, wfProcess, type RunResult } from './helpers/run.js';
import { snapshotTree } from './helpers/tree.js';

afterEach(removeCopies);

const FAULTS = pathToFileURL(path.join(repoRoot, 'packages/cli/test/helpers/write-faults.mjs')).href;
const withFaults = (faults: Record<string, unknown>) => ({
  nodeOptions: ['--import', FAULTS],
  env: { WF_TEST_FAULTS: JSON.stringify(faults) },
});
const AGAIN = 'Nothing was changed; run the command again, so it plans from what is there now.';

/** Resolves once `ready()` holds; rejects if one of `runs` ends first (it never reached the pause). */
async function until(ready: () => boolean, runs: readonly Promise<RunResult>[]): Promise<void> {
  let ended: RunResult | undefined;
  for (const run of runs) void run.then((result) => void (ended ??= result));
  while (!ready()) {
    if (ended !== undefined) throw new Error(`wf ended before the pause: ${JSON.stringify(ended)}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Starts `wf new <name> --in billing` for each name (or `wf <args>`), all paused after reading; lets them go together. */
async function afterTheSameRead(
  project: string,
  commands: readonly (string | string[])[],
  between: () => void = () => {},
): Promise<RunResult[]> {
  const pause = scratchDir();
  const runs = commands.map((command) =>
    wfProcess(
      project,
      typeof command === 'string' ? ['new', command, '--in', 'billing'] : command,
      withFaults({ pause }),
    ),
  );
  await until(() => readdirSync(pause).length === commands.length, runs);
  between();
  writeFileSync(path.join(pause, 'go'), '');
  return Promise.all(runs);
}

/** `wf new SendInvoice --in billing`, paused as it first opens a file named `fileName`, while `between` runs. */
async function pausedAtOpen(project: string, fileName: string, between: () => void): Promise<RunResult> {
  const pause = scratchDir();
  const run = wfProcess(project, newIn('SendInvoice'), withFaults({ pause, pauseAtOpen: fileName }));
  await until(() => readdirSync(pause).length === 1, [run]);
  between();
  writeFileSync(path.join(pause, 'go'), '');
  return run;
}

/** The tree `wf new <name> --in billing` alone gives a fresh billing project. */
async function aloneGives(name: string): Promise<Record<string, string>> {
  const project = billingProject();
  expect((await wf(project, 'new', name, '--in', 'billing')).code).toBe(0);
  return snapshotTree(project, { bytes: true });
}

/** wf's own files (temporaries, locks) anywhere in the tree: none may be left. */
const leftovers = (project: string): string[] =>
  Object.keys(snapshotTree(project)).filter((file) => /\.(tmp|wf-lock)$/.test(file));

/** The id of a process that has ended. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

/**
 * Starts `first` and pauses it after its read, then starts `second`, which must wait for the
 * project's lock; lets the first go once the second has had ample time to run had it not waited.
 */
async function whileTheFirstHoldsTheProject(project: string, first: string[], second: string[]): Promise<RunResult[]> {
  const pause = scratchDir();
  const firstRun = wfProcess(project, first, withFaults({ pause }));
  await until(() => readdirSync(pause).length === 1, [firstRun]);
  const secondRun = wfProcess(project, second);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  writeFileSync(path.join(pause, 'go'), '');
  return Promise.all([firstRun, secondRun]);
}

const newIn = (name: string): string[] => ['new', name, '--in', 'billing'];

/** Project files without the lock a paused run holds. */
const withoutLock = (tree: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(tree).filter(([file]) => !file.endsWith('.wf-lock')));

describe('concurrent wf new in one feature directory', () => {
  it.each([
    ['an existing feature', []],
    ['a new feature', Object.keys(BILLING_FILES)],
  ])(
    'in %s, a second run waits for the first and plans from what it wrote: both workflows are kept, as if run one after the other',
    async (_, absent) => {
      const fresh = (): string => {
        const project = billingProject();
        for (const file of absent) rmSync(path.join(project, file));
        return project;
      };
      const project = fresh();
      const results = await whileTheFirstHoldsTheProject(project, newIn('SendInvoice'), newIn('RefundPayment'));
      expect(results.map((result) => result.code)).toEqual([0, 0]);
      const inTurn = fresh();
      expect((await wf(inTurn, ...newIn('SendInvoice'))).code).toBe(0);
      expect((await wf(inTurn, ...newIn('RefundPayment'))).code).toBe(0);
      expect(snapshotTree(project, { bytes: true })).toEqual(snapshotTree(inTurn, { bytes: true }));
      expect(readFileSync(path.join(project, 'billing/workflows/index.ts'), 'utf8')).toMatch(
        /export \{ RefundPayment \}[^]*export \{ SendInvoice \}/,
      );
      expect(leftovers(project)).toEqual([]);
    },
  );

  it('wf new waits for a wf barrel --fix of the same project: the barrel keeps what the fix added and gains the new export', async () => {
    const project = billingProject({
      'billing/workflows/refund.ts':
        "import '@temporalio/workflow';\n\nexport async function RefundPayment(): Promise<void> {}\n",
    });
    const [fix, created] = await whileTheFirstHoldsTheProject(project, ['barrel', '--fix'], newIn('SendInvoice'));
    expect([fix!.code, created!.code]).toEqual([0, 0]);
    const barrel = readFileSync(path.join(project, 'billing/workflows/index.ts'), 'utf8');
    expect(barrel).toContain("export { RefundPayment } from './refund.js';");
    expect(barrel).toContain("export { SendInvoice } from './send-invoice.js';");
    expect(leftovers(project)).toEqual([]);
  });

  it('free-running runs never lose a barrel export, a stub or a workflow file: they take turns, and both write all of it', async () => {
    const names = ['SendInvoice', 'RefundPayment'];
    for (let attempt = 0; attempt < 10; attempt++) {
      const project = billingProject();
      const results = await Promise.all(names.map((name) => wfProcess(project, ['new', name, '--in', 'billing'])));
      const text = (file: string) => readFileSync(path.join(project, 'billing', file), 'utf8');
      expect(results.map((result) => result.code)).toEqual([0, 0]);
      for (const [index, name] of names.entries()) {
        const result = results[index]!;
        const file = path.join(
          project,
          'billing/workflows',
          name === 'SendInvoice' ? 'send-invoice.ts' : 'refund-payment.ts',
        );
        const activity = `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
        if (result.code === 0) {
          expect(existsSync(file)).toBe(true);
          expect(text('workflows/index.ts')).toContain(`export { ${name} }`);
          expect(text('tasks.ts')).toContain(`export async function ${activity}(`);
          expect(text('models.ts')).toContain(`export interface ${name}Input`);
        } else {
          expect(result.stderr).toMatch(/^wf: cannot write billing\/\S+: it changed since wf read it/);
          expect(result.code).toBe(2);
          expect(existsSync(file)).toBe(false);
          expect(text('tasks.ts')).not.toContain(`function ${activity}(`);
        }
      }
      // What was there before is all still there.
      expect(text('workflows/index.ts')).toContain("export { ChargeCard } from './charge.js';");
      expect(text('tasks.ts')).toContain(BILLING_FILES['billing/tasks.ts'].trimEnd());
      expect(leftovers(project)).toEqual([]);
      removeCopies();
    }
  });
});

describe('an edit while wf writes', () => {
  it.each(['billing/tasks.ts', 'billing/models.ts', 'billing/workflows/index.ts'])(
    'a line saved into %s after wf read it: nothing written, the file named, the edit kept',
    async (file) => {
      const project = billingProject();
      let edited: Record<string, string> = {};
      const [result] = await afterTheSameRead(project, ['SendInvoice'], () => {
        appendFileSync(path.join(project, file), '// Saved by the user while wf ran.\n');
        edited = withoutLock(snapshotTree(project, { bytes: true }));
      });
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `wf: cannot write ${file}: it changed since wf read it (another wf, or an editor, saved it meanwhile). ${AGAIN}\n`,
      });
      expect(snapshotTree(project, { bytes: true })).toEqual(edited);
    },
  );

  it('a workflow file saved after wf new found none (while it plans) is kept: not overwritten without --force', async () => {
    const project = billingProject();
    let saved: Record<string, string> = {};
    // Paused when it first reads models.ts: it has looked for the workflow file, and planned nothing yet.
    const result = await pausedAtOpen(project, 'models.ts', () => {
      writeFileSync(path.join(project, 'billing/workflows/send-invoice.ts'), '// Saved by the user while wf ran.\n');
      saved = withoutLock(snapshotTree(project, { bytes: true }));
    });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `wf: cannot write billing/workflows/send-invoice.ts: it was created by another process while wf ran. ${AGAIN}\n`,
    });
    expect(snapshotTree(project, { bytes: true })).toEqual(saved);
    expect(leftovers(project)).toEqual([]);
  });

  it('a line saved into the barrel before wf new reads it is planned from: the line kept, the export added', async () => {
    const project = billingProject();
    const barrel = path.join(project, 'billing/workflows/index.ts');
    // Paused as it opens the barrel: wf reads it once, and plans the rewrite from that text.
    const result = await pausedAtOpen(project, 'index.ts', () =>
      writeFileSync(barrel, `// Saved by the user while wf ran.\n${BILLING_FILES['billing/workflows/index.ts']}`),
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(barrel, 'utf8')).toBe(
      "// Saved by the user while wf ran.\n/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */\n\nexport { ChargeCard } from './charge.js';\nexport { SendInvoice } from './send-invoice.js';\n",
    );
  });

  it('wf barrel --fix: a line saved into the stale barrel after wf read it is kept, and the barrel named', async () => {
    const project = billingProject({
      'billing/workflows/refund.ts': 'export async function RefundPayment(): Promise<void> {}\n',
    });
    let edited: Record<string, string> = {};
    const [result] = await afterTheSameRead(project, [['barrel', '--fix']], () => {
      appendFileSync(path.join(project, 'billing/workflows/index.ts'), '// Saved by the user while wf ran.\n');
      edited = withoutLock(snapshotTree(project, { bytes: true }));
    });
    expect(result!.stdout).toContain(
      'cannot write billing/workflows/index.ts: it changed since wf read it (another wf, or an editor, saved it meanwhile). It is unchanged; run `wf barrel --fix` again, so it plans from what is there now.',
    );
    expect(result!.code).toBe(1);
    expect(snapshotTree(project, { bytes: true })).toEqual(edited);
  });

  it('an edit of the same size with the same modification time is still found (by its SHA-256)', () => {
    const project = billingProject();
    const tasks = path.join(project, 'billing/tasks.ts');
    const stamp = new Date('2026-01-01T00:00:00Z');
    utimesSync(tasks, stamp, stamp);
    const source = readSource(tasks);
    const edit = BILLING_FILES['billing/tasks.ts'].replace('amount', 'amounT');
    writeFileSync(tasks, edit);
    utimesSync(tasks, stamp, stamp);
    expect(() => writeChanges([fileChange(tasks, source, 'replaced\n', '')])).toThrow(
      expect.objectContaining({
        name: 'WriteFailure',
        reason: 'it changed since wf read it (another wf, or an editor, saved it meanwhile)',
      }),
    );
    expect(readFileSync(tasks, 'utf8')).toBe(edit);
    expect(leftovers(project)).toEqual([]);
  });
});

describe('a write that fails, and then its undo fails too', () => {
  it('the barrel rename fails, then the disk is full: tasks.ts and models.ts keep the complete new text (never empty or partial), and the message names them', async () => {
    const project = billingProject();
    const before = snapshotTree(project, { bytes: true });
    const result = await wfProcess(
      project,
      ['new', 'SendInvoice', '--in', 'billing'],
      withFaults({ failRenameOnto: 'index.ts', diskFullAfterFailedRename: true }),
    );
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "wf: cannot write billing/workflows/index.ts: operation not permitted. Could not restore billing/tasks.ts, billing/models.ts; compare them with version control; check the file's permissions.\n",
    });
    const complete = await aloneGives('SendInvoice');
    const after = snapshotTree(project, { bytes: true });
    expect(after['billing/tasks.ts']).toBe(complete['billing/tasks.ts']);
    expect(after['billing/models.ts']).toBe(complete['billing/models.ts']);
    // The new workflow file is removed (a removal needs no space), the barrel is as it was, and no temporary file is left.
    expect(after).toEqual({
      ...before,
      'billing/tasks.ts': complete['billing/tasks.ts'],
      'billing/models.ts': complete['billing/models.ts'],
    });
  });
});

describe('what a killed wf leaves', () => {
  it('a lock whose process is gone is taken over', async () => {
    const project = billingProject();
    const lock = path.join(project, 'billing/.tasks.ts.wf-lock');
    writeFileSync(lock, `${deadPid()}\n`);
    const result = await wf(project, 'new', 'SendInvoice', '--in', 'billing');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(lock)).toBe(false);
    expect(snapshotTree(project, { bytes: true })).toEqual(await aloneGives('SendInvoice'));
  });

  it('a lock a live process holds past the wait: the file it locks is named, nothing written', async () => {
    const project = billingProject();
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    // wf waits ten seconds for a lock: a clock that runs a second a call gets there at once.
    let tick = Date.now();
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (tick += 1000));
    try {
      writeFileSync(path.join(project, 'billing/.tasks.ts.wf-lock'), `${live.pid}\n`);
      const before = snapshotTree(project, { bytes: true });
      const result = await wf(project, 'new', 'SendInvoice', '--in', 'billing');
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `wf: cannot write billing/tasks.ts: another process (${live.pid}) is writing it. Nothing was changed; wait for it to finish, then run the command again.\n`,
      });
      expect(snapshotTree(project, { bytes: true })).toEqual(before);
    } finally {
      clock.mockRestore();
      live.kill();
    }
  });

  it.each([
    ['wf barrel --fix', ['barrel', '--fix']],
    ['wf new', ['new', 'SendInvoice', '--in', 'billing']],
  ])(
    "%s removes temporary files of wf's naming whose process is gone, and keeps a live process's and the user's files",
    async (_, args) => {
      const project = billingProject();
      const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
      try {
        const dead = deadPid();
        const stale = [`billing/workflows/.index.ts.${dead}.k3j4h5g6.tmp`, `billing/.tasks.ts.${dead}.a1b2c3d4.tmp`];
        const kept = [
          `billing/workflows/.index.ts.${live.pid}.z9y8x7w6.tmp`,
          // The user's files, named only like wf's: not hidden, no pid, or no 8-character random part.
          `billing/workflows/index.ts.${dead}.k3j4h5g6.tmp`,
          'billing/workflows/.index.ts.tmp',
          `billing/workflows/.index.ts.${dead}.v2.tmp`,
          'billing/notes.tmp',
        ];
        for (const file of [...stale, ...kept]) writeFileSync(path.join(project, file), 'partial');
        const result = await wf(project, ...args);
        expect(result.code).toBe(0);
        const files = Object.keys(snapshotTree(project));
        // wf barrel --fix sweeps every workflows directory it visits; wf new, the directories it writes to.
        for (const file of stale.filter((file) => args[0] === 'new' || file.includes('workflows/')))
          expect(files).not.toContain(file);
        for (const file of kept) expect(files).toContain(file);
      } finally {
        live.kill();
      }
    },
  );
});
