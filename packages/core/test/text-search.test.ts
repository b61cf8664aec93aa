import { chmodSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startScan, scanProject } from '../src/scan/scan-project.js';
import { TextSearch } from '../src/scan/text-search.js';
import { writeTree } from './support/temp-tree.js';

const files: Record<string, string> = {
  'plain.ts': 'export const x = 1;\n',
  'runtime.ts': "import { sleep } from '@temporalio/workflow';\n",
  'facade.ts': "import { Temporal } from '#facade';\n",
  'unicode.ts': "// ünïcödé ✓\nimport { proxyActivities } from '@temporalio/workflow';\n",
  'both.ts': "import '#facade';\nimport '@temporalio/workflow';\n",
};

function search(root: string, workerThreshold: number, extra: string[] = []): string[] {
  const text = new TextSearch({ workerThreshold });
  const names = [...Object.keys(files), ...extra];
  // Two lists of needles, as two configs with different facade modules would give.
  for (const name of names) text.add(path.join(root, name), name === 'facade.ts' ? ['#facade'] : ['@temporalio/workflow']);
  text.start();
  const found = text.finish().map((index) => names[index] ?? '');
  // The worker answered itself: this thread did not read the files after it failed.
  expect(text.answeredByWorker).toBe(workerThreshold === 0);
  return found;
}

describe('TextSearch', () => {
  it('finds the same files on a worker thread as in this one, in add order', () => {
    const root = writeTree(files);
    const expected = ['runtime.ts', 'facade.ts', 'unicode.ts', 'both.ts'];
    expect(search(root, Infinity)).toEqual(expected);
    expect(search(root, 0)).toEqual(expected);
  });

  it('counts a file that cannot be read (missing, a directory, no permission) as containing nothing', () => {
    const root = writeTree({ ...files, 'dir.ts/inner.ts': '', 'locked.ts': "import '@temporalio/workflow';\n" });
    chmodSync(path.join(root, 'locked.ts'), 0o000);
    // Root reads every file whatever its mode: only then is locked.ts found.
    const readable = process.getuid?.() === 0 ? ['locked.ts'] : [];
    for (const threshold of [0, Infinity]) {
      expect(search(root, threshold, ['missing.ts', 'dir.ts', 'locked.ts']).filter((name) => !(name in files))).toEqual(readable);
    }
  });

  it('starts no worker for fewer files than its threshold', () => {
    const root = writeTree(files);
    const text = new TextSearch({ workerThreshold: Object.keys(files).length + 1 });
    for (const name of Object.keys(files)) text.add(path.join(root, name), ['@temporalio/workflow']);
    text.start();
    expect(text.finish()).toEqual([1, 3, 4]);
    expect(text.answeredByWorker).toBe(false);
  });

  it('finds nothing when nothing was added, with or without a worker', () => {
    for (const threshold of [0, Infinity]) {
      const text = new TextSearch({ workerThreshold: threshold });
      text.start();
      expect(text.finish()).toEqual([]);
    }
  });
});

describe('startScan', () => {
  it('gives workflows directories first and the outside files later, as scanProject gives them together', () => {
    const root = writeTree({
      'package.json': '{}',
      'billing/workflows/charge-card.ts': "import { sleep } from '@temporalio/workflow';\nexport async function ChargeCard() { await sleep(1); }\n",
      'billing/workflows/index.ts': "export { ChargeCard } from './charge-card.js';\n",
      'billing/stray.ts': "import { sleep } from '@temporalio/workflow';\n",
      'billing/service.ts': 'export const service = 1;\n',
      'api/start.ts': "import type { WorkflowHandle } from '@temporalio/workflow';\n",
    });
    for (const workerThreshold of [0, Infinity]) {
      const scan = startScan([root], { workerThreshold });
      const relative = (list: Array<{ filePath: string }>) => list.map(({ filePath }) => path.relative(root, filePath).split(path.sep).join('/'));
      expect(relative(scan.files)).toEqual(['billing/workflows/charge-card.ts', 'billing/workflows/index.ts']);
      expect(relative(scan.outsideFiles())).toEqual(['api/start.ts', 'billing/stray.ts']);
      // Asking again does not search again.
      expect(scan.outsideFiles()).toBe(scan.outsideFiles());
      expect(relative(scanProject([root], { workerThreshold }).files)).toEqual([
        'api/start.ts',
        'billing/stray.ts',
        'billing/workflows/charge-card.ts',
        'billing/workflows/index.ts',
      ]);
    }
  });

  it('lists a file given twice (and through its directory) once', () => {
    const root = writeTree({ 'package.json': '{}', 'stray.ts': "import '@temporalio/workflow';\n" });
    for (const workerThreshold of [0, Infinity]) {
      const scan = startScan([root, path.join(root, 'stray.ts'), 'stray.ts'], { cwd: root, workerThreshold });
      expect(scan.outsideFiles().map(({ filePath }) => path.basename(filePath))).toEqual(['stray.ts']);
    }
  });
});
