import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyProject, removeCopies, repoRoot } from './helpers/fixture.js';
import { wf } from './helpers/run.js';
import { read, snapshotTree } from './helpers/tree.js';

const MODELS = 'export interface Invoice {\n  id: string;\n}\n';
const TASKS = [
  "import type { Invoice as Inv } from './models.js';",
  '',
  'interface Hidden {',
  '  x: number;',
  '}',
  'export interface Shown {',
  '  y: number;',
  '}',
  '',
  'export async function sendInvoice(invoice: Inv): Promise<string> {',
  '  return invoice.id;',
  '}',
  'export async function ping(): Promise<void> {}',
  'export async function many(invoice: Inv, shown: Shown, dates: Record<string, Date>, hidden: Hidden): Promise<number> {',
  '  return [invoice, shown, dates, hidden].length;',
  '}',
  'export const optional = async (invoice: Inv, note?: string): Promise<string> => `${invoice.id}${note ?? ""}`;',
  'export async function shown(): Promise<Shown[]> {',
  '  return [];',
  '}',
  'export async function hidden(): Promise<Hidden> {',
  '  return { x: 1 };',
  '}',
  'export function label(invoice: Inv): string {',
  '  return invoice.id;',
  '}',
  '',
].join('\n');

/** `tsc --noEmit` on a project: its output, empty when it type-checks. */
function tsc(project: string): { status: number | null; stdout: string } {
  const result = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', project],
    { encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout };
}

describe('wf new --activity <an existing activity>', () => {
  let project: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    project = emptyProject({ 'billing/models.ts': MODELS, 'billing/tasks.ts': TASKS });
    before = snapshotTree(project);
    const runs = [
      ['ResendInvoice', 'sendInvoice'],
      ['PingBilling', 'ping'],
      ['RunMany', 'many'],
      ['RunOptional', 'optional'],
      ['ListShown', 'shown'],
      ['ShowHidden', 'hidden'],
      ['LabelInvoice', 'label'],
    ];
    for (const [name, activity] of runs) {
      const result = await wf(project, 'new', name!, '--in', 'billing', '--activity', activity!);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
  });
  afterAll(removeCopies);

  it('type-checks with tsc --noEmit', () => {
    expect(tsc(project)).toEqual({ status: 0, stdout: '' });
  });

  it("takes the activity's parameter, its type imported from the models module, its declared result, and stubs nothing", () => {
    expect(read(project, 'billing/models.ts')).toBe(before['billing/models.ts']);
    expect(read(project, 'billing/tasks.ts')).toBe(before['billing/tasks.ts']);
    const workflow = read(project, 'billing/workflows/resend-invoice.ts');
    expect(workflow).toContain("import type { Invoice } from '../models.js';");
    expect(workflow).toContain(
      'export async function ResendInvoice(invoice: Invoice): Promise<string> {\n  return Temporal.run(sendInvoice, [invoice]);\n}\n',
    );
  });

  it('takes no parameters for an activity without any', () => {
    expect(read(project, 'billing/workflows/ping.ts')).toContain(
      'export async function PingBilling(): Promise<void> {\n  return Temporal.run(ping, []);\n}\n',
    );
  });

  // The neighbours' longest line is 118 columns: 120, and the long header wraps one parameter a line.
  it('passes several parameters on; types the workflow file cannot name come from Parameters<…>', () => {
    expect(read(project, 'billing/workflows/run-many.ts')).toContain(
      [
        'export async function RunMany(',
        '  invoice: Invoice,',
        '  shown: tasks.Shown,',
        '  dates: Record<string, Date>,',
        '  hidden: Parameters<typeof tasks.many>[3],',
        '): Promise<number> {',
      ].join('\n') + '\n  return Temporal.run(many, [invoice, shown, dates, hidden]);\n}\n',
    );
  });

  it("takes an activity's whole argument tuple when a parameter is optional", () => {
    expect(read(project, 'billing/workflows/run-optional.ts')).toContain(
      // Its neighbours are now the workflow files written before it, all within 80 columns; a rest
      // parameter takes no trailing comma.
      'export async function RunOptional(\n  ...args: Parameters<typeof tasks.optional>\n): Promise<string> {\n  return Temporal.run(optional, args);\n}\n',
    );
  });

  it('returns the declared result: a type of the tasks module as tasks.Name, a synchronous result in a Promise', () => {
    expect(read(project, 'billing/workflows/list-shown.ts')).toContain(
      'export async function ListShown(): Promise<tasks.Shown[]> {\n',
    );
    expect(read(project, 'billing/workflows/label-invoice.ts')).toContain(
      'export async function LabelInvoice(invoice: Invoice): Promise<string> {\n',
    );
  });

  it('returns whatever the activity returns when its declared result is local to the tasks module', () => {
    expect(read(project, 'billing/workflows/show-hidden.ts')).toContain(
      'export async function ShowHidden(): Promise<Awaited<ReturnType<typeof tasks.hidden>>> {\n',
    );
  });
});
