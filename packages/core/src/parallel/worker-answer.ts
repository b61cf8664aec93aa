import type { MessagePort } from 'node:worker_threads';

/** What a `BlockingWorker` receives in `workerData`. */
export interface BlockingWorkerData {
  port: MessagePort;
  signal: Int32Array;
}

/** Counts one unit of work done, so the waiting thread can tell a slow worker from a stuck one. */
export function progress({ signal }: BlockingWorkerData): void {
  Atomics.add(signal, 1, 1);
}

/** Posts the answer and wakes the waiting thread; `null` tells it to do the work itself. */
export function answer({ port, signal }: BlockingWorkerData, value: unknown): void {
  port.postMessage(value);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
  port.close();
}

/**
 * The first of `count` items of work shared with the waiting thread, or `undefined` when all
 * `total` are taken: each thread takes the next items until none are left, so neither waits for
 * the other whatever their speeds.
 */
export function claim({ signal }: BlockingWorkerData, count: number, total: number): number | undefined {
  const start = Atomics.add(signal, 2, count);
  if (start >= total) return undefined;
  Atomics.add(signal, 3, count);
  return start;
}

/**
 * Ends the worker if no work comes within `ms`: it is started before its work is known, and a
 * caller that fails meanwhile never sends any (nor waits).
 */
export function endWhenIdle({ port, signal }: BlockingWorkerData, ms: number): () => void {
  const timer = setTimeout(() => {
    // Slot 0 = 2: gone without an answer, so a late caller does its work itself at once.
    Atomics.store(signal, 0, 2);
    Atomics.notify(signal, 0);
    port.close();
  }, ms);
  return () => clearTimeout(timer);
}
