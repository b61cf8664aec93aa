/**
 * Opt-in: the facade against a real Temporal server, with real workers running the fixture
 * workflows and activities. Runs when TEMPORAL_ADDRESS is set (connecting from the environment,
 * as the facade does in production) or, with WFKIT_TEMPORAL_TEST_SERVER=1, on the SDK's local test
 * server (which it downloads; this repository's CI is offline, so there it is skipped).
 */
import { randomUUID } from 'node:crypto';
import { loadClientConnectConfig } from '@temporalio/envconfig';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { NativeConnection, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { Temporal } from '@wfkit/temporal/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tasks from './fixtures/tasks.js';
import { PublishPresentation } from './fixtures/workflows/publish-presentation.js';
import { RegenerateContent } from './fixtures/workflows/regenerate-content.js';
import { bundle, fixture } from './helpers/bundle.js';

const target = process.env['TEMPORAL_ADDRESS']
  ? 'server'
  : process.env['WFKIT_TEMPORAL_TEST_SERVER'] === '1'
    ? 'test-server'
    : undefined;

const SKIPPED =
  'skipped: no Temporal server. Set TEMPORAL_ADDRESS=host:port (plus TEMPORAL_NAMESPACE etc. as needed), ' +
  'or WFKIT_TEMPORAL_TEST_SERVER=1 where the SDK can download its test server.';

describe('integration with a real Temporal server', () => {
  if (target === undefined) {
    it('runs the facade end to end', (context) => {
      console.info(`integration test ${SKIPPED}`);
      context.skip(SKIPPED);
    });
    return;
  }

  const taskQueue = `wfkit-integration-${randomUUID()}`;
  let connection: NativeConnection;
  let namespace: string;
  let environment: TestWorkflowEnvironment | undefined;
  let workflowBundle: WorkflowBundleWithSourceMap;

  beforeAll(async () => {
    if (target === 'test-server') {
      environment = await TestWorkflowEnvironment.createLocal();
      connection = environment.nativeConnection;
      namespace = environment.namespace ?? 'default';
      Temporal.configure({ client: environment.client });
    } else {
      // The facade connects by itself from the environment; the workers use the same settings.
      const config = loadClientConnectConfig();
      connection = await NativeConnection.connect(config.connectionOptions);
      namespace = config.namespace ?? 'default';
    }
    Temporal.configure({ taskQueue });

    ({ bundle: workflowBundle } = await bundle(fixture('workflows/index.ts')));
  });

  afterAll(async () => {
    if (target === 'server') {
      await (await Temporal.getClient()).connection.close();
      await connection?.close();
    }
    await environment?.teardown();
  });

  /** Runs `body` while workers poll; a worker runs only once, so each test gets its own. */
  async function withWorkers<T>(body: () => Promise<T>): Promise<T> {
    const activities = { ...tasks, send_email: async (_to: string, _url: string) => true };
    // PublishPresentation runs a child on 'slides-gpu': serve that queue too.
    const workers = await Promise.all(
      [taskQueue, 'slides-gpu'].map((queue) =>
        Worker.create({ connection, namespace, taskQueue: queue, workflowBundle, activities }),
      ),
    );
    return await workers.reduce<() => Promise<T>>((inner, worker) => () => worker.runUntil(inner), body)();
  }

  it('executes a workflow whose activity runs with the default options', async () => {
    const slide = await withWorkers(() =>
      Temporal.executeWorkflow(RegenerateContent, [{ deckId: 'deck-it', slide: 3 }]),
    );
    expect(slide).toEqual(await tasks.regenerateContent({ deckId: 'deck-it', slide: 3 }));
  });

  it('starts a workflow that runs a child elsewhere and leaves a detached child behind', async () => {
    const deckId = `deck-${randomUUID()}`;
    const client = await Temporal.getClient();
    await withWorkers(async () => {
      const handle = await Temporal.startWorkflow(PublishPresentation, [{ deckId, email: 'ada@example.test' }]);
      expect(handle.workflowId).toMatch(/^PublishPresentation-/);

      const result = await handle.result();
      expect(result.url).toBe(await tasks.publishDeck(deckId, [await tasks.regenerateContent({ deckId, slide: 1 })]));
      expect(result.emailWorkflowId).toMatch(/^SendDownloadEmail-/);

      const child = await client.workflow.getHandle(`regenerate-${deckId}-1`).describe();
      expect(child.taskQueue).toBe('slides-gpu');
      // The detached child finishes on its own, after its parent.
      await expect(client.workflow.getHandle(result.emailWorkflowId).result()).resolves.toBe(true);
    });
  });
});
