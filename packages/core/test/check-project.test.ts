import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/check/check-project.js';
import { offsetToPosition } from '../src/parse/position.js';
import { writeTree } from './support/temp-tree.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const slidesApp = path.join(fixtures, 'slides-app');
const violations = path.join(fixtures, 'violations');
const posix = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

interface Planted {
  ruleId: string | null;
  file: string;
  line: number;
  messageId: string;
}

/** A project report flattened to the shape of EXPECTED.json, in a stable order. */
function flatten(root: string): Planted[] {
  const report = checkProject([root]);
  const rows: Planted[] = [];
  for (const file of report.files) {
    if (file.parseError)
      rows.push({
        ruleId: null,
        file: posix(root, file.filePath),
        line: file.parseError.line,
        messageId: 'parse-error',
      });
    const text = readFileSync(file.filePath, 'utf8');
    for (const finding of file.findings) {
      rows.push({
        ruleId: finding.ruleId,
        file: posix(root, file.filePath),
        line: offsetToPosition(text, finding.range.start).line,
        messageId: finding.messageId,
      });
    }
  }
  return rows.sort(byPlace);
}

const byPlace = (a: Planted, b: Planted) =>
  a.file.localeCompare(b.file, 'en') || a.line - b.line || a.messageId.localeCompare(b.messageId, 'en');

describe('checkProject over the fixtures', () => {
  it('finds every workflow of slides-app, exported by its barrel, and no problem', () => {
    const report = checkProject([slidesApp]);
    expect(report.files.flatMap((file) => file.findings)).toEqual([]);
    expect(report.files.filter((file) => file.parseError)).toEqual([]);
    const workflows = report.workflowDirs.flatMap((dir) =>
      dir.workflows.map((workflow) => `${posix(slidesApp, workflow.filePath)} ${workflow.name} ${workflow.exported}`),
    );
    expect(workflows).toEqual(
      expect.arrayContaining([
        'presentation/edit/content/workflows/regenerate.ts RegenerateContent true',
        'presentation/edit/content/workflows/translate.ts TranslatePresentationContent true',
        'presentation/edit/content/workflows/slide.ts EditPresentationSlide true',
        'document/ingestion/workflows/process-document.ts ProcessDocument true',
        'document/ingestion/workflows/store-document.ts StoreDocument true',
        'modules/email/workflows/send-download-email.ts SendDownloadEmail true',
      ]),
    );
    expect(report.workflowDirs.every((dir) => dir.barrelExists)).toBe(true);
    expect(report.duplicateWorkflowNames).toEqual([]);
  });

  it('finds exactly the problems planted in real-world, from its root and from each package alike', () => {
    const realWorld = path.join(fixtures, 'real-world');
    const expected = (JSON.parse(readFileSync(path.join(realWorld, 'EXPECTED.json'), 'utf8')) as Planted[]).sort(
      byPlace,
    );
    expect(flatten(realWorld)).toEqual(expected);
    for (const entry of readdirSync(realWorld, { withFileTypes: true }).filter((candidate) =>
      candidate.isDirectory(),
    )) {
      const own = flatten(path.join(realWorld, entry.name)).map((row) => ({
        ...row,
        file: `${entry.name}/${row.file}`,
      }));
      expect(own, entry.name).toEqual(expected.filter((row) => row.file.startsWith(`${entry.name}/`)));
    }
  });

  it('finds exactly the problems planted in violations', () => {
    const expected = (JSON.parse(readFileSync(path.join(violations, 'EXPECTED.json'), 'utf8')) as Planted[]).sort(
      byPlace,
    );
    expect(flatten(violations)).toEqual(expected);
  });

  it('lists workflow names defined in two directories', () => {
    const root = writeTree({
      'package.json': '{}',
      'a/workflows/sync-user.ts':
        "import { sleep } from '@temporalio/workflow';\nexport async function SyncUser() { await sleep(1); }\n",
      'a/workflows/index.ts': "export { SyncUser } from './sync-user';\n",
      'b/workflows/sync-user.ts':
        "import { sleep } from '@temporalio/workflow';\nexport async function SyncUser() { await sleep(1); }\n",
    });
    const report = checkProject([root]);
    expect(report.duplicateWorkflowNames).toEqual([
      {
        name: 'SyncUser',
        files: [path.join(root, 'a/workflows/sync-user.ts'), path.join(root, 'b/workflows/sync-user.ts')],
      },
    ]);
    expect(
      report.workflowDirs.map((dir) => [posix(root, dir.dir), dir.barrelExists, dir.workflows.map((w) => w.exported)]),
    ).toEqual([
      ['a/workflows', true, [true]],
      ['b/workflows', false, [false]],
    ]);
  });

  it('reports a file that does not parse and still checks the rest', () => {
    const root = writeTree({
      'package.json': '{}',
      'a/workflows/sync-user.ts': 'export async function SyncUser( {\n',
      'a/workflows/pipeline.ts':
        "import { sleep } from '@temporalio/workflow';\nexport async function SyncTeam() { await sleep(1); }\n",
      'a/workflows/index.ts': "export { SyncTeam } from './pipeline';\n",
    });
    const report = checkProject([root]);
    const broken = report.files.find((file) => file.filePath.endsWith('sync-user.ts'));
    expect(broken?.parseError).toMatchObject({ line: 2, column: 1, message: expect.any(String) });
    expect(report.files.flatMap((file) => file.findings.map((finding) => finding.messageId))).toEqual(['genericName']);
  });
});
