// @ts-check
import path from 'node:path';
import { corpusSizes, generateCorpus } from './generate-corpus.js';
import { runOnce } from './measure.js';
import { bins, eslintConfigDir } from './tools.js';

/**
 * @typedef {object} RunCounts
 * @property {number} runs measured rounds
 * @property {number} warmup rounds run first and thrown away
 * @property {(line: string) => void} log
 */

/**
 * What every scenario gets: its trees and how many times to run.
 * @typedef {object} BenchContext
 * @property {(size: 'small' | 'medium' | 'large' | 'wide', copy?: string) => import('./generate-corpus.js').CorpusManifest} corpus
 *   the tree of that size (in smoke mode always the small one), generated on first use; `copy`
 *   names a separate tree of the same shape for tools that write into it
 * @property {Array<'small' | 'medium' | 'large'>} checkSizes sizes `wf check` runs on
 * @property {RunCounts} fast counts for commands of about a second
 * @property {RunCounts} slow counts for ESLint runs (tens of seconds on the large tree): no warm-up
 *   rounds, since the trees are warm from the fast runs; `warmEslint` warms ESLint's own modules
 * @property {() => void} warmEslint the first time, runs ESLint untimed on the small tree `warmup` times
 * @property {(line: string) => void} log
 * @property {string | undefined} baseline another checkout of wfkit, built, that `compare` measures this one against
 * @property {() => Record<string, { workflowDirs: number; workflowFiles: number; otherFiles: number; totalFiles: number }>} corpora
 *   what was generated, for the report
 */

/**
 * @param {{ corpusDir: string; smoke: boolean; runs: number; slowRuns: number; warmup: number; baseline?: string | undefined; log: (line: string) => void }} options
 * @returns {BenchContext}
 */
export function createContext({ corpusDir, smoke, runs, slowRuns, warmup, baseline, log }) {
  /** @type {Map<string, import('./generate-corpus.js').CorpusManifest>} */
  const made = new Map();
  let eslintWarm = false;
  return {
    corpus(size, copy) {
      const actual = smoke ? 'small' : size;
      const name = copy === undefined ? actual : `${actual}-${copy}`;
      let manifest = made.get(name);
      if (manifest === undefined) {
        const started = performance.now();
        manifest = generateCorpus({ root: path.join(corpusDir, name), ...corpusSizes[actual] });
        log(
          `generated ${name}: ${manifest.totalFiles} files (${manifest.workflowFiles} workflow files, ${manifest.otherFiles} other) in ${Math.round(performance.now() - started)} ms`,
        );
        made.set(name, manifest);
      }
      return manifest;
    },
    checkSizes: smoke ? ['small'] : ['small', 'medium', 'large'],
    fast: { runs, warmup, log },
    slow: { runs: slowRuns, warmup: 0, log },
    warmEslint() {
      if (eslintWarm) return;
      eslintWarm = true;
      const { root } = this.corpus('small');
      for (let i = 0; i < warmup; i++) {
        const started = performance.now();
        const result = runOnce({
          args: [bins.eslint, '-c', path.join(eslintConfigDir, 'parser-only.config.js'), '.'],
          cwd: root,
        });
        if (result.exitCode !== 0) throw new Error(`ESLint failed on the small tree:\n${result.stderr}`);
        log(`warmed ESLint on the small tree in ${Math.round(performance.now() - started)} ms`);
      }
    },
    log,
    baseline,
    corpora: () =>
      Object.fromEntries(
        [...made].map(([name, m]) => [
          name,
          {
            workflowDirs: m.workflowDirs.length,
            workflowFiles: m.workflowFiles,
            otherFiles: m.otherFiles,
            totalFiles: m.totalFiles,
          },
        ]),
      ),
  };
}
