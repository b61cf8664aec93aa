/**
 * Module sources covering every export and import form the detection distinguishes. Shared by the
 * detection tests and the oxc-parser/typescript-estree agreement test.
 */
export const moduleSamples: Record<string, string> = {
  declarations: `
import { defineSignal, defineQuery } from '@temporalio/workflow';
export async function RegenerateContent(input: string): Promise<string> { return input; }
export function SyncWorkflow() {}
export const ArrowWorkflow = async (input: number) => input * 2;
export const ExpressionWorkflow = async function named() {};
export const AssertedWorkflow = (async () => 1) satisfies () => Promise<number>;
export const cancelSignal = defineSignal('cancel');
export const statusQuery = defineQuery<string>('status');
export const LIMIT = 3, { a, b: [c] } = { a: 1, b: [2] };
export class NotAWorkflow {}
export enum Colour { Red }
export namespace Helpers { export const x = 1; }
export interface Params { id: string }
export type Result = { ok: boolean };
export declare function declared(): void;
export function overloaded(a: string): void;
export function overloaded(a: number): void;
export function overloaded(a: unknown) { void a; }
`,
  signatures: `
import { defineSignal, defineUpdate, proxyActivities, type WorkflowInterceptors } from '@temporalio/workflow';
import { declareWorkflow } from 'some-workflow-library';
export const workflowOutput = (trace: string): string => trace;
export function formatPhoneNumber(phone: string): string { return phone; }
export async function broadcastWorkflow(): Promise<void> {}
export function promised(): Promise<number> { return Promise.resolve(1); }
export const promisedArrow = (): PromiseLike<number> => Promise.resolve(1);
export const interceptors = (): WorkflowInterceptors => ({ inbound: [] });
export const approve = defineUpdate<void>('approve');
export const cancelled = defineSignal('cancelled');
export const { sendEmail } = proxyActivities({ startToCloseTimeout: '1 minute' });
export const processOrder = declareWorkflow({ name: 'processOrder' });
`,
  specifiers: `
import type { Imported } from './models.js';
import { helper } from './helpers.js';
export { local as RenamedWorkflow, later, constant, helper, type Params, Imported };
export type { Alias };
export { Later as "quoted name" };
async function local() {}
const later = () => {};
const constant = 42;
interface Params { a: string }
type Alias = string;
function Later() {}
`,
  defaultFunction: `export default async function (input: string) { return input; }\n`,
  defaultNamedFunction: `export default async function NamedDefault() {}\n`,
  defaultArrow: `export default async () => {};\n`,
  defaultIdentifier: `const run = async () => {};\nexport default run;\n`,
  defaultValue: `export default { a: 1 };\n`,
  defaultSpecifier: `function wf() {}\nexport { wf as default };\n`,
  reExports: `
export { a, b as c } from './a.js';
export type { T } from './types.js';
export { type U, type V } from './types.js';
export * from './star.js';
export * as ns from './ns.js';
export type * from './types.js';
export { default, default as Named } from './default.js';
`,
  sdkCalls: `
import { proxyActivities, executeChild as ec, sleep } from '@temporalio/workflow';
import * as wf from '@temporalio/workflow';
import type * as tasks from '../tasks.js';
const acts = proxyActivities<typeof tasks>({ startToCloseTimeout: '1 minute' });
export async function Parent(): Promise<void> {
  await sleep(1);
  await ec(Child, { args: [] });
  const handle = await wf.startChild(Child, {});
  await wf['proxyLocalActivities']({});
  await wf.condition(() => true);
  if (handle) await (async () => ec(Child))();
  void acts;
}
export async function Child(): Promise<void> {}
`,
  facadeOnly: `
import { Temporal } from '@wfkit/temporal/workflow';
import type * as tasks from '../tasks.js';
export async function UseFacade(input: string): Promise<string> {
  return Temporal.run<typeof tasks, 'work'>('work', input);
}
`,
  typeOnlyRuntimeImport: `import type { WorkflowInfo } from '@temporalio/workflow';\nimport { type ActivityOptions } from '@temporalio/workflow';\nexport function helper(info: WorkflowInfo, options: ActivityOptions) { return [info, options]; }\n`,
  sideEffectRuntimeImport: `import '@temporalio/workflow';\nexport const x = 1;\n`,
  shadowedNames: `
import { executeChild } from '@temporalio/client-like';
export async function NotSdk() { await executeChild(); }
`,
  sdkScopes: `
import { executeChild, startChild } from '@temporalio/workflow';
import * as wf from '@temporalio/workflow';
const { executeChild: runChild, proxyLocalActivities } = wf;
export async function Scoped(executeChild: () => Promise<void>): Promise<void> {
  await executeChild();
  const handle = await startChild('Child', { args: [] });
  await runChild('Child', { args: [] });
  const local = proxyLocalActivities({ startToCloseTimeout: '5s' });
  for (const wf of [{ startChild: async () => {} }]) await wf.startChild();
  { const startChild = async () => {}; await startChild(); }
  try { await handle.result(); } catch (executeChild) { void executeChild; }
  const run = wf.executeChild;
  await run('Child', { args: [] });
  void wf.startChild('Child', { args: [] });
  void local;
}
function hoisted() { if (true) { var startChild = () => 1; } return startChild(); }
void hoisted;
`,
  sandboxImports: `
import { Temporal } from '@wfkit/temporal/workflow';
import * as tasks from '../tasks.js';
import { readFile } from 'node:fs/promises';
import type { Stats } from 'fs';
import path, { sep } from 'path';
import { inspect } from 'util';
import { Client } from '@temporalio/client';
import { type WorkflowHandle } from '@wfkit/temporal/client';
import '../activities/setup.js';
const { work } = Temporal.activities<typeof tasks>();
export async function Imports(input: tasks.Input, stats: Stats, p: typeof path, s: typeof sep): Promise<void> {
  await Temporal.run(work, [input]);
  await readFile(String(stats));
  void [p, s, inspect, { Client }];
}
`,
  exportAssignment: `const handler = function () {};\nexport = handler;\n`,
  // Positions are UTF-16 offsets in both parsers, whatever the characters before them.
  nonAscii: `// Überprüfung ✓ 𝒳𝒴 — 日本語
import { proxyActivities } from '@temporalio/workflow';
export const étiquette = '𝒳';
export async function RéviserContenu(entrée: string) { proxyActivities({ note: '✓' }); return entrée; }
export default async function () {}
`,
};
