import rule from '../../src/rules/no-default-export.js';
import { ruleTester } from '../rule-tester.js';
import { createTree, RUNTIME_MODULE } from '../temp-tree.js';

const tree = createTree({
  'presentation/edit/content/workflows/index.ts': '/** Barrel. */\n\nexport {};\n',
  'presentation/edit/content/workflows/runtime.ts': RUNTIME_MODULE,
});
const inWorkflows = (name: string) => tree.file(`presentation/edit/content/workflows/${name}`);

ruleTester.run('no-default-export', rule, {
  valid: [
    { filename: inWorkflows('regenerate.ts'), code: 'export async function RegenerateContent(): Promise<void> {}\n' },
    {
      name: 'a default export that is not a function',
      filename: inWorkflows('regenerate.ts'),
      code: 'export default { retries: 3 };\n',
    },
    {
      name: 'outside workflows directories the SDK never sees it',
      filename: tree.file('presentation/edit/content/api.ts'),
      code: 'export default function handler() {}\n',
    },
    { name: 'tests', filename: inWorkflows('regenerate.test.ts'), code: 'export default function () {}\n' },
  ],
  invalid: [
    {
      name: 'an anonymous function is named after its file',
      filename: inWorkflows('regenerate.ts'),
      code: 'export default async function (input: string): Promise<void> {}\n',
      errors: [
        {
          messageId: 'defaultExport',
          data: { suggestion: 'Regenerate' },
          line: 1,
          column: 1,
          suggestions: [
            {
              messageId: 'useNamedExport',
              data: { suggestion: 'Regenerate' },
              output: 'export async function Regenerate(input: string): Promise<void> {}\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a named function keeps its name',
      filename: inWorkflows('regenerate.ts'),
      code: 'async function RegenerateContent(): Promise<void> {}\n\nexport default RegenerateContent;\n',
      errors: [
        {
          messageId: 'defaultExport',
          data: { suggestion: 'RegenerateContent' },
          line: 3,
          column: 16,
          suggestions: [
            {
              messageId: 'useNamedExport',
              data: { suggestion: 'RegenerateContent' },
              output: 'async function RegenerateContent(): Promise<void> {}\n\nexport { RegenerateContent };\n',
            },
          ],
        },
      ],
    },
    {
      name: 'an arrow function',
      filename: inWorkflows('translate.ts'),
      code: 'export default async (): Promise<void> => {};\n',
      errors: [
        {
          messageId: 'defaultExport',
          line: 1,
          column: 1,
          suggestions: [
            {
              messageId: 'useNamedExport',
              data: { suggestion: 'Translate' },
              output: 'export const Translate = async (): Promise<void> => {};\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a workflow exported by name and as the default: the suggestion removes the default export',
      filename: inWorkflows('regenerate.ts'),
      code: 'export async function RegenerateContent(): Promise<void> {}\nexport default RegenerateContent;\n',
      errors: [
        {
          messageId: 'defaultExportOfNamed',
          line: 2,
          column: 16,
          suggestions: [
            {
              messageId: 'removeDefaultExport',
              data: { suggestion: 'RegenerateContent' },
              output: 'export async function RegenerateContent(): Promise<void> {}\n',
            },
          ],
        },
      ],
    },
  ],
});
