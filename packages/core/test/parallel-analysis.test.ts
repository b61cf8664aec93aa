import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ProjectCache } from '../src/cache/project-cache.js';
import { checkProject, checkProjectInParallel } from '../src/check/check-project.js';
import { defaultConfig } from '../src/config/defaults.js';
import { analyzeChunk, type AnalyzeChunk } from '../src/parallel/analyze-job.js';
import {
  ParallelAnalysis,
  startWorkerThread,
  type AnalysisWorker,
  type ParallelOptions,
} from '../src/parallel/parallel-analysis.js';
import { PathNotFoundError, scanAndAnalyze, scanProject } from '../src/scan/scan-project.js';
import { writeTree } from './support/temp-tree.js';

/** A tree with every kind of file the analysis distinguishes, in two configs with different facades. */
function mixedTree(workflowFiles = 120): string {
  const files: Record<string, string> = {
    'package.json': '{}',
    'src/other/wfkit.config.json': '{ "facade": { "workflowModule": "#other-facade" } }',
    'src/other/workflows/index.ts': "export { StartOther } from './start.js';\n",
    'src/other/workflows/start.ts':
      "import { Temporal } from '#other-facade';\nexport async function StartOther() { return Temporal; }\n",
    'src/billing/stray.ts':
      "import { proxyActivities } from '@temporalio/workflow';\nexport async function Stray() { proxyActivities({}); }\n",
  };
  for (let index = 0; index < workflowFiles; index++) {
    const word = `${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}`;
    const name = `Charge${word[0]!.toUpperCase()}${word.slice(1)}Invoice`;
    const file = `src/billing/workflows/charge-${word}-invoice.ts`;
    files[file] =
      index % 6 === 0
        ? `export default async function ${name}() {}\n`
        : index % 6 === 1
          ? `export async function ${name}( {\n` // does not parse
          : index % 6 === 2
            ? `import { proxyActivities } from '@temporalio/workflow';\nexport async function ${name}() { proxyActivities({}); }\nexport interface ${name}Input { id: string }\n`
            : `// ünïcödé ✓\nexport const ${name} = async (): Promise<void> => {};\n`;
  }
  files['src/billing/workflows/index.ts'] = "export { ChargeCaInvoice } from './charge-ca-invoice.js';\n";
  return writeTree(files);
}

/** A snapshot cache that records which files a worker's answers were stored for (barrels are stored by their check). */
function recordingCache(stored: string[]): ProjectCache {
  const cache = new ProjectCache({ lifetime: Infinity });
  const store = cache.storeModule.bind(cache);
  cache.storeModule = (...args) => {
    if (path.basename(args[0]) !== 'index.ts') stored.push(args[0]);
    store(...args);
  };
  return cache;
}

/**
 * A stand-in for the worker thread, in this process: it runs the worker's own job (`analyzeChunk`)
 * on each chunk a turn later, as a thread would answer, unless `behave` answers otherwise.
 */
function standIn(behave: (chunk: AnalyzeChunk, index: number, gone: () => void) => unknown = analyzeChunk) {
  const log = { started: 0, posted: 0, postedAfterGone: 0, stopped: 0 };
  const start = (): AnalysisWorker => {
    log.started++;
    let answer = (_message: unknown): void => {};
    let gone = (): void => {};
    let isGone = false;
    return {
      post: (chunk) => {
        if (isGone) log.postedAfterGone++;
        const index = log.posted++;
        setImmediate(() => {
          const message = behave(chunk, index, () => {
            isGone = true;
            gone();
          });
          if (message !== undefined && !isGone) answer(message);
        });
      },
      listen: (onAnswer, onGone) => {
        answer = onAnswer;
        gone = onGone;
      },
      stop: () => void log.stopped++,
    };
  };
  return { log, start };
}

/** Every file's analysis in `cache` is the one a single thread makes. */
function expectSameAnalyses(cache: ProjectCache, root: string): void {
  const here = new ProjectCache({ lifetime: Infinity });
  for (const { filePath, config } of scanProject([root]).files)
    expect(cache.readModule(filePath, config), filePath).toEqual(here.readModule(filePath, config));
}

/** `checkProjectInParallel` with a worker from `startWorker` for any number of files, and the report it must equal. */
async function checkWith(startWorker: ParallelOptions['startWorker'], stored: string[] = []) {
  const root = mixedTree();
  const cache = recordingCache(stored);
  const report = await checkProjectInParallel([root], { cache, parallel: { workerThreshold: 0, startWorker } });
  expectSameAnalyses(cache, root);
  return { root, report, expected: checkProject([root]) };
}

describe('ParallelAnalysis', () => {
  it('hands chunks to the worker and stores its answers, which equal the analyses made here', async () => {
    const worker = standIn();
    const stored: string[] = [];
    const { report, expected } = await checkWith(worker.start, stored);
    expect(worker.log).toMatchObject({ started: 1, stopped: 1 });
    // Both threads took part (121 workflow files), and the worker's answers are stored each once.
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThan(121);
    expect(new Set(stored).size).toBe(stored.length);
    expect(report).toEqual(expected);
    // The tree has something to report of each kind, so the comparison is not of empty reports.
    expect(expected.files.filter((file) => file.parseError !== undefined)).toHaveLength(20);
    expect(new Set(expected.files.flatMap((file) => file.findings.map((finding) => finding.ruleId)))).toEqual(
      new Set([
        'no-default-export',
        'barrel-exports-all',
        'use-facade',
        'workflows-in-workflows-dir',
        'filename-matches-workflow',
      ]),
    );
  });

  it('parses everything here when the worker file is missing (as when the core runs from its sources)', async () => {
    expect(startWorkerThread(pathToFileURL(path.join(writeTree({}), 'analyze-worker.js')))).toBeNull();
    // From these sources the default worker file is `analyze-worker.js` beside a `.ts`: not there.
    expect(existsSync(fileURLToPath(new URL('../src/parallel/analyze-worker.js', import.meta.url)))).toBe(false);
    const stored: string[] = [];
    const { report, expected } = await checkWith(undefined, stored);
    expect(stored).toEqual([]);
    expect(report).toEqual(expected);
  });

  it('parses everything here when the worker fails to start', async () => {
    const stored: string[] = [];
    const { report, expected } = await checkWith(() => {
      throw new Error('no threads here');
    }, stored);
    expect(stored).toEqual([]);
    expect(report).toEqual(expected);
  });

  it('parses here what a worker thread that failed as it started was given', async () => {
    const broken = pathToFileURL(
      path.join(writeTree({ 'broken-worker.mjs': "throw new Error('broken');\n" }), 'broken-worker.mjs'),
    );
    const stored: string[] = [];
    const { report, expected } = await checkWith(() => startWorkerThread(broken), stored);
    expect(stored).toEqual([]);
    expect(report).toEqual(expected);
  });

  it('takes a worker thread that failed before it was given work for no uncaught error', async () => {
    const broken = pathToFileURL(
      path.join(writeTree({ 'broken-worker.mjs': "throw new Error('broken');\n" }), 'broken-worker.mjs'),
    );
    const worker = startWorkerThread(broken);
    // As when it fails during the walk, before `run` listens (vitest fails the run on an uncaught
    // error); a later failure is the case above.
    await worker!.exited;
    const { report, expected } = await checkWith(() => worker);
    expect(report).toEqual(expected);
  });

  it('tells once that a worker thread is gone, whether it failed or ended', async () => {
    const root = writeTree({
      'failing-worker.mjs': "throw new Error('broken');\n",
      'ending-worker.mjs': 'process.exit(0);\n',
    });
    for (const name of ['failing-worker.mjs', 'ending-worker.mjs']) {
      const worker = startWorkerThread(pathToFileURL(path.join(root, name)))!;
      let gone = 0;
      worker.listen(
        () => {},
        () => gone++,
      );
      await worker.exited;
      expect(gone, name).toBe(1);
    }
  });

  it('parses here what a worker that crashed was given, and gives it nothing more', async () => {
    const stored: string[] = [];
    // It answers its first chunk, then fails on the second (of the four it is given at first).
    const worker = standIn((chunk, index, gone) => (index === 0 ? analyzeChunk(chunk) : gone()));
    const { report, expected } = await checkWith(worker.start, stored);
    expect(worker.log).toMatchObject({ started: 1, posted: 4, postedAfterGone: 0, stopped: 1 });
    expect(stored).toHaveLength(16);
    expect(report).toEqual(expected);
  });

  it('does not wait for a worker that never answers (stuck, or still starting)', async () => {
    const stored: string[] = [];
    const worker = standIn(() => undefined);
    const { report, expected } = await checkWith(worker.start, stored);
    // It was given its first four chunks and no more, and ended when this thread had parsed the rest.
    expect(worker.log).toMatchObject({ started: 1, posted: 4, stopped: 1 });
    expect(stored).toEqual([]);
    expect(report).toEqual(expected);
  });

  it('ignores answers that are not the answer to a chunk the worker holds', async () => {
    const stored: string[] = [];
    const wrong = [
      (chunk: AnalyzeChunk) => ({ ...analyzeChunk(chunk), chunk: chunk.chunk + 100 }),
      (chunk: AnalyzeChunk) => ({ chunk: chunk.chunk, results: analyzeChunk(chunk).results.slice(1) }),
      () => 'not an answer',
      () => null,
    ];
    const worker = standIn((chunk, index) => wrong[index % wrong.length]!(chunk));
    const { report, expected } = await checkWith(worker.start, stored);
    expect(worker.log.posted).toBe(wrong.length);
    expect(stored).toEqual([]);
    expect(report).toEqual(expected);
  });

  it('ends a worker started during a scan that then failed, unused', async () => {
    const root = mixedTree();
    const worker = standIn();
    // The first path's files start the worker; the second path does not exist.
    const scanning = scanAndAnalyze([root, path.join(root, 'missing')], {
      cache: new ProjectCache({ lifetime: Infinity }),
      parallel: { workerThreshold: 1, startWorker: worker.start },
    });
    await expect(scanning).rejects.toThrow(PathNotFoundError);
    expect(worker.log).toEqual({ started: 1, posted: 0, postedAfterGone: 0, stopped: 1 });
  });

  it('ends every worker it started, when a revalidating cache or barrels leave it unused', async () => {
    const root = writeTree({
      'package.json': '{}',
      'workflows/a.ts':
        "import { sleep } from '@temporalio/workflow';\nexport async function A() { await sleep(1); }\n",
      'workflows/b.ts': 'export async function B() {}\n',
      'workflows/index.ts': "export { A } from './a.js';\nexport { B } from './b.js';\n",
    });
    for (const [cache, workerThreshold] of [
      [new ProjectCache(), 1],
      [new ProjectCache({ lifetime: Infinity }), 3],
    ] as const) {
      const worker = standIn();
      const report = await checkProjectInParallel([root], {
        cache,
        parallel: { workerThreshold, startWorker: worker.start },
      });
      expect(report).toEqual(checkProject([root]));
      expect(report.files).toHaveLength(3);
      expect(worker.log.stopped).toBe(worker.log.started);
    }
    const worker = standIn();
    await scanAndAnalyze([root], {
      cache: new ProjectCache(),
      parallel: { workerThreshold: 1, startWorker: worker.start },
    });
    expect(worker.log.stopped).toBe(worker.log.started);
  });

  it('ends a worker that the files found started when it is given fewer files to run', async () => {
    const root = writeTree({ 'workflows/a.ts': 'export async function A() {}\n' });
    const file = { filePath: path.join(root, 'workflows/a.ts'), config: defaultConfig };
    const role = { kind: 'workflow', workflowsDir: path.join(root, 'workflows') } as const;
    const worker = standIn();
    const analysis = new ParallelAnalysis({ workerThreshold: 2, startWorker: worker.start });
    analysis.fileFound({ role });
    analysis.fileFound({ role });
    await analysis.run([file], new ProjectCache({ lifetime: Infinity }));
    expect(worker.log).toMatchObject({ started: 1, posted: 0, stopped: 1 });
  });

  it('gives the worker only files the snapshot has not read, and keeps the analyses and texts it has', async () => {
    const root = mixedTree(40);
    const cache = new ProjectCache({ lifetime: Infinity });
    const files = scanProject([root]).files.filter((file) => file.role.kind === 'workflow');
    const first = files.map(({ filePath, config }) => cache.readModule(filePath, config));
    // A file changed since the snapshot read it: the worker reads the new text.
    const changed = files[1]!.filePath;
    const firstText = cache.readText(changed);
    writeFileSync(changed, 'export async function Changed() {}\n');
    const unread = path.join(root, 'src/billing/workflows/unread.ts');
    writeFileSync(unread, 'export async function Unread() {}\n');
    const given: string[] = [];
    const worker = standIn((chunk) => (given.push(...chunk.files), analyzeChunk(chunk)));
    const analysis = new ParallelAnalysis({ workerThreshold: 0, startWorker: worker.start });
    await analysis.run([...files, { filePath: unread, config: files[0]!.config }], cache);
    // Only the file it had not read is parsed, by the worker.
    expect(given).toEqual([unread]);
    for (const [index, { filePath, config }] of files.entries())
      expect(cache.readModule(filePath, config), filePath).toBe(first[index]);
    expect(cache.readText(changed)).toBe(firstText);
  });

  it('starts no worker for fewer files than its threshold, nor for a revalidating cache', async () => {
    const root = writeTree({ 'workflows/a.ts': 'export async function A() {}\n' });
    const file = { filePath: path.join(root, 'workflows/a.ts'), config: defaultConfig };
    for (const [cache, workerThreshold] of [
      [new ProjectCache(), 0],
      [new ProjectCache({ lifetime: Infinity }), 2],
    ] as const) {
      const worker = standIn();
      await new ParallelAnalysis({ workerThreshold, startWorker: worker.start }).run([file], cache);
      expect(worker.log.started).toBe(0);
    }
  });
});

describe('the built worker thread', () => {
  // A worker runs only from the built package (Node 20 cannot start one from these sources): what
  // ships must start it and answer as the job run here does, or the CLI would quietly parse on one thread.
  it('answers a chunk with what the job answers in this process', async () => {
    const built = (await import('../dist/parallel/parallel-analysis.js')) as {
      startWorkerThread: typeof startWorkerThread;
    };
    const root = mixedTree(6);
    const files = scanProject([root]).files;
    const chunk: AnalyzeChunk = {
      chunk: 7,
      files: [...files.map(({ filePath }) => filePath), path.join(root, 'missing.ts')],
      configs: [defaultConfig],
      configOf: [...files, root].map(() => 0),
    };
    const worker = built.startWorkerThread();
    expect(worker).not.toBeNull();
    const answered = new Promise((resolve, reject) =>
      worker!.listen(resolve, () => reject(new Error('the worker ended without answering'))),
    );
    worker!.post(chunk);
    try {
      expect(await answered).toEqual(analyzeChunk(chunk));
    } finally {
      worker!.stop();
    }
  });

  it('does not keep the process alive: one that started it and never stopped it ends', () => {
    const module = pathToFileURL(fileURLToPath(new URL('../dist/parallel/parallel-analysis.js', import.meta.url)));
    const script = `import(${JSON.stringify(module.href)}).then(({ startWorkerThread }) => {
      if (startWorkerThread() === null) process.exit(2);
      console.log('started');
    });`;
    // Generous: the process is killed only if it would otherwise never end.
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(child.signal).toBeNull();
    expect(child.status).toBe(0);
    expect(child.stdout).toBe('started\n');
  }, 60_000);
});
