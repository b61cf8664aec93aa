import { lstatSync, mkdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BILLING_FILES, billingProject } from './helpers/billing.js';
import { emptyProject, removeCopies } from './helpers/fixture.js';
import { wf, type RunResult } from './helpers/run.js';
import { snapshotTree } from './helpers/tree.js';

afterEach(removeCopies);

const REFUND = { 'billing/workflows/refund-payment.ts': 'export async function RefundPayment(): Promise<void> {}\n' };

/** Moves `file` of `project` to `storage` (inside it) and puts a relative symbolic link in its place. */
function linkAway(project: string, file: string, storage: string): void {
  mkdirSync(path.dirname(path.join(project, storage)), { recursive: true });
  renameSync(path.join(project, file), path.join(project, storage));
  symlinkSync(
    path.relative(path.dirname(path.join(project, file)), path.join(project, storage)),
    path.join(project, file),
  );
}

const isLink = (project: string, file: string): boolean => lstatSync(path.join(project, file)).isSymbolicLink();
const text = (project: string, file: string): string => readFileSync(path.join(project, file), 'utf8');

describe('a symbolic link to a file is written through', () => {
  it('wf new with tasks.ts, models.ts and the barrel linked to shared files: the shared files change, the links stay links', async () => {
    const plain = billingProject();
    expect((await wf(plain, 'new', 'SendInvoice', '--in', 'billing')).code).toBe(0);
    const project = billingProject();
    const shared = {
      'billing/tasks.ts': 'shared/billing-tasks.ts',
      'billing/models.ts': 'shared/billing-models.ts',
      'billing/workflows/index.ts': 'shared/billing-index.ts',
    };
    for (const [file, storage] of Object.entries(shared)) linkAway(project, file, storage);
    const result = await wf(project, 'new', 'SendInvoice', '--in', 'billing');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('changed billing/tasks.ts (stub activity sendInvoice)');
    for (const [file, storage] of Object.entries(shared)) {
      expect(isLink(project, file)).toBe(true);
      expect(text(project, storage)).toBe(text(plain, file));
    }
  });

  it('wf barrel --fix with a linked stale barrel: the file it points to is fixed, the link stays', async () => {
    const project = billingProject(REFUND);
    linkAway(project, 'billing/workflows/index.ts', 'shared/billing-index.ts');
    const link = readlinkSync(path.join(project, 'billing/workflows/index.ts'));
    const result = await wf(project, 'barrel', '--fix');
    expect(result.code).toBe(0);
    expect(readlinkSync(path.join(project, 'billing/workflows/index.ts'))).toBe(link);
    expect(text(project, 'shared/billing-index.ts')).toBe(
      `${BILLING_FILES['billing/workflows/index.ts']}export { RefundPayment } from './refund-payment.js';\n`,
    );
  });

  it('a link to a file that does not exist is refused by wf new and wf barrel --fix, and left as it was', async () => {
    const project = billingProject(REFUND);
    rmSync(path.join(project, 'billing/tasks.ts'));
    symlinkSync('../shared/missing-tasks.ts', path.join(project, 'billing/tasks.ts'));
    rmSync(path.join(project, 'billing/workflows/index.ts'));
    symlinkSync('../../shared/missing-index.ts', path.join(project, 'billing/workflows/index.ts'));
    const before = snapshotTree(project);
    expect(await wf(project, 'new', 'SendInvoice', '--in', 'billing')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'wf: billing/tasks.ts is a symbolic link to ../shared/missing-tasks.ts, which does not exist. Nothing was written; create the file it points to, or remove the link, then run wf again.\n',
    });
    const fix = await wf(project, 'barrel', '--fix');
    expect(fix.stdout).toContain(
      'cannot write billing/workflows/index.ts: it is a symbolic link to ../../shared/missing-index.ts, which does not exist. It is unchanged; create the file it points to, or remove the link, then run `wf barrel --fix` again.',
    );
    expect(fix.code).toBe(1);
    expect(snapshotTree(project)).toEqual(before);
  });
});

describe('a symbolic link to a directory', () => {
  /** What check, list and barrel say about a project. */
  const reports = async (project: string): Promise<RunResult[]> => [
    await wf(project, 'check'),
    await wf(project, 'list'),
    await wf(project, 'barrel', '--check'),
  ];

  it('a linked workflows directory is what check, list, barrel and new see, exactly as if it were a directory there', async () => {
    const plain = billingProject(REFUND);
    const project = billingProject(REFUND);
    linkAway(project, 'billing/workflows', 'shared/billing-workflows');
    const expected = await reports(plain);
    // Not vacuous: check and barrel find the stale barrel, list shows both workflows.
    expect(expected.map((result) => result.code)).toEqual([1, 0, 1]);
    expect(expected[1]!.stdout).toContain('RefundPayment');
    expect(await reports(project)).toEqual(expected);

    for (const args of [
      ['barrel', '--fix'],
      ['new', 'SendInvoice', '--in', 'billing'],
    ]) {
      expect(await wf(project, ...args)).toEqual(await wf(plain, ...args));
    }
    expect(isLink(project, 'billing/workflows')).toBe(true);
    const linked = snapshotTree(project);
    for (const [file, content] of Object.entries(snapshotTree(plain))) {
      expect(linked[file.replace(/^billing\/workflows\//, 'shared/billing-workflows/')]).toBe(content);
    }
    expect(await reports(project)).toEqual(await reports(plain));
  });

  it('a link out of the project root is not followed by check, list or barrel (and wf new refuses to write through it)', async () => {
    const elsewhere = emptyProject({ 'flows/charge.ts': BILLING_FILES['billing/workflows/charge.ts'] });
    const project = billingProject();
    symlinkSync(path.join(elsewhere, 'flows'), path.join(project, 'billing/archive'));
    mkdirSync(path.join(project, 'other'));
    symlinkSync(path.join(elsewhere, 'flows'), path.join(project, 'other/workflows'));
    const plain = billingProject();
    expect(await reports(project)).toEqual(await reports(plain));
    const before = snapshotTree(elsewhere);
    const result = await wf(project, 'new', 'ArchiveInvoice', '--in', 'other');
    expect(result.stderr).toMatch(
      /^wf: other\/workflows\/archive-invoice\.ts resolves to \/.+, outside the project root .+, through a symbolic link\./,
    );
    expect(snapshotTree(elsewhere)).toEqual(before);
  });

  it.each([
    ['a workflows directory', false],
    ['a linked workflows directory', true],
  ])(
    'links back up (a loop) and a path given twice count each directory once, in %s; a link to itself is skipped',
    async (_, linked) => {
      const plain = billingProject(REFUND);
      const project = billingProject(REFUND);
      if (linked) linkAway(project, 'billing/workflows', 'shared/billing-workflows');
      mkdirSync(path.join(project, 'billing/workflows/older'));
      symlinkSync('..', path.join(project, 'billing/workflows/older/again'));
      // From billing, this loop reaches shared/ before billing/workflows: still not walked.
      symlinkSync('..', path.join(project, 'billing/again'));
      symlinkSync('self', path.join(project, 'billing/self'));
      expect(await reports(project)).toEqual(await reports(plain));
      expect(await wf(project, 'list', 'billing', 'billing/again/billing', 'billing/workflows/older/again')).toEqual(
        await wf(plain, 'list', 'billing'),
      );
    },
  );
});
