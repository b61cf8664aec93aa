import { describe, expect, it } from 'vitest';
import type { CodeStyle } from '../src/generate/code-style.js';
import { addStubs, stubStatements, type Stub } from '../src/generate/stubs.js';
import { isPlainType, printAsText } from '../src/generate/text-printer.js';
import { addTypeImportsWithTsMorph, printWithTsMorph } from '../src/generate/ts-morph-printer.js';
import { addTypeImportsAsText, type TypeImport } from '../src/generate/type-import.js';
import { renderWorkflowSource, workflowStatements, type WorkflowSource } from '../src/generate/workflow-source.js';

// The templates must print what ts-morph prints, byte for byte: ts-morph is the reference here,
// and the fallback wherever the templates decline.

const STYLES: CodeStyle[] = (["'", '"'] as const).flatMap((quote) =>
  ['  ', '    ', '\t'].flatMap((indent) => [true, false].flatMap((semicolons) => (['\n', '\r\n'] as const).map((eol) => ({ quote, indent, semicolons, eol })))),
);
// Widths ts-morph does not indent by: it rounds them, TypeScript's formatter (without semicolons) does not.
const ODD_INDENTS: CodeStyle[] = [' ', '   ', '     ', '        ', '         '].flatMap((indent) => [true, false].map((semicolons) => ({ quote: "'", indent, semicolons, eol: '\n' }) as const));

const WORKFLOW: WorkflowSource = {
  name: 'SendInvoice',
  activity: 'sendInvoice',
  parameters: [{ name: 'input', type: 'SendInvoiceInput' }],
  outputType: undefined,
  modelTypes: ['SendInvoiceInput'],
  facadeModule: '@wfkit/temporal/workflow',
  tasksSpecifier: '../tasks.js',
  modelsSpecifier: '../models.js',
};

const WORKFLOWS: Record<string, WorkflowSource> = {
  'one named parameter, no output type': WORKFLOW,
  'an output type': { ...WORKFLOW, outputType: 'InvoiceReceipt', modelTypes: ['SendInvoiceInput', 'InvoiceReceipt'] },
  'several parameters read from an activity': {
    ...WORKFLOW,
    parameters: [
      { name: 'invoice', type: 'Invoice' },
      { name: 'shown', type: 'tasks.Shown' },
      { name: 'dates', type: 'Record<string, Date[]>' },
      { name: 'hidden', type: 'Parameters<typeof tasks.sendInvoice>[3]' },
    ],
    modelTypes: ['Invoice', 'Invoice'],
  },
  'no parameters, no model types': { ...WORKFLOW, parameters: [], modelTypes: [] },
  'the rest tuple': { ...WORKFLOW, parameters: { rest: 'Parameters<typeof tasks.sendInvoice>' }, modelTypes: [] },
  'the activity binding renamed': { ...WORKFLOW, name: 'sendInvoice', outputType: 'Receipt', modelTypes: ['SendInvoiceInput', 'Receipt'] },
  'unicode names, .mjs specifiers without extension': { ...WORKFLOW, name: 'Ünïcode', parameters: [{ name: 'äpfel', type: 'Äpfel' }], modelTypes: ['Äpfel'], tasksSpecifier: '../tasks', modelsSpecifier: './café/models.mjs' },
};

const STUBS: Record<string, Stub[]> = {
  'an activity without output type': [{ kind: 'activity', name: 'sendInvoice', workflow: 'SendInvoice', inputType: 'SendInvoiceInput', outputType: undefined }],
  'an activity with an output type': [{ kind: 'activity', name: 'sendInvoice', workflow: 'SendInvoice', inputType: 'SendInvoiceInput', outputType: 'Receipt' }],
  'input and output types': [
    { kind: 'type', name: 'SendInvoiceInput', workflow: 'SendInvoice', role: 'input' },
    { kind: 'type', name: 'Receipt', workflow: 'SendInvoice', role: 'output' },
  ],
  'both kinds': [
    { kind: 'type', name: 'SendInvoiceInput', workflow: 'SendInvoice', role: 'input' },
    { kind: 'activity', name: 'sendInvoice', workflow: 'SendInvoice', inputType: 'SendInvoiceInput', outputType: undefined },
  ],
};

describe('printAsText prints as ts-morph does', () => {
  it.each(Object.entries(WORKFLOWS))('the workflow file: %s', (_case, spec) => {
    for (const style of [...STYLES, ...ODD_INDENTS]) {
      const statements = workflowStatements(spec);
      const text = printAsText(statements, style);
      expect(text, JSON.stringify(style)).toBeDefined();
      expect(text, JSON.stringify(style)).toBe(printWithTsMorph(statements, style));
      expect(renderWorkflowSource(spec, style)).toBe(text);
    }
  });

  it.each(Object.entries(STUBS))('stubs: %s', (_case, stubs) => {
    for (const style of [...STYLES, ...ODD_INDENTS]) {
      const statements = stubStatements(stubs, style);
      const text = printAsText(statements, style);
      expect(text, JSON.stringify(style)).toBeDefined();
      expect(text, JSON.stringify(style)).toBe(printWithTsMorph(statements, style));
    }
  });

  it('declines types, specifiers and names it cannot be sure of, and the workflow file then comes from ts-morph', () => {
    const style = STYLES.find((candidate) => !candidate.semicolons)!;
    const unsure: WorkflowSource[] = [
      { ...WORKFLOW, parameters: [{ name: 'input', type: '{ id: string; total: number }' }] },
      { ...WORKFLOW, parameters: [{ name: 'input', type: 'A | B' }] },
      { ...WORKFLOW, parameters: [{ name: 'input', type: 'Record<string,Date>' }] },
      { ...WORKFLOW, parameters: [{ name: 'input', type: 'Map<\n  string,\n  Date\n>' }] },
      { ...WORKFLOW, modelsSpecifier: "../it's/models.js" },
      { ...WORKFLOW, modelsSpecifier: '../back\\slash/models.js' },
    ];
    for (const spec of unsure) {
      expect(printAsText(workflowStatements(spec), style)).toBeUndefined();
      expect(renderWorkflowSource(spec, style)).toBe(printWithTsMorph(workflowStatements(spec), style));
    }
    // Why: without semicolons, TypeScript's formatter re-spaces what it formats.
    expect(renderWorkflowSource(unsure[2]!, style)).toContain('(input: Record<string, Date>)');
  });

  it('knows the type forms wf new writes', () => {
    for (const type of ['A', 'tasks.A', 'A[]', 'Parameters<typeof tasks.x>', 'Parameters<typeof tasks.x>[0]', 'Promise<Awaited<ReturnType<typeof tasks.x>>>', 'Record<string, Date[]>']) {
      expect(isPlainType(type), type).toBe(true);
    }
    for (const type of ['', 'A<', 'A<B,C>', 'A<>', 'typeof', 'typeof A<B>', 'A[0', 'A | B', "'a'", '[A, B]', 'A<B>>']) expect(isPlainType(type), type).toBe(false);
  });
});

const MODELS: TypeImport = { names: ['SendInvoiceInput', 'Receipt'], file: '/app/billing/models.ts', specifier: './models.js' };
const TASKS_FILE = '/app/billing/tasks.ts';
const BODY = 'export async function ping(): Promise<void> {}\n';

/** Tasks modules the templates edit, with the import they receive. */
const EDITED: Record<string, string> = {
  'a new module': '',
  'no imports': BODY,
  'no imports, a header comment first': `// Billing activities.\n\n${BODY}`,
  'no imports, JSDoc first': `/** Billing. */\n${BODY}`,
  'no imports, blank lines first': `\n\n${BODY}`,
  'another import, then a blank line': `import { db } from './db.js';\n\n${BODY}`,
  'another import, then code': `import { db } from './db.js';\n${BODY}`,
  'imports, then blank lines and a comment': `import { db } from './db.js';\nimport './setup.js';\n\n\n// Activities.\n${BODY}`,
  'an import and trailing spaces, then indented code': `import { db } from './db.js';  \n\t\n  ${BODY}`,
  'an import, then nothing': "import { db } from './db.js';\n\n",
  'an import at the very end': "import { db } from './db.js';",
  'an import after code, non-ASCII text before it': `const é = '😀';\nimport { db } from './db.js';\n${BODY}`,
  'a sorted import type list': `import type { Invoice, Shipment } from './models.js';\n\n${BODY}`,
  'an unsorted import type list': `import type { Shipment, Invoice } from './models.js';\n\n${BODY}`,
  'a value import with inline types, sorted': `import { type Invoice, defaults } from './models';\n${BODY}`,
  'a value import, unsorted, aliases and a default': `import Models, { Zeta as Z, type Invoice } from "./models.ts"\n${BODY}`,
  'a list that has one of the names': `import type { Receipt } from './models.js';\n${BODY}`,
  'a list that has all the names': `import type { Receipt, SendInvoiceInput } from './models.js';\n${BODY}`,
  'a namespace import first (skipped), then a list': `import type * as models from './models.js';\nimport type { Invoice } from './models.js';\n${BODY}`,
  'an import of another module by that name': `import type { Invoice } from '../other/models.js';\n${BODY}`,
};

/** Tasks modules the templates leave to ts-morph. */
const DECLINED: Record<string, string> = {
  'a list over several lines': `import type {\n  Invoice,\n  Shipment,\n} from './models.js';\n${BODY}`,
  'a list spaced otherwise': `import type {Invoice} from './models.js';\n${BODY}`,
  'a trailing comma': `import type { Invoice, } from './models.js';\n${BODY}`,
  'a default import only': `import Models from './models.js';\n${BODY}`,
  'an empty list': `import {} from './models.js';\n${BODY}`,
  'a side-effect import': `import './models.js';\n${BODY}`,
  'a comment after the last import (ts-morph drops it)': `import { db } from './db.js'; // the database\n\n${BODY}`,
  'code after the last import on its line': `import { db } from './db.js'; ${BODY}`,
  'spaces after the last import at the end': "import { db } from './db.js';  ",
  'a byte order mark (ts-morph drops it)': `\uFEFF${BODY}`,
  'a #! line': `#!/usr/bin/env node\nimport { db } from './db.js';\n${BODY}`,
  'a lone carriage return': `import { db } from './db.js';\r${BODY}`,
  'a module that does not parse': 'import { from',
  'comments alone': '/** Billing. */\n',
};

function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
}

const withEol = (text: string, eol: string): string => text.replace(/\n/g, eol);

describe('addTypeImportsAsText edits as ts-morph does', () => {
  it.each(Object.entries(EDITED))('%s', (_case, text) => {
    for (const style of STYLES) {
      const before = withEol(text, style.eol);
      const edited = addTypeImportsAsText(TASKS_FILE, before, [MODELS], style);
      expect(edited, JSON.stringify(style)).toBeDefined();
      expect(edited, JSON.stringify(style)).toBe(addTypeImportsWithTsMorph(TASKS_FILE, before, [MODELS], style));
    }
  });

  it('adds names where ts-morph adds them, and a new import where it would', () => {
    const style = STYLES[0]!;
    const edit = (text: string) => addTypeImportsAsText(TASKS_FILE, text, [MODELS], style);
    expect(edit(EDITED['a sorted import type list']!)).toMatch(/^import type \{ Invoice, Receipt, SendInvoiceInput, Shipment \} from '\.\/models\.js';\n\n/);
    expect(edit(EDITED['an unsorted import type list']!)).toMatch(/^import type \{ Shipment, Invoice, SendInvoiceInput, Receipt \} from/);
    expect(edit(EDITED['a value import with inline types, sorted']!)).toMatch(/^import \{ type Invoice, type Receipt, type SendInvoiceInput, defaults \} from '\.\/models';\n/);
    expect(edit(EDITED['another import, then code']!)).toBe(`import { db } from './db.js';\nimport type { SendInvoiceInput, Receipt } from './models.js';\n\n${BODY}`);
    expect(edit(EDITED['a list that has all the names']!)).toBe(EDITED['a list that has all the names']);
  });

  it.each(Object.entries(DECLINED))('declines %s, which ts-morph then decides', (_case, text) => {
    const style = STYLES[0]!;
    expect(addTypeImportsAsText(TASKS_FILE, text, [MODELS], style)).toBeUndefined();
    const stub: Stub = { kind: 'activity', name: 'sendInvoice', workflow: 'SendInvoice', inputType: 'SendInvoiceInput', outputType: 'Receipt' };
    // What ts-morph does (it throws on some of these) is what addStubs does.
    const viaTsMorph = outcome(() => addTypeImportsWithTsMorph(TASKS_FILE, text, [MODELS], style));
    const viaAddStubs = outcome(() => addStubs(TASKS_FILE, text, [stub], [MODELS], style));
    if (viaTsMorph.startsWith('throws')) expect(viaAddStubs).toBe(viaTsMorph);
    else expect(viaAddStubs.startsWith(viaTsMorph)).toBe(true);
  });

  it('agrees with ts-morph on every module put together from the pieces around an import', () => {
    const heads = ['', '// Header.\n\n', '/** Doc. */\n'];
    const imports = ['', "import { db } from './db.js';", "import { db } from './db.js';\nimport type { Invoice, Other } from './models.js';", "import type { Other, Invoice } from './models';"];
    const gaps = ['', '\n', '\n\n', '\n\n\n', ' \n', '\n \n\t\n'];
    const tails = ['', BODY, `  ${BODY}`, `// Note.\n${BODY}`, `/** Ping. */\n${BODY}`, `/* c */ ${BODY}`, ';\n', '// Note.\n', '/** Ping. */\n', '/* c */'];
    let edited = 0;
    for (const head of heads) {
      for (const importLines of imports) {
        for (const gap of gaps) {
          for (const tail of tails) {
            for (const style of [STYLES[0]!, STYLES.find((candidate) => candidate.eol === '\r\n' && !candidate.semicolons)!]) {
              const text = withEol(`${head}${importLines}${gap}${tail}`, style.eol);
              const asText = addTypeImportsAsText(TASKS_FILE, text, [MODELS], style);
              if (asText === undefined) continue;
              edited += 1;
              expect(asText, JSON.stringify(text)).toBe(addTypeImportsWithTsMorph(TASKS_FILE, text, [MODELS], style));
            }
          }
        }
      }
    }
    // The templates must take most of these on, or the common path would load TypeScript after all.
    expect(edited).toBeGreaterThan(700);
  });
});
