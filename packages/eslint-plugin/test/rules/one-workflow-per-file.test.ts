import rule from '../../src/rules/one-workflow-per-file.js';
import { ruleTester } from '../rule-tester.js';
import { createTree, RUNTIME_MODULE } from '../temp-tree.js';

const tree = createTree({
  'presentation/edit/content/workflows/index.ts':
    "/** Barrel. */\n\nexport { RegenerateContent } from './regenerate.js';\n",
  'presentation/edit/content/workflows/regenerate.ts': 'export async function RegenerateContent(): Promise<void> {}\n',
  'presentation/edit/content/workflows/runtime.ts': RUNTIME_MODULE,
});
const inWorkflows = (name: string) => tree.file(`presentation/edit/content/workflows/${name}`);

ruleTester.run('one-workflow-per-file', rule, {
  valid: [
    {
      name: 'one workflow beside a signal, a type and a constant',
      filename: inWorkflows('regenerate.ts'),
      code: `
import { defineSignal } from '@temporalio/workflow';
export const cancelRegeneration = defineSignal('cancelRegeneration');
export interface RegenerateContentInput { slideId: string }
export const MAX_SLIDES = 50;
export async function RegenerateContent(input: RegenerateContentInput): Promise<void> {}
`,
    },
    {
      name: 'the barrel re-exports many workflows',
      filename: inWorkflows('index.ts'),
      code: "/** Barrel. */\n\nexport { RegenerateContent } from './regenerate.js';\nexport { TranslatePresentationContent } from './translate.js';\n",
    },
    {
      name: 'tests in a workflows directory are not workflow files',
      filename: inWorkflows('regenerate.test.ts'),
      code: 'export function first() {}\nexport function second() {}\n',
    },
    {
      name: 'a module outside workflows directories may export many functions',
      filename: tree.file('presentation/edit/content/tasks.ts'),
      code: 'export async function regenerateContent() {}\nexport async function translateContent() {}\n',
    },
  ],
  invalid: [
    {
      name: "the seed's workflows.ts: several workflows in one file",
      filename: inWorkflows('workflows.ts'),
      code: `
export async function RegenerateContent(): Promise<void> {}

export async function TranslatePresentationContent(): Promise<void> {}
`,
      errors: [
        {
          messageId: 'extraWorkflow',
          data: { name: 'TranslatePresentationContent', others: "'RegenerateContent'", suggestion: 'translate.ts' },
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 51,
        },
      ],
    },
    {
      name: 'every workflow after the first, in every form a workflow is written',
      filename: inWorkflows('regenerate.ts'),
      code: `
export async function RegenerateContent(): Promise<void> {}
export const EditPresentationSlide = async (): Promise<void> => {};
const translate = async function (): Promise<void> {};
export { translate as TranslatePresentationContent };
`,
      errors: [
        {
          messageId: 'extraWorkflow',
          data: { name: 'EditPresentationSlide', others: "'RegenerateContent'", suggestion: 'slide.ts' },
          line: 3,
          column: 14,
        },
        {
          messageId: 'extraWorkflow',
          data: {
            name: 'TranslatePresentationContent',
            others: "'RegenerateContent' and 'EditPresentationSlide'",
            suggestion: 'translate.ts',
          },
          line: 5,
          column: 23,
        },
      ],
    },
  ],
});
