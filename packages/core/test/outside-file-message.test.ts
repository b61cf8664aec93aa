import { describe, expect, it } from 'vitest';
import { onlyFinding } from './support/check-helpers.js';
import { writeTree } from './support/temp-tree.js';

const barrel = "/** Barrel. */\n\nexport { exportReport } from '../reports/export-report';\n";
const report =
  "import { formatReport } from './format';\n\nexport async function exportReport(id: string): Promise<string> {\n  return formatReport(id);\n}\n";
const worker = (taskQueue: string) =>
  `import { Worker } from '@temporalio/worker';\nWorker.create({ workflowsPath: require.resolve('./workflows'), taskQueue: '${taskQueue}' });\n`;

describe('workflows-in-workflows-dir on a module a worker loads without importing the runtime', () => {
  it('names the worker that loads it rather than a runtime import it does not have', () => {
    const root = writeTree({
      'package.json': '{ "name": "app" }',
      'src/worker.ts': worker('reports'),
      'src/workflows/index.ts': barrel,
      'src/reports/export-report.ts': report,
      'src/reports/format.ts': 'export function formatReport(id: string): string { return id; }\n',
    });
    const finding = onlyFinding(root, 'src/reports/export-report.ts');
    expect(finding.messageId).toBe('loadedOutsideWorkflowsDir');
    expect(finding.message).toBe(
      "'exportReport' is a workflow (an exported function returning a Promise, in a module the worker in 'src/worker.ts' loads) outside a 'workflows/' directory. Move it to 'src/reports/workflows/export.ts', one workflow per file, re-exported by that directory's barrel (`wf fix` moves it and updates its imports).",
    );
  });

  it('names every worker that registers it', () => {
    const root = writeTree({
      'package.json': '{ "name": "app" }',
      'src/worker.ts': worker('reports'),
      'src/worker-urgent.ts': worker('urgent'),
      'src/workflows/index.ts': barrel,
      'src/reports/export-report.ts': report,
      'src/reports/format.ts': 'export function formatReport(id: string): string { return id; }\n',
    });
    expect(onlyFinding(root, 'src/reports/export-report.ts').message).toContain(
      "in a module the workers in 'src/worker-urgent.ts' and 'src/worker.ts' load)",
    );
  });

  it('keeps the runtime wording for a module that imports the runtime', () => {
    const root = writeTree({
      'package.json': '{ "name": "app" }',
      'src/billing/charge.ts':
        "import { sleep } from '@temporalio/workflow';\nexport async function ChargeCard() { await sleep(1); }\n",
    });
    const finding = onlyFinding(root, 'src/billing/charge.ts');
    expect(finding.messageId).toBe('outsideWorkflowsDir');
    expect(finding.message).toContain('in a module that imports the workflow runtime');
  });
});
