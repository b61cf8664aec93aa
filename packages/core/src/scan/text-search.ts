import { readFileSync } from 'node:fs';
import { BlockingWorker } from '../parallel/blocking-worker.js';

export interface TextSearchOptions {
  /** Candidates from which on the reads move to a worker thread (default 512); `Infinity` never. */
  workerThreshold?: number | undefined;
}

interface SearchState {
  /** The worker, started once enough files were added, so that it boots while the caller collects more. */
  worker: BlockingWorker | null;
  /** Whether the files were handed to it (`start` found enough of them). */
  posted: boolean;
}

/*
 * The worker, as source: it needs nothing but `fs`, so it starts in a few milliseconds without
 * resolving or loading any module of the package. The files come as one string (cheap to copy),
 * each with the index of its list of needles. It answers as `worker-answer.ts` does, which it
 * cannot import.
 */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { port, signal } = workerData;
// Started before its files are known: a caller that never sends them (it failed) is not waited
// for long. Slot 0 = 2 says it is gone, so a caller that comes after all reads the files itself.
const idle = setTimeout(() => {
  Atomics.store(signal, 0, 2);
  Atomics.notify(signal, 0);
  port.close();
}, 60000);
port.once('message', ({ files, needleLists, lists }) => {
  clearTimeout(idle);
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
 * files. Files are collected with `add`; past a threshold a worker thread boots, `start` hands
 * it the files, and it reads them while the caller does other work (parsing), and
 * `finish` waits for it synchronously, so callers stay synchronous. Below the threshold `finish`
 * reads them itself. Unreadable files contain nothing.
 */
export class TextSearch {
  readonly #files: string[] = [];
  readonly #lists: number[] = [];
  readonly #needleLists: Array<readonly string[]> = [];
  readonly #listIndex = new Map<string, number>();
  readonly #threshold: number;
  readonly #state: SearchState;
  #answeredByWorker = false;

  constructor(options: TextSearchOptions = {}) {
    this.#threshold = options.workerThreshold ?? 512;
    this.#state = { worker: null, posted: false };
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
    // Enough files for a worker: it boots while the caller goes on collecting (walking the tree).
    // A small tree never starts one, which would only cost it time.
    if (this.#files.length === Math.max(1, this.#threshold) && this.#threshold !== Infinity && !this.#state.posted) {
      this.#state.worker ??= BlockingWorker.start(WORKER_SOURCE, { eval: true });
    }
  }

  /** Hands the files added so far to the worker thread when there are enough of them, else ends it. */
  start(): void {
    const state = this.#state;
    if (state.worker === null || state.posted) return;
    if (this.#files.length === 0 || this.#files.length < this.#threshold) {
      state.worker.stop();
      state.worker = null;
      return;
    }
    state.worker.post({ files: this.#files.join('\0'), needleLists: this.#needleLists, lists: this.#lists });
    state.posted = true;
  }

  /** Ends the worker without waiting (the caller gave up); `finish` would then read the files here. */
  cancel(): void {
    this.#state.worker?.stop();
    this.#state.worker = null;
  }

  /** The indexes (in `add` order) of the files that contain one of their needles. */
  finish(): number[] {
    this.start();
    const { worker } = this.#state;
    this.#state.worker = null;
    const found = worker?.wait<number[]>();
    this.#answeredByWorker = found !== undefined;
    return found ?? this.#searchHere();
  }

  /** Whether `finish` had the worker's answer (else this thread read the files). */
  get answeredByWorker(): boolean {
    return this.#answeredByWorker;
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

function readTextOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
