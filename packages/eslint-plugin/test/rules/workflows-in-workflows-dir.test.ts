import rule from '../../src/rules/workflows-in-workflows-dir.js';
import { ruleTester } from '../rule-tester.js';
import { createTree, RUNTIME_MODULE } from '../temp-tree.js';

const tree = createTree({
  'presentation/edit/content/workflows/index.ts': '/** Barrel. */\n\nexport {};\n',
  'presentation/edit/content/workflows/runtime.ts': RUNTIME_MODULE,
});
const workflowCode = (module: string) => `import { Temporal } from '${module}';

export async function RegenerateContent(): Promise<void> {
  await Temporal.sleep(1);
}
`;

ruleTester.run('workflows-in-workflows-dir', rule, {
  valid: [
    {
      name: 'in a workflows directory',
      filename: tree.file('presentation/edit/content/workflows/regenerate.ts'),
      code: workflowCode('@wfkit/temporal/workflow'),
    },
    {
      name: 'functions without the workflow runtime (activities)',
      filename: tree.file('presentation/edit/content/tasks.ts'),
      code: "import { readFile } from 'node:fs/promises';\nexport async function regenerateContent(path: string) { return readFile(path); }\n",
    },
    {
      name: 'the runtime without exported functions',
      filename: tree.file('presentation/edit/content/signals.ts'),
      code: "import { defineSignal } from '@temporalio/workflow';\nexport const cancel = defineSignal('cancel');\n",
    },
    {
      name: 'a helper module for workflow code: its functions are synchronous',
      filename: tree.file('presentation/workflow-helpers.ts'),
      code: "import { uuid4 } from '@temporalio/workflow';\nexport function orderWorkflowId(orderId: string): string { return `order-${orderId}-${uuid4()}`; }\n",
    },
    {
      name: 'the client side is not workflow code',
      filename: tree.file('presentation/edit/content/api.ts'),
      code: "import { Temporal } from '@wfkit/temporal/client';\nexport async function start() { return Temporal; }\n",
    },
  ],
  invalid: [
    {
      name: 'a workflow beside its module, importing the SDK',
      filename: tree.file('presentation/edit/content/regenerate-workflow.ts'),
      code: workflowCode('@temporalio/workflow'),
      errors: [
        {
          messageId: 'outsideWorkflowsDir',
          data: {
            name: 'RegenerateContent',
            dirs: "'workflows/'",
            suggestion: 'presentation/edit/content/workflows/regenerate.ts',
          },
          line: 3,
          column: 23,
          endColumn: 40,
        },
      ],
    },
    {
      name: 'importing the facade counts too; every exported function is reported',
      filename: tree.file('presentation/edit/content/workflows.ts'),
      code: `${workflowCode('@wfkit/temporal/workflow')}export const TranslatePresentationContent = async (): Promise<void> => {};\n`,
      errors: [
        { messageId: 'outsideWorkflowsDir', line: 3, column: 23 },
        { messageId: 'outsideWorkflowsDir', line: 6, column: 14 },
      ],
    },
    {
      name: 'a default-exported function too, under the configured directory name',
      filename: tree.file('modules/email/send.ts'),
      code: "import { sleep } from '@temporalio/workflow';\nexport default async function SendDownloadEmail() { await sleep(1); }\n",
      settings: { wfkit: { workflowDirs: ['flows'] } },
      errors: [
        {
          messageId: 'outsideWorkflowsDir',
          data: { name: 'SendDownloadEmail', dirs: "'flows/'", suggestion: 'modules/email/flows/send-download.ts' },
          line: 2,
          column: 31,
        },
      ],
    },
  ],
});

// A module a worker loads through its barrel holds workflows without importing the runtime.
const reportCode =
  "import { formatReport } from './format';\n\nexport async function exportReport(id: string): Promise<string> {\n  return formatReport(id);\n}\n";
const workerTree = createTree({
  'package.json': '{ "name": "reports" }',
  'src/worker.ts':
    "import { Worker } from '@temporalio/worker';\nWorker.create({ workflowsPath: require.resolve('./workflows'), taskQueue: 'reports' });\n",
  'src/workflows/index.ts': "/** Barrel. */\n\nexport { exportReport } from '../reports/export-report';\n",
  'src/reports/export-report.ts': reportCode,
  'src/reports/format.ts': 'export function formatReport(id: string): string { return id; }\n',
});

ruleTester.run('workflows-in-workflows-dir (a module a worker loads)', rule, {
  valid: [
    {
      name: 'a helper module the workflow imports registers nothing',
      filename: workerTree.file('src/reports/format.ts'),
      code: 'export function formatReport(id: string): string { return id; }\n',
    },
  ],
  invalid: [
    {
      name: 'names the worker that loads it, not a runtime import it does not have',
      filename: workerTree.file('src/reports/export-report.ts'),
      code: reportCode,
      errors: [
        {
          messageId: 'loadedOutsideWorkflowsDir',
          data: {
            name: 'exportReport',
            loadedBy: "the worker in 'src/worker.ts' loads",
            dirs: "'workflows/'",
            suggestion: 'src/reports/workflows/export.ts',
          },
          line: 3,
          column: 23,
        },
      ],
    },
  ],
});
