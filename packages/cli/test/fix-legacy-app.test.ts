/**
 * `wf fix` on fixtures/legacy-app (Temporal-samples style): the new tree, a clean type check and
 * `wf check`, the same workflow types registered by every worker's bundle, and a no-op second run.
 */
import path from 'node:path';
import vm from 'node:vm';
import { bundleWorkflowCode } from '@temporalio/worker';
import { loadConfig, ProjectCache, projectWorkers } from '@wfkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, removeCopies, repoRoot } from './helpers/fixture.js';
import { wf, type RunResult } from './helpers/run.js';
import { read, snapshotTree } from './helpers/tree.js';
import { typeCheck } from './helpers/tsc.js';

/** The function names a worker would register: what the bundle's workflows module exports, evaluated as the worker does. */
/** Each worker module's `workflowsPath`, resolved as the core resolves it, by worker file relative to the app. */
function workflowsPaths(app: string): Record<string, string> {
  const workers = projectWorkers(loadConfig(app), new ProjectCache({ lifetime: Infinity })).workers;
  return Object.fromEntries(
    workers.map((worker) => [path.relative(app, worker.workerFile), worker.entryPath ?? '(unresolved)']),
  );
}

/** What every worker registers, by worker file. */
async function registrations(app: string): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const [worker, entry] of Object.entries(workflowsPaths(app))) result[worker] = await registeredNames(entry);
  return result;
}

async function registeredNames(workflowsPath: string): Promise<string[]> {
  const silent = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
  const { code } = await bundleWorkflowCode({ workflowsPath, logger: silent });
  const context = vm.createContext({ __webpack_module_cache__: {} });
  vm.runInContext(code, context);
  const exported = vm.runInContext('__TEMPORAL__.importWorkflows()', context) as Record<string, unknown>;
  return Object.keys(exported)
    .filter((name) => typeof exported[name] === 'function')
    .sort();
}

describe('wf fix on fixtures/legacy-app', () => {
  let app: string;
  let before: Record<string, string[]>;
  let result: RunResult;

  beforeAll(async () => {
    app = copyFixture('legacy-app');
    before = await registrations(app);
    result = await wf(app, 'fix');
  }, 180_000);
  afterAll(removeCopies);

  it('type-checks before (the fixture as committed)', () => {
    typeCheck(path.join(repoRoot, 'fixtures/legacy-app'));
  });

  it('splits, relocates and renames, and reports the name-case findings without fixing them', () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'split src/workflows.ts → src/workflows/place-order.ts, src/workflows/approve-expense.ts, src/workflows/send-reminder.ts, src/workflows/shared.ts',
    );
    expect(result.stdout).toContain('move  src/shipping/workflows/flow.ts → src/shipping/workflows/ship-package.ts');
    expect(result.stdout).toContain(
      "name case src/workflows/send-reminder.ts:4 'SendReminder' is not in the project's case ('sendReminder'); not renamed",
    );
    expect(result.stdout).toContain("name case src/shipping/workflows/ship-package.ts:6 'ShipPackage'");
    const files = Object.keys(snapshotTree(app)).filter((file) => file.startsWith('src/') && !file.endsWith('/'));
    expect(files.sort()).toEqual([
      'src/activities.ts',
      'src/billing/activities.ts',
      'src/billing/worker.ts',
      'src/billing/workflows/charge-customer.ts',
      'src/billing/workflows/index.ts',
      'src/billing/workflows/refund-customer.ts',
      'src/billing/workflows/shared.ts',
      'src/client.ts',
      'src/shipping/activities.ts',
      'src/shipping/worker.ts',
      'src/shipping/workflows/index.ts',
      'src/shipping/workflows/ship-package.ts',
      'src/worker.ts',
      'src/workflows/approve-expense.ts',
      'src/workflows/index.ts',
      'src/workflows/place-order.ts',
      'src/workflows/send-reminder.ts',
      'src/workflows/shared.ts',
    ]);
    expect(read(app, 'src/workflows/index.ts')).toBe(
      [
        '/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */',
        '',
        "export { approveExpense, approveSignal } from './approve-expense';",
        "export { type OrderInput, cancelOrderSignal, placeOrder } from './place-order';",
        "export { SendReminder } from './send-reminder';",
        '',
      ].join('\n'),
    );
    expect(read(app, 'src/shipping/workflows/index.ts')).toContain("export { ShipPackage } from './ship-package';");
    // The worker naming the file with its extension names the new barrel; the one naming `./workflows` is unchanged.
    expect(read(app, 'src/billing/worker.ts')).toContain("workflowsPath: path.join(__dirname, 'workflows/index.ts'),");
    expect(read(app, 'src/worker.ts')).toContain("workflowsPath: require.resolve('./workflows'),");
    // Clients and tests import from the new places.
    expect(read(app, 'src/client.ts')).toContain(
      "import { ShipPackage } from './shipping/workflows/ship-package';\nimport { approveSignal, placeOrder, type OrderInput } from './workflows';\nimport { statusQuery } from './workflows/shared';",
    );
    expect(read(app, 'test/workflows.test.ts')).toContain(
      "import { ShipPackage } from '../src/shipping/workflows/ship-package';",
    );
    expect(read(app, 'wfkit.config.json')).toBe(
      '{\n  "facade": { "allow": ["proxyActivities"] },\n  "barrelExclude": ["shared.ts"]\n}\n',
    );
  });

  it('places what one workflow uses with it, and what several use in the shared module', () => {
    const placeOrder = read(app, 'src/workflows/place-order.ts');
    expect(placeOrder).toMatch(
      /^import \{ defineSignal, setHandler \} from '@temporalio\/workflow';\nimport \{ chargeCard, emailBody, reserveInventory, sendEmail, statusQuery \} from '.\/shared';\n/,
    );
    expect(placeOrder).toContain("export const cancelOrderSignal = defineSignal('cancelOrder');");
    expect(placeOrder).toContain('function describeOrder(input: OrderInput): string {');
    expect(placeOrder).toContain('export interface OrderInput {');
    const approveExpense = read(app, 'src/workflows/approve-expense.ts');
    expect(approveExpense).toContain(
      "/** Sent by a reviewer: `true` approves the expense. */\nexport const approveSignal = defineSignal<[boolean]>('approve');",
    );
    expect(approveExpense).toContain("const REVIEW_TIMEOUT = '2 days';");
    const shared = read(app, 'src/workflows/shared.ts');
    expect(shared).toContain(
      'export const { reserveInventory, chargeCard, sendEmail } = proxyActivities<typeof activities>(',
    );
    expect(shared).toContain(
      "/** Where a workflow is, for the support dashboard. */\nexport const statusQuery = defineQuery<string>('status');",
    );
    expect(shared).toContain("export const SUPPORT_SIGNATURE = 'The Shop support team';");
    expect(shared).toContain('export function emailBody(subject: string, detail: string): string {');
    expect(shared).toContain("import type * as activities from '../activities';");
    expect(shared).not.toContain('describeOrder');
  });

  it('type-checks after', () => {
    typeCheck(app);
  });

  it('leaves wf check with no errors (the name-case warnings it reported remain)', async () => {
    const check = await wf(app, 'check', '--format', 'json');
    const messages = (
      JSON.parse(check.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number }> }>
    ).flatMap((file) => file.messages);
    expect(messages.map((message) => message.ruleId)).toEqual(['wfkit/workflow-name-case', 'wfkit/workflow-name-case']);
    expect(check.code).toBe(0);
  });

  it("registers exactly the same workflow names on every worker's workflowsPath", async () => {
    expect(before).toEqual({
      'src/worker.ts': ['SendReminder', 'approveExpense', 'placeOrder'],
      'src/billing/worker.ts': ['chargeCustomer', 'refundCustomer'],
      'src/shipping/worker.ts': ['ShipPackage'],
    });
    // Where the workers' (unchanged or updated) workflowsPath lead now.
    expect(workflowsPaths(app)).toEqual({
      'src/worker.ts': path.join(app, 'src/workflows/index.ts'),
      'src/billing/worker.ts': path.join(app, 'src/billing/workflows/index.ts'),
      'src/shipping/worker.ts': path.join(app, 'src/shipping/workflows/index.ts'),
    });
    expect(await registrations(app)).toEqual(before);
  }, 120_000);

  it('changes nothing on a second run', async () => {
    const tree = snapshotTree(app);
    const second = await wf(app, 'fix');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('✔ Nothing to fix.');
    expect(snapshotTree(app)).toEqual(tree);
  });
});
