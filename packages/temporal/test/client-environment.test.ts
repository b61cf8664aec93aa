/**
 * Without `Temporal.configure({ client })`, the client facade connects on first use from the
 * standard Temporal environment configuration. A local gRPC server stands in for Temporal.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startFakeGrpcServer, type FakeGrpcServer } from './helpers/fake-grpc-server.js';
import { FakeWorkflowService } from './helpers/fake-service.js';

async function PrepareExport(deckId: string): Promise<string> {
  return deckId;
}

let server: FakeGrpcServer;
beforeAll(async () => {
  server = await startFakeGrpcServer();
  // The address comes from a config file profile, the namespace from an environment variable:
  // both sources of the standard configuration reach the connection.
  const configFile = join(mkdtempSync(join(tmpdir(), 'wfkit-envconfig-')), 'temporal.toml');
  writeFileSync(configFile, `[profile.default]\naddress = "${server.address}"\nnamespace = "from-file"\n`);
  vi.stubEnv('TEMPORAL_CONFIG_FILE', configFile);
  vi.stubEnv('TEMPORAL_ADDRESS', undefined);
  vi.stubEnv('TEMPORAL_PROFILE', undefined);
  vi.stubEnv('TEMPORAL_NAMESPACE', 'from-environment');
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
});

it('connects once, lazily, from the environment configuration', async () => {
  const { Temporal } = await import('@wfkit/temporal/client');
  expect(server.calls).toEqual([]); // importing the facade does not connect

  // Two calls racing for the first connection share it.
  const handles = await Promise.all([
    Temporal.startWorkflow(PrepareExport, ['deck-1']),
    Temporal.startWorkflow(PrepareExport, ['deck-2'], { taskQueue: 'exports' }),
  ]);
  const client = await Temporal.getClient();
  try {
    expect(server.calls.filter((call) => call === 'GetSystemInfo')).toHaveLength(1);
    expect(server.starts.map((request) => [request.namespace, request.taskQueue?.name, request.workflowId])).toEqual(
      expect.arrayContaining([
        ['from-environment', 'default', handles[0].workflowId],
        ['from-environment', 'exports', handles[1].workflowId],
      ]),
    );
    expect(server.starts).toHaveLength(2);
  } finally {
    await client.connection.close();
  }
});

it('goes back to the environment connection after configure({ client: undefined })', async () => {
  vi.resetModules();
  const { Temporal } = await import('@wfkit/temporal/client');
  const service = new FakeWorkflowService();
  Temporal.configure({ client: service.client() });
  await Temporal.startWorkflow(PrepareExport, ['deck-3']);
  expect(service.starts).toHaveLength(1);

  const startsBefore = server.starts.length;
  Temporal.configure({ client: undefined });
  const handle = await Temporal.startWorkflow(PrepareExport, ['deck-4']);
  const client = await Temporal.getClient();
  try {
    expect(service.starts).toHaveLength(1);
    expect(server.starts.slice(startsBefore).map((request) => [request.namespace, request.workflowId])).toEqual([
      ['from-environment', handle.workflowId],
    ]);
  } finally {
    await client.connection.close();
  }
});
