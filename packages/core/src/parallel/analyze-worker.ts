import { readFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { analyzeText, type ModuleResult } from '../cache/project-cache.js';
import type { AnalysisConfig } from '../detect/analyze-module.js';
import { answer, claim, endWhenIdle, progress, type BlockingWorkerData } from './worker-answer.js';

/** What `analyzeFiles` posts: the files as one string, each with the index of its facade config. */
export interface AnalyzeRequest {
  files: string;
  /** The analysis configs, one per distinct `analysisKey`. */
  facades: AnalysisConfig[];
  facadeOf: number[];
  /** Files taken at a time from the work shared with the waiting thread. */
  chunk: number;
}

/** The files this worker analysed, by index; `null` for a file that cannot be read. */
export type AnalyzeAnswer = Array<[index: number, result: ModuleResult | null]>;

const data = workerData as BlockingWorkerData;
const workArrived = endWhenIdle(data, 60_000);

data.port.once('message', ({ files, facades, facadeOf, chunk }: AnalyzeRequest) => {
  workArrived();
  const list = files.split('\0');
  const results: AnalyzeAnswer = [];
  try {
    for (let start = claim(data, chunk, list.length); start !== undefined; start = claim(data, chunk, list.length)) {
      for (let index = start; index < Math.min(start + chunk, list.length); index++) {
        results.push([index, analyzeFile(list[index] ?? '', facades[facadeOf[index] ?? 0])]);
        progress(data);
      }
    }
  } catch {
    // What was claimed and not answered is analysed by the waiting thread when asked for.
  }
  answer(data, results);
});

function analyzeFile(file: string, config: AnalysisConfig | undefined): ModuleResult | null {
  if (config === undefined) throw new Error('no facade config for a file');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  return analyzeText(file, text, config);
}
