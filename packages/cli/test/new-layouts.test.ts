import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyProject, removeCopies } from './helpers/fixture.js';
import { wf } from './helpers/run.js';
import { snapshotTree } from './helpers/tree.js';

afterEach(removeCopies);

const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');

/** `wf new …` in `project` refused: exit 2, one line on stderr containing `message`, nothing written. */
async function expectRefusal(project: string, args: string[], message: string): Promise<void> {
  const before = snapshotTree(project);
  const result = await wf(project, 'new', ...args);
  expect(result.stderr).toContain(message);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(snapshotTree(project)).toEqual(before);
}

const JS_TASKS = 'export async function cancelOrder(input) {\n  return { cancelled: input.orderId };\n}\n';

// Temporal's samples: the activities module is `activities.ts`, the workflows live in one `workflows.ts`.
const SAMPLE_ACTIVITIES =
  'export async function greet(name: string): Promise<string> {\n  return `Hello, ${name}!`;\n}\n';
const sampleWorkflows = (name: string): string =>
  `import { proxyActivities } from '@temporalio/workflow';\nimport type * as activities from './activities';\n\nconst { greet } = proxyActivities<typeof activities>({ startToCloseTimeout: '1 minute' });\n\nexport async function ${name}(name: string): Promise<string> {\n  return await greet(name);\n}\n`;

describe('wf new finds the activities and models modules in the forms projects use', () => {
  it('uses a JavaScript tasks.js as the activities module, never creating a tasks.ts beside it', async () => {
    const project = emptyProject({ 'src/orders/fulfilment/tasks.js': JS_TASKS });
    const result = await wf(project, 'new', 'CancelOrder', '--in', 'src/orders/fulfilment', '--no-stubs');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(path.join(project, 'src/orders/fulfilment/tasks.ts'))).toBe(false);
    expect(read(project, 'src/orders/fulfilment/tasks.js')).toBe(JS_TASKS);
    const workflow = read(project, 'src/orders/fulfilment/workflows/cancel.ts');
    expect(workflow).toContain("import type * as tasks from '../tasks.js';");
    // JavaScript declares no result type: the workflow's is whatever the activity returns.
    expect(workflow).toContain(
      'export async function CancelOrder(\n  input: Parameters<typeof tasks.cancelOrder>[0],\n): Promise<Awaited<ReturnType<typeof tasks.cancelOrder>>> {\n',
    );
  });

  it('refuses to append a TypeScript stub to a JavaScript tasks.js (and creates no tasks.ts)', async () => {
    const project = emptyProject({ 'src/orders/fulfilment/tasks.js': 'export async function shipOrder() {}\n' });
    await expectRefusal(
      project,
      ['CancelOrder', '--in', 'src/orders/fulfilment'],
      'wf: src/orders/fulfilment/tasks.js is JavaScript, so wf new cannot add a typed stub of activity cancelOrder to it. Export cancelOrder from it yourself, or pass --activity naming an activity it exports, or pass --no-stubs.',
    );
  });

  it('uses the samples-style activities.ts when there is no tasks module', async () => {
    const project = emptyProject({ 'src/activities.ts': SAMPLE_ACTIVITIES });
    const result = await wf(project, 'new', 'Example', '--in', 'src', '--activity', 'greet');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(path.join(project, 'src/tasks.ts'))).toBe(false);
    expect(read(project, 'src/activities.ts')).toBe(SAMPLE_ACTIVITIES);
    const workflow = read(project, 'src/workflows/example.ts');
    expect(workflow).toContain("import type * as tasks from '../activities.js';");
    expect(workflow).toContain('export async function Example(name: string)');
  });

  it('--tasks src/tasks.js means the JavaScript module when there is no tasks.ts', async () => {
    const project = emptyProject({ 'src/tasks.js': JS_TASKS });
    const result = await wf(project, 'new', 'CancelOrder', '--in', 'src', '--tasks', 'src/tasks.js', '--no-stubs');
    expect(result.code).toBe(0);
    expect(existsSync(path.join(project, 'src/tasks.ts'))).toBe(false);
    expect(read(project, 'src/workflows/cancel-order.ts')).toContain("import type * as tasks from '../tasks.js';");
  });
});

describe('wf new and workflows outside workflows directories', () => {
  it('refuses a name a samples-style src/workflows.ts already uses (camelCase config)', async () => {
    const project = emptyProject({
      'wfkit.config.json': '{ "workflowNameCase": "camel" }\n',
      'src/activities.ts': SAMPLE_ACTIVITIES,
      'src/workflows.ts': sampleWorkflows('example'),
    });
    await expectRefusal(
      project,
      ['example', '--in', 'src/billing'],
      'wf: "example" is already a workflow in src/workflows.ts; two workflow types of one name collide on a worker. Choose another name.',
    );
  });

  it('refuses a name a samples-style src/workflows.ts already uses (PascalCase)', async () => {
    const project = emptyProject({
      'src/activities.ts': SAMPLE_ACTIVITIES,
      'src/workflows.ts': sampleWorkflows('Example'),
    });
    await expectRefusal(
      project,
      ['Example', '--in', 'src/billing'],
      'wf: "Example" is already a workflow in src/workflows.ts;',
    );
  });

  it('refuses to create src/workflows/ next to a module src/workflows.ts (or .js) that would shadow it', async () => {
    const project = emptyProject({
      'src/activities.ts': SAMPLE_ACTIVITIES,
      'src/workflows.ts': sampleWorkflows('example'),
    });
    await expectRefusal(
      project,
      ['greet', '--in', 'src', '--activity', 'greet'],
      "wf: src/workflows.ts exists, and './workflows' resolves to it, never to a new src/workflows/ beside it. Split src/workflows.ts into src/workflows/ first (wf check lists its workflows), then run wf new again.",
    );
    const jsProject = emptyProject({ 'src/workflows.js': 'export async function example() {}\n' });
    await expectRefusal(jsProject, ['Greet', '--in', 'src'], 'wf: src/workflows.js exists,');
  });

  it('refuses to write into an existing src/workflows/ that a module src/workflows.ts already shadows', async () => {
    const project = emptyProject({
      'src/activities.ts': SAMPLE_ACTIVITIES,
      'src/workflows.ts': sampleWorkflows('example'),
      'src/workflows/index.ts':
        '/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */\nexport {};\n',
    });
    await expectRefusal(
      project,
      ['greet', '--in', 'src', '--activity', 'greet'],
      "wf: src/workflows.ts exists, and './workflows' resolves to it, never to src/workflows/ beside it. Split src/workflows.ts into src/workflows/ first (wf check lists its workflows), then run wf new again.",
    );
  });
});

describe('wf new --in a package root', () => {
  const billing = (files: Record<string, string>): Record<string, string> => ({
    'packages/billing/package.json': '{ "name": "billing", "private": true, "type": "module" }\n',
    'packages/billing/tsconfig.json': '{ "extends": "../../tsconfig.json", "include": ["src"] }\n',
    ...files,
  });

  it("uses the package's src/workflows, and says so", async () => {
    const project = emptyProject(
      billing({
        'packages/billing/src/workflows/refund.ts': 'export async function RefundPayment(): Promise<void> {}\n',
      }),
    );
    const result = await wf(project, 'new', 'ChargeCard', '--in', 'packages/billing');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'note packages/billing is a package root with a src/ directory: using packages/billing/src/workflows.',
    );
    expect(existsSync(path.join(project, 'packages/billing/src/workflows/charge-card.ts'))).toBe(true);
    expect(existsSync(path.join(project, 'packages/billing/src/tasks.ts'))).toBe(true);
    expect(existsSync(path.join(project, 'packages/billing/workflows'))).toBe(false);
    expect(existsSync(path.join(project, 'packages/billing/tasks.ts'))).toBe(false);
  });

  it('creates the workflows directory in src/ when the package has none', async () => {
    const project = emptyProject(billing({ 'packages/billing/src/index.ts': 'export {};\n' }));
    const result = await wf(project, 'new', 'ChargeCard', '--in', 'packages/billing');
    expect(result.code).toBe(0);
    expect(existsSync(path.join(project, 'packages/billing/src/workflows/charge-card.ts'))).toBe(true);
    expect(existsSync(path.join(project, 'packages/billing/workflows'))).toBe(false);
  });

  it('refuses when several workflows directories below the package make it ambiguous, listing them', async () => {
    const project = emptyProject(
      billing({
        'packages/billing/src/invoices/workflows/send.ts':
          "import { sleep } from '@temporalio/workflow';\nexport async function SendInvoice(): Promise<void> { await sleep(1); }\n",
        'packages/billing/src/payments/workflows/refund.ts':
          "import { sleep } from '@temporalio/workflow';\nexport async function RefundPayment(): Promise<void> { await sleep(1); }\n",
      }),
    );
    await expectRefusal(
      project,
      ['ChargeCard', '--in', 'packages/billing'],
      'wf: packages/billing is a package root with several workflows directories (packages/billing/src/invoices/workflows, packages/billing/src/payments/workflows). Pass the one you mean with --in.',
    );
  });
});
