import { chmodSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startScan, scanProject } from '../src/scan/scan-project.js';
import { writeTree } from './support/temp-tree.js';

const relative = (root: string, list: Array<{ filePath: string }>): string[] =>
  list.map(({ filePath }) => path.relative(root, filePath).split(path.sep).join('/'));

describe('startScan', () => {
  it('gives workflows directories first and the outside files later, as scanProject gives them together', () => {
    const root = writeTree({
      'package.json': '{}',
      'billing/workflows/charge-card.ts':
        "import { sleep } from '@temporalio/workflow';\nexport async function ChargeCard() { await sleep(1); }\n",
      'billing/workflows/index.ts': "export { ChargeCard } from './charge-card.js';\n",
      'billing/stray.ts': "import { sleep } from '@temporalio/workflow';\n",
      'billing/service.ts': 'export const service = 1;\n',
      'api/start.ts': "import type { WorkflowHandle } from '@temporalio/workflow';\n",
      'api/unicode.ts': "// ünïcödé ✓\nimport { proxyActivities } from '@temporalio/workflow';\n",
      'worker.ts': "export const options = { workflowsPath: require.resolve('./billing/workflows') };\n",
    });
    const scan = startScan([root]);
    expect(relative(root, scan.files)).toEqual(['billing/workflows/charge-card.ts', 'billing/workflows/index.ts']);
    // The runtime's name, or the worker option the worker model reads.
    expect(relative(root, scan.outsideFiles())).toEqual([
      'api/start.ts',
      'api/unicode.ts',
      'billing/stray.ts',
      'worker.ts',
    ]);
    // Asking again does not search again.
    expect(scan.outsideFiles()).toBe(scan.outsideFiles());
    expect(relative(root, scanProject([root]).files)).toEqual(
      relative(root, [...scan.files, ...scan.outsideFiles()]).sort(),
    );
  });

  it("searches each file for its own config's facade module", () => {
    const root = writeTree({
      'package.json': '{}',
      'a/wfkit.config.json': '{ "facade": { "workflowModule": "#a-facade" } }',
      'a/uses-a.ts': "import { Temporal } from '#a-facade';\n",
      'a/uses-b.ts': "import { Temporal } from '#b-facade';\n",
      'b/wfkit.config.json': '{ "facade": { "workflowModule": "#b-facade" } }',
      'b/uses-b.ts': "import { Temporal } from '#b-facade';\n",
    });
    expect(relative(root, startScan([root]).outsideFiles())).toEqual(['a/uses-a.ts', 'b/uses-b.ts']);
  });

  it('counts a file that cannot be read when searched (gone since the walk, no permission) as naming nothing', () => {
    const root = writeTree({
      'package.json': '{}',
      'gone.ts': "import '@temporalio/workflow';\n",
      'locked.ts': "import '@temporalio/workflow';\n",
    });
    chmodSync(path.join(root, 'locked.ts'), 0o000);
    const scan = startScan([root]);
    rmSync(path.join(root, 'gone.ts'));
    // Root reads every file whatever its mode: only then is locked.ts found.
    expect(relative(root, scan.outsideFiles())).toEqual(process.getuid?.() === 0 ? ['locked.ts'] : []);
  });

  it('lists a file given twice (and through its directory) once', () => {
    const root = writeTree({ 'package.json': '{}', 'stray.ts': "import '@temporalio/workflow';\n" });
    const scan = startScan([root, path.join(root, 'stray.ts'), 'stray.ts'], { cwd: root });
    expect(scan.outsideFiles().map(({ filePath }) => path.basename(filePath))).toEqual(['stray.ts']);
  });
});
