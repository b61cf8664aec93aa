import { afterEach, expect, it } from 'vitest';
import type { LintResult } from '../src/output/lint-result.js';
import { emptyProject, removeCopies } from './helpers/fixture.js';
import { wf } from './helpers/run.js';

afterEach(removeCopies);

/** What `tsc` and the barrel rules accept, and only the worker's bundler would refuse. */
const files = {
  'presentation/tasks.ts':
    "import { readFile } from 'node:fs/promises';\nexport async function readTemplate(name: string): Promise<string> {\n  return await readFile(name, 'utf8');\n}\n",
  'presentation/workflows/index.ts':
    "export { RenderTemplate } from './render-template.js';\nexport { HashTemplate } from './hash-template.js';\n",
  'presentation/workflows/render-template.ts': [
    "import { Temporal } from '@wfkit/temporal/workflow';",
    "import * as tasks from '../tasks.js';",
    '',
    'const { readTemplate } = Temporal.activities<typeof tasks>();',
    '',
    'export async function RenderTemplate(name: string): Promise<string> {',
    '  return await Temporal.run(readTemplate, [name]);',
    '}',
    '',
  ].join('\n'),
  'presentation/workflows/hash-template.ts': [
    "import { createHash } from 'node:crypto';",
    '',
    'export async function HashTemplate(text: string): Promise<string> {',
    "  return createHash('sha1').update(text).digest('hex');",
    '}',
    '',
  ].join('\n'),
};

it('wf check reports value imports the workflow sandbox cannot hold, with the fix', async () => {
  const project = emptyProject(files);
  const result = await wf(project, 'check', 'presentation');
  expect(result.code).toBe(1);
  expect(result.stdout).toBe(
    [
      '',
      'presentation/workflows/hash-template.ts',
      "  1:1  error  'node:crypto' is a Node built-in, which the workflow sandbox does not have: the worker's bundler refuses this file. Move the code that needs it into an activity, and use `import type` for its types.  wfkit/no-sandbox-unsafe-import",
      '',
      'presentation/workflows/render-template.ts',
      "  2:1  error  '../tasks.js' looks like an activities module: imported as a value, its code and everything it imports go into the workflow bundle, which the worker's bundler refuses for Node built-ins. It is used only as a type here: import it with `import type`.  wfkit/no-sandbox-unsafe-import",
      '',
      '✖ 2 problems (2 errors, 0 warnings)',
      '  1 problem fixable with `eslint --fix`.',
      '',
    ].join('\n'),
  );
});

it('--format json carries the import type fix where it is safe', async () => {
  const project = emptyProject(files);
  const result = await wf(project, 'check', '--format', 'json', 'presentation');
  const results = JSON.parse(result.stdout) as LintResult[];
  const messages = results.flatMap((entry) => entry.messages);
  const render = messages.find((message) => message.messageId === 'activitiesModule');
  const hash = messages.find((message) => message.messageId === 'nodeBuiltin');
  const importStart = files['presentation/workflows/render-template.ts'].indexOf('import * as tasks');
  expect(render?.fix).toEqual({ range: [importStart + 'import'.length, importStart + 'import'.length], text: ' type' });
  expect(hash).toBeDefined();
  expect(hash?.fix).toBeUndefined();
});
