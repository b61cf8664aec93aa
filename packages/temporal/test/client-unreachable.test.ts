/**
 * With no server at the configured address, the client facade's error says which call failed,
 * which address it tried and which setting gave that address, instead of gRPC's bare "Failed to
 * connect before the deadline". Each case waits for the SDK's connect deadline (10 s).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';

async function ExportDeck(deckId: string): Promise<string> {
  return deckId;
}

/** A local port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let address: string;
const configDir = mkdtempSync(join(tmpdir(), 'wfkit-envconfig-'));
beforeAll(async () => {
  address = `127.0.0.1:${await closedPort()}`;
});
afterEach(() => vi.unstubAllEnvs());
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

async function facade() {
  vi.resetModules();
  return await import('@wfkit/temporal/client');
}

it('names the call, the address and TEMPORAL_ADDRESS when the address came from there', async () => {
  vi.stubEnv('TEMPORAL_ADDRESS', address);
  vi.stubEnv('TEMPORAL_CONFIG_FILE', join(configDir, 'missing.toml'));
  vi.stubEnv('TEMPORAL_PROFILE', undefined);
  const { Temporal, ServerUnreachableError } = await facade();
  const error: unknown = await Temporal.startWorkflow(ExportDeck, ['deck-1']).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ServerUnreachableError);
  expect((error as Error).message).toBe(
    `Temporal.startWorkflow: cannot connect to the Temporal server at ${address} (from TEMPORAL_ADDRESS): Failed to connect before the deadline. ` +
      'Start a server there, or point TEMPORAL_ADDRESS (or the address of a temporal.toml profile) at one; tests can pass a client with Temporal.configure({ client }).',
  );
  expect((error as Error).cause).toBeInstanceOf(Error);
});

it('names the profile and the config file when the address came from a temporal.toml profile', async () => {
  const configFile = join(configDir, 'temporal.toml');
  writeFileSync(configFile, `[profile.staging]\naddress = "${address}"\n`);
  vi.stubEnv('TEMPORAL_ADDRESS', undefined);
  vi.stubEnv('TEMPORAL_CONFIG_FILE', configFile);
  vi.stubEnv('TEMPORAL_PROFILE', 'staging');
  const { Temporal } = await facade();
  await expect(Temporal.executeWorkflow(ExportDeck, ['deck-2'])).rejects.toThrow(
    `Temporal.executeWorkflow: cannot connect to the Temporal server at ${address} (from profile 'staging' of ${configFile}): Failed to connect before the deadline.`,
  );
});
