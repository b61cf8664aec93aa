import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectCache } from '../src/cache/project-cache.js';
import { checkProject } from '../src/check/check-project.js';
import { planBarrel } from '../src/check/plan-barrel.js';
import { listenForConfigWarnings } from '../src/config/config-warnings.js';
import { loadConfig } from '../src/config/load-config.js';
import { contextWords } from '../src/naming/context-words.js';
import { writeTree } from './support/temp-tree.js';

const posix = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

describe('what a worker loading the barrel registers (wf list)', () => {
  it('counts names passed on by export *, and a name only from the file the barrel takes it from', () => {
    const root = writeTree({
      'package.json': '{}',
      'reports/workflows/export-report.ts':
        "import { sleep } from '@temporalio/workflow';\nexport async function ExportReport() { await sleep(1); }\n",
      'reports/workflows/index.ts': "export * from './export-report';\n",
      'orders/workflows/refund-order.ts':
        "import { sleep } from '@temporalio/workflow';\nexport async function RefundOrder() { await sleep(1); }\n",
      'orders/workflows/refund.ts': 'export async function RefundOrder() {}\n',
      'orders/workflows/index.ts': "export { RefundOrder } from './refund';\n",
    });
    const listed = checkProject([root]).workflowDirs.flatMap((dir) =>
      dir.workflows.map((workflow) => `${posix(root, workflow.filePath)} ${workflow.exported}`),
    );
    expect(listed).toEqual([
      'orders/workflows/refund-order.ts false',
      'orders/workflows/refund.ts false',
      'reports/workflows/export-report.ts true',
    ]);
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
      'jobs/workflows/legacy-job.js':
        "import { sleep } from '@temporalio/workflow';\nexport async function LegacyJob() { await sleep(1); }\n",
      'jobs/workflows/sync-job.ts': 'export async function SyncJob() {}\n',
      'jobs/workflows/sync-job.js': 'export async function SyncJob() {}\n',
      'jobs/workflows/index.ts': "export { LegacyJob } from './legacy-job';\nexport { SyncJob } from './sync-job';\n",
    });
    const report = checkProject([root]);
    expect(report.files.map((file) => posix(root, file.filePath))).toEqual([
      'jobs/workflows/index.ts',
      'jobs/workflows/legacy-job.js',
      'jobs/workflows/sync-job.ts',
    ]);
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
    expect(plan.nextText?.split('\n')[0]).toBe(
      '/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */',
    );
  });
});

describe('a JavaScript codebase', () => {
  it('has its index.js taken for the barrel, and fixed in place', () => {
    const root = writeTree({
      'package.json': '{}',
      'wfkit.config.json': '{ "fileNameCase": "snake" }',
      'orders/workflows/pack_order.js':
        "import { sleep } from '@temporalio/workflow';\nexport async function PackOrder() { await sleep(1); }\n",
      'orders/workflows/ship_order.js': 'export async function ShipOrder() {}\n',
      'orders/workflows/index.js': "export { PackOrder } from './pack_order';\n",
    });
    const report = checkProject([root]);
    expect(
      report.files.flatMap((file) =>
        file.findings.map((finding) => `${posix(root, finding.filePath)} ${finding.messageId}`),
      ),
    ).toEqual(['orders/workflows/index.js missingExport']);
    const dir = path.join(root, 'orders/workflows');
    const plan = planBarrel(dir, loadConfig(dir), { cache: new ProjectCache() });
    expect(plan.barrelPath).toBe(path.join(dir, 'index.js'));
    expect(plan.nextText).toContain("export { ShipOrder } from './ship_order';");
  });
});

describe('configuration mistakes', () => {
  it('falls back past a tsconfig whose extends cannot be read, and warns once naming it', () => {
    const root = writeTree({
      'package.json': '{ "type": "module" }',
      'tsconfig.json': '{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext" } }',
      'a/tsconfig.json': '{ "extends": "@company/tsconfig-not-installed" }',
      'a/workflows/sync.ts': 'export async function Sync() {}\n',
      'b/tsconfig.json': '{ "extends": "./nope.json" }',
      'b/workflows/pull.ts': 'export async function Pull() {}\n',
    });
    const warnings: string[] = [];
    const stop = listenForConfigWarnings((message) => warnings.push(message));
    try {
      for (const feature of ['a', 'b', 'a']) {
        const dir = path.join(root, feature, 'workflows');
        expect(() => planBarrel(dir, loadConfig(dir), { cache: new ProjectCache() })).not.toThrow();
      }
      // The nearest readable tsconfig above decides: the root's nodenext wants '.js'.
      const plan = planBarrel(path.join(root, 'a/workflows'), loadConfig(path.join(root, 'a/workflows')), {
        cache: new ProjectCache(),
      });
      expect(plan.nextText).toContain("export { Sync } from './sync.js';");
    } finally {
      stop();
    }
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      new RegExp(
        `^${path.join(root, 'a', 'tsconfig.json')} cannot be read with everything it extends \\(.*@company/tsconfig-not-installed.*\\); barrels below it are written with '\\.js' on their imports\\. Fix the tsconfig, or set "importExtension" in wfkit\\.config\\.json\\.$`,
      ),
    );
    expect(warnings[1]).toContain(path.join(root, 'b', 'tsconfig.json'));
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
