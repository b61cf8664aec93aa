import * as fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSource } from '../src/fs/read-source.js';
import { fileChange, writeChanges, WriteFailure, type ChangeFs, type FileChange } from '../src/generate/file-change.js';
import { billingProject } from './helpers/billing.js';
import { copyFixture, emptyProject, removeCopies } from './helpers/fixture.js';
import { wf } from './helpers/run.js';
import { snapshotTree } from './helpers/tree.js';

afterEach(removeCopies);

const CONTENT = 'presentation/edit/content';

/** The real file system, except that renaming a temporary onto `failing` fails with EPERM. */
function failingRename(failing: string): ChangeFs {
  return {
    ...fs,
    renameSync: (from, to) => {
      if (to === failing)
        throw Object.assign(new Error(`EPERM: operation not permitted, rename '${String(from)}' -> '${String(to)}'`), {
          code: 'EPERM',
        });
      fs.renameSync(from, to);
    },
  };
}

describe('wf new writes all or nothing', () => {
  it('writeChanges restores every renamed file, deletes new ones and their directories when the last rename fails', () => {
    const project = emptyProject({
      'billing/models.ts': 'export interface Invoice {\n  id: string;\n}\n',
      'billing/tasks.ts': 'export {};\n',
    });
    const before = snapshotTree(project);
    const file = (name: string) => path.join(project, 'billing', name);
    const changes: FileChange[] = [
      fileChange(file('models.ts'), readSource(file('models.ts')), 'changed models\n', ''),
      fileChange(file('tasks.ts'), readSource(file('tasks.ts')), 'changed tasks\n', ''),
      fileChange(file('workflows/send-invoice.ts'), undefined, 'new workflow\n', ''),
      fileChange(file('workflows/index.ts'), undefined, 'new barrel\n', ''),
    ];
    let failure: unknown;
    try {
      writeChanges(changes, failingRename(file('workflows/index.ts')));
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(WriteFailure);
    expect(failure).toMatchObject({
      filePath: file('workflows/index.ts'),
      notRestored: [],
      reason: 'operation not permitted',
      cause: { code: 'EPERM' },
    });
    expect(snapshotTree(project)).toEqual(before);
  });

  it('an existing file keeps its permission bits', async () => {
    const project = billingProject();
    fs.chmodSync(path.join(project, 'billing/tasks.ts'), 0o640);
    fs.chmodSync(path.join(project, 'billing/workflows/index.ts'), 0o600);
    expect((await wf(project, 'new', 'SendInvoice', '--in', 'billing')).code).toBe(0);
    expect(fs.readFileSync(path.join(project, 'billing/tasks.ts'), 'utf8')).toMatch(
      /export async function sendInvoice\(/,
    );
    expect(fs.statSync(path.join(project, 'billing/tasks.ts')).mode & 0o7777).toBe(0o640);
    expect(fs.statSync(path.join(project, 'billing/workflows/index.ts')).mode & 0o7777).toBe(0o600);
  });

  it('a barrel that cannot be written: one line naming it and the fix, exit 2, the tree byte-identical', async () => {
    const app = copyFixture('slides-app');
    // A directory where the barrel should be: renaming the temporary file onto it fails, after
    // models.ts, tasks.ts and the workflow file were renamed into place.
    fs.rmSync(path.join(app, CONTENT, 'workflows/index.ts'));
    fs.mkdirSync(path.join(app, CONTENT, 'workflows/index.ts'));
    const before = snapshotTree(app);
    const result = await wf(app, 'new', 'RefreshSpeakerNotes', '--in', CONTENT);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `wf: ${CONTENT}/workflows/index.ts is a directory. Nothing was written; move the directory away, then run wf again.\n`,
    });
    expect(snapshotTree(app)).toEqual(before);
  });

  it('a failure in a new feature directory removes the directories it created', async () => {
    const app = copyFixture('slides-app');
    fs.mkdirSync(path.join(app, 'presentation/archive/tasks.ts'), { recursive: true });
    const before = snapshotTree(app);
    const result = await wf(app, 'new', 'ArchiveDeck', '--in', 'presentation/archive');
    expect(result.stderr).toBe(
      'wf: presentation/archive/tasks.ts is a directory. Nothing was written; move the directory away, then run wf again.\n',
    );
    expect(result.code).toBe(2);
    expect(snapshotTree(app)).toEqual(before);
  });
});
