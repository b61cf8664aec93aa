import { Client, Connection } from '@temporalio/client';
import { loadClientConnectConfig } from '@temporalio/envconfig';
import { checkTaskQueue, DEFAULT_TASK_QUEUE, InvalidOptionsError } from '../options.js';

/** Settings of `Temporal.configure`. Keys left out keep their current value. */
export interface ClientSettings {
  /** A ready `Client` (tests, custom connections). Without one, the facade connects lazily from the environment. */
  client?: Client | undefined;
  /** Task queue for workflows started without one. Default `"default"`. */
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
  const call = 'Temporal.configure';
  if (typeof settings !== 'object' || settings === null) {
    throw new InvalidOptionsError(`${call}: expected { client?, taskQueue? }.`);
  }
  if ('client' in settings && settings.client !== undefined) {
    // Duck-typed rather than `instanceof`, which fails when the app has its own copy of the SDK.
    if (typeof (settings.client as Partial<Client>).workflow?.start !== 'function') {
      throw new InvalidOptionsError(`${call}: client must be a Client from @temporalio/client.`);
    }
    state.client = settings.client;
  }
  if ('taskQueue' in settings && settings.taskQueue !== undefined) {
    checkTaskQueue(settings.taskQueue, call);
    state.taskQueue = settings.taskQueue;
  }
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
export async function getClient(): Promise<Client> {
  if (state.client !== undefined) return state.client;
  state.connecting ??= connectFromEnvironment().catch((error: unknown) => {
    // Let the next call try again instead of caching the failure.
    state.connecting = undefined;
    throw error;
  });
  return await state.connecting;
}

async function connectFromEnvironment(): Promise<Client> {
  const { connectionOptions, namespace } = loadClientConnectConfig();
  const connection = await Connection.connect(connectionOptions);
  return new Client({ connection, namespace });
}
