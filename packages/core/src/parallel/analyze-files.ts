import type { ProjectCache } from '../cache/project-cache.js';
import type { WfkitConfig } from '../types.js';
import type { AnalyzeAnswer, AnalyzeRequest } from './analyze-worker.js';
import { BlockingWorker } from './blocking-worker.js';

export interface AnalyzeFilesOptions {
  /** Files from which on a worker thread takes part of the work (default 512); `Infinity` for none. */
  workerThreshold?: number | undefined;
}

type FileToAnalyze = { filePath: string; config: Pick<WfkitConfig, 'facade'> };

// Small enough that neither thread waits long for the other's last chunk.
const CHUNK = 16;

/**
 * Parsing and analysing many files into a one-command cache (a snapshot, `trustFor: Infinity`) on
 * this thread and a worker thread at once: parsing is most of `wf check`, and machines have more
 * than one core. Started before the files are known (`startAnalysis`), the worker loads the
 * parser while the caller scans the tree; `run` then shares the files out in chunks that each
 * thread takes as it goes, so a late or slow worker only takes fewer. Afterwards
 * `cache.readModule` finds every file. Without a worker (few files, a revalidating cache, a
 * worker that fails) files are left to `readModule` to parse when asked.
 */
export class FileAnalysis {
  readonly #threshold: number;
  #worker: BlockingWorker | null;

  private constructor(threshold: number) {
    this.#threshold = threshold;
    this.#worker = threshold === Infinity ? null : BlockingWorker.start(new URL('./analyze-worker.js', import.meta.url));
  }

  static start(options: AnalyzeFilesOptions = {}): FileAnalysis {
    return new FileAnalysis(options.workerThreshold ?? 512);
  }

  /** Ends the worker unused (the caller failed before it had files). */
  stop(): void {
    this.#worker?.stop();
    this.#worker = null;
  }

  run(files: readonly FileToAnalyze[], cache: ProjectCache): void {
    const worker = this.#worker;
    this.#worker = null;
    if (worker === null) return;
    // A revalidating cache keys each analysis on the version it read, which the worker cannot tell.
    if (!cache.isSnapshot || files.length === 0 || files.length < this.#threshold) {
      worker.stop();
      return;
    }
    const facades: Array<WfkitConfig['facade']> = [];
    const facadeOf = files.map(({ config }) => {
      const index = facades.indexOf(config.facade);
      return index === -1 ? facades.push(config.facade) - 1 : index;
    });
    const request: AnalyzeRequest = { files: files.map(({ filePath }) => filePath).join('\0'), facades, facadeOf, chunk: CHUNK };
    worker.post(request);
    for (let start = worker.claim(CHUNK); start < files.length; start = worker.claim(CHUNK)) {
      for (const { filePath, config } of files.slice(start, start + CHUNK)) cache.readModule(filePath, config);
    }
    // A worker that took nothing (still starting when the last chunk went) is not waited for.
    if (!worker.workerClaimed) {
      worker.stop();
      return;
    }
    for (const [index, result] of worker.wait<AnalyzeAnswer>() ?? []) {
      const file = files[index];
      // Unreadable: `readModule` deals with it when the file is asked for.
      if (file !== undefined && result !== null) cache.storeModule(file.filePath, file.config, result);
    }
  }
}

/** `FileAnalysis` started and run at once, for callers that have the files already. */
export function analyzeFiles(files: readonly FileToAnalyze[], cache: ProjectCache, options: AnalyzeFilesOptions = {}): void {
  FileAnalysis.start(options).run(files, cache);
}
