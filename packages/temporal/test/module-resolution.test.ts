/**
 * The entry points resolve with their types under every module resolution a Temporal app uses:
 * `exports` serves node16/nodenext/bundler, `typesVersions` the older `node` (node10) resolution
 * that Temporal's samples still use.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
// Inside the repository, so that `@wfkit/temporal` resolves through its node_modules link.
const dir = mkdtempSync(path.join(repoRoot, 'packages/temporal/test/.resolution-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'app.ts');
writeFileSync(
  file,
  [
    "import { Temporal } from '@wfkit/temporal/workflow';",
    "import { Temporal as Client } from '@wfkit/temporal/client';",
    "import type { RunOptions } from '@wfkit/temporal/options';",
    'export const used: [unknown, unknown, RunOptions | undefined] = [Temporal.run, Client.startWorkflow, undefined];',
    '',
  ].join('\n'),
);

const settings: Array<[string, ts.CompilerOptions]> = [
  [
    'node10',
    { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, ignoreDeprecations: '6.0' },
  ],
  ['node16', { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }],
  ['nodenext', { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext }],
  ['bundler', { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }],
];

describe('the workflow entry on its own', () => {
  // Generated workflows import only the facade: its declarations must not load the SDK's, which
  // need @types/node and a `paths` entry for `ms` when libraries are checked.
  it('type-checks with skipLibCheck: false, no @types and no paths', () => {
    const workflowFile = path.join(dir, 'workflow.ts');
    writeFileSync(
      workflowFile,
      [
        "import { Temporal } from '@wfkit/temporal/workflow';",
        "const { work } = Temporal.activities<{ work(input: string): Promise<number> }>({ heartbeatTimeout: '30s', taskQueue: 'gpu' });",
        'export async function Work(input: string): Promise<number> {',
        "  const handle = await Temporal.startChildWorkflow(Work, [input], { executionTimeout: '1h', parentClosePolicy: 'ABANDON' });",
        "  await handle.signal('more', input);",
        '  return (await Temporal.run(work, [input], { timeout: 30, retry: { backoffCoefficient: 2 } })) + (await handle.result());',
        '}',
        '',
      ].join('\n'),
    );
    const program = ts.createProgram([workflowFile], {
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
    expect(problems).toEqual([]);
    expect(
      program
        .getSourceFiles()
        .map((source) => source.fileName)
        .filter((name) => name.includes('@temporalio')),
    ).toEqual([]);
  });
});

describe('resolving @wfkit/temporal entry points', () => {
  it.each(settings)('finds every entry with its types under %s resolution', (_, options) => {
    const program = ts.createProgram([file], { ...options, strict: true, noEmit: true, skipLibCheck: true, types: [] });
    const problems = ts
      .getPreEmitDiagnostics(program, program.getSourceFile(file))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
    expect(problems).toEqual([]);
  });
});
