import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ProjectCache } from '../cache/project-cache.js';
import { analysisKey, type AnalysisConfig } from '../detect/analyze-module.js';
import type { FileRole } from '../scan/classify-file.js';
import type { AnalyzeAnswer, AnalyzeChunk } from './analyze-job.js';

/** The other side of the protocol in `analyze-job.ts`: a worker thread, or a stand-in in tests. */
export interface AnalysisWorker {
  post(chunk: AnalyzeChunk): void;
  /** `onAnswer` for every message; `onGone` once when it fails or exits. */
  listen(onAnswer: (message: unknown) => void, onGone: () => void): void;
  /** Ends it; its unanswered chunks are parsed on the calling thread. */
  stop(): void;
}

/** Starts the worker: `null` (or a throw) when it cannot start, and the work is then all done here. */
export type StartWorker = () => AnalysisWorker | null;

export interface ParallelOptions {
  /** Files from which on a worker takes part of the work (default 512); `Infinity` for none. */
  workerThreshold?: number | undefined;
  /** The one way a worker is made (tests pass stand-ins that fail, stall or run the job in-process). */
  startWorker?: StartWorker | undefined;
}

type FileToAnalyze = { filePath: string; config: AnalysisConfig };

// Small enough that neither thread waits long for the other's last chunk.
const CHUNK = 16;
// Chunks the worker holds at a time: enough that it never waits for this thread to hand it more.
const IN_FLIGHT = 4;

const WORKER_FILE = new URL('./analyze-worker.js', import.meta.url);

/** A worker thread, and when it has ended (for tests, which wait for it rather than for a time). */
export interface WorkerThread extends AnalysisWorker {
  readonly exited: Promise<void>;
}

/**
 * The worker thread of `analyze-worker.js`; `null` when the file is not there (the core runs from
 * its TypeScript sources, as in its tests) or the thread cannot start.
 */
export function startWorkerThread(file: URL = WORKER_FILE): WorkerThread | null {
  if (!existsSync(fileURLToPath(file))) return null;
  let worker: Worker;
  try {
    worker = new Worker(file);
  } catch {
    return null;
  }
  // Never keeps the process alive: nothing ever waits for it (see `run`). A failure before `run`
  // listens is no uncaught error.
  worker.unref();
  worker.on('error', () => {});
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    exited,
    post: (chunk) => worker.postMessage(chunk),
    listen: (onAnswer, onGone) => {
      worker.on('message', onAnswer);
      // A thread that fails emits `error`, then `exit`: `onGone` is called for the first.
      let isGone = false;
      const gone = (): void => {
        if (!isGone) onGone();
        isGone = true;
      };
      worker.once('error', gone);
      worker.once('exit', gone);
    },
    stop: () => void worker.terminate(),
  };
}

/**
 * Parsing and analysing many files into a one-command cache (a snapshot, `lifetime: Infinity`) on
 * this thread and a worker thread at once: parsing is most of `wf check`, and machines have more
 * than one core. Prepared as soon as enough files are known to come (`fileFound`), the worker
 * loads the parser while the caller walks the rest of the tree. `run` then parses chunk after
 * chunk here, handing the worker the next chunks as it answers, and at the end takes back the
 * chunks it still holds, the last first: this thread never waits for the worker, so one that is
 * late, stuck or gone only takes fewer files. Without a worker (few files, a revalidating cache,
 * a worker that cannot start) every file is left to `cache.readModule`, which parses it when asked.
 */
export class ParallelAnalysis {
  readonly #threshold: number;
  readonly #startWorker: StartWorker;
  #worker: AnalysisWorker | null | undefined;
  #found = 0;

  constructor(options: ParallelOptions = {}) {
    this.#threshold = options.workerThreshold ?? 512;
    this.#startWorker = options.startWorker ?? startWorkerThread;
  }

  /**
   * Counts a file known to come (from a scan's `onWorkflowFile`), starting the worker once there
   * are enough. Barrels do not count: `run` is not given them (their check parses them).
   */
  readonly fileFound = (file: { role: FileRole }): void => {
    if (file.role.kind !== 'barrel' && ++this.#found === this.#threshold) this.#start();
  };

  /** Ends the worker unused (the caller failed before it had files). */
  stop(): void {
    this.#worker?.stop();
    this.#worker = null;
  }

  /** Analyses `files` into `cache`, part of them on the worker; resolves when this thread has none left. */
  async run(found: readonly FileToAnalyze[], cache: ProjectCache): Promise<void> {
    // What the scan parsed already (to tell a workflows directory) is no one's work.
    const files = found.filter(({ filePath, config }) => !cache.hasModule(filePath, config));
    // A revalidating cache keys each analysis on the version it read, which the worker cannot tell.
    const worker = cache.isSnapshot && files.length > 0 && files.length >= this.#threshold ? this.#start() : null;
    if (worker === null) {
      // One `fileFound` started may be left unused.
      this.stop();
      return;
    }
    this.#worker = null;
    const chunks: FileToAnalyze[][] = [];
    for (let start = 0; start < files.length; start += CHUNK) chunks.push(files.slice(start, start + CHUNK));
    const given = new Map<number, FileToAnalyze[]>();
    let next = 0;
    let gone = false;
    worker.listen(
      (message) => {
        // Anything else than the answer to a chunk it holds is ignored: that chunk is parsed here.
        if (typeof message !== 'object' || message === null) return;
        const { chunk, results } = message as AnalyzeAnswer;
        const sent = given.get(chunk);
        if (sent === undefined || !Array.isArray(results) || results.length !== sent.length) return;
        given.delete(chunk);
        for (const [index, { filePath, config }] of sent.entries()) {
          const result = results[index];
          // Unreadable: `readModule` deals with it when the file is asked for.
          if (result !== null && result !== undefined) cache.storeModule(filePath, config, result);
        }
      },
      () => void (gone = true),
    );
    const feed = (): void => {
      for (let sent = chunks[next]; !gone && given.size < IN_FLIGHT && sent !== undefined; sent = chunks[next]) {
        given.set(next, sent);
        worker.post(chunkMessage(next++, sent));
      }
    };
    const parseHere = async (chunk: readonly FileToAnalyze[]): Promise<void> => {
      for (const { filePath, config } of chunk) cache.readModule(filePath, config);
      // Lets the worker's answers in.
      await new Promise<void>((resolve) => setImmediate(resolve));
    };
    try {
      feed();
      for (let chunk = chunks[next]; chunk !== undefined; chunk = chunks[next]) {
        next++;
        await parseHere(chunk);
        feed();
      }
      // Then the chunks the worker holds, the last given first, while it answers the first ones.
      for (let held = [...given].pop(); held !== undefined; held = [...given].pop()) {
        given.delete(held[0]);
        await parseHere(held[1]);
      }
    } finally {
      worker.stop();
    }
  }

  #start(): AnalysisWorker | null {
    if (this.#worker === undefined && this.#threshold !== Infinity) {
      try {
        this.#worker = this.#startWorker();
      } catch {
        this.#worker = null;
      }
    }
    return this.#worker ?? null;
  }
}

function chunkMessage(chunk: number, files: readonly FileToAnalyze[]): AnalyzeChunk {
  const configs: AnalysisConfig[] = [];
  const keys: string[] = [];
  const configOf = files.map(({ config }) => {
    const key = analysisKey(config);
    const index = keys.indexOf(key);
    if (index !== -1) return index;
    keys.push(key);
    return configs.push({ facade: config.facade, workflowFactories: config.workflowFactories }) - 1;
  });
  return { chunk, files: files.map(({ filePath }) => filePath), configs, configOf };
}
