import { readFileSync } from 'node:fs';
import { analyzeText, type ModuleResult } from '../cache/project-cache.js';
import type { AnalysisConfig } from '../detect/analyze-module.js';

/*
 * The protocol between `ParallelAnalysis` and its worker, in plain messages (nothing shared):
 * the waiting side posts `AnalyzeChunk`s, a few at a time, and the worker answers each with an
 * `AnalyzeAnswer` of the same `chunk` number, in any order. The worker holds no state and never
 * needs to end itself: the other side keeps every chunk until it is answered, and parses what is
 * unanswered itself, so a worker that is late, slow, stuck or gone only takes fewer files.
 */

/** Files to analyse, each with the index of its config in `configs`. */
export interface AnalyzeChunk {
  chunk: number;
  files: string[];
  configs: AnalysisConfig[];
  configOf: number[];
}

/** One result per file of the chunk, in its order; `null` for a file that cannot be read. */
export interface AnalyzeAnswer {
  chunk: number;
  results: Array<ModuleResult | null>;
}

/** The worker's job, also run in-process by tests (a worker cannot start from TypeScript sources). */
export function analyzeChunk({ chunk, files, configs, configOf }: AnalyzeChunk): AnalyzeAnswer {
  return { chunk, results: files.map((file, index) => analyzeFile(file, configs[configOf[index] ?? -1])) };
}

function analyzeFile(file: string, config: AnalysisConfig | undefined): ModuleResult | null {
  let text: string;
  try {
    if (config === undefined) return null;
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  return analyzeText(file, text, config);
}
