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

const RUN = 'Temporal.activities<typeof …>(defaults) and Temporal.run';
const RUN_LOCAL = 'Temporal.activities<typeof …>(defaults) and Temporal.runLocal';
const EXECUTE_CHILD = 'Temporal.executeChildWorkflow';
const START_CHILD = 'Temporal.startChildWorkflow';
const FIRE_AND_FORGET =
  'Temporal.fireAndForgetChildWorkflow (or Temporal.startChildWorkflow to keep the child bound to this workflow)';

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
    {
      name: 'a same-named function from elsewhere',
      filename,
      code: "import { executeChild } from './local.js';\nexecuteChild();\n",
    },
    {
      name: 'parameters, block variables and loop variables that share a name with the SDK import',
      filename,
      code: `import { executeChild, startChild } from '@temporalio/workflow';
import * as wf from '@temporalio/workflow';

export async function RegenerateContent(executeChild: (name: string) => Promise<void>): Promise<void> {
  await executeChild('a parameter, not the SDK');
  {
    const startChild = async (name: string) => name;
    await startChild('a block variable');
  }
  for (const wf of [{ executeChild: async () => {} }]) await wf.executeChild();
  try {
    await Promise.resolve();
  } catch (startChild) {
    await (startChild as () => Promise<void>)();
  }
}
const nested = function startChild() { return startChild; };
void [nested, wf];
`,
    },
    {
      name: 'destructuring something other than the SDK namespace',
      filename,
      code: `const helpers = { executeChild: async () => {} };
const { executeChild } = helpers;
export async function RegenerateContent(): Promise<void> { await executeChild(); }
`,
    },
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
      name: 'activity proxies: Temporal.run for proxyActivities, Temporal.runLocal for proxyLocalActivities',
      filename,
      code: proxies,
      errors: [useFacade('proxyActivities', RUN, 4, 31), useFacade('proxyLocalActivities', RUN_LOCAL, 5, 24)],
    },
    {
      name: 'child workflows, through an alias and a namespace import; a dropped handle fits fire-and-forget',
      filename,
      code: `import { executeChild as runChild } from '@temporalio/workflow';
import * as wf from '@temporalio/workflow';

export async function RegenerateContent(): Promise<void> {
  await runChild('TranslatePresentationContent', { args: [] });
  await wf.startChild('SendDownloadEmail', { args: [] });
  void wf.startChild('SendDownloadEmail', { args: [] });
}
`,
      errors: [
        useFacade('executeChild', EXECUTE_CHILD, 5, 9),
        useFacade('startChild', FIRE_AND_FORGET, 6, 9),
        useFacade('startChild', FIRE_AND_FORGET, 7, 8),
      ],
    },
    {
      name: 'a startChild whose handle is kept: Temporal.startChildWorkflow',
      filename,
      code: `import { startChild } from '@temporalio/workflow';

export async function RegenerateContent(): Promise<string> {
  const handle = await startChild('SendDownloadEmail', { args: [] });
  return await handle.result();
}
`,
      errors: [useFacade('startChild', START_CHILD, 4, 24)],
    },
    {
      name: 'functions destructured from the namespace, and a member read into a variable',
      filename,
      code: `import * as wf from '@temporalio/workflow';
const { executeChild, startChild: begin } = wf;

export async function RegenerateContent(): Promise<void> {
  await executeChild('TranslatePresentationContent', { args: [] });
  const handle = await begin('SendDownloadEmail', { args: [] });
  await handle.result();
  const run = wf.executeChild;
  await run('EditPresentationSlide', { args: [] });
}
`,
      errors: [
        useFacade('executeChild', EXECUTE_CHILD, 5, 9),
        useFacade('startChild', START_CHILD, 6, 24),
        useFacade('executeChild', EXECUTE_CHILD, 9, 9),
      ],
    },
    {
      name: 'destructured inside a function, next to a parameter of the same name in another function',
      filename,
      code: `import * as wf from '@temporalio/workflow';

export async function RegenerateContent(): Promise<void> {
  const { proxyLocalActivities } = wf;
  const { cacheSlide } = proxyLocalActivities({ startToCloseTimeout: '5s' });
  await cacheSlide();
}
export function helper(proxyLocalActivities: () => void): void {
  proxyLocalActivities();
}
`,
      errors: [useFacade('proxyLocalActivities', RUN_LOCAL, 5, 26)],
    },
    {
      name: 'facade.allow from the config applies, the option adds to it',
      filename: tree.file('allowing/content/workflows/regenerate.ts'),
      code: proxies,
      options: [{ allow: ['startChild'] }],
      errors: [useFacade('proxyActivities', RUN, 4, 31)],
    },
  ],
});
