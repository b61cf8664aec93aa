import { moduleBindings, parseModule } from '@wfkit/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE, detectStyle, type CodeStyle } from '../src/generate/code-style.js';
import { addStubs, type Stub } from '../src/generate/stubs.js';
import { addTypeImports, type TypeImport } from '../src/generate/type-import.js';
import { refuseBrokenEdit } from '../src/generate/new-refusals.js';
import { renderWorkflowSource, type WorkflowSource } from '../src/generate/workflow-source.js';

// The one printer: templates laid out in the project's detected style, lists wrapped at its print
// width. Everything here runs in memory.

const WORKFLOW: WorkflowSource = {
  name: 'SendInvoice',
  activity: 'sendInvoice',
  parameters: [{ name: 'input', type: 'SendInvoiceInput' }],
  resultType: 'Receipt',
  modelTypes: ['SendInvoiceInput', 'Receipt'],
  facadeModule: '@wfkit/temporal/workflow',
  tasksSpecifier: '../tasks.js',
  modelsSpecifier: '../models.js',
};

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

describe('renderWorkflowSource', () => {
  it('prints the workflow file in the default style, without a comment that restates the name', () => {
    expect(renderWorkflowSource(WORKFLOW, DEFAULT_STYLE)).toBe(
      lines(
        "import { Temporal } from '@wfkit/temporal/workflow';",
        "import type { Receipt, SendInvoiceInput } from '../models.js';",
        "import type * as tasks from '../tasks.js';",
        '',
        'const { sendInvoice } = Temporal.activities<typeof tasks>();',
        '',
        'export async function SendInvoice(input: SendInvoiceInput): Promise<Receipt> {',
        '  return Temporal.run(sendInvoice, [input]);',
        '}',
      ),
    );
  });

  it('follows quotes, semicolons, indentation and line endings', () => {
    const style: CodeStyle = { ...DEFAULT_STYLE, quote: '"', semicolons: false, indent: '\t', eol: '\r\n' };
    expect(renderWorkflowSource(WORKFLOW, style)).toBe(
      lines(
        'import { Temporal } from "@wfkit/temporal/workflow"',
        'import type { Receipt, SendInvoiceInput } from "../models.js"',
        'import type * as tasks from "../tasks.js"',
        '',
        'const { sendInvoice } = Temporal.activities<typeof tasks>()',
        '',
        'export async function SendInvoice(input: SendInvoiceInput): Promise<Receipt> {',
        '\treturn Temporal.run(sendInvoice, [input])',
        '}',
      ).replaceAll('\n', '\r\n'),
    );
  });

  it('wraps each list that passes the print width one item a line, as Prettier does', () => {
    const spec: WorkflowSource = {
      ...WORKFLOW,
      name: 'ReconcileQuarterlyStatement',
      activity: 'reconcileQuarterlyStatement',
      parameters: [
        { name: 'statement', type: 'QuarterlyStatement' },
        { name: 'ledgerEntries', type: 'LedgerEntry[]' },
      ],
      resultType: 'ReconciliationReport',
      modelTypes: ['QuarterlyStatement', 'LedgerEntry', 'ReconciliationReport'],
    };
    expect(renderWorkflowSource(spec, DEFAULT_STYLE)).toBe(
      lines(
        "import { Temporal } from '@wfkit/temporal/workflow';",
        'import type {',
        '  LedgerEntry,',
        '  QuarterlyStatement,',
        '  ReconciliationReport,',
        "} from '../models.js';",
        "import type * as tasks from '../tasks.js';",
        '',
        'const { reconcileQuarterlyStatement } = Temporal.activities<typeof tasks>();',
        '',
        'export async function ReconcileQuarterlyStatement(',
        '  statement: QuarterlyStatement,',
        '  ledgerEntries: LedgerEntry[],',
        '): Promise<ReconciliationReport> {',
        '  return Temporal.run(reconcileQuarterlyStatement, [statement, ledgerEntries]);',
        '}',
      ),
    );
    const wide = renderWorkflowSource(spec, { ...DEFAULT_STYLE, printWidth: 150, trailingCommas: false });
    expect(wide).toContain(
      "import type { LedgerEntry, QuarterlyStatement, ReconciliationReport } from '../models.js';\n",
    );
    expect(wide).toContain(
      'export async function ReconcileQuarterlyStatement(statement: QuarterlyStatement, ledgerEntries: LedgerEntry[]): Promise<ReconciliationReport> {\n',
    );
    const narrow = renderWorkflowSource(spec, { ...DEFAULT_STYLE, printWidth: 60, trailingCommas: false });
    expect(narrow).toContain(
      '  return Temporal.run(reconcileQuarterlyStatement, [\n    statement,\n    ledgerEntries\n  ]);\n',
    );
    expect(narrow).toContain('const { reconcileQuarterlyStatement } =\n  Temporal.activities<typeof tasks>();\n');
    const narrower = renderWorkflowSource(spec, { ...DEFAULT_STYLE, printWidth: 38 });
    expect(narrower).toContain('const {\n  reconcileQuarterlyStatement,\n} = Temporal.activities<typeof tasks>();\n');
  });

  it("writes the activity's result when it is not known, and never a comma after a rest parameter", () => {
    const spec: WorkflowSource = {
      ...WORKFLOW,
      parameters: { rest: 'Parameters<typeof tasks.sendInvoice>' },
      resultType: undefined,
      modelTypes: [],
    };
    const text = renderWorkflowSource(spec, DEFAULT_STYLE);
    expect(text).toContain(
      'export async function SendInvoice(\n  ...args: Parameters<typeof tasks.sendInvoice>\n): Promise<Awaited<ReturnType<typeof tasks.sendInvoice>>> {\n  return Temporal.run(sendInvoice, args);\n}\n',
    );
    expect(text).not.toContain('models');
  });

  it('escapes a specifier that holds the quote', () => {
    expect(renderWorkflowSource({ ...WORKFLOW, modelsSpecifier: "../it's/models.js" }, DEFAULT_STYLE)).toContain(
      "from '../it\\'s/models.js';\n",
    );
  });
});

describe('detectStyle: print width and trailing commas', () => {
  const code = (width: number): string => `const a = ${'x'.repeat(width - 11)};\n`;

  it('takes the smallest of 80, 100 and 120 columns the code lines fit; comments do not count', () => {
    expect(detectStyle([code(80)]).printWidth).toBe(80);
    expect(detectStyle([code(81)]).printWidth).toBe(100);
    expect(detectStyle([code(101), code(40)]).printWidth).toBe(120);
    expect(detectStyle([code(160)]).printWidth).toBe(120);
    expect(detectStyle([`${code(60)}// ${'y'.repeat(150)}\n/**\n * ${'z'.repeat(150)}\n */\n`]).printWidth).toBe(80);
    expect(detectStyle([], { ...DEFAULT_STYLE, printWidth: 100 }).printWidth).toBe(100);
  });

  it('reads whether wrapped lists end with a comma', () => {
    expect(detectStyle(['f(\n  a,\n  b\n);\nconst x = [\n  1\n];\n']).trailingCommas).toBe(false);
    expect(detectStyle(['f(\n  a,\n  b,\n);\n']).trailingCommas).toBe(true);
    // An interface without semicolons is no list.
    expect(detectStyle(['interface A {\n  a: string\n}\n']).trailingCommas).toBe(true);
  });
});

const MODELS: TypeImport = {
  names: ['SendInvoiceInput', 'Receipt'],
  file: '/app/billing/models.ts',
  specifier: './models.js',
};
const TASKS_FILE = '/app/billing/tasks.ts';
const BODY = 'export async function ping(): Promise<void> {}\n';
const NEW_IMPORT = "import type { SendInvoiceInput, Receipt } from './models.js';";

/** A tasks module, and what it becomes with the import of the two names. */
const EDITED: Record<string, [before: string, after: string]> = {
  'a new module': ['', `${NEW_IMPORT}\n`],
  'no imports': [BODY, `${NEW_IMPORT}\n\n${BODY}`],
  'no imports, a header comment set off by a blank line': [
    `// Billing activities.\n\n${BODY}`,
    `// Billing activities.\n\n${NEW_IMPORT}\n\n${BODY}`,
  ],
  'no imports, JSDoc of the first statement': [`/** Ping. */\n${BODY}`, `${NEW_IMPORT}\n\n/** Ping. */\n${BODY}`],
  'a #! line': [`#!/usr/bin/env node\n${BODY}`, `#!/usr/bin/env node\n${NEW_IMPORT}\n\n${BODY}`],
  'another import, then code': [
    `import { db } from './db.js';\n${BODY}`,
    `import { db } from './db.js';\n${NEW_IMPORT}\n${BODY}`,
  ],
  'a comment after the last import': [
    `import { db } from './db.js'; // the database\n\n${BODY}`,
    `import { db } from './db.js'; // the database\n${NEW_IMPORT}\n\n${BODY}`,
  ],
  'code after the last import on its line': [
    `import { db } from './db.js'; ${BODY}`,
    `${NEW_IMPORT}\nimport { db } from './db.js'; ${BODY}`,
  ],
  'an import at the very end': ["import { db } from './db.js';", `import { db } from './db.js';\n${NEW_IMPORT}`],
  'a sorted import type list': [
    `import type { Invoice, Shipment } from './models.js';\n\n${BODY}`,
    `import type { Invoice, Receipt, SendInvoiceInput, Shipment } from './models.js';\n\n${BODY}`,
  ],
  'an unsorted import type list': [
    `import type { Shipment, Invoice } from './models.js';\n\n${BODY}`,
    `import type { Shipment, Invoice, SendInvoiceInput, Receipt } from './models.js';\n\n${BODY}`,
  ],
  'a value import with inline types, a default': [
    `import Models, { type Invoice, defaults } from "./models"\n${BODY}`,
    // 93 columns on one line: wrapped at 80.
    `import Models, {\n  type Invoice,\n  type Receipt,\n  type SendInvoiceInput,\n  defaults,\n} from "./models"\n${BODY}`,
  ],
  'a list spaced otherwise, with a trailing comma': [
    `import type {Invoice,} from './models.js';\n${BODY}`,
    `import type { Invoice, Receipt, SendInvoiceInput } from './models.js';\n${BODY}`,
  ],
  'a list over several lines stays one name a line': [
    `import type {\n  Invoice,\n  Shipment,\n} from './models.js';\n${BODY}`,
    `import type {\n  Invoice,\n  Receipt,\n  SendInvoiceInput,\n  Shipment,\n} from './models.js';\n${BODY}`,
  ],
  'a list with a comment in it: a second import': [
    `import type { Invoice /* the bill */ } from './models.js';\n${BODY}`,
    `import type { Invoice /* the bill */ } from './models.js';\n${NEW_IMPORT}\n${BODY}`,
  ],
  'a list that has one of the names': [
    `import type { Receipt } from './models.js';\n${BODY}`,
    `import type { Receipt, SendInvoiceInput } from './models.js';\n${BODY}`,
  ],
  'a list that has all the names': [
    `import type { Receipt, SendInvoiceInput } from './models.js';\n${BODY}`,
    `import type { Receipt, SendInvoiceInput } from './models.js';\n${BODY}`,
  ],
  'a namespace import is passed over': [
    `import type * as models from './models.js';\n${BODY}`,
    `import type * as models from './models.js';\n${NEW_IMPORT}\n${BODY}`,
  ],
};

/** Every line of `before` is in `after`, in order, but an import of the models module that took the names. */
function keepsLines(before: string, after: string): boolean {
  const afterLines = after.split('\n');
  let next = 0;
  for (const line of before.split('\n')) {
    if (line.includes('models')) continue;
    next = afterLines.indexOf(line, next) + 1;
    if (next === 0) return false;
  }
  return true;
}

describe('addTypeImports', () => {
  it.each(Object.entries(EDITED))('%s', (_case, [before, after]) => {
    expect(addTypeImports(TASKS_FILE, before, [MODELS], DEFAULT_STYLE)).toBe(after);
    const crlf = (text: string) => text.replaceAll('\n', '\r\n');
    expect(addTypeImports(TASKS_FILE, crlf(before), [MODELS], { ...DEFAULT_STYLE, eol: '\r\n' })).toBe(crlf(after));
  });

  it('keeps a #! line first when the last import ends the file after a // comment', () => {
    const before = '#!/usr/bin/env node\nimport { log } from "./log.js"; // logger';
    expect(addTypeImports(TASKS_FILE, before, [MODELS], DEFAULT_STYLE)).toBe(`${before}\n${NEW_IMPORT}`);
  });

  it('puts the import above the comments of the first import, so a // @ts-ignore still guards its line', () => {
    const before = `// @ts-ignore\nimport { log } from './log.js'; log('loaded');\n${BODY}`;
    expect(addTypeImports(TASKS_FILE, before, [MODELS], DEFAULT_STYLE)).toBe(`${NEW_IMPORT}\n${before}`);
    const documented = `#!/usr/bin/env node\n/**\n * Logger.\n */\nimport { log } from './log.js'; log('x');\n${BODY}`;
    expect(addTypeImports(TASKS_FILE, documented, [MODELS], DEFAULT_STYLE)).toBe(
      documented.replace('#!/usr/bin/env node\n', `#!/usr/bin/env node\n${NEW_IMPORT}\n`),
    );
  });

  it('wraps an import list that would pass the print width', () => {
    const before = `import type { Invoice, Shipment } from './models.js';\n${BODY}`;
    expect(addTypeImports(TASKS_FILE, before, [MODELS], { ...DEFAULT_STYLE, printWidth: 60 })).toBe(
      `import type {\n  Invoice,\n  Receipt,\n  SendInvoiceInput,\n  Shipment,\n} from './models.js';\n${BODY}`,
    );
  });

  it('on any module around an import, only adds the import: it parses, binds the names, and no line goes', () => {
    const heads = ['', '// Header.\n\n', '/** Doc. */\n', '#!/usr/bin/env node\n'];
    const imports = [
      '',
      "import { db } from './db.js';",
      "import { db } from './db.js';\nimport type { Invoice, Other } from './models.js';",
      "import type { Other, Invoice } from './models';",
    ];
    const gaps = ['', '\n', '\n\n', ' \n', '\n \n\t\n'];
    const tails = ['', BODY, `  ${BODY}`, `// Note.\n${BODY}`, `/* c */ ${BODY}`, ';\n', '/* c */'];
    for (const head of heads) {
      for (const importLines of imports) {
        for (const gap of gaps) {
          for (const tail of tails) {
            const before = `${head}${importLines}${gap}${tail}`;
            const after = addTypeImports(TASKS_FILE, before, [MODELS], { ...DEFAULT_STYLE, semicolons: false });
            const parsed = parseModule(TASKS_FILE, after);
            expect('error' in parsed, JSON.stringify(after)).toBe(false);
            if ('error' in parsed) continue;
            expect(moduleBindings(parsed.program).imports.flatMap((statement) => statement.names)).toEqual(
              expect.arrayContaining(MODELS.names),
            );
            expect(keepsLines(before, after), JSON.stringify(before)).toBe(true);
          }
        }
      }
    }
  });
});

describe('addStubs', () => {
  const stub: Stub = {
    kind: 'activity',
    name: 'sendInvoice',
    workflow: 'SendInvoice',
    inputType: 'SendInvoiceInput',
    outputType: 'Receipt',
  };

  it('appends the stub and imports its types, nothing else changes', () => {
    expect(addStubs(TASKS_FILE, `import { db } from './db.js';\n\n${BODY}`, [stub], [MODELS], DEFAULT_STYLE)).toBe(
      lines(
        "import { db } from './db.js';",
        NEW_IMPORT,
        '',
        BODY.trimEnd(),
        '',
        '/** Activity of the SendInvoice workflow: a stub, implement it. */',
        'export async function sendInvoice(input: SendInvoiceInput): Promise<Receipt> {',
        '  void input;',
        "  throw new Error('sendInvoice: not implemented yet.');",
        '}',
      ),
    );
  });

  it('wraps a doc comment that would pass the print width at words', () => {
    const typeStub: Stub = { kind: 'type', name: 'SendInvoiceInput', workflow: 'SendInvoice', role: 'input' };
    expect(addStubs('/app/billing/models.ts', undefined, [typeStub], [], { ...DEFAULT_STYLE, printWidth: 50 })).toBe(
      lines(
        '/**',
        ' * Input of the SendInvoice workflow: a stub, list',
        ' * its fields.',
        ' */',
        'export interface SendInvoiceInput {',
        '  [field: string]: unknown;',
        '}',
      ),
    );
  });
});

describe('refuseBrokenEdit', () => {
  it('refuses an edited module that no longer parses, naming the file and the parse error', () => {
    const label = (file: string) => file.replace('/app/', '');
    expect(() => refuseBrokenEdit(TASKS_FILE, parseModule(TASKS_FILE, 'export const a = {;\n'), label)).toThrow(
      /^billing\/tasks\.ts would not parse after wf new's edit \(.+ at line 1\); nothing was written\./,
    );
    expect(() => refuseBrokenEdit(TASKS_FILE, parseModule(TASKS_FILE, BODY), label)).not.toThrow();
  });
});
