import rule from '../../src/rules/use-facade.js';
import { ruleTester } from '../rule-tester.js';
import { createTree, RUNTIME_MODULE } from '../temp-tree.js';

const tree = createTree({
  'presentation/edit/content/workflows/index.ts': '/** Barrel. */\n\nexport {};\n',
  // A second tree root whose config already allows local activities.
  'allowing/wfkit.config.json': '{ "facade": { "allow": ["proxyLocalActivities"] } }\n',
  'allowing/content/workflows/index.ts': '/** Barrel. */\n\nexport {};\n',
  'presentation/edit/content/workflows/runtime.ts': RUNTIME_MODULE,
  'allowing/content/workflows/runtime.ts': RUNTIME_MODULE,
});
const filename = tree.file('presentation/edit/content/workflows/regenerate.ts');

const proxies = `import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type * as tasks from '../tasks.js';

const { regenerateContent } = proxyActivities<typeof tasks>({ startToCloseTimeout: '1 minute' });
const { cacheSlide } = proxyLocalActivities<typeof tasks>({ startToCloseTimeout: '5 seconds' });

export async function RegenerateContent(): Promise<void> {}
`;
const useFacade = (callee: string, replacement: string, line: number, column: number) => ({
  messageId: 'useFacade' as const,
  data: { callee, replacement, module: '@wfkit/temporal/workflow' },
  line,
  column,
});

ruleTester.run('use-facade', rule, {
  valid: [
    {
      name: 'the facade',
      filename,
      code: `import { Temporal } from '@wfkit/temporal/workflow';
import type * as tasks from '../tasks.js';
const { regenerateContent } = Temporal.activities<typeof tasks>();
export async function RegenerateContent(): Promise<void> { await Temporal.run(regenerateContent); }
`,
    },
    { name: 'a same-named function from elsewhere', filename, code: "import { executeChild } from './local.js';\nexecuteChild();\n" },
    { name: 'outside workflows directories', filename: tree.file('presentation/edit/content/tasks.ts'), code: proxies },
    {
      name: 'the option allows calls',
      filename,
      code: proxies,
      options: [{ allow: ['proxyActivities', 'proxyLocalActivities'] }],
    },
    {
      name: 'the option adds to facade.allow of the config',
      filename: tree.file('allowing/content/workflows/regenerate.ts'),
      code: proxies,
      options: [{ allow: ['proxyActivities'] }],
    },
  ],
  invalid: [
    {
      name: 'activity proxies',
      filename,
      code: proxies,
      errors: [useFacade('proxyActivities', 'Temporal.run', 4, 31), useFacade('proxyLocalActivities', 'Temporal.run', 5, 24)],
    },
    {
      name: 'child workflows, through an alias and a namespace import',
      filename,
      code: `import { executeChild as runChild } from '@temporalio/workflow';
import * as wf from '@temporalio/workflow';

export async function RegenerateContent(): Promise<void> {
  await runChild('TranslatePresentationContent', { args: [] });
  await wf.startChild('SendDownloadEmail', { args: [] });
}
`,
      errors: [
        useFacade('executeChild', 'Temporal.executeChildWorkflow', 5, 9),
        useFacade('startChild', 'Temporal.fireAndForgetChildWorkflow', 6, 9),
      ],
    },
    {
      name: 'facade.allow from the config applies, the option adds to it',
      filename: tree.file('allowing/content/workflows/regenerate.ts'),
      code: proxies,
      options: [{ allow: ['startChild'] }],
      errors: [useFacade('proxyActivities', 'Temporal.run', 4, 31)],
    },
  ],
});
