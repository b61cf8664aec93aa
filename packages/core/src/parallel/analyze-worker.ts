import { parentPort } from 'node:worker_threads';
import { analyzeChunk, type AnalyzeChunk } from './analyze-job.js';

// The worker thread of `ParallelAnalysis`: one answer per chunk (see `analyze-job.ts`).
parentPort?.on('message', (chunk: AnalyzeChunk) => parentPort?.postMessage(analyzeChunk(chunk)));
