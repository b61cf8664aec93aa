import rule from '../../src/rules/barrel-exports-all.js';
import { ruleTester } from '../rule-tester.js';
import { createTree, RUNTIME_MODULE } from '../temp-tree.js';

const canonical = `/** The workflows a worker registers from this directory; \`wf barrel --fix\` keeps it complete. */

export { RegenerateContent } from './regenerate.js';
export { EditPresentationSlide, type EditPresentationSlideParams } from './slide.js';
export { TranslatePresentationContent } from './translate.js';
`;

const tree = createTree({
  // An explicit extension: the barrel's specifiers must not depend on a tsconfig the tree lacks.
  'wfkit.config.json': '{ "importExtension": ".js" }\n',
  'presentation/edit/content/workflows/index.ts': canonical,
  'presentation/edit/content/workflows/regenerate.ts': 'export async function RegenerateContent(): Promise<void> {}\n',
  'presentation/edit/content/workflows/slide.ts':
    'export interface EditPresentationSlideParams { slide: number }\nexport async function EditPresentationSlide(params: EditPresentationSlideParams): Promise<void> {}\n',
  'presentation/edit/content/workflows/translate.ts':
    'export async function TranslatePresentationContent(): Promise<void> {}\n',
  // No barrel here.
  'document/ingestion/workflows/process-document.ts': 'export async function ProcessDocument(): Promise<void> {}\n',
  'document/ingestion/workflows/store-document.ts': 'export async function StoreDocument(): Promise<void> {}\n',
  'document/ingestion/workflows/runtime.ts': RUNTIME_MODULE,
  // Two files export `ChargeCard`.
  'billing/workflows/index.ts': '',
  'billing/workflows/charge-card.ts': 'export async function ChargeCard(): Promise<void> {}\n',
  'billing/workflows/retry-charge.ts':
    'export async function RetryCharge(): Promise<void> {}\nexport async function ChargeCard(): Promise<void> {}\n',
  'presentation/edit/content/workflows/runtime.ts': RUNTIME_MODULE,
  'billing/workflows/runtime.ts': RUNTIME_MODULE,
});
const editContent = (name: string) => tree.file(`presentation/edit/content/workflows/${name}`);
const barrel = editContent('index.ts');

ruleTester.run('barrel-exports-all', rule, {
  valid: [
    { name: 'the canonical barrel', filename: barrel, code: canonical },
    {
      name: 'another doc comment, statement order and line breaks do not matter',
      filename: barrel,
      code: `/** Editing a presentation's content. */
export { TranslatePresentationContent } from './translate.js';
export {
  type EditPresentationSlideParams,
  EditPresentationSlide,
} from './slide.js';
export { RegenerateContent } from './regenerate.js';
`,
    },
    {
      name: 'a workflow file of a directory with a barrel',
      filename: editContent('regenerate.ts'),
      code: 'export async function RegenerateContent() {}\n',
    },
    {
      name: 'only the first workflow file reports a missing barrel',
      filename: tree.file('document/ingestion/workflows/store-document.ts'),
      code: 'export async function StoreDocument(): Promise<void> {}\n',
    },
  ],
  invalid: [
    {
      name: 'a missing workflow, fixed with the doc comment kept',
      filename: barrel,
      code: `/** Editing a presentation's content. */

export { RegenerateContent } from './regenerate.js';
export { EditPresentationSlide, type EditPresentationSlideParams } from './slide.js';
`,
      output: `/** Editing a presentation's content. */

export { RegenerateContent } from './regenerate.js';
export { EditPresentationSlide, type EditPresentationSlideParams } from './slide.js';
export { TranslatePresentationContent } from './translate.js';
`,
      errors: [
        {
          messageId: 'missingExport',
          data: { name: 'TranslatePresentationContent', specifier: './translate.js' },
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'the fix keeps a license header, directives, the user doc comment and a comment on a kept export',
      filename: barrel,
      code: `// Copyright 2024 Example Corp.
// @ts-nocheck

/** Editing a presentation's content. */

// the slow one
export { TranslatePresentationContent } from './translate.js';
export { RegenerateContent } from './regenerate.js';
`,
      output: `// Copyright 2024 Example Corp.
// @ts-nocheck

/** Editing a presentation's content. */

export { RegenerateContent } from './regenerate.js';
export { EditPresentationSlide, type EditPresentationSlideParams } from './slide.js';
// the slow one
export { TranslatePresentationContent } from './translate.js';
`,
      errors: [
        {
          messageId: 'missingExport',
          data: { name: 'EditPresentationSlide', specifier: './slide.js' },
          line: 1,
          column: 1,
        },
        { messageId: 'missingExport', line: 1 },
      ],
    },
    {
      name: 'no fix drops a comment attached to an export that goes: the comment is reported instead',
      filename: barrel,
      code: `${canonical}// registered until the last run drains
export { Legacy } from './legacy.js';
`,
      output: null,
      errors: [
        { messageId: 'commentOnRemovedExport', data: { name: 'Legacy', specifier: './legacy.js' }, line: 6, column: 1 },
        { messageId: 'staleExport', line: 7, column: 10 },
      ],
    },
    {
      name: 'a missing name is reported on its file’s statement',
      filename: barrel,
      code: canonical.replace('EditPresentationSlide, type EditPresentationSlideParams', 'EditPresentationSlide'),
      output: canonical,
      errors: [
        {
          messageId: 'missingExport',
          data: { name: 'EditPresentationSlideParams', specifier: './slide.js' },
          line: 4,
          column: 1,
        },
      ],
    },
    {
      name: 'a stale export of a file that is gone',
      filename: barrel,
      code: `${canonical}export { RemovedWorkflow } from './removed.js';\n`,
      output: canonical,
      errors: [
        {
          messageId: 'staleExport',
          data: {
            name: 'RemovedWorkflow',
            specifier: './removed.js',
            reason: 'but that is not a workflow file of this directory',
          },
          line: 6,
          column: 10,
          endColumn: 25,
        },
      ],
    },
    {
      name: '`export *` drops names silently',
      filename: barrel,
      code: canonical.replace(
        "export { RegenerateContent } from './regenerate.js';",
        "export * from './regenerate.js';",
      ),
      output: canonical,
      // Only the `export *`: the names it passes on are not missing, they are just not listed.
      errors: [{ messageId: 'exportStar', data: { specifier: './regenerate.js' }, line: 3, column: 1, endColumn: 33 }],
    },
    {
      name: 'a re-exported default export',
      filename: barrel,
      code: `${canonical}export { default } from './regenerate.js';\n`,
      output: canonical,
      errors: [{ messageId: 'defaultReexport', line: 6, column: 10 }],
    },
    {
      name: 'no fix when it would drop a hand-written statement',
      filename: barrel,
      code: `${canonical}export const TASK_QUEUE = 'content';\n`,
      output: null,
      errors: [{ messageId: 'foreignStatement', line: 6, column: 1 }],
    },
    {
      name: 'the same name from two files, both named',
      filename: tree.file('billing/workflows/index.ts'),
      code: `/** Billing. */

export { ChargeCard } from './charge-card.js';
export { ChargeCard, RetryCharge } from './retry-charge.js';
`,
      output: `/** Billing. */

export { ChargeCard } from './charge-card.js';
export { RetryCharge } from './retry-charge.js';
`,
      errors: [
        {
          messageId: 'duplicateName',
          data: { name: 'ChargeCard', first: 'charge-card.ts', second: 'retry-charge.ts' },
          line: 4,
          column: 10,
        },
      ],
    },
    {
      name: 'a directory without a barrel, reported on its first workflow file',
      filename: tree.file('document/ingestion/workflows/process-document.ts'),
      code: 'export async function ProcessDocument(): Promise<void> {}\n',
      errors: [
        { messageId: 'missingBarrel', data: { barrel: 'index.ts' }, line: 1, column: 1, endLine: 1, endColumn: 1 },
      ],
    },
  ],
});
