import path from 'node:path';
import { describe, expect, it } from 'vitest';
// The worker runs from the built package (Node cannot start a worker from these TypeScript sources).
import * as built from '@wfkit/core';
import { ProjectCache } from '../src/cache/project-cache.js';
import { checkProject } from '../src/check/check-project.js';
import { defaultConfig } from '../src/config/defaults.js';
import { analyzeFiles } from '../src/parallel/analyze-files.js';
import { writeTree } from './support/temp-tree.js';

/** A tree with every kind of file the analysis distinguishes, in two configs with different facades. */
function mixedTree(): string {
  const files: Record<string, string> = {
    'package.json': '{}',
    'src/other/wfkit.config.json': '{ "facade": { "workflowModule": "#other-facade" } }',
    'src/other/workflows/index.ts': "export { StartOther } from './start.js';\n",
    'src/other/workflows/start.ts': "import { Temporal } from '#other-facade';\nexport async function StartOther() { return Temporal; }\n",
    'src/billing/stray.ts': "import { proxyActivities } from '@temporalio/workflow';\nexport async function Stray() { proxyActivities({}); }\n",
  };
  for (let index = 0; index < 24; index++) {
    const name = `Charge${String.fromCharCode(65 + index)}Invoice`;
    const file = `src/billing/workflows/charge-${String.fromCharCode(97 + index)}-invoice.ts`;
    files[file] =
      index % 6 === 0
        ? `export default async function ${name}() {}\n`
        : index % 6 === 1
          ? `export async function ${name}( {\n` // does not parse
          : index % 6 === 2
            ? `import { proxyActivities } from '@temporalio/workflow';\nexport async function ${name}() { proxyActivities({}); }\nexport interface ${name}Input { id: string }\n`
            : `// ünïcödé ✓\nexport const ${name} = async (): Promise<void> => {};\n`;
  }
  files['src/billing/workflows/index.ts'] = "export { ChargeCInvoice } from './charge-c-invoice.js';\n";
  return writeTree(files);
}

/**
 * A snapshot cache (of the built package) that records what is stored in it, where the worker's
 * results arrive, while this thread's own reads are slowed down so that the worker has started
 * before this thread took every file.
 */
function slowedSnapshotCache(stored: string[]): built.ProjectCache {
  return new (class extends built.ProjectCache {
    override readModule(...args: Parameters<built.ProjectCache['readModule']>) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
      return super.readModule(...args);
    }
    override storeModule(...args: Parameters<built.ProjectCache['storeModule']>): void {
      stored.push(args[0]);
      super.storeModule(...args);
    }
  })({ lifetime: Infinity });
}

describe('analyzeFiles', () => {
  it('hands part of the files to a worker thread, whose analyses equal those made here', () => {
    const root = mixedTree();
    const files = built.scanProject([root]).files;
    const stored: string[] = [];
    const cache = slowedSnapshotCache(stored);
    built.analyzeFiles(files, cache, { workerThreshold: 0 });
    expect(stored.length).toBeGreaterThan(0);
    expect(new Set(stored).size).toBe(stored.length);
    const here = new ProjectCache({ lifetime: Infinity });
    for (const { filePath, config } of files) expect(cache.readModule(filePath, config), filePath).toEqual(here.readModule(filePath, config));
  });

  it('leaves a revalidating cache, and a few files, to be parsed when asked', () => {
    const root = writeTree({ 'workflows/a.ts': 'export async function A() {}\n' });
    const file = { filePath: path.join(root, 'workflows/a.ts'), config: defaultConfig };
    for (const [cache, threshold] of [[new ProjectCache(), 0], [new ProjectCache({ lifetime: Infinity }), 2]] as const) {
      const stored: string[] = [];
      cache.storeModule = (filePath) => void stored.push(filePath);
      analyzeFiles([file], cache, { workerThreshold: threshold });
      expect(stored).toEqual([]);
    }
  });
});

describe('checkProject with worker threads', () => {
  it('reports exactly what it reports without them', () => {
    const root = mixedTree();
    const stored: string[] = [];
    const cache = slowedSnapshotCache(stored);
    const withWorkers = built.checkProject([root], { workerThreshold: 0, cache });
    // Barrels are stored by this thread; a workflow file only by the worker.
    expect(stored.some((file) => !file.endsWith('index.ts'))).toBe(true);
    const without = checkProject([root], { workerThreshold: Infinity });
    expect(withWorkers).toEqual(without);
    // The tree has something to report of each kind, so the comparison is not of empty reports.
    expect(without.files.filter((file) => file.parseError !== undefined)).toHaveLength(4);
    expect(new Set(without.files.flatMap((file) => file.findings.map((finding) => finding.ruleId)))).toEqual(
      new Set(['no-default-export', 'barrel-exports-all', 'use-facade', 'workflows-in-workflows-dir', 'filename-matches-workflow']),
    );
  });
});
