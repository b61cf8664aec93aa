import rule from '../../src/rules/filename-matches-workflow.js';
import { ruleTester } from '../rule-tester.js';
import { createTree, RUNTIME_MODULE } from '../temp-tree.js';

// Barrels exist, so no case here also meets `barrel-exports-all`'s missing-barrel report.
const tree = createTree({
  'presentation/edit/content/workflows/index.ts': '/** Barrel. */\n\nexport {};\n',
  'presentation/generation/workflows/index.ts': '/** Barrel. */\n\nexport {};\n',
  'modules/email/workflows/index.ts': '/** Barrel. */\n\nexport {};\n',
  'presentation/edit/content/workflows/runtime.ts': RUNTIME_MODULE,
  'presentation/generation/workflows/runtime.ts': RUNTIME_MODULE,
  'modules/email/workflows/runtime.ts': RUNTIME_MODULE,
});
const editContent = (name: string) => tree.file(`presentation/edit/content/workflows/${name}`);
const email = (name: string) => tree.file(`modules/email/workflows/${name}`);
const workflow = (name: string) => `export async function ${name}(input: unknown): Promise<void> {}\n`;

ruleTester.run('filename-matches-workflow', rule, {
  valid: [
    // The seed's examples: the directory path says "presentation … content".
    { filename: editContent('regenerate.ts'), code: workflow('RegenerateContent') },
    { filename: editContent('translate.ts'), code: workflow('TranslatePresentationContent') },
    { filename: editContent('slide.ts'), code: workflow('EditPresentationSlide') },
    {
      filename: tree.file('presentation/generation/workflows/write-presentation.ts'),
      code: workflow('WritePresentation'),
    },
    { filename: email('send-download-email.ts'), code: workflow('SendDownloadEmail') },
    {
      name: 'a trailing Workflow may be left out',
      filename: email('notify.ts'),
      code: workflow('NotifyEmailWorkflow'),
    },
    { name: 'acronyms split into words', filename: email('process-pdf-email.ts'), code: workflow('ProcessPDFEmail') },
    {
      name: 'a file without workflows has nothing to match',
      filename: email('types.ts'),
      code: 'export type EmailInput = { to: string };\n',
    },
    {
      name: 'a synchronous helper in a workflows directory is not a workflow: no name to match',
      filename: editContent('helpers.ts'),
      code: 'export function backoff(attempt: number): number {\n  return attempt * 2;\n}\n',
    },
    {
      name: 'not a workflow file',
      filename: tree.file('modules/email/pipeline.ts'),
      code: workflow('SendDownloadEmail'),
    },
    {
      name: 'settings.wfkit sets the file-name case',
      filename: email('send_download_email.ts'),
      code: workflow('SendDownloadEmail'),
      settings: { wfkit: { fileNameCase: 'snake' } },
    },
  ],
  invalid: [
    {
      name: "the seed's pipeline.ts is too generic",
      filename: editContent('pipeline.ts'),
      code: workflow('RegenerateContent'),
      errors: [
        {
          messageId: 'genericName',
          data: { fileName: 'pipeline.ts', suggestion: 'regenerate.ts', workflow: 'RegenerateContent' },
          line: 1,
          column: 23,
          endColumn: 40,
        },
      ],
    },
    {
      name: "the seed's workflows.ts is too generic",
      filename: editContent('workflows.ts'),
      code: `${workflow('RegenerateContent')}${workflow('TranslatePresentationContent')}`,
      errors: [
        {
          messageId: 'genericName',
          data: { fileName: 'workflows.ts', suggestion: 'regenerate.ts', workflow: 'RegenerateContent' },
          line: 1,
          column: 23,
        },
      ],
    },
    {
      name: 'a word the workflow name does not have',
      filename: editContent('update.ts'),
      code: `\n\n${workflow('RegenerateContent')}`,
      errors: [
        {
          messageId: 'extraWords',
          data: {
            fileName: 'update.ts',
            words: "the word 'update'",
            workflow: 'RegenerateContent',
            suggestion: 'regenerate.ts',
          },
          line: 3,
          column: 23,
        },
      ],
    },
    {
      name: 'a workflow word that neither the file name nor the path says',
      filename: email('send.ts'),
      code: workflow('SendDownloadEmail'),
      errors: [
        {
          messageId: 'missingWords',
          data: {
            fileName: 'send.ts',
            words: "the word 'download'",
            workflow: 'SendDownloadEmail',
            suggestion: 'send-download.ts',
          },
          line: 1,
          column: 23,
        },
      ],
    },
    {
      name: 'the right words in the wrong case',
      filename: email('send_download_email.ts'),
      code: 'export const SendDownloadEmail = async (): Promise<void> => {};\n',
      errors: [
        {
          messageId: 'wrongCase',
          data: { fileName: 'send_download_email.ts', case: 'kebab', suggestion: 'send-download.ts' },
          line: 1,
          column: 14,
        },
      ],
    },
  ],
});
