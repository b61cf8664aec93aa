import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

// A worker that makes no progress for this long is given up on, and its work is done here instead.
const STALL_MS = 5_000;

/**
 * The waiting side of a worker thread that a synchronous caller hands work to and then waits for
 * (the core's API is synchronous: ESLint rules cannot await). The worker gets `{ port, signal }`
 * in `workerData` and answers with `answer` (see `worker-answer.ts`): the message on `port`,
 * then slot 0 of `signal` set to 1 and notified (2: it ended without answering). It adds to slot 1
 * as it goes, so a stall is seen.
 * Work both threads share is claimed from slot 2 (the next item) with `claim`; slot 3 counts
 * the items the worker claimed.
 */
export class BlockingWorker {
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #signal: Int32Array;

  private constructor(worker: Worker, port: MessagePort, signal: Int32Array) {
    this.#worker = worker;
    this.#port = port;
    this.#signal = signal;
  }

  /**
   * Starts a worker from a module file, or from source with `eval`; `null` when it cannot start
   * (the file is not there: the core runs from its TypeScript sources in its own tests).
   */
  static start(source: URL | string, options: { eval?: boolean } = {}): BlockingWorker | null {
    if (source instanceof URL && !existsSync(fileURLToPath(source))) return null;
    const signal = new Int32Array(new SharedArrayBuffer(16));
    const { port1, port2 } = new MessageChannel();
    let worker: Worker;
    try {
      worker = new Worker(source, { eval: options.eval === true, workerData: { port: port2, signal }, transferList: [port2] });
    } catch {
      return null;
    }
    // Never keeps the process alive; a worker that fails is noticed in `wait`, not as an uncaught event.
    worker.unref();
    worker.on('error', () => {});
    port1.unref();
    return new BlockingWorker(worker, port1, signal);
  }

  post(message: unknown): void {
    this.#port.postMessage(message);
  }

  /** The first of `count` items of shared work this thread takes (see `claim` in `worker-answer.ts`). */
  claim(count: number): number {
    return Atomics.add(this.#signal, 2, count);
  }

  /** Whether the worker has taken any of the shared work (once this thread took the last, it cannot start). */
  get workerClaimed(): boolean {
    return Atomics.load(this.#signal, 3) > 0;
  }

  /** Ends the worker without waiting for an answer. */
  stop(): void {
    this.#port.close();
    void this.#worker.terminate();
  }

  /** Blocks until the worker answers; `undefined` when it failed, stalled or answered `null`. Ends the worker. */
  wait<T>(): T | undefined {
    let progress = Atomics.load(this.#signal, 1);
    let lastProgress = Date.now();
    let answered = true;
    while (Atomics.load(this.#signal, 0) === 0) {
      Atomics.wait(this.#signal, 0, 0, 100);
      const now = Atomics.load(this.#signal, 1);
      if (now !== progress) {
        progress = now;
        lastProgress = Date.now();
      } else if (Date.now() - lastProgress > STALL_MS) {
        answered = false;
        break;
      }
    }
    if (Atomics.load(this.#signal, 0) !== 1) answered = false;
    const message = answered ? (receiveMessageOnPort(this.#port)?.message as T | null | undefined) : undefined;
    this.#port.close();
    void this.#worker.terminate();
    return message ?? undefined;
  }
}
