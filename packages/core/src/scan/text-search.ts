import { readFileSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

export interface TextSearchOptions {
  /** Candidates from which on the reads move to a worker thread (default 512); `Infinity` never. */
  workerThreshold?: number | undefined;
}

// A worker that reads nothing for this long is given up on, and its files are read here instead.
const STALL_MS = 5_000;

/*
 * The worker, as source: it needs nothing but `fs`, so it starts in a few milliseconds without
 * resolving or loading any module of the package. The files come as one string (cheap to copy),
 * each with the index of its list of needles. It answers through shared memory: slot 0 is set
 * when the answer is posted, slot 1 counts files read (to detect a stall).
 */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { port, signal } = workerData;
port.once('message', ({ files, needleLists, lists }) => {
  // Anything unexpected answers null, and the waiting thread reads the files itself.
  let found = null;
  try {
    found = [];
    files.split('\\0').forEach((file, index) => {
      let text = '';
      try { text = readFileSync(file, 'utf8'); } catch {}
      if (needleLists[lists[index]].some((needle) => text.includes(needle))) found.push(index);
      Atomics.add(signal, 1, 1);
    });
  } catch {
    found = null;
  }
  port.postMessage(found);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
  port.close();
});
`;

/**
 * Which files contain one of their needles, for trees where that means reading thousands of
 * files. Files are collected with `add`; past a threshold, `start` hands them to a worker thread,
 * which reads them while the caller does other work (parsing), and `finish` waits for it
 * synchronously, so callers stay synchronous. Without `start`, or below the threshold, `finish`
 * reads them itself. Unreadable files contain nothing.
 */
export class TextSearch {
  readonly #files: string[] = [];
  readonly #lists: number[] = [];
  readonly #needleLists: Array<readonly string[]> = [];
  readonly #listIndex = new Map<string, number>();
  readonly #threshold: number;
  /** `null` when no worker runs: everything is read in `finish`. */
  #worker: SearchWorker | null = null;

  constructor(options: TextSearchOptions = {}) {
    this.#threshold = options.workerThreshold ?? 512;
  }

  add(file: string, needles: readonly string[]): void {
    const key = needles.join('\0');
    let list = this.#listIndex.get(key);
    if (list === undefined) {
      list = this.#needleLists.push(needles) - 1;
      this.#listIndex.set(key, list);
    }
    this.#files.push(file);
    this.#lists.push(list);
  }

  /** Hands the files added so far to a worker thread when there are enough of them. */
  start(): void {
    if (this.#worker !== null || this.#files.length === 0 || this.#files.length < this.#threshold) return;
    this.#worker = startWorker();
    this.#worker?.port.postMessage({ files: this.#files.join('\0'), needleLists: this.#needleLists, lists: this.#lists });
  }

  /** The indexes (in `add` order) of the files that contain one of their needles. */
  finish(): number[] {
    const search = this.#worker;
    this.#worker = null;
    if (search === null) return this.#searchHere();
    const { worker, port, signal } = search;
    let read = Atomics.load(signal, 1);
    let lastProgress = Date.now();
    while (Atomics.load(signal, 0) === 0) {
      Atomics.wait(signal, 0, 0, 100);
      const now = Atomics.load(signal, 1);
      if (now !== read) {
        read = now;
        lastProgress = Date.now();
      } else if (Date.now() - lastProgress > STALL_MS) {
        void worker.terminate();
        return this.#searchHere();
      }
    }
    const found = receiveMessageOnPort(port)?.message as number[] | null | undefined;
    port.close();
    void worker.terminate();
    return found ?? this.#searchHere();
  }

  #searchHere(): number[] {
    const found: number[] = [];
    for (const [index, file] of this.#files.entries()) {
      const text = readTextOrEmpty(file);
      if ((this.#needleLists[this.#lists[index] ?? 0] ?? []).some((needle) => text.includes(needle))) found.push(index);
    }
    return found;
  }
}

interface SearchWorker {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

function startWorker(): SearchWorker | null {
  const signal = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { port: port2, signal }, transferList: [port2] });
  } catch {
    return null;
  }
  // Never keeps the process alive, and a worker that fails is replaced by reading here (see `finish`).
  worker.unref();
  worker.on('error', () => {});
  port1.unref();
  return { worker, port: port1, signal };
}

function readTextOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
