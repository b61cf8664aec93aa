import rule from '../../src/rules/workflow-name-case.js';
import { ruleTester } from '../rule-tester.js';
import { createTree, RUNTIME_MODULE } from '../temp-tree.js';

const tree = createTree({
  'modules/email/workflows/index.ts': '/** Barrel. */\n\nexport {};\n',
  // A nested project whose wfkit.config.json asks for camelCase.
  'camel/wfkit.config.json': '{ "workflowNameCase": "camel" }\n',
  'camel/email/workflows/index.ts': '/** Barrel. */\n\nexport {};\n',
  'modules/email/workflows/runtime.ts': RUNTIME_MODULE,
  'camel/email/workflows/runtime.ts': RUNTIME_MODULE,
  // A project without a configured case, whose workflows are mostly camelCase.
  'legacy/wfkit.config.json': '{}\n',
  'legacy/orders/workflows/index.ts': '/** Barrel. */\n\nexport {};\n',
  'legacy/orders/workflows/place.ts':
    "import { sleep } from '@temporalio/workflow';\nexport async function placeOrder() { await sleep(1); }\n",
  'legacy/orders/workflows/cancel.ts':
    "import { sleep } from '@temporalio/workflow';\nexport async function cancelOrder() { await sleep(1); }\n",
});
const filename = tree.file('modules/email/workflows/send-download-email.ts');
const camelFilename = tree.file('camel/email/workflows/send-download-email.ts');

ruleTester.run('workflow-name-case', rule, {
  valid: [
    { filename, code: 'export async function SendDownloadEmail(): Promise<void> {}\n' },
    {
      name: 'by default, the case most of the project uses: camelCase there',
      filename: tree.file('legacy/orders/workflows/refund.ts'),
      code: "import { sleep } from '@temporalio/workflow';\nexport async function refundOrder() { await sleep(1); }\n",
    },
    {
      name: 'acronyms in PascalCase',
      filename,
      code: 'export async function SendPDFDownloadEmail(): Promise<void> {}\n',
    },
    {
      name: 'non-workflow exports are not workflows',
      filename,
      code: "export const sendSignal = defineSignal('send');\nexport type sendInput = string;\n",
    },
    {
      name: 'outside workflows directories',
      filename: tree.file('modules/email/tasks.ts'),
      code: 'export async function sendEmail() {}\n',
    },
    {
      name: 'settings.wfkit sets camel case',
      filename,
      code: 'export async function sendDownloadEmail(): Promise<void> {}\n',
      settings: { wfkit: { workflowNameCase: 'camel' } },
    },
    {
      name: 'the nearest wfkit.config.json applies',
      filename: camelFilename,
      code: 'export async function sendDownloadEmail() {}\n',
    },
    {
      name: 'settings.wfkit wins over wfkit.config.json',
      filename: camelFilename,
      code: 'export async function SendDownloadEmail() {}\n',
      settings: { wfkit: { workflowNameCase: 'pascal' } },
    },
  ],
  invalid: [
    {
      filename,
      code: 'export async function sendDownloadEmail(): Promise<void> {}\n',
      errors: [
        {
          messageId: 'wrongCase',
          data: {
            name: 'sendDownloadEmail',
            case: 'pascal',
            expected: 'SendDownloadEmail',
            reason: "the case most of this project's workflows use",
          },
          line: 1,
          column: 23,
          endColumn: 40,
        },
      ],
    },
    {
      name: 'the exported name is the workflow type, not the local one',
      filename,
      code: 'async function SendDownloadEmail(): Promise<void> {}\nexport { SendDownloadEmail as send_download_email };\n',
      errors: [
        {
          messageId: 'wrongCase',
          data: {
            name: 'send_download_email',
            case: 'pascal',
            expected: 'SendDownloadEmail',
            reason: "the case most of this project's workflows use",
          },
          line: 2,
          column: 31,
        },
      ],
    },
    {
      name: 'PascalCase under camel',
      filename,
      code: 'export const SendDownloadEmail = async (): Promise<void> => {};\n',
      settings: { wfkit: { workflowNameCase: 'camel' } },
      errors: [
        {
          messageId: 'wrongCase',
          data: {
            name: 'SendDownloadEmail',
            case: 'camel',
            expected: 'sendDownloadEmail',
            reason: 'as configured (workflowNameCase)',
          },
          line: 1,
          column: 14,
        },
      ],
    },
    {
      name: 'by default, the case most of the project uses: the PascalCase minority is reported',
      filename: tree.file('legacy/orders/workflows/refund.ts'),
      code: "import { sleep } from '@temporalio/workflow';\nexport async function RefundOrder() { await sleep(1); }\n",
      errors: [
        {
          messageId: 'wrongCase',
          data: {
            name: 'RefundOrder',
            case: 'camel',
            expected: 'refundOrder',
            reason: "the case most of this project's workflows use",
          },
          line: 2,
          column: 23,
        },
      ],
    },
  ],
});
