import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diffLines } from 'diff';
import { afterEach, describe, expect, it } from 'vitest';
import { newWorkflow } from '../src/commands/new.js';
import { BILLING_FILES } from './helpers/billing.js';
import { copyFixture, emptyProject, removeCopies, writeTree } from './helpers/fixture.js';
import { wf } from './helpers/run.js';
import { read, snapshotTree } from './helpers/tree.js';

afterEach(removeCopies);

const CONTENT = 'presentation/edit/content';

/** Only lines added, none removed: the file's existing code is untouched. */
function onlyAdditions(before: string, after: string): boolean {
  return diffLines(before, after).every((part) => part.removed !== true);
}

describe('wf new', () => {
  it('creates the workflow file, stubs and the barrel line, and says so', async () => {
    const app = copyFixture('slides-app');
    const modelsBefore = read(app, `${CONTENT}/models.ts`);
    const tasksBefore = read(app, `${CONTENT}/tasks.ts`);

    const result = await wf(app, 'new', 'RefreshSpeakerNotes', '--in', CONTENT);

    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      [
        'changed presentation/edit/content/models.ts (stub type RefreshSpeakerNotesInput)',
        'changed presentation/edit/content/tasks.ts (stub activity refreshSpeakerNotes)',
        'created presentation/edit/content/workflows/refresh-speaker-notes.ts (workflow RefreshSpeakerNotes)',
        'changed presentation/edit/content/workflows/index.ts (exports RefreshSpeakerNotes)',
        '',
        'Formatted like the neighbouring files (single quotes, semicolons, 2 spaces, 120 columns); presentation/edit/content/workflows/index.ts in canonical form, as `wf barrel --fix` writes it.',
        '',
      ].join('\n'),
    );
    expect(read(app, `${CONTENT}/workflows/refresh-speaker-notes.ts`)).toBe(
      [
        "import { Temporal } from '@wfkit/temporal/workflow';",
        "import type { RefreshSpeakerNotesInput } from '../models.js';",
        "import type * as tasks from '../tasks.js';",
        '',
        'const { refreshSpeakerNotes } = Temporal.activities<typeof tasks>();',
        '',
        // The stub the run adds declares the result: `Promise<void>` until it is implemented.
        'export async function RefreshSpeakerNotes(input: RefreshSpeakerNotesInput): Promise<void> {',
        '  return Temporal.run(refreshSpeakerNotes, [input]);',
        '}',
        '',
      ].join('\n'),
    );
    expect(read(app, `${CONTENT}/workflows/index.ts`)).toBe(
      [
        '/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */',
        '',
        "export { RefreshSpeakerNotes } from './refresh-speaker-notes.js';",
        "export { RegenerateContent } from './regenerate.js';",
        "export { EditPresentationSlide, type EditPresentationSlideParams } from './slide.js';",
        "export { TranslatePresentationContent } from './translate.js';",
        '',
      ].join('\n'),
    );
    expect(read(app, `${CONTENT}/models.ts`)).toBe(
      `${modelsBefore}\n/** Input of the RefreshSpeakerNotes workflow: a stub, list its fields. */\nexport interface RefreshSpeakerNotesInput {\n  [field: string]: unknown;\n}\n`,
    );
    const tasksAfter = read(app, `${CONTENT}/tasks.ts`);
    // The one existing line that changes is the import the stub needs, with the name in sorted place.
    expect(tasksAfter).toBe(
      `${tasksBefore.replace(
        "import type { RegenerateContentInput, SlideTexts } from './models.js';",
        "import type { RefreshSpeakerNotesInput, RegenerateContentInput, SlideTexts } from './models.js';",
      )}\n/** Activity of the RefreshSpeakerNotes workflow: a stub, implement it. */\nexport async function refreshSpeakerNotes(input: RefreshSpeakerNotesInput): Promise<void> {\n  void input;\n  throw new Error('refreshSpeakerNotes: not implemented yet.');\n}\n`,
    );
  });

  it('writes the barrel byte for byte as `wf barrel --fix` would, so a later fix changes nothing', async () => {
    const app = copyFixture('slides-app');
    await wf(app, 'new', 'RefreshSpeakerNotes', '--in', CONTENT);
    const before = snapshotTree(app);
    const fix = await wf(app, 'barrel', '--fix');
    expect(fix.code).toBe(0);
    expect(snapshotTree(app)).toEqual(before);
  });

  it('creates a workflows directory, its barrel and new tasks/models modules', async () => {
    const app = copyFixture('slides-app');
    const result = await wf(app, 'new', 'ArchiveDeck', '--in', 'presentation/archive', '--output', 'ArchivedDeck');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('created presentation/archive/workflows/deck.ts (workflow ArchiveDeck)');
    expect(read(app, 'presentation/archive/workflows/index.ts')).toBe(
      "/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */\n\nexport { ArchiveDeck } from './deck.js';\n",
    );
    expect(read(app, 'presentation/archive/workflows/deck.ts')).toContain(
      // No neighbours to measure: 80 columns, the header wrapped as Prettier wraps it.
      'export async function ArchiveDeck(\n  input: ArchiveDeckInput,\n): Promise<ArchivedDeck> {\n  return Temporal.run(archiveDeck, [input]);\n}\n',
    );
    expect(read(app, 'presentation/archive/tasks.ts')).toBe(
      [
        "import type { ArchiveDeckInput, ArchivedDeck } from './models.js';",
        '',
        '/** Activity of the ArchiveDeck workflow: a stub, implement it. */',
        'export async function archiveDeck(\n  input: ArchiveDeckInput,\n): Promise<ArchivedDeck> {',
        '  void input;',
        "  throw new Error('archiveDeck: not implemented yet.');",
        '}',
        '',
      ].join('\n'),
    );
    expect(read(app, 'presentation/archive/models.ts')).toContain('export interface ArchivedDeck {');
  });

  it('uses an existing activity and input type without touching tasks.ts or models.ts', async () => {
    const app = copyFixture('slides-app');
    const before = snapshotTree(app);
    const result = await wf(
      app,
      'new',
      'SaveDocumentFile',
      '--in',
      'document/ingestion',
      '--activity',
      'storeDocumentFile',
      '--input',
      'DocumentInfo',
      '--output',
      'StoredDocument',
    );
    expect(result.code).toBe(0);
    const after = snapshotTree(app);
    expect(after['document/ingestion/tasks.ts']).toBe(before['document/ingestion/tasks.ts']);
    expect(after['document/ingestion/models.ts']).toBe(before['document/ingestion/models.ts']);
    const workflow = after['document/ingestion/workflows/save-file.ts'];
    expect(workflow).toContain("import type { DocumentInfo, StoredDocument } from '../models.js';");
    expect(workflow).toContain('const { storeDocumentFile } = Temporal.activities<typeof tasks>();');
    expect(workflow).toContain(
      'export async function SaveDocumentFile(input: DocumentInfo): Promise<StoredDocument> {',
    );
  });

  it("takes an existing activity's parameters, with their names and types, and stubs no input type", async () => {
    const app = copyFixture('slides-app');
    const before = snapshotTree(app);
    const result = await wf(app, 'new', 'RewriteContent', '--in', CONTENT, '--activity', 'regenerateContent');
    expect(result.code).toBe(0);
    const after = snapshotTree(app);
    expect(after[`${CONTENT}/tasks.ts`]).toBe(before[`${CONTENT}/tasks.ts`]);
    expect(after[`${CONTENT}/models.ts`]).toBe(before[`${CONTENT}/models.ts`]);
    const workflow = after[`${CONTENT}/workflows/rewrite.ts`];
    expect(workflow).toContain("import type { RegenerateContentInput, SlideTexts } from '../models.js';");
    expect(workflow).toContain(
      // The activity's declared `Promise<SlideTexts>`, not `Awaited<ReturnType<…>>`.
      'export async function RewriteContent(input: RegenerateContentInput, current: SlideTexts): Promise<SlideTexts> {\n  return Temporal.run(regenerateContent, [input, current]);\n}\n',
    );
  });

  it('--no-stubs leaves tasks.ts and models.ts alone', async () => {
    const app = copyFixture('slides-app');
    const before = snapshotTree(app);
    const result = await wf(app, 'new', 'RefreshSpeakerNotes', '--in', CONTENT, '--no-stubs');
    expect(result.code).toBe(0);
    const after = snapshotTree(app);
    expect(after[`${CONTENT}/tasks.ts`]).toBe(before[`${CONTENT}/tasks.ts`]);
    expect(after[`${CONTENT}/models.ts`]).toBe(before[`${CONTENT}/models.ts`]);
    expect(Object.keys(after).filter((file) => !(file in before))).toEqual([
      `${CONTENT}/workflows/refresh-speaker-notes.ts`,
    ]);
    // No stub declares a result: the workflow's is whatever the activity will return.
    expect(after[`${CONTENT}/workflows/refresh-speaker-notes.ts`]).toContain(
      'export async function RefreshSpeakerNotes(\n  input: RefreshSpeakerNotesInput,\n): Promise<Awaited<ReturnType<typeof tasks.refreshSpeakerNotes>>> {\n',
    );
  });

  it('--dry-run prints new files and diffs and writes nothing', async () => {
    const app = copyFixture('slides-app');
    const before = snapshotTree(app);
    const result = await wf(app, 'new', 'RefreshSpeakerNotes', '--in', CONTENT, '--dry-run');
    expect(result.code).toBe(0);
    expect(snapshotTree(app)).toEqual(before);
    expect(result.stdout).toContain('would create presentation/edit/content/workflows/refresh-speaker-notes.ts');
    expect(result.stdout).toContain(
      '--- new file presentation/edit/content/workflows/refresh-speaker-notes.ts\nimport { Temporal }',
    );
    expect(result.stdout).toContain(
      '--- a/presentation/edit/content/workflows/index.ts\n+++ b/presentation/edit/content/workflows/index.ts\n@@ -1,5 +1,6 @@',
    );
    expect(result.stdout).toContain("+export { RefreshSpeakerNotes } from './refresh-speaker-notes.js';");
    expect(result.stdout).toContain(
      '+export async function refreshSpeakerNotes(input: RefreshSpeakerNotesInput): Promise<void> {',
    );
    expect(result.stdout).toContain('Dry run: nothing written');
  });

  it('--file chooses another name that passes the naming check; --in may name the workflows directory', async () => {
    const app = copyFixture('slides-app');
    const result = await wf(
      app,
      'new',
      'RegenerateSlideContent',
      '--in',
      `${CONTENT}/workflows`,
      '--file',
      'regenerate-slide-content',
    );
    expect(result.code).toBe(0);
    expect(existsSync(path.join(app, CONTENT, 'workflows/regenerate-slide-content.ts'))).toBe(true);
    expect(existsSync(path.join(app, CONTENT, 'workflows/regenerate-slide.ts'))).toBe(false);
  });

  it('--force overwrites an existing workflow file of the same workflow', async () => {
    const app = copyFixture('slides-app');
    const result = await wf(
      app,
      'new',
      'RegenerateContent',
      '--in',
      CONTENT,
      '--force',
      '--no-stubs',
      '--output',
      'SlideTexts',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'changed presentation/edit/content/workflows/regenerate.ts (workflow RegenerateContent)',
    );
    expect(read(app, `${CONTENT}/workflows/regenerate.ts`)).toContain(
      'return Temporal.run(regenerateContent, [input, current]);',
    );
  });

  it('--force replacing another workflow says which barrel export it removes', async () => {
    const app = copyFixture('slides-app');
    const result = await wf(app, 'new', 'Regenerate', '--in', CONTENT, '--file', 'regenerate', '--force', '--no-stubs');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `changed ${CONTENT}/workflows/index.ts (exports Regenerate; removes the export of RegenerateContent)\n`,
    );
    expect(read(app, `${CONTENT}/workflows/index.ts`)).not.toContain('RegenerateContent');
  });

  it('leaves no temporary files behind', async () => {
    const app = copyFixture('slides-app');
    await wf(app, 'new', 'RefreshSpeakerNotes', '--in', CONTENT);
    for (const dir of [CONTENT, `${CONTENT}/workflows`]) {
      expect(readdirSync(path.join(app, dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    }
  });
});

describe('wf new formatting', () => {
  it("follows the neighbours' quotes, semicolons and indentation", async () => {
    const project = emptyProject({
      'billing/tasks.ts':
        'import type { Invoice } from "./models.js"\n\nexport async function sendInvoice(invoice: Invoice): Promise<void> {\n    console.log(invoice)\n}\n',
      'billing/models.ts': 'export interface Invoice {\n    id: string\n}\n',
    });
    const result = await wf(project, 'new', 'SendInvoice', '--in', 'billing', '--input', 'Invoice');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'formatted like the neighbouring files (double quotes, no semicolons, 4 spaces, 80 columns)'.replace(/^f/, 'F'),
    );
    expect(read(project, 'billing/workflows/send-invoice.ts')).toBe(
      [
        'import { Temporal } from "@wfkit/temporal/workflow"',
        'import type { Invoice } from "../models.js"',
        'import type * as tasks from "../tasks.js"',
        '',
        'const { sendInvoice } = Temporal.activities<typeof tasks>()',
        '',
        'export async function SendInvoice(input: Invoice): Promise<void> {',
        '    return Temporal.run(sendInvoice, [input])',
        '}',
        '',
      ].join('\n'),
    );
  });

  it("a stub in an existing file wraps at the wider of its own print width and its neighbours'", async () => {
    const app = copyFixture('slides-app');
    // models.ts alone fits 80 columns; tasks.ts and the workflows beside it need 120.
    expect((await wf(app, 'new', 'TranslateWholePresentationIntoSpanish', '--in', CONTENT)).code).toBe(0);
    expect(read(app, `${CONTENT}/models.ts`)).toContain(
      '\n/** Input of the TranslateWholePresentationIntoSpanish workflow: a stub, list its fields. */\nexport interface',
    );
  });

  it('stubs follow the style of the file they are added to', async () => {
    const project = emptyProject({
      'billing/tasks.ts': 'export async function chargeCard(id: string) {\n\treturn id\n}\n',
      'billing/models.ts': 'export interface Invoice {\n\tid: string\n}\n',
    });
    const before = read(project, 'billing/tasks.ts');
    expect((await wf(project, 'new', 'RefundInvoice', '--in', 'billing')).code).toBe(0);
    const after = read(project, 'billing/tasks.ts');
    expect(onlyAdditions(before, after)).toBe(true);
    expect(after).toContain("import type { RefundInvoiceInput } from './models.js'\n");
    expect(after).toContain(
      'export async function refundInvoice(input: RefundInvoiceInput): Promise<void> {\n\tvoid input\n',
    );
  });

  it('keeps CRLF files CRLF: appends only, every existing line byte for byte; a new workflow file follows its neighbours', async () => {
    const crlf = (text: string) => text.replaceAll('\n', '\r\n');
    const models = crlf('export interface Invoice {\n  id: string;\n}\n');
    const tasks = crlf(
      "import type { Invoice } from './models.js';\n\nexport async function chargeCard(invoice: Invoice): Promise<void> {\n  void invoice;\n}\n",
    );
    const project = emptyProject({ 'billing/models.ts': models, 'billing/tasks.ts': tasks });
    const result = await wf(project, 'new', 'RefundInvoice', '--in', 'billing');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(single quotes, semicolons, 2 spaces, 80 columns, CRLF line endings)');
    const modelsAfter = read(project, 'billing/models.ts');
    expect(modelsAfter.startsWith(models)).toBe(true);
    expect(modelsAfter).toBe(
      `${models}\r\n${crlf('/** Input of the RefundInvoice workflow: a stub, list its fields. */\nexport interface RefundInvoiceInput {\n  [field: string]: unknown;\n}\n')}`,
    );
    const tasksAfter = read(project, 'billing/tasks.ts');
    // The one changed line is the import the stub needs, in the file's line ending.
    expect(
      tasksAfter.startsWith(tasks.replace('import type { Invoice }', 'import type { Invoice, RefundInvoiceInput }')),
    ).toBe(true);
    for (const file of ['billing/models.ts', 'billing/tasks.ts', 'billing/workflows/refund-invoice.ts']) {
      expect(read(project, file)).not.toMatch(/[^\r]\n/);
    }
    // Barrels are written by the core's canonical renderer.
    expect(read(project, 'billing/workflows/index.ts')).toBe(
      "/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */\n\nexport { RefundInvoice } from './refund-invoice.js';\n",
    );
  });

  it("formats with the project's Prettier when it has a configuration", async () => {
    const project = emptyProject({
      '.prettierrc.json': '{ "semi": false, "singleQuote": false, "printWidth": 80 }\n',
      'billing/models.ts': 'export interface Invoice {\n  id: string\n}\n',
    });
    const result = await wf(project, 'new', 'SendInvoice', '--in', 'billing', '--input', 'Invoice');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "Formatted with the project's Prettier (.prettierrc.json); billing/workflows/index.ts in canonical form, as `wf barrel --fix` writes it.\n",
    );
    expect(read(project, 'billing/workflows/send-invoice.ts')).toContain(
      'export async function SendInvoice(input: Invoice): Promise<void> {\n  return Temporal.run(sendInvoice, [input])\n}\n',
    );
    expect(read(project, 'billing/tasks.ts')).toContain('import type { Invoice } from "./models.js"\n');
  });

  it.each([
    ['a configuration that does not parse', '.prettierrc', '{semi: false\n', /YAML Error|JSON Error|Flow map/],
    [
      'a plugin that is not installed',
      '.prettierrc.json',
      '{ "plugins": ["prettier-plugin-not-installed"] }\n',
      /prettier-plugin-not-installed/,
    ],
  ])(
    "names the project's Prettier configuration when Prettier fails on it (%s), and writes nothing",
    async (_case, file, text, reason) => {
      const project = emptyProject({ [file]: text });
      const result = await wf(project, 'new', 'SendInvoice', '--in', 'billing');
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `the project's Prettier failed with its configuration (${path.join(project, file)}): `,
      );
      expect(result.stderr).toMatch(reason);
      expect(result.stderr).toContain('Fix the configuration');
      expect(result.stderr).not.toContain('internal error');
      expect(existsSync(path.join(project, 'billing'))).toBe(false);
    },
  );

  it('does not reformat an existing file that Prettier would change', async () => {
    const unformatted = 'export   async function chargeCard(id: string) { return id }\n';
    const project = emptyProject({ '.prettierrc.json': '{}\n', 'billing/tasks.ts': unformatted });
    expect((await wf(project, 'new', 'RefundInvoice', '--in', 'billing')).code).toBe(0);
    expect(read(project, 'billing/tasks.ts')).toContain(`\n${unformatted}\n`);
  });

  it('writes specifiers without extension when the tsconfig does not use node16/nodenext', async () => {
    const project = emptyProject({
      'tsconfig.json': '{ "compilerOptions": { "module": "esnext", "moduleResolution": "bundler" } }\n',
    });
    writeFileSync(path.join(project, 'wfkit.config.json'), '{}\n');
    expect((await wf(project, 'new', 'SendInvoice', '--in', 'billing')).code).toBe(0);
    expect(read(project, 'billing/workflows/index.ts')).toContain("export { SendInvoice } from './send-invoice';");
    expect(read(project, 'billing/workflows/send-invoice.ts')).toContain("import type * as tasks from '../tasks';");
  });

  it('renames the activity reference when a camelCase workflow shares its name', async () => {
    const project = emptyProject({ 'wfkit.config.json': '{ "workflowNameCase": "camel" }\n' });
    expect((await wf(project, 'new', 'sendInvoice', '--in', 'billing')).code).toBe(0);
    const workflow = read(project, 'billing/workflows/send-invoice.ts');
    // 81 columns on one line: broken after `=` at 80, as Prettier breaks it.
    expect(workflow).toContain(
      'const { sendInvoice: sendInvoiceActivity } =\n  Temporal.activities<typeof tasks>();\n',
    );
    expect(workflow).toContain('export async function sendInvoice(input: SendInvoiceInput)');
    expect(workflow).toContain('return Temporal.run(sendInvoiceActivity, [input]);');
  });

  it('--tasks and --models point at other modules', async () => {
    const project = emptyProject();
    writeTree(project, { 'shared/activities.ts': 'export {};\n' });
    const result = await wf(
      project,
      'new',
      'SendInvoice',
      '--in',
      'billing',
      '--tasks',
      'shared/activities',
      '--models',
      'shared/types.ts',
    );
    expect(result.code).toBe(0);
    const workflow = read(project, 'billing/workflows/send-invoice.ts');
    expect(workflow).toContain("import type { SendInvoiceInput } from '../../shared/types.js';");
    expect(workflow).toContain("import type * as tasks from '../../shared/activities.js';");
    expect(read(project, 'shared/activities.ts')).toContain("import type { SendInvoiceInput } from './types.js';");
  });
});

describe('newWorkflow, called twice in one process', () => {
  it('follows the config on disk each time, not an answer kept from the call before', async () => {
    const { [`billing/workflows/index.ts`]: _barrel, ...files } = BILLING_FILES;
    const project = emptyProject({ ...files, 'wfkit.config.json': '{}\n' });
    const plan = async (): Promise<string | undefined> => {
      const result = await newWorkflow({ cwd: project, name: 'SendInvoice', in: 'billing', dryRun: true });
      return result.barrelPath === undefined ? undefined : path.relative(project, result.barrelPath);
    };
    expect(await plan()).toBe(path.join('billing', 'workflows', 'index.ts'));
    writeFileSync(path.join(project, 'wfkit.config.json'), '{ "barrelFile": "main.ts" }\n');
    expect(await plan()).toBe(path.join('billing', 'workflows', 'main.ts'));
  });
});
