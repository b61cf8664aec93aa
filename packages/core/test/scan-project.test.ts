import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathNotFoundError, scanProject } from '../src/scan/scan-project.js';
import { writeTree } from './support/temp-tree.js';

/** A workflow module: it imports the workflow runtime. */
const RUNTIME = "import '@temporalio/workflow';\n";
const relative = (root: string, files: string[]) =>
  files.map((file) => path.relative(root, file).split(path.sep).join('/'));

describe('scanProject', () => {
  it('finds workflow directories and the files worth parsing, skipping build output and dependencies', () => {
    const root = writeTree({
      'package.json': '{}',
      'billing/workflows/charge-card.ts': RUNTIME,
      'billing/workflows/index.ts': '',
      'billing/workflows/charge-card.test.ts': '',
      'billing/tasks.ts': 'export async function charge() {}',
      'billing/stray.ts': "import { sleep } from '@temporalio/workflow';",
      'billing/facade-user.ts': "import { Temporal } from '@wfkit/temporal/workflow';",
      'empty/workflows/README.md': '',
      'node_modules/lib/workflows/a.ts': '',
      'dist/billing/workflows/a.ts': '',
      'generated/workflows/a.ts': '',
      'wfkit.config.json': '{ "ignore": ["generated"] }',
    });
    const result = scanProject([root]);
    // A directory named workflows that holds no workflow code (docs, CI) is none.
    expect(
      relative(
        root,
        result.workflowDirs.map(({ dir }) => dir),
      ),
    ).toEqual(['billing/workflows']);
    expect(
      relative(
        root,
        result.files.map(({ filePath }) => filePath),
      ),
    ).toEqual([
      'billing/facade-user.ts',
      'billing/stray.ts',
      'billing/workflows/charge-card.ts',
      'billing/workflows/index.ts',
    ]);
  });

  it('reads nothing outside workflows directories when asked not to', () => {
    const root = writeTree({
      'package.json': '{}',
      'billing/workflows/charge-card.ts': RUNTIME,
      'billing/stray.ts': "import { sleep } from '@temporalio/workflow';",
    });
    const result = scanProject([root], { outsideFiles: false });
    expect(
      relative(
        root,
        result.files.map(({ filePath }) => filePath),
      ),
    ).toEqual(['billing/workflows/charge-card.ts']);
  });

  it('lets a nested wfkit.config.json govern its subtree', () => {
    const root = writeTree({
      'package.json': '{}',
      'apps/a/workflows/x.ts': RUNTIME,
      'apps/b/wfkit.config.json': '{ "workflowDirs": ["flows"] }',
      'apps/b/workflows/y.ts': '',
      'apps/b/flows/z.ts': RUNTIME,
    });
    const result = scanProject(['.'], { cwd: root });
    expect(
      relative(
        root,
        result.files.map(({ filePath }) => filePath),
      ),
    ).toEqual(['apps/a/workflows/x.ts', 'apps/b/flows/z.ts']);
    expect(result.files[1]?.config.workflowDirs).toEqual(['flows']);
  });

  it('accepts single files and fails clearly on a path that does not exist', () => {
    const root = writeTree({ 'package.json': '{}', 'a/workflows/x.ts': RUNTIME, 'a/workflows/y.ts': RUNTIME });
    expect(
      relative(
        root,
        scanProject(['a/workflows/x.ts'], { cwd: root }).files.map(({ filePath }) => filePath),
      ),
    ).toEqual(['a/workflows/x.ts']);
    expect(() => scanProject(['missing'], { cwd: root })).toThrow(PathNotFoundError);
    expect(() => scanProject(['missing'], { cwd: root })).toThrow(/missing: no such file or directory/);
  });
});
