import { Client, Connection } from '@temporalio/client';
import { loadClientConnectConfig } from '@temporalio/envconfig';
import { checkClientSettings, DEFAULT_TASK_QUEUE } from '../options.js';

/**
 * Settings of `Temporal.configure`. Keys left out keep their current value; a key given as
 * `undefined` goes back to its default.
 */
export interface ClientSettings {
  /**
   * A ready `Client` (tests, custom connections). Without one, the facade connects lazily from the
   * environment; `client: undefined` drops a configured client and goes back to that connection.
   */
  client?: Client | undefined;
  /** Task queue for workflows started without one. Default `"default"`; `undefined` resets it. */
  taskQueue?: string | undefined;
}

interface State {
  client: Client | undefined;
  taskQueue: string;
  /** The environment connection, shared by concurrent first calls. */
  connecting: Promise<Client> | undefined;
}

const state: State = { client: undefined, taskQueue: DEFAULT_TASK_QUEUE, connecting: undefined };

export function configure(settings: ClientSettings): void {
  // Everything is checked before anything is applied: a rejected call changes nothing.
  checkClientSettings(settings, 'Temporal.configure');
  if (Object.hasOwn(settings, 'client')) state.client = settings.client;
  if (Object.hasOwn(settings, 'taskQueue')) state.taskQueue = settings.taskQueue ?? DEFAULT_TASK_QUEUE;
}

/** The task queue used when a call names none. */
export function defaultTaskQueue(): string {
  return state.taskQueue;
}

/**
 * The client the facade uses: the configured one, or else one connected on first use from the
 * standard environment configuration (`TEMPORAL_ADDRESS`, `TEMPORAL_NAMESPACE`, TLS, API key,
 * profiles in `temporal.toml`). Use it for what the facade does not cover (signals, queries, handles).
 */
export async function getClient(call = 'Temporal.getClient'): Promise<Client> {
  if (state.client !== undefined) return state.client;
  state.connecting ??= connectFromEnvironment(call).catch((error: unknown) => {
    // Let the next call try again instead of caching the failure.
    state.connecting = undefined;
    throw error;
  });
  return await state.connecting;
}

/** Where the SDK connects when no setting names an address. */
const DEFAULT_ADDRESS = 'localhost:7233';

/**
 * Thrown when the facade cannot connect from the environment configuration: names the call, the
 * address and the setting it came from, so the fix is clear without reading gRPC's message.
 */
export class ServerUnreachableError extends Error {
  override readonly name = 'ServerUnreachableError';
}

async function connectFromEnvironment(call: string): Promise<Client> {
  const { connectionOptions, namespace } = loadClientConnectConfig();
  try {
    const connection = await Connection.connect(connectionOptions);
    return new Client({ connection, namespace });
  } catch (error) {
    const address = connectionOptions.address ?? DEFAULT_ADDRESS;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ServerUnreachableError(
      `${call}: cannot connect to the Temporal server at ${address} (${addressSource(connectionOptions.address)}): ${reason}. ` +
        'Start a server there, or point TEMPORAL_ADDRESS (or the address of a temporal.toml profile) at one; tests can pass a client with Temporal.configure({ client }).',
      { cause: error },
    );
  }
}

/** Which setting of the standard environment configuration gave the address. */
function addressSource(address: string | undefined): string {
  const env = process.env;
  if (env['TEMPORAL_ADDRESS']) return 'from TEMPORAL_ADDRESS';
  const profile = env['TEMPORAL_PROFILE'] || 'default';
  const file = env['TEMPORAL_CONFIG_FILE'] || 'temporal.toml in the user config directory';
  if (address !== undefined) return `from profile '${profile}' of ${file}`;
  return `the default: no TEMPORAL_ADDRESS, and no address in profile '${profile}' of ${file}`;
}
