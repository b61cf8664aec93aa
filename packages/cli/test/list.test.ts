import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ListResult } from '../src/commands/list.js';
import { copyFixture, removeCopies, repoRoot } from './helpers/fixture.js';
import { wf } from './helpers/run.js';

afterEach(removeCopies);

describe('wf list', () => {
  it('lists every workflow of slides-app by workflows directory', async () => {
    const result = await wf(path.join(repoRoot, 'fixtures/slides-app'), 'list', 'presentation');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'presentation/edit/content/workflows/ (barrel presentation/edit/content/workflows/index.ts)',
        '  RegenerateContent             regenerate.ts  exported',
        '  EditPresentationSlide         slide.ts       exported',
        '  TranslatePresentationContent  translate.ts   exported',
        '',
        'presentation/generation/workflows/ (barrel presentation/generation/workflows/index.ts)',
        '  GeneratePresentation          generate-presentation.ts  exported',
        '  WritePresentation             write-presentation.ts     exported',
        '',
        '5 workflows in 2 workflows directories.',
        '',
      ].join('\n'),
    );
  });

  it('--json gives name, file, directory and barrel status of each workflow', async () => {
    const result = await wf(path.join(repoRoot, 'fixtures/slides-app'), 'list', '--json', 'modules');
    expect(JSON.parse(result.stdout)).toEqual({
      workflows: [
        {
          name: 'SendDownloadEmail',
          file: 'modules/email/workflows/send-download-email.ts',
          workflowsDir: 'modules/email/workflows',
          barrel: 'modules/email/workflows/index.ts',
          barrelExists: true,
          exported: true,
          workers: [],
        },
      ],
      duplicates: [],
      unparsed: [],
    } satisfies ListResult);
  });

  it('shows workflows missing from their barrel and duplicate names across barrels', async () => {
    const app = copyFixture('slides-app');
    // A second SendDownloadEmail in another directory, not in its barrel.
    writeFileSync(
      path.join(app, 'presentation/generation/workflows/send-download-email.ts'),
      'export async function SendDownloadEmail(email: string): Promise<void> {\n  void email;\n}\n',
    );
    const json = JSON.parse((await wf(app, 'list', '--json')).stdout) as ListResult;
    expect(json.duplicates).toEqual([
      {
        name: 'SendDownloadEmail',
        files: [
          'modules/email/workflows/send-download-email.ts',
          'presentation/generation/workflows/send-download-email.ts',
        ],
      },
    ]);
    expect(
      json.workflows.find((workflow) => workflow.file === 'presentation/generation/workflows/send-download-email.ts')
        ?.exported,
    ).toBe(false);

    const text = (await wf(app, 'list')).stdout;
    expect(text).toContain('  SendDownloadEmail             send-download-email.ts    not in barrel\n');
    expect(text).toContain(
      'Duplicate workflow names (a worker loading these barrels together would register only one):\n  SendDownloadEmail: modules/email/workflows/send-download-email.ts, presentation/generation/workflows/send-download-email.ts\n',
    );
  });

  it('shows workflows outside workflows directories and the workers that register them, with their task queues', async () => {
    const realWorld = path.join(repoRoot, 'fixtures/real-world');
    const result = await wf(realWorld, 'list', 'all-workflows', 'samples');
    expect(result.stdout).toBe(
      [
        'all-workflows/src/workflows/ (no barrel)',
        '  chargeCard  charge-card.ts        registered by all-workflows/src/worker/worker.ts (task queue main)',
        '  sendEmail   legacy/send-email.ts  not in barrel',
        '  refundCard  refund-card.ts        not in barrel',
        '  sendEmail   send-email.ts         not in barrel',
        '',
        'outside workflows directories',
        '  example     samples/src/workflows.ts  registered by samples/src/worker.ts (task queue hello-world)',
        '',
        '5 workflows in 1 workflows directory (1 outside them).',
        '',
        'Duplicate workflow names (a worker loading these barrels together would register only one):',
        '  sendEmail: all-workflows/src/workflows/legacy/send-email.ts, all-workflows/src/workflows/send-email.ts',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await wf(realWorld, 'list', '--json', 'samples', 'factories')).stdout) as ListResult;
    expect(
      json.workflows.map(({ name, workflowsDir, exported, workers }) => ({ name, workflowsDir, exported, workers })),
    ).toEqual([
      {
        name: 'processOrder',
        workflowsDir: 'factories/src/workflows',
        exported: true,
        workers: [
          {
            worker: 'factories/src/worker.ts',
            entry: 'factories/src/workflows/index.ts',
            taskQueue: 'orders',
            workflowType: 'processOrder',
          },
        ],
      },
      { name: 'shipOrder', workflowsDir: 'factories/src/workflows', exported: false, workers: [] },
      {
        name: 'example',
        workflowsDir: null,
        exported: null,
        workers: [
          {
            worker: 'samples/src/worker.ts',
            entry: 'samples/src/workflows.ts',
            taskQueue: 'hello-world',
            workflowType: 'example',
          },
        ],
      },
    ]);
  });

  it('says so when there are no workflows', async () => {
    const result = await wf(path.join(repoRoot, 'fixtures/slides-app'), 'list', 'api');
    expect(result).toEqual({ code: 0, stdout: 'No workflows found.\n', stderr: '' });
  });
});
