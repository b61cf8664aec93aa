import rule from '../../src/rules/no-sandbox-unsafe-import.js';
import { ruleTester } from '../rule-tester.js';
import { createTree, RUNTIME_MODULE } from '../temp-tree.js';

const tree = createTree({
  'presentation/edit/content/workflows/index.ts': '/** Barrel. */\n\nexport {};\n',
  'presentation/edit/content/workflows/runtime.ts': RUNTIME_MODULE,
});
const filename = tree.file('presentation/edit/content/workflows/regenerate.ts');

const TYPE_ONLY = 'It is used only as a type here: import it with `import type`.';
const workflow = `
export async function RegenerateContent(): Promise<void> {}
`;

ruleTester.run('no-sandbox-unsafe-import', rule, {
  valid: [
    {
      name: 'activities imported as a type, the workflow facade and models as values',
      filename,
      code: `import { Temporal } from '@wfkit/temporal/workflow';
import type * as tasks from '../tasks.js';
import { type RegenerateInput } from '../tasks.js';
import { SLIDE_LIMIT } from '../models.js';
const { regenerateContent } = Temporal.activities<typeof tasks>();
export async function RegenerateContent(input: RegenerateInput): Promise<void> {
  if (input.slide < SLIDE_LIMIT) await Temporal.run(regenerateContent, [input]);
}
`,
    },
    {
      name: 'Node built-ins and the client as types',
      filename,
      code: `import type { Stats } from 'node:fs';\nimport type { WorkflowHandle } from '@temporalio/client';${workflow}`,
    },
    {
      name: 'the built-ins the bundler allows',
      filename,
      code: `import assert from 'assert';\nimport { inspect } from 'util';\nassert(inspect);${workflow}`,
    },
    {
      name: 'a module whose name only contains the word',
      filename,
      code: `import { taskQueues } from '../task-queues.js';\nvoid taskQueues;${workflow}`,
    },
    {
      name: 'outside workflows directories (activity code itself)',
      filename: tree.file('presentation/edit/content/tasks.ts'),
      code: "import { readFile } from 'node:fs/promises';\nexport const read = (path: string) => readFile(path, 'utf8');\n",
    },
  ],
  invalid: [
    {
      name: 'an activities module used only as a type: fixed to import type',
      filename,
      code: `import { Temporal } from '@wfkit/temporal/workflow';
import * as tasks from '../tasks.js';

const { regenerateContent } = Temporal.activities<typeof tasks>();

export async function RegenerateContent(input: tasks.RegenerateInput): Promise<void> {
  await Temporal.run(regenerateContent, [input]);
}
`,
      output: `import { Temporal } from '@wfkit/temporal/workflow';
import type * as tasks from '../tasks.js';

const { regenerateContent } = Temporal.activities<typeof tasks>();

export async function RegenerateContent(input: tasks.RegenerateInput): Promise<void> {
  await Temporal.run(regenerateContent, [input]);
}
`,
      errors: [
        {
          messageId: 'activitiesModule',
          data: { source: '../tasks.js', fix: TYPE_ONLY },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'an activity called as a value: no autofix, the message says how to call it',
      filename,
      code: `import { readTemplate } from './email-activities.js';
export async function RegenerateContent(): Promise<string> {
  return await readTemplate('welcome');
}
`,
      output: null,
      errors: [
        {
          messageId: 'activitiesModule',
          data: {
            source: './email-activities.js',
            fix: 'Import it with `import type` and call its activities through Temporal.activities<typeof …>() and Temporal.run.',
          },
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'a module under an activities directory, named bindings used as types',
      filename,
      code: `import { EmailInput } from '../activities/email.js';\nexport async function RegenerateContent(_input: EmailInput): Promise<void> {}\n`,
      output: `import type { EmailInput } from '../activities/email.js';\nexport async function RegenerateContent(_input: EmailInput): Promise<void> {}\n`,
      errors: [
        {
          messageId: 'activitiesModule',
          data: { source: '../activities/email.js', fix: TYPE_ONLY },
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'a Node built-in used as a value',
      filename,
      code: `import { createHash } from 'node:crypto';
export async function RegenerateContent(text: string): Promise<string> {
  return createHash('sha1').update(text).digest('hex');
}
`,
      output: null,
      errors: [
        {
          messageId: 'nodeBuiltin',
          data: {
            source: 'node:crypto',
            fix: 'Move the code that needs it into an activity, and use `import type` for its types.',
          },
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'a Node built-in without the node: prefix, used only in a type: fixed',
      filename,
      code: `import fs from 'fs';\nexport async function RegenerateContent(_files: typeof fs): Promise<void> {}\n`,
      output: `import type fs from 'fs';\nexport async function RegenerateContent(_files: typeof fs): Promise<void> {}\n`,
      errors: [{ messageId: 'nodeBuiltin', data: { source: 'fs', fix: TYPE_ONLY }, line: 1, column: 1 }],
    },
    {
      name: 'a default and named bindings cannot become one import type: reported without a fix',
      filename,
      code: `import path, { sep } from 'node:path';\nexport async function RegenerateContent(_a: typeof path, _b: typeof sep): Promise<void> {}\n`,
      output: null,
      errors: [{ messageId: 'nodeBuiltin', data: { source: 'node:path', fix: TYPE_ONLY }, line: 1, column: 1 }],
    },
    {
      name: "the facade's client entry used as a value",
      filename,
      code: `import { Temporal } from '@wfkit/temporal/client';
export async function RegenerateContent(): Promise<string> {
  return (await Temporal.startWorkflow(RegenerateContent, [])).workflowId;
}
`,
      output: null,
      errors: [
        {
          messageId: 'clientModule',
          data: {
            source: '@wfkit/temporal/client',
            fix: "Start workflows from API code; workflow code uses '@wfkit/temporal/workflow', and `import type` for types.",
          },
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: "the SDK's client used only as a type: fixed",
      filename,
      code: `import { WorkflowHandle } from '@temporalio/client';\nexport async function RegenerateContent(_handle: WorkflowHandle): Promise<void> {}\n`,
      output: `import type { WorkflowHandle } from '@temporalio/client';\nexport async function RegenerateContent(_handle: WorkflowHandle): Promise<void> {}\n`,
      errors: [
        { messageId: 'clientModule', data: { source: '@temporalio/client', fix: TYPE_ONLY }, line: 1, column: 1 },
      ],
    },
  ],
});
