import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectCache } from '../src/cache/project-cache.js';
import { checkProject } from '../src/check/check-project.js';
import { planBarrel } from '../src/check/plan-barrel.js';
import { ConfigError } from '../src/config/config-error.js';
import { loadConfig } from '../src/config/load-config.js';
import { contextWords } from '../src/naming/context-words.js';
import { writeTree } from './support/temp-tree.js';

const posix = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

describe('what a worker loading the barrel registers (wf list)', () => {
  it('counts names passed on by export *, and a name only from the file the barrel takes it from', () => {
    const root = writeTree({
      'package.json': '{}',
      'reports/workflows/export-report.ts': "import { sleep } from '@temporalio/workflow';\nexport async function ExportReport() { await sleep(1); }\n",
      'reports/workflows/index.ts': "export * from './export-report';\n",
      'orders/workflows/refund-order.ts': "import { sleep } from '@temporalio/workflow';\nexport async function RefundOrder() { await sleep(1); }\n",
      'orders/workflows/refund.ts': 'export async function RefundOrder() {}\n',
      'orders/workflows/index.ts': "export { RefundOrder } from './refund';\n",
    });
    const listed = checkProject([root]).workflowDirs.flatMap((dir) =>
      dir.workflows.map((workflow) => `${posix(root, workflow.filePath)} ${workflow.exported}`),
    );
    expect(listed).toEqual(['orders/workflows/refund-order.ts false', 'orders/workflows/refund.ts false', 'reports/workflows/export-report.ts true']);
  });
});

describe('planBarrel for a directory without a barrel', () => {
  it('reports names two files both export before writing one', () => {
    const root = writeTree({
      'package.json': '{}',
      'orders/workflows/refund-order.ts': 'export async function RefundOrder() {}\n',
      'orders/workflows/refund.ts': 'export async function RefundOrder() {}\n',
    });
    const dir = path.join(root, 'orders/workflows');
    const plan = planBarrel(dir, loadConfig(dir), { cache: new ProjectCache() });
    expect(plan.findings.map((finding) => finding.message)).toEqual([
      "This workflows directory has no 'index.ts' re-exporting its workflows, so a worker cannot load them. Run `wf barrel --fix` to create it.",
      "'RefundOrder' is exported by both 'refund-order.ts' and 'refund.ts'; a worker can register only one workflow of a name. Rename one of them.",
    ]);
  });
});

describe('JavaScript workflow files', () => {
  it('are workflow files, unless compiled next to their TypeScript source', () => {
    const root = writeTree({
      'package.json': '{}',
      'jobs/workflows/legacy-job.js': "import { sleep } from '@temporalio/workflow';\nexport async function LegacyJob() { await sleep(1); }\n",
      'jobs/workflows/sync-job.ts': 'export async function SyncJob() {}\n',
      'jobs/workflows/sync-job.js': 'export async function SyncJob() {}\n',
      'jobs/workflows/index.ts': "export { LegacyJob } from './legacy-job';\nexport { SyncJob } from './sync-job';\n",
    });
    const report = checkProject([root]);
    expect(report.files.map((file) => posix(root, file.filePath))).toEqual(['jobs/workflows/index.ts', 'jobs/workflows/legacy-job.js', 'jobs/workflows/sync-job.ts']);
    expect(report.files.flatMap((file) => file.findings)).toEqual([]);
  });
});

describe('a monorepo package', () => {
  it('names a new barrel after the package when the path below it says nothing', () => {
    const root = writeTree({
      'package.json': '{ "workspaces": ["packages/*"] }',
      'packages/billing/package.json': '{ "name": "@acme/billing" }',
      'packages/billing/src/workflows/charge-card.ts': 'export async function ChargeCard() {}\n',
    });
    const dir = path.join(root, 'packages/billing/src/workflows');
    const plan = planBarrel(dir, loadConfig(dir), { cache: new ProjectCache() });
    expect(plan.nextText?.split('\n')[0]).toBe('/** All workflows for billing. */');
  });
});

describe('a JavaScript codebase', () => {
  it('has its index.js taken for the barrel, and fixed in place', () => {
    const root = writeTree({
      'package.json': '{}',
      'wfkit.config.json': '{ "fileNameCase": "snake" }',
      'orders/workflows/pack_order.js': "import { sleep } from '@temporalio/workflow';\nexport async function PackOrder() { await sleep(1); }\n",
      'orders/workflows/ship_order.js': 'export async function ShipOrder() {}\n',
      'orders/workflows/index.js': "export { PackOrder } from './pack_order';\n",
    });
    const report = checkProject([root]);
    expect(report.files.flatMap((file) => file.findings.map((finding) => `${posix(root, finding.filePath)} ${finding.messageId}`))).toEqual([
      'orders/workflows/index.js missingExport',
    ]);
    const dir = path.join(root, 'orders/workflows');
    const plan = planBarrel(dir, loadConfig(dir), { cache: new ProjectCache() });
    expect(plan.barrelPath).toBe(path.join(dir, 'index.js'));
    expect(plan.nextText).toContain("export { ShipOrder } from './ship_order';");
  });
});

describe('configuration mistakes', () => {
  it('names a tsconfig whose extends cannot be read', () => {
    const root = writeTree({ 'package.json': '{}', 'tsconfig.json': '{ "extends": "./nope.json" }', 'a/workflows/sync.ts': 'export async function Sync() {}\n' });
    const dir = path.join(root, 'a/workflows');
    const error = (() => {
      try {
        planBarrel(dir, loadConfig(dir), { cache: new ProjectCache() });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(new RegExp(`^${path.join(root, 'tsconfig.json')}: expected a tsconfig.json that can be read`));
    expect((error as ConfigError).message).toMatch(/set "importExtension" in wfkit\.config\.json/);
  });

  it('refuses . and .. as workflows directory names', () => {
    const root = writeTree({ 'wfkit.config.json': '{ "workflowDirs": ["."] }' });
    expect(() => loadConfig(root)).toThrow(/"workflowDirs\.0": expected a directory name without slashes/);
  });

  it('tells how to fix invalid JSON', () => {
    const root = writeTree({ 'wfkit.config.json': '{,}' });
    expect(() => loadConfig(root)).toThrow(/Fix the JSON syntax\.$/);
  });
});

describe('layout directories are not context', () => {
  it('leaves src and packages out of the words a path gives', () => {
    const root = writeTree({ 'package.json': '{}' });
    const config = loadConfig(root);
    expect(contextWords(path.join(root, 'src/billing/workflows'), config)).toEqual(['billing']);
    expect(contextWords(path.join(root, 'packages/billing/src/workflows'), config)).toEqual(['billing']);
  });
});
