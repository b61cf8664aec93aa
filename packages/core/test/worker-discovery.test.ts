import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ProjectCache } from '../src/cache/project-cache.js';
import { checkProject } from '../src/check/check-project.js';
import { loadConfig } from '../src/config/load-config.js';
import { resolveModulePath } from '../src/workers/resolve-module.js';
import { projectWorkers } from '../src/workers/project-workers.js';
import { writeTree } from './support/temp-tree.js';

const pkg = { 'package.json': '{ "name": "app" }' };
const workflow = (name: string) =>
  `import { sleep } from '@temporalio/workflow';\nexport async function ${name}(): Promise<void> { await sleep(1); }\n`;

function modelOf(root: string) {
  return projectWorkers(loadConfig(root), new ProjectCache({ lifetime: Infinity }));
}

/** Each worker's entry (relative to the root) and task queue. */
function entriesOf(root: string) {
  return modelOf(root).workers.map((worker) => ({
    worker: path.relative(root, worker.workerFile),
    entry: worker.entryPath && path.relative(root, worker.entryPath),
    taskQueue: worker.taskQueue,
  }));
}

describe('worker discovery: the workflowsPath forms people write', () => {
  const workflows = {
    'src/workflows/index.ts': "export * from './order';\n",
    'src/workflows/order.ts': workflow('placeOrder'),
  };
  const expected = [{ worker: 'src/worker.ts', entry: 'src/workflows/index.ts', taskQueue: 'orders' }];

  it('require.resolve of a directory', () => {
    const root = writeTree({
      ...pkg,
      ...workflows,
      'src/worker.ts': "Worker.create({ workflowsPath: require.resolve('./workflows'), taskQueue: 'orders' });\n",
    });
    expect(entriesOf(root)).toEqual(expected);
  });

  it('new URL(…, import.meta.url) with fileURLToPath', () => {
    const root = writeTree({
      ...pkg,
      ...workflows,
      'src/worker.ts':
        "import { fileURLToPath } from 'node:url';\nawait Worker.create({ workflowsPath: fileURLToPath(new URL('./workflows/index.ts', import.meta.url)), taskQueue: 'orders' });\n",
    });
    expect(entriesOf(root)).toEqual(expected);
  });

  it('new URL(…, import.meta.url) without fileURLToPath, and .pathname', () => {
    const root = writeTree({
      ...pkg,
      ...workflows,
      'src/worker.ts':
        "Worker.create({ workflowsPath: new URL('./workflows/index.js', import.meta.url).pathname, taskQueue: 'orders' });\n",
    });
    expect(entriesOf(root)).toEqual(expected);
    const bare = writeTree({
      ...pkg,
      ...workflows,
      'src/worker.ts':
        "Worker.create({ workflowsPath: new URL('./workflows', import.meta.url) as unknown as string, taskQueue: 'orders' });\n",
    });
    expect(entriesOf(bare)).toEqual(expected);
  });

  it('path.join and path.resolve of __dirname, and import.meta.dirname', () => {
    for (const expression of [
      "path.join(__dirname, 'workflows')",
      "path.resolve(__dirname, '../src/workflows/index.ts')",
      "join(import.meta.dirname, './workflows')",
    ]) {
      const root = writeTree({
        ...pkg,
        ...workflows,
        'src/worker.ts': `Worker.create({ workflowsPath: ${expression}, taskQueue: 'orders' });\n`,
      });
      expect(entriesOf(root), expression).toEqual(expected);
    }
  });

  it('a string literal, from the module or from the package root', () => {
    const relative = writeTree({
      ...pkg,
      ...workflows,
      'src/worker.ts': "Worker.create({ workflowsPath: './workflows', taskQueue: 'orders' });\n",
    });
    expect(entriesOf(relative)).toEqual(expected);
    const fromRoot = writeTree({
      ...pkg,
      ...workflows,
      'src/worker.ts': "Worker.create({ workflowsPath: 'src/workflows', taskQueue: 'orders' });\n",
    });
    expect(entriesOf(fromRoot)).toEqual(expected);
  });

  it('bundleWorkflowCode, a constant holding the path, and a task queue constant', () => {
    const root = writeTree({
      ...pkg,
      ...workflows,
      'src/worker.ts': [
        "const TASK_QUEUE = 'orders';",
        "const queues = { billing: 'billing' } as const;",
        "const workflowsPath = require.resolve('./workflows');",
        'await bundleWorkflowCode({ workflowsPath });',
        'Worker.create({ workflowsPath, taskQueue: TASK_QUEUE });',
        'Worker.create({ workflowsPath, taskQueue: queues.billing });',
        'Worker.create({ workflowsPath, taskQueue: process.env.QUEUE! });',
        '',
      ].join('\n'),
    });
    expect(entriesOf(root).map(({ entry, taskQueue }) => [entry, taskQueue])).toEqual([
      ['src/workflows/index.ts', undefined],
      ['src/workflows/index.ts', 'orders'],
      ['src/workflows/index.ts', 'billing'],
      ['src/workflows/index.ts', 'process.env.QUEUE!'],
    ]);
  });

  it('a path computed at run time is a worker whose entry is unknown: the model is then incomplete', () => {
    const root = writeTree({
      ...pkg,
      ...workflows,
      'src/worker.ts': 'Worker.create({ workflowsPath: pick(process.env.ENTRY), taskQueue: "orders" });\n',
    });
    const model = modelOf(root);
    expect(model.workers.map((worker) => [worker.written, worker.entryPath])).toEqual([
      ['pick(process.env.ENTRY)', undefined],
    ]);
    expect(model.complete).toBe(false);
  });
});

describe('module resolution of what a worker or a barrel names', () => {
  const root = () =>
    writeTree({ 'a/order.ts': '', 'a/page.tsx': '', 'b/index.ts': '', 'c/util.mts': '', 'd/plain.js': '' });

  it('extensionless, .js for .ts, directory index, Node16 .mjs for .mts, plain JavaScript', () => {
    const dir = root();
    const isFile = (filePath: string) =>
      ['a/order.ts', 'a/page.tsx', 'b/index.ts', 'c/util.mts', 'd/plain.js'].includes(path.relative(dir, filePath));
    const resolve = (target: string) => {
      const resolved = resolveModulePath(path.join(dir, target), isFile);
      return resolved && path.relative(dir, resolved);
    };
    expect(resolve('a/order')).toBe('a/order.ts');
    expect(resolve('a/order.js')).toBe('a/order.ts');
    expect(resolve('a/page.js')).toBe('a/page.tsx');
    expect(resolve('b')).toBe('b/index.ts');
    expect(resolve('b/index.js')).toBe('b/index.ts');
    expect(resolve('c/util.mjs')).toBe('c/util.mts');
    expect(resolve('d/plain.js')).toBe('d/plain.js');
    expect(resolve('a/missing')).toBeUndefined();
  });
});

describe('registration through the export graph', () => {
  it('registers a workflow reachable only through nested export * barrels under its exported (aliased) name', () => {
    const root = writeTree({
      ...pkg,
      'src/worker.ts':
        "Worker.create({ workflowsPath: require.resolve('./workflows/all-workflows'), taskQueue: 'main' });\n",
      'src/workflows/all-workflows.ts': "export * from './billing/index.js';\n",
      'src/workflows/billing/index.ts': "export * from './aliases';\n",
      'src/workflows/billing/aliases.ts': "export { chargeCard as ChargeCustomerCard } from './charge.js';\n",
      'src/workflows/billing/charge.ts': `${workflow('chargeCard')}export function chargeId(id: string): string { return id; }\n`,
    });
    const model = modelOf(root);
    const charge = path.join(root, 'src/workflows/billing/charge.ts');
    expect(
      model.registrationsOf(charge, 'chargeCard').map(({ workflowType, worker }) => [workflowType, worker.taskQueue]),
    ).toEqual([['ChargeCustomerCard', 'main']]);
    // A synchronous helper the bundle exports is no workflow, and nothing registers `chargeId` as one.
    expect(model.registrationsOf(charge, 'chargeId')).toEqual([]);
    expect([...model.sandboxModules].map((file) => path.relative(root, file)).sort()).toEqual([
      'src/workflows/all-workflows.ts',
      'src/workflows/billing/aliases.ts',
      'src/workflows/billing/charge.ts',
      'src/workflows/billing/index.ts',
    ]);
  });

  it('follows imported-and-exported bindings and drops a name two export * give from different modules', () => {
    const root = writeTree({
      ...pkg,
      'worker.ts': "Worker.create({ workflowsPath: require.resolve('./entry') });\n",
      'entry.ts':
        "import { refund } from './refund';\nexport { refund as RefundOrder };\nexport * from './a';\nexport * from './b';\n",
      'refund.ts': workflow('refund'),
      'a.ts': workflow('Shared') + workflow('OnlyA').replace(/^import.*\n/, ''),
      'b.ts': workflow('Shared'),
    });
    const model = modelOf(root);
    expect(
      model.registered.map(({ origin, registrations }) => [
        path.relative(root, origin.filePath),
        origin.name,
        registrations.map((r) => r.workflowType),
      ]),
    ).toEqual([
      ['refund.ts', 'refund', ['RefundOrder']],
      ['a.ts', 'OnlyA', ['OnlyA']],
    ]);
  });
});

describe('messages about what workers load', () => {
  it('never say no worker loads a module a worker does load (samples: ./workflows is src/workflows.ts)', () => {
    const samples = fileURLToPath(new URL('../../../fixtures/real-world/samples/', import.meta.url));
    const report = checkProject([samples]);
    const messages = report.files.flatMap((file) => file.findings.map((finding) => finding.message));
    expect(messages).toEqual([
      "'example' is a workflow (an exported function returning a Promise, in a module that imports the workflow runtime) outside a 'workflows/' directory. Move it to 'src/workflows/example.ts', one workflow per file, re-exported by that directory's barrel (`wf fix` moves it and updates its imports).",
    ]);
    expect(
      modelOf(samples)
        .registrationsOf(path.join(samples, 'src/workflows.ts'), 'example')
        .map((r) => r.worker.taskQueue),
    ).toEqual(['hello-world']);
  });
});
