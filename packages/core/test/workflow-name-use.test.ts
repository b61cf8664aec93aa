import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectCache } from '../src/cache/project-cache.js';
import { findWorkflowNameUse } from '../src/check/workflow-name-use.js';
import { writeTree } from './support/temp-tree.js';

const pkg = { 'package.json': '{ "name": "app" }' };
const workflow = (name: string) =>
  `import { sleep } from '@temporalio/workflow';\nexport async function ${name}(): Promise<void> { await sleep(1); }\n`;

/** Where `name` is used, with paths relative to the root. */
function useOf(root: string, name: string, replacing?: string) {
  const use = findWorkflowNameUse(name, root, {
    cache: new ProjectCache({ lifetime: Infinity }),
    replacing: replacing && path.join(root, replacing),
  });
  if (use === undefined) return undefined;
  return use.kind === 'workflow'
    ? { ...use, filePath: path.relative(root, use.filePath) }
    : { ...use, barrelPath: path.relative(root, use.barrelPath) };
}

describe('findWorkflowNameUse: which workflow or barrel export already uses a workflow name', () => {
  const billing = {
    ...pkg,
    'src/billing/workflows/send-invoice.ts': workflow('SendInvoice'),
    'src/billing/workflows/index.ts':
      "export { SendInvoice } from './send-invoice.js';\nexport { ArchiveInvoice } from './archive-invoice.js';\n",
  };

  it('a workflow of a workflows directory, and nothing for a free name', () => {
    const root = writeTree(billing);
    expect(useOf(root, 'SendInvoice')).toEqual({ kind: 'workflow', filePath: 'src/billing/workflows/send-invoice.ts' });
    expect(useOf(root, 'RefundInvoice')).toBeUndefined();
  });

  it('the file being replaced, and the barrel export of it, are no use of its name', () => {
    const root = writeTree(billing);
    expect(useOf(root, 'SendInvoice', 'src/billing/workflows/send-invoice.ts')).toBeUndefined();
    // Written anew under another file name, the old export of the name is still a use.
    expect(useOf(root, 'SendInvoice', 'src/billing/workflows/send-billing-invoice.ts')).toEqual({
      kind: 'workflow',
      filePath: 'src/billing/workflows/send-invoice.ts',
    });
  });

  it('a barrel export whose module no longer declares the workflow (stale)', () => {
    const root = writeTree(billing);
    expect(useOf(root, 'ArchiveInvoice')).toEqual({
      kind: 'barrel-export',
      barrelPath: 'src/billing/workflows/index.ts',
      source: './archive-invoice.js',
    });
    expect(useOf(root, 'ArchiveInvoice', 'src/billing/workflows/archive-invoice.ts')).toBeUndefined();
  });

  it('a stale export in the barrel the directory has, also one of another extension (index.js)', () => {
    const root = writeTree({
      ...pkg,
      'src/billing/workflows/send-invoice.ts': workflow('SendInvoice'),
      'src/billing/workflows/index.js': "export { ArchiveInvoice } from './archive-invoice.js';\n",
    });
    expect(useOf(root, 'ArchiveInvoice')).toEqual({
      kind: 'barrel-export',
      barrelPath: 'src/billing/workflows/index.js',
      source: './archive-invoice.js',
    });
  });

  it('a samples-style module outside any workflows directory that uses the workflow runtime (no worker found)', () => {
    const root = writeTree({
      ...pkg,
      'src/workflows.ts': workflow('example'),
      'src/helpers.ts': 'export async function notAWorkflow(): Promise<void> {}\n',
    });
    expect(useOf(root, 'example')).toEqual({ kind: 'workflow', filePath: 'src/workflows.ts' });
    expect(useOf(root, 'notAWorkflow')).toBeUndefined();
  });

  it('the name a worker registers a workflow under, where its module re-exports it renamed', () => {
    const root = writeTree({
      ...pkg,
      'src/legacy/flows.ts': workflow('legacyImport'),
      'src/legacy/entry.ts': "export { legacyImport as ImportLegacyData } from './flows';\n",
      'src/worker.ts': "Worker.create({ workflowsPath: require.resolve('./legacy/entry'), taskQueue: 'legacy' });\n",
    });
    expect(useOf(root, 'ImportLegacyData')).toEqual({ kind: 'workflow', filePath: 'src/legacy/flows.ts' });
    expect(useOf(root, 'ImportLegacyData', 'src/legacy/flows.ts')).toBeUndefined();
  });
});
