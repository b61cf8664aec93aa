import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BILLING_FILES, billingProject } from './helpers/billing.js';
import { removeCopies } from './helpers/fixture.js';
import { wf } from './helpers/run.js';
import { snapshotTree } from './helpers/tree.js';
import { giveToRunner, unprivilegedUnavailable, wfUnprivileged } from './helpers/unprivileged.js';

afterEach(removeCopies);

const bytesOf = (project: string, file: string): Buffer => readFileSync(path.join(project, file));
const ACCESS_FIX = 'check the permissions on it and the directories above it for the user running wf';
const ACCESS_FIX_SENTENCE = `${ACCESS_FIX.charAt(0).toUpperCase()}${ACCESS_FIX.slice(1)}.`;

// Root ignores file modes: these run `wf` as `nobody` (through setpriv) on the test's own tree,
// handed to it (never the temp directory above it).
describe.skipIf(unprivilegedUnavailable !== undefined)(
  'files wf may not read or write (as a user file modes apply to)',
  () => {
    it.each([
      ['unreadable', 0o000],
      ['write-only', 0o200],
    ])(
      'wf new with an %s tasks.ts: an error naming it, nothing written (never taken for a missing file)',
      (_, mode) => {
        const project = billingProject();
        giveToRunner(project);
        chmodSync(path.join(project, 'billing/tasks.ts'), mode);
        const before = snapshotTree(project, { bytes: true });
        const result = wfUnprivileged(project, 'new', 'SendInvoice', '--in', 'billing');
        expect(result).toEqual({
          code: 2,
          stdout: '',
          stderr: `wf: billing/tasks.ts cannot be read: permission denied. Nothing was written; ${ACCESS_FIX}, then run wf again.\n`,
        });
        expect(snapshotTree(project, { bytes: true })).toEqual(before);
      },
    );

    it('wf new in a project whose root it may not write: the project lock is named, nothing written', () => {
      const project = billingProject();
      giveToRunner(project);
      chmodSync(project, 0o555);
      try {
        const before = snapshotTree(project, { bytes: true });
        const result = wfUnprivileged(project, 'new', 'SendInvoice', '--in', 'billing');
        expect(result).toEqual({
          code: 2,
          stdout: '',
          stderr: `wf: cannot create the lock .wfkit.wf-lock: permission denied. ${ACCESS_FIX_SENTENCE}\n`,
        });
        expect(snapshotTree(project, { bytes: true })).toEqual(before);
      } finally {
        chmodSync(project, 0o755);
      }
    });

    it.each([
      [
        'billing/models.ts',
        `billing/models.ts cannot be read: permission denied. Nothing was written; ${ACCESS_FIX}, then run wf again.`,
      ],
      [
        'billing/workflows/index.ts',
        `cannot read billing/workflows/index.ts: permission denied. ${ACCESS_FIX_SENTENCE}`,
      ],
      [
        'billing/workflows/send-invoice.ts',
        `billing/workflows/send-invoice.ts cannot be read: permission denied. Nothing was written; ${ACCESS_FIX}, then run wf again.`,
      ],
    ])('wf new (--force) with an unreadable %s: the same, for it', (file, message) => {
      const project = billingProject({
        'billing/workflows/send-invoice.ts': 'export async function SendInvoice(): Promise<void> {}\n',
      });
      giveToRunner(project);
      chmodSync(path.join(project, file), 0o000);
      const before = snapshotTree(project, { bytes: true });
      const result = wfUnprivileged(project, 'new', 'SendInvoice', '--in', 'billing', '--force');
      expect(result.stderr).toBe(`wf: ${message}\n`);
      expect(result.code).toBe(2);
      expect(snapshotTree(project, { bytes: true })).toEqual(before);
    });

    it.each([
      ['billing/tasks.ts', 'without a write bit (444)', 0o444],
      ['billing/models.ts', 'without a write bit (444)', 0o444],
      ['billing/workflows/index.ts', 'without a write bit (444)', 0o444],
      ['billing/tasks.ts', 'its owner may not write (464)', 0o464],
    ])('wf new with a read-only %s, %s: named, left as it was, nothing else written', (file, _, mode) => {
      const project = billingProject();
      giveToRunner(project);
      chmodSync(path.join(project, file), mode);
      const before = snapshotTree(project, { bytes: true });
      const result = wfUnprivileged(project, 'new', 'SendInvoice', '--in', 'billing');
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `wf: cannot write ${file}: it is read-only. Nothing was changed; make it writable (chmod u+w) if wf should change it.\n`,
      });
      expect(snapshotTree(project, { bytes: true })).toEqual(before);
      expect(statSync(path.join(project, file)).mode & 0o777).toBe(mode);
    });

    it('wf new with a read-only workflows directory: named, nothing written (the temporary files beside tasks.ts and models.ts removed)', () => {
      const project = billingProject();
      giveToRunner(project);
      chmodSync(path.join(project, 'billing/workflows'), 0o555);
      const before = snapshotTree(project, { bytes: true });
      const result = wfUnprivileged(project, 'new', 'SendInvoice', '--in', 'billing');
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `wf: cannot write billing/workflows/send-invoice.ts: permission denied. Nothing was changed; ${ACCESS_FIX}.\n`,
      });
      expect(snapshotTree(project, { bytes: true })).toEqual(before);
    });

    it('wf barrel --fix with a read-only stale barrel: named, left as it was (exit 1)', () => {
      const project = billingProject({
        'billing/workflows/refund.ts': 'export async function RefundPayment(): Promise<void> {}\n',
      });
      giveToRunner(project);
      chmodSync(path.join(project, 'billing/workflows/index.ts'), 0o444);
      const before = bytesOf(project, 'billing/workflows/index.ts');
      const result = wfUnprivileged(project, 'barrel', '--fix');
      expect(result.stdout).toContain(
        'cannot write billing/workflows/index.ts: it is read-only. It is unchanged; make it writable (chmod u+w) if wf should change it, then run `wf barrel --fix` again.',
      );
      expect(result.code).toBe(1);
      expect(bytesOf(project, 'billing/workflows/index.ts')).toEqual(before);
    });

    it('wf check with an unreadable directory: one line naming it, the cause and the fix (exit 2)', () => {
      const project = billingProject({ 'billing/secret/notes.ts': 'export {};\n' });
      giveToRunner(project);
      chmodSync(path.join(project, 'billing/secret'), 0o000);
      const result = wfUnprivileged(project, 'check');
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `wf: cannot read directory billing/secret: permission denied. ${ACCESS_FIX_SENTENCE}\n`,
      });
    });

    it.each(['check', 'list', 'barrel --fix'])(
      'wf %s with an unreadable workflow file: one line naming it, the cause and the fix (exit 2)',
      (command) => {
        const project = billingProject();
        giveToRunner(project);
        chmodSync(path.join(project, 'billing/workflows/charge.ts'), 0o000);
        const result = wfUnprivileged(project, ...command.split(' '));
        expect(result).toEqual({
          code: 2,
          stdout: '',
          stderr: `wf: cannot read billing/workflows/charge.ts: permission denied. ${ACCESS_FIX_SENTENCE}\n`,
        });
      },
    );

    it('wf barrel with an unreadable barrel: one line naming it, not an internal error', () => {
      const project = billingProject();
      giveToRunner(project);
      chmodSync(path.join(project, 'billing/workflows/index.ts'), 0o000);
      const result = wfUnprivileged(project, 'barrel', '--fix');
      expect(result.stderr).toBe(
        `wf: cannot read billing/workflows/index.ts: permission denied. ${ACCESS_FIX_SENTENCE}\n`,
      );
      expect(result.code).toBe(2);
    });
  },
);

describe('encodings', () => {
  const LATIN1_TASKS = Buffer.concat([
    Buffer.from('/** Activit'),
    Buffer.from([0xe9]),
    Buffer.from('s de facturation. */\nexport async function chargeCard(): Promise<void> {}\n'),
  ]);

  it.each(['billing/tasks.ts', 'billing/models.ts'])(
    'wf new refuses a Latin-1 %s, naming where it is not UTF-8; its bytes are unchanged',
    async (file) => {
      const project = billingProject();
      writeFileSync(path.join(project, file), LATIN1_TASKS);
      const before = snapshotTree(project, { bytes: true });
      const result = await wf(project, 'new', 'SendInvoice', '--in', 'billing');
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `wf: ${file} is not UTF-8 (byte 0xE9 at 1:12; Latin-1 or Windows-1252 text?), and wf rewrites only files it can decode without loss. Nothing was written; convert it to UTF-8 (e.g. \`iconv -f latin1 -t utf-8\`), then run wf again.\n`,
      });
      expect(snapshotTree(project, { bytes: true })).toEqual(before);
    },
  );

  it('wf barrel: a stale barrel with a Latin-1 doc comment is reported as not fixable by --check and left byte for byte by --fix', async () => {
    const project = billingProject({
      'billing/workflows/refund.ts': 'export async function RefundPayment(): Promise<void> {}\n',
    });
    const barrel = Buffer.concat([
      Buffer.from('/** Flux de facturation, r'),
      Buffer.from([0xe9]),
      Buffer.from("sum\u00e9s. */\n\nexport { ChargeCard } from './charge.js';\n", 'latin1'),
    ]);
    writeFileSync(path.join(project, 'billing/workflows/index.ts'), barrel);
    const problem =
      'cannot write billing/workflows/index.ts: it is not UTF-8 (byte 0xE9 at 1:27; Latin-1 or Windows-1252 text?), and wf rewrites only files it can decode without loss. It is unchanged; convert it to UTF-8 (e.g. `iconv -f latin1 -t utf-8`), then run `wf barrel --fix` again.';
    const check = await wf(project, 'barrel', '--check');
    expect(check.stdout).toContain(`cannot fix billing/workflows/index.ts\n  ${problem}`);
    expect(check.code).toBe(1);
    const fix = await wf(project, 'barrel', '--fix');
    expect(fix.stdout).toContain(problem);
    expect(fix.code).toBe(1);
    expect(bytesOf(project, 'billing/workflows/index.ts')).toEqual(barrel);
  });

  it('wf new keeps the UTF-8 byte order mark of tasks.ts and models.ts', async () => {
    const project = billingProject();
    const bodies: Record<string, string> = {};
    for (const file of ['billing/tasks.ts', 'billing/models.ts']) {
      bodies[file] = readFileSync(path.join(project, file), 'utf8');
      writeFileSync(path.join(project, file), `\uFEFF${bodies[file]}`);
    }
    const result = await wf(project, 'new', 'SendInvoice', '--in', 'billing');
    expect(result.code).toBe(0);
    for (const [file, body] of Object.entries(bodies)) {
      const after = bytesOf(project, file);
      expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      // Everything that was there stays, byte for byte (tasks.ts gains an import above it, both a stub below).
      expect(after.toString('utf8')).toContain(body);
      expect(after.toString('utf8')).toMatch(
        file === 'billing/tasks.ts' ? /export async function sendInvoice\(/ : /export interface SendInvoiceInput/,
      );
    }
  });

  it('wf barrel --fix keeps the byte order mark of a stale barrel; a second run finds it up to date', async () => {
    const project = billingProject({
      'billing/workflows/refund.ts': 'export async function RefundPayment(): Promise<void> {}\n',
    });
    const barrel = path.join(project, 'billing/workflows/index.ts');
    writeFileSync(barrel, `\uFEFF${BILLING_FILES['billing/workflows/index.ts']}`);
    expect((await wf(project, 'barrel', '--fix')).code).toBe(0);
    expect(readFileSync(barrel, 'utf8')).toBe(
      `\uFEFF${BILLING_FILES['billing/workflows/index.ts']}export { RefundPayment } from './refund.js';\n`,
    );
    expect(await wf(project, 'barrel', '--check')).toMatchObject({ code: 0, stdout: '✔ 1 barrel up to date.\n' });
  });
});

describe('long names', () => {
  it('a legal 245-byte workflow file name is written (its temporary name is kept within the 255-byte limit)', async () => {
    const project = billingProject();
    const result = await wf(
      project,
      'new',
      `Send${'InvoiceAgain'.repeat(17)}`,
      '--in',
      'billing',
      '--no-stubs',
      '--activity',
      'chargeCard',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const file = /created (billing\/workflows\/\S+\.ts)/.exec(result.stdout)?.[1];
    expect(file).toBeDefined();
    expect(Buffer.byteLength(path.basename(file!))).toBe(245);
    expect(existsSync(path.join(project, file!))).toBe(true);
  });

  it('a name too long for the file system: one line naming the cause and the fix, nothing written', async () => {
    const project = billingProject();
    mkdirSync(path.join(project, 'billing/workflows'), { recursive: true });
    const before = snapshotTree(project);
    const result = await wf(
      project,
      'new',
      `Send${'InvoiceAgain'.repeat(25)}`,
      '--in',
      'billing',
      '--no-stubs',
      '--activity',
      'chargeCard',
    );
    const file = `billing/workflows/send${'-invoice-again'.repeat(25)}.ts`;
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `wf: cannot read ${file}: the name is too long for the file system. Choose a shorter name.\n`,
    });
    expect(snapshotTree(project)).toEqual(before);
  });
});
