import type { ProjectCache } from '../cache/project-cache.js';
import { analysisKey, type AnalysisConfig } from '../detect/analyze-module.js';
import type { AnalyzeAnswer, AnalyzeRequest } from './analyze-worker.js';
import { BlockingWorker } from './blocking-worker.js';

export interface AnalyzeFilesOptions {
  /** Files from which on a worker thread takes part of the work (default 512); `Infinity` for none. */
  workerThreshold?: number | undefined;
}

type FileToAnalyze = { filePath: string; config: AnalysisConfig };

// Small enough that neither thread waits long for the other's last chunk.
const CHUNK = 16;

/**
 * Parsing and analysing many files into a one-command cache (a snapshot, `lifetime: Infinity`) on
 * this thread and a worker thread at once: parsing is most of `wf check`, and machines have more
 * than one core. Prepared as soon as enough files are known to come (`prepare`), the worker loads
 * the parser while the caller scans the rest of the tree; `run` then shares the files out in
 * chunks that each thread takes as it goes, so a late or slow worker only takes fewer. Afterwards
 * `cache.readModule` finds every file. Without a worker (few files, a revalidating cache, a
 * worker that fails) files are left to `readModule` to parse when asked.
 */
export class FileAnalysis {
  readonly #threshold: number;
  #worker: BlockingWorker | null;
  #found = 0;

  private constructor(threshold: number) {
    this.#threshold = threshold;
    this.#worker = null;
  }

  /** An analysis whose worker starts when `prepare` says there will be work for it, or at `run`. */
  static create(options: AnalyzeFilesOptions = {}): FileAnalysis {
    return new FileAnalysis(options.workerThreshold ?? 512);
  }

  /**
   * Starts the worker now, so that it loads the parser while the caller goes on (walking the
   * tree): call it once enough files are known to come. A small tree never starts one.
   */
  prepare(): void {
    if (this.#threshold !== Infinity) this.#worker ??= BlockingWorker.start(new URL('./analyze-worker.js', import.meta.url));
  }

  /** Counts a file known to come (from a scan's `onWorkflowFile`), preparing the worker once there are enough. */
  readonly fileFound = (): void => {
    if (++this.#found === this.#threshold) this.prepare();
  };

  /** Ends the worker unused (the caller failed before it had files). */
  stop(): void {
    this.#worker?.stop();
    this.#worker = null;
  }

  run(files: readonly FileToAnalyze[], cache: ProjectCache): void {
    // A revalidating cache keys each analysis on the version it read, which the worker cannot tell.
    if (!cache.isSnapshot || files.length === 0 || files.length < this.#threshold) {
      this.stop();
      return;
    }
    this.prepare();
    const worker = this.#worker;
    this.#worker = null;
    if (worker === null) return;
    const facades: AnalysisConfig[] = [];
    const keys: string[] = [];
    const facadeOf = files.map(({ config }) => {
      const key = analysisKey(config);
      const index = keys.indexOf(key);
      if (index !== -1) return index;
      keys.push(key);
      return facades.push({ facade: config.facade, workflowFactories: config.workflowFactories }) - 1;
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
  FileAnalysis.create(options).run(files, cache);
}
