/** `wf fix` on small projects: where each declaration goes when a module is split, and what it leaves alone. */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planFix } from '../src/fix/plan-fix.js';
import { emptyProject, removeCopies } from './helpers/fixture.js';
import { wf } from './helpers/run.js';
import { read, snapshotTree } from './helpers/tree.js';
import { typeCheck } from './helpers/tsc.js';

afterEach(removeCopies);

/** A worker module of an ES module package loading `specifier` (relative to `src/`). */
const workerLoading = (specifier: string): string =>
  `import { Worker } from '@temporalio/worker';\n\nawait Worker.create({ workflowsPath: new URL('${specifier}', import.meta.url).pathname, taskQueue: 'q' });\n`;
const WORKER = workerLoading('./workflows.js');

describe('wf fix: placement', () => {
  it('moves a helper, a constant and a definition used by one workflow with it; what several use goes to shared.ts', async () => {
    const project = emptyProject({
      // The SDK's own declarations need `ms` types this temporary project cannot point at: check only ours.
      'tsconfig.json':
        '{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "strict": true, "noEmit": true, "skipLibCheck": true } }\n',
      'src/worker.ts': WORKER,
      'src/workflows.ts': [
        '// Order workflows.',
        "import { defineQuery, defineSignal, setHandler, sleep } from '@temporalio/workflow';",
        '',
        "export const pausedSignal = defineSignal('paused');",
        "export const progressQuery = defineQuery<number>('progress');",
        'export type Priority = "high" | "low";',
        'const PAUSE_MS = 1000;',
        'function backoff(attempt: number): number {',
        '  return attempt * PAUSE_MS;',
        '}',
        'function retryDelay(attempt: number): number {',
        '  return backoff(attempt) + 1;',
        '}',
        'function label(priority: Priority): string {',
        '  return priority.toUpperCase();',
        '}',
        '',
        'export async function ShipOrder(priority: Priority): Promise<string> {',
        '  setHandler(progressQuery, () => 1);',
        '  await sleep(retryDelay(1));',
        '  return label(priority);',
        '}',
        '',
        'export async function CancelOrder(): Promise<void> {',
        '  setHandler(pausedSignal, () => undefined);',
        '  setHandler(progressQuery, () => 2);',
        '  await sleep(retryDelay(2));',
        '  await ShipOrder("low");',
        '}',
        '',
      ].join('\n'),
      'src/client.ts':
        "import { CancelOrder, progressQuery, type Priority } from './workflows.js';\n\nexport const used: unknown[] = [CancelOrder, progressQuery];\nexport type P = Priority;\n",
    });
    const result = await wf(project, 'fix');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(path.join(project, 'src/workflows.ts'))).toBe(false);
    expect(read(project, 'src/workflows/ship-order.ts')).toBe(
      [
        '// Order workflows.',
        "import { setHandler, sleep } from '@temporalio/workflow';",
        "import { progressQuery, retryDelay } from './shared.js';",
        '',
        'export type Priority = "high" | "low";',
        '',
        'function label(priority: Priority): string {',
        '  return priority.toUpperCase();',
        '}',
        '',
        'export async function ShipOrder(priority: Priority): Promise<string> {',
        '  setHandler(progressQuery, () => 1);',
        '  await sleep(retryDelay(1));',
        '  return label(priority);',
        '}',
        '',
      ].join('\n'),
    );
    // A workflow that runs another imports it from that workflow's file.
    expect(read(project, 'src/workflows/cancel-order.ts')).toBe(
      [
        '// Order workflows.',
        "import { defineSignal, setHandler, sleep } from '@temporalio/workflow';",
        "import { progressQuery, retryDelay } from './shared.js';",
        "import { ShipOrder } from './ship-order.js';",
        '',
        "export const pausedSignal = defineSignal('paused');",
        '',
        'export async function CancelOrder(): Promise<void> {',
        '  setHandler(pausedSignal, () => undefined);',
        '  setHandler(progressQuery, () => 2);',
        '  await sleep(retryDelay(2));',
        '  await ShipOrder("low");',
        '}',
        '',
      ].join('\n'),
    );
    expect(read(project, 'src/workflows/shared.ts')).toBe(
      [
        '// Order workflows.',
        "import { defineQuery } from '@temporalio/workflow';",
        '',
        "export const progressQuery = defineQuery<number>('progress');",
        '',
        'export const PAUSE_MS = 1000;',
        '',
        'export function backoff(attempt: number): number {',
        '  return attempt * PAUSE_MS;',
        '}',
        '',
        'export function retryDelay(attempt: number): number {',
        '  return backoff(attempt) + 1;',
        '}',
        '',
      ].join('\n'),
    );
    expect(read(project, 'src/workflows/index.ts')).toContain(
      "export { CancelOrder, pausedSignal } from './cancel-order.js';\nexport { type Priority, ShipOrder } from './ship-order.js';\n",
    );
    // An ES module package writes `.js`: the relocated module is now `./workflows/index.js`.
    expect(read(project, 'src/client.ts')).toBe(
      "import { CancelOrder, type Priority } from './workflows/index.js';\nimport { progressQuery } from './workflows/shared.js';\n\nexport const used: unknown[] = [CancelOrder, progressQuery];\nexport type P = Priority;\n",
    );
    expect(read(project, 'src/worker.ts')).toContain("new URL('./workflows/index.js', import.meta.url)");
    expect(read(project, 'wfkit.config.json')).toBe('{\n  "barrelExclude": [\n    "shared.ts"\n  ]\n}\n');
    typeCheck(project);
    expect((await wf(project, 'check')).stdout).toMatch(/^✔ \d+ files checked, no problems\.\n$/);
  }, 120_000);

  it('splits a module of two workflows inside a workflows directory where it is, and regenerates its barrel', async () => {
    const project = emptyProject({
      'src/worker.ts': workerLoading('./billing/workflows/index.js'),
      'src/billing/workflows/index.ts': "export { ChargeCard, RefundCard } from './cards.js';\n",
      'src/billing/workflows/cards.ts':
        "import { sleep } from '@temporalio/workflow';\n\nexport async function ChargeCard(): Promise<void> {\n  await sleep(1);\n}\n\nexport async function RefundCard(): Promise<void> {\n  await sleep(2);\n}\n",
      'src/billing/workflows/cards.test.ts':
        "import { ChargeCard } from './cards.js';\n\nexport const charge = ChargeCard;\n",
    });
    const result = await wf(project, 'fix');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'split src/billing/workflows/cards.ts → src/billing/workflows/charge-card.ts, src/billing/workflows/refund-card.ts',
    );
    expect(read(project, 'src/billing/workflows/charge-card.ts')).toBe(
      "import { sleep } from '@temporalio/workflow';\n\nexport async function ChargeCard(): Promise<void> {\n  await sleep(1);\n}\n",
    );
    expect(read(project, 'src/billing/workflows/index.ts')).toBe(
      "/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */\n\nexport { ChargeCard } from './charge-card.js';\nexport { RefundCard } from './refund-card.js';\n",
    );
    expect(read(project, 'src/billing/workflows/cards.test.ts')).toBe(
      "import { ChargeCard } from './charge-card.js';\n\nexport const charge = ChargeCard;\n",
    );
    expect(existsSync(path.join(project, 'src/billing/workflows/cards.ts'))).toBe(false);
    expect(existsSync(path.join(project, 'wfkit.config.json'))).toBe(false);
  });
});

describe('wf fix: exports and imports', () => {
  it('keeps names exported by an export list, and follows one split module importing another', async () => {
    const project = emptyProject({
      'src/worker.ts': WORKER,
      'src/billing/worker.ts': workerLoading('./workflows.js'),
      'src/workflows.ts': [
        "import { defineQuery, sleep } from '@temporalio/workflow';",
        '',
        "const progressQuery = defineQuery<number>('progress');",
        'async function ShipOrder(): Promise<void> {',
        '  await sleep(1);',
        '}',
        'async function CancelOrder(): Promise<number> {',
        '  return 1;',
        '}',
        'export { CancelOrder, progressQuery, ShipOrder };',
        '',
      ].join('\n'),
      'src/billing/workflows.ts': [
        "import { setHandler } from '@temporalio/workflow';",
        "import { progressQuery } from '../workflows.js';",
        '',
        'export async function ChargeCard(): Promise<void> {',
        '  setHandler(progressQuery, () => 1);',
        '}',
        '',
        'export async function RefundCard(): Promise<void> {',
        '  setHandler(progressQuery, () => 2);',
        '}',
        '',
      ].join('\n'),
    });
    const result = await wf(project, 'fix');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(read(project, 'src/workflows/ship-order.ts')).toBe(
      "import { sleep } from '@temporalio/workflow';\n\nexport async function ShipOrder(): Promise<void> {\n  await sleep(1);\n}\n",
    );
    expect(read(project, 'src/workflows/cancel-order.ts')).toBe(
      'export async function CancelOrder(): Promise<number> {\n  return 1;\n}\n',
    );
    // Used by no workflow of its module, exported: kept importable in the shared module.
    expect(read(project, 'src/workflows/shared.ts')).toBe(
      "import { defineQuery } from '@temporalio/workflow';\n\nexport const progressQuery = defineQuery<number>('progress');\n",
    );
    // Imports are not declarations to share: each new module imports what it uses itself.
    expect(existsSync(path.join(project, 'src/billing/workflows/shared.ts'))).toBe(false);
    expect(read(project, 'src/billing/workflows/charge-card.ts')).toBe(
      "import { setHandler } from '@temporalio/workflow';\nimport { progressQuery } from '../../workflows/shared.js';\n\nexport async function ChargeCard(): Promise<void> {\n  setHandler(progressQuery, () => 1);\n}\n",
    );
  });
});

describe('wf fix: the relocated module of one workflow (Temporal samples)', () => {
  it('imports a helper the barrel does not re-export from its new module', async () => {
    const project = emptyProject({
      'src/worker.ts': WORKER,
      'src/workflows.ts':
        "import { sleep } from '@temporalio/workflow';\n\nexport function exampleId(name: string): string {\n  return `example-${name}`;\n}\n\nexport async function example(name: string): Promise<string> {\n  await sleep(1);\n  return exampleId(name);\n}\n",
      'src/client.ts':
        "import { example, exampleId } from './workflows.js';\n\nexport const used: unknown[] = [example, exampleId];\n",
    });
    const result = await wf(project, 'fix');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('move  src/workflows.ts → src/workflows/example.ts');
    expect(read(project, 'src/workflows/index.ts')).toMatch(/\n\nexport \{ example \} from '.\/example.js';\n$/);
    expect(read(project, 'src/client.ts')).toBe(
      "import { example } from './workflows/index.js';\nimport { exampleId } from './workflows/example.js';\n\nexport const used: unknown[] = [example, exampleId];\n",
    );
  });
});

describe('wf fix: where a module outside workflows directories goes', () => {
  it('into the workflows directory whose barrel the worker loads, when that barrel re-exports it', async () => {
    const project = emptyProject({
      'src/worker.ts': workerLoading('./workflows/index.js'),
      'src/workflows/index.ts': "export { exportReport } from '../reports/exportReport.js';\n",
      'src/reports/format.ts': 'export function formatReport(id: string): string {\n  return id;\n}\n',
      'src/reports/exportReport.ts':
        "import { formatReport } from './format.js';\n\nexport async function exportReport(id: string): Promise<string> {\n  return formatReport(id);\n}\n",
    });
    const result = await wf(project, 'fix');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('move  src/reports/exportReport.ts → src/workflows/export-report.ts');
    expect(read(project, 'src/workflows/export-report.ts')).toBe(
      "import { formatReport } from '../reports/format.js';\n\nexport async function exportReport(id: string): Promise<string> {\n  return formatReport(id);\n}\n",
    );
    expect(read(project, 'src/workflows/index.ts')).toContain("export { exportReport } from './export-report.js';\n");
    expect((await wf(project, 'check')).code).toBe(0);
  });

  it('into a workflows directory beside it, whole, when it holds one workflow and a helper', async () => {
    const project = emptyProject({
      'src/shoppers/createShopperWorkflow.ts':
        "import { sleep } from '@temporalio/workflow';\n\nexport function shopperWorkflowId(id: string): string {\n  return `shopper-${id}`;\n}\n\nexport async function CreateShopperWorkflow(id: string): Promise<string> {\n  await sleep(1);\n  return shopperWorkflowId(id);\n}\n",
      'src/api.ts':
        "import { CreateShopperWorkflow, shopperWorkflowId } from './shoppers/createShopperWorkflow.js';\n\nexport const used: unknown[] = [CreateShopperWorkflow, shopperWorkflowId];\n",
    });
    const result = await wf(project, 'fix');
    expect(result.code).toBe(0);
    expect(read(project, 'src/shoppers/workflows/create.ts')).toContain(
      'export function shopperWorkflowId(id: string): string {',
    );
    expect(read(project, 'src/api.ts')).toContain(
      "import { CreateShopperWorkflow, shopperWorkflowId } from './shoppers/workflows/create.js';",
    );
    expect(existsSync(path.join(project, 'src/shoppers/workflows/shared.ts'))).toBe(false);
  });
});

describe('wf fix: what it leaves alone', () => {
  const twoWorkflows = (extra: string, body = ''): Record<string, string> => ({
    'src/worker.ts': WORKER,
    'src/workflows.ts': `import { sleep } from '@temporalio/workflow';\n${extra}\nexport async function ShipOrder(): Promise<void> {\n  await sleep(1);${body}\n}\n\nexport async function CancelOrder(): Promise<void> {\n  await sleep(2);${body}\n}\n`,
  });

  it.each([
    [
      'module state two workflows share',
      'let shipped = 0;\n',
      '\n  shipped += 1;',
      "src/workflows.ts:2 workflows 'ShipOrder' and 'CancelOrder' share the module state 'shipped' (let/var): split, each would get its own copy.",
    ],
    [
      'a top-level statement that runs code',
      "console.log('loaded');\n",
      '',
      'src/workflows.ts:2 runs code when it is loaded (a top-level statement), which splitting would run once per new file.',
    ],
    [
      'exports built at run time',
      '(globalThis as Record<string, unknown>).exports = {};\n',
      '',
      'src/workflows.ts:2 builds its exports at run time.',
    ],
    [
      'a factory wfkit does not know',
      "import { declareWorkflow } from './factory.js';\nexport const PayOrder = declareWorkflow('pay');\n",
      '',
      "src/workflows.ts:3 exports 'PayOrder' made by declareWorkflow(…), a factory wfkit does not know; if it makes a workflow, list it in workflowFactories.",
    ],
    [
      'a re-export',
      "export { helper } from './factory.js';\n",
      '',
      'src/workflows.ts:2 re-exports another module (`export … from`): move that export by hand first.',
    ],
  ])('reports %s, exits 1 and writes nothing', async (_name, extra, body, message) => {
    const project = emptyProject({
      ...twoWorkflows(extra, body),
      'src/factory.ts':
        'export function declareWorkflow(name: string): () => Promise<string> {\n  return async () => name;\n}\nexport const helper = 1;\n',
    });
    const before = snapshotTree(project);
    const result = await wf(project, 'fix');
    expect(result.stdout).toContain(`not fixed ${message}`);
    expect(result.code).toBe(1);
    expect(snapshotTree(project)).toEqual(before);
  });

  it('fixes the rest of the project around a module it cannot fix', async () => {
    const project = emptyProject({
      ...twoWorkflows('let shipped = 0;\n', '\n  shipped += 1;'),
      'src/billing/workflows/index.ts': "export { ChargeCard } from './pay.js';\n",
      'src/billing/workflows/pay.ts':
        "import { sleep } from '@temporalio/workflow';\n\nexport async function ChargeCard(): Promise<void> {\n  await sleep(1);\n}\n",
    });
    const result = await wf(project, 'fix');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('move  src/billing/workflows/pay.ts → src/billing/workflows/charge-card.ts');
    expect(read(project, 'src/billing/workflows/index.ts')).toContain("export { ChargeCard } from './charge-card.js';");
    expect(existsSync(path.join(project, 'src/workflows.ts'))).toBe(true);
  });
});

describe('planFix, called twice in one process', () => {
  it('follows the config on disk each time, not an answer kept from the call before', () => {
    const project = emptyProject({
      'wfkit.config.json': '{}\n',
      'billing/workflows/thing.ts':
        "import '@temporalio/workflow';\n\nexport async function SendInvoice(): Promise<void> {}\n",
    });
    const barrels = (): string[] =>
      planFix({ cwd: project, paths: ['.'] })
        .changes.map((change) => path.relative(project, change.filePath))
        .filter((file) => !file.endsWith('send-invoice.ts') && !file.endsWith('thing.ts'));
    expect(barrels()).toEqual([path.join('billing', 'workflows', 'index.ts')]);
    writeFileSync(path.join(project, 'wfkit.config.json'), '{ "barrelFile": "main.ts" }\n');
    expect(barrels()).toEqual([path.join('billing', 'workflows', 'main.ts')]);
  });
});
