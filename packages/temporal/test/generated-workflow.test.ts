/**
 * A workflow scaffolded by `wf new` (the built CLI, run as a user would) bundles with the facade
 * and replays: the generator writes exactly the facade's call forms.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundle, fixture } from './helpers/bundle.js';
import { HistoryBuilder } from './helpers/history.js';
import { replay } from './helpers/replay.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(repoRoot, 'packages/cli/dist/bin.js');

let project: string;
let workflowFile: string;
let generated: WorkflowBundleWithSourceMap;

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build the CLI first (npm run build)`);
  project = mkdtempSync(join(tmpdir(), 'wfkit-generated-'));
  execFileSync(process.execPath, [cli, 'new', 'RegenerateContent', '--in', 'presentation/edit/content'], {
    cwd: project,
    stdio: 'pipe',
  });
  const workflowsDir = join(project, 'presentation/edit/content/workflows');
  workflowFile = join(workflowsDir, 'regenerate.ts');
  ({ bundle: generated } = await bundle(join(workflowsDir, 'index.ts'), [fixture('record-commands.ts')], {
    nodeModules: join(repoRoot, 'node_modules'),
  }));
});

afterAll(() => {
  if (project !== undefined) rmSync(project, { recursive: true, force: true });
});

it('calls the activity through the facade, importing activities as types', () => {
  const source = readFileSync(workflowFile, 'utf8');
  expect(source).toContain(`from '@wfkit/temporal/workflow'`);
  expect(source).toMatch(/import type \* as tasks from '\.\.\/tasks(\.js)?'/);
  expect(source).toContain('Temporal.run(regenerateContent, [input])');
});

it('bundles without the activity stub', () => {
  expect(generated.code).toContain('function RegenerateContent(');
  expect(generated.code).not.toContain('regenerateContent: not implemented yet');
});

it('replays a history that runs its activity with the facade defaults', async () => {
  const input = { presentationId: 'p-1' };
  const history = new HistoryBuilder('RegenerateContent', 'presentation-edit', [input])
    .activity({
      activityType: 'regenerateContent',
      taskQueue: 'presentation-edit',
      startToCloseTimeoutMs: 60_000,
      maximumAttempts: 4,
      result: null,
    })
    .completed(null);
  const recorded = await replay(generated, history);
  // The scheduled command: 60 s per attempt, 4 attempts (the SDK adds its 1 s first backoff), on
  // the workflow's own task queue (replay runs it on one of its own).
  expect(recorded.activities).toEqual([
    {
      activityType: 'regenerateContent',
      local: false,
      taskQueue: expect.stringMatching(/^fake_replay_queue-\d+$/),
      startToCloseTimeout: 60_000,
      retry: { maximumAttempts: 4, initialInterval: 1000 },
    },
  ]);
});
