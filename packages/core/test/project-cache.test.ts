import { mkdirSync, utimesSync, writeFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem, type CacheFileSystem } from '../src/cache/file-system.js';
import { ProjectCache } from '../src/cache/project-cache.js';
import { defaultConfig } from '../src/config/defaults.js';
import { resolveImportExtension } from '../src/config/import-extension.js';
import { findUp, loadConfig } from '../src/config/load-config.js';
import { contextWords } from '../src/naming/context-words.js';
import { listWorkflowFiles, readWorkflowDirectory } from '../src/scan/read-workflow-directory.js';
import { holdsWorkflowCode } from '../src/scan/sandbox-directory.js';
import { projectWorkers } from '../src/workers/project-workers.js';
import { writeTree } from './support/temp-tree.js';

/** Node's file system, counting the stats, directory reads and file reads of each path. */
function countingFileSystem(): CacheFileSystem & {
  stats: Map<string, number>;
  listings: Map<string, number>;
  texts: Map<string, number>;
} {
  const stats = new Map<string, number>();
  const listings = new Map<string, number>();
  const texts = new Map<string, number>();
  const count = (counts: Map<string, number>, target: string) => counts.set(target, (counts.get(target) ?? 0) + 1);
  return {
    stats,
    listings,
    texts,
    stat: (target) => (count(stats, target), nodeFileSystem.stat(target)),
    readDirectory: (dir) => (count(listings, dir), nodeFileSystem.readDirectory(dir)),
    readText: (file) => (count(texts, file), nodeFileSystem.readText(file)),
  };
}

const later = (file: string, seconds: number) => utimesSync(file, new Date(), new Date(Date.now() + seconds * 1000));

describe('ProjectCache', () => {
  it('parses a file once while it is unchanged, and again after it changes', () => {
    const root = writeTree({ 'a.ts': 'export async function A() {}\n' });
    const file = path.join(root, 'a.ts');
    const cache = new ProjectCache({ lifetime: 0 });
    const first = cache.readModule(file, defaultConfig);
    expect(cache.readModule(file, defaultConfig)).toBe(first);
    writeFileSync(file, 'export async function B() {}\n');
    later(file, 5);
    const second = cache.readModule(file, defaultConfig);
    expect(second).not.toBe(first);
    expect(second && 'info' in second ? second.info.workflows.map((workflow) => workflow.name) : []).toEqual(['B']);
  });

  it('sees files added to and removed from a directory', () => {
    const root = writeTree({ 'a.ts': '' });
    const cache = new ProjectCache({ lifetime: 0 });
    expect(cache.listDirectory(root).map((entry) => entry.name)).toEqual(['a.ts']);
    writeFileSync(path.join(root, 'b.ts'), '');
    later(root, 5);
    expect(cache.listDirectory(root).map((entry) => entry.name)).toEqual(['a.ts', 'b.ts']);
    unlinkSync(path.join(root, 'a.ts'));
    later(root, 10);
    expect(cache.fileExists(path.join(root, 'a.ts'))).toBe(false);
    expect(cache.readModule(path.join(root, 'a.ts'), defaultConfig)).toBeUndefined();
  });

  it('keeps analyses for different facade modules apart', () => {
    const root = writeTree({
      'a.ts': "import { Temporal } from '#facade';\nexport async function A() { return Temporal; }\n",
    });
    const cache = new ProjectCache();
    const file = path.join(root, 'a.ts');
    const withFacade = cache.readModule(file, { facade: { ...defaultConfig.facade, workflowModule: '#facade' } });
    const without = cache.readModule(file, defaultConfig);
    expect(withFacade && 'info' in withFacade && withFacade.info.importsWorkflowRuntime).toBe(true);
    expect(without && 'info' in without && without.info.importsWorkflowRuntime).toBe(false);
  });

  it('serves an unchanged directory listing from memory', () => {
    const root = writeTree({ 'a.ts': '' });
    const cache = new ProjectCache();
    expect(cache.listDirectory(root)).toBe(cache.listDirectory(root));
  });

  it('keeps the first read of everything as a snapshot (one command, one state of the tree)', () => {
    const root = writeTree({ 'a.ts': 'export async function A() {}\n' });
    const file = path.join(root, 'a.ts');
    const snapshot = new ProjectCache({ lifetime: Infinity });
    const live = new ProjectCache({ lifetime: 0 });
    for (const cache of [snapshot, live]) {
      cache.readModule(file, defaultConfig);
      cache.listDirectory(root);
    }
    writeFileSync(file, 'export async function B() {}\n');
    later(file, 5);
    writeFileSync(path.join(root, 'b.ts'), '');
    later(root, 5);
    const names = (cache: ProjectCache) => {
      const module = cache.readModule(file, defaultConfig);
      return module && 'info' in module ? module.info.workflows.map((workflow) => workflow.name) : [];
    };
    expect(names(snapshot)).toEqual(['A']);
    expect(snapshot.readText(file)).toBe('export async function A() {}\n');
    expect(snapshot.listDirectory(root).map((entry) => entry.name)).toEqual(['a.ts']);
    expect(names(live)).toEqual(['B']);
    expect(live.listDirectory(root).map((entry) => entry.name)).toEqual(['a.ts', 'b.ts']);
    // What it never read, it reads now.
    expect(snapshot.readText(path.join(root, 'b.ts'))).toBe('');
    expect(snapshot.readText(path.join(root, 'missing.ts'))).toBeUndefined();
  });

  it('serves an answer for its lifetime, then sees a change made within it', () => {
    const clock = { now: 0 };
    const root = writeTree({ 'a.ts': 'export async function A() {}\n' });
    const file = path.join(root, 'a.ts');
    const cache = new ProjectCache({ lifetime: 1_000, now: () => clock.now });
    const names = () => {
      const module = cache.readModule(file, defaultConfig);
      return module && 'info' in module ? module.info.workflows.map((workflow) => workflow.name) : [];
    };
    expect(names()).toEqual(['A']);
    expect(cache.listDirectory(root).map((entry) => entry.name)).toEqual(['a.ts']);
    writeFileSync(file, 'export async function B() {}\n');
    later(file, 5);
    writeFileSync(path.join(root, 'b.ts'), '');
    later(root, 5);
    clock.now = 999;
    expect(names()).toEqual(['A']);
    expect(cache.listDirectory(root).map((entry) => entry.name)).toEqual(['a.ts']);
    clock.now = 1_000;
    expect(names()).toEqual(['B']);
    expect(cache.listDirectory(root).map((entry) => entry.name)).toEqual(['a.ts', 'b.ts']);
  });

  it('sees a workflows directory created after its files were asked for while it was missing', () => {
    const clock = { now: 0 };
    const root = writeTree({ 'package.json': '{}' });
    const dir = path.join(root, 'src/workflows');
    const config = { ...defaultConfig, rootDir: root, configFile: undefined };
    const cache = new ProjectCache({ lifetime: 1_000, now: () => clock.now });
    const files = () => readWorkflowDirectory(dir, config, cache).files.map((file) => file.relativePath);
    expect(listWorkflowFiles(dir, config, cache)).toEqual([]);
    expect(files()).toEqual([]);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.ts'), 'export async function A() {}\n');
    clock.now = 60_000;
    expect(listWorkflowFiles(dir, config, cache)).toEqual([path.join(dir, 'a.ts')]);
    expect(files()).toEqual(['a.ts']);
  });

  it('works out again, after the lifetime, an answer that read nothing through the cache', () => {
    const clock = { now: 0 };
    const cache = new ProjectCache({ lifetime: 1_000, now: () => clock.now });
    let computed = 0;
    const answer = () => cache.remember('contextWords', 'read past the cache', () => ++computed);
    expect(answer()).toBe(1);
    clock.now = 999;
    expect(answer()).toBe(1);
    clock.now = 1_000;
    expect(answer()).toBe(2);
  });

  it('keeps an answer whose reads are unchanged after the lifetime, stat-ing them again without reading', () => {
    const clock = { now: 0 };
    const root = writeTree({ 'a.ts': 'export async function A() {}\n' });
    const file = path.join(root, 'a.ts');
    const files = countingFileSystem();
    const cache = new ProjectCache({ lifetime: 1_000, now: () => clock.now, fileSystem: files });
    const first = cache.readModule(file, defaultConfig);
    expect([files.stats.get(file), files.texts.get(file)]).toEqual([1, 1]);
    clock.now = 500;
    expect(cache.readModule(file, defaultConfig)).toBe(first);
    expect([files.stats.get(file), files.texts.get(file)]).toEqual([1, 1]);
    clock.now = 1_500;
    expect(cache.readModule(file, defaultConfig)).toBe(first);
    expect([files.stats.get(file), files.texts.get(file)]).toEqual([2, 1]);
  });

  it('checks every use with lifetime 0', () => {
    const root = writeTree({ 'a.ts': 'one' });
    const file = path.join(root, 'a.ts');
    const cache = new ProjectCache({ lifetime: 0, now: () => 0 });
    expect(cache.readText(file)).toBe('one');
    writeFileSync(file, 'three');
    expect(cache.readText(file)).toBe('three');
  });

  it('in a snapshot, stats and lists nothing twice, and reads what it parses once', () => {
    const root = writeTree({
      'package.json': '{ "type": "module" }',
      'wfkit.config.json': '{}',
      'tsconfig.json': '{ "compilerOptions": { "moduleResolution": "nodenext" } }',
      'worker.ts':
        "import { Worker } from '@temporalio/worker';\nawait Worker.create({ workflowsPath: new URL('./workflows/index.js', import.meta.url).pathname });\n",
      'workflows/index.ts': "export { approveOrder } from './approve-order.js';\n",
      'workflows/approve-order.ts':
        "import { sleep } from '@temporalio/workflow';\nexport async function approveOrder() { await sleep(1); }\n",
    });
    const files = countingFileSystem();
    const cache = new ProjectCache({ lifetime: Infinity, now: () => Date.now(), fileSystem: files });
    const workflows = path.join(root, 'workflows');
    for (let round = 0; round < 2; round += 1) {
      const config = loadConfig(path.join(workflows, 'approve-order.ts'), undefined, cache);
      expect(config.rootDir).toBe(root);
      findUp(workflows, 'package.json', false, cache);
      resolveImportExtension({ importExtension: 'auto' }, workflows, cache);
      contextWords(workflows, config, cache);
      expect(holdsWorkflowCode(workflows, config, cache)).toBe(true);
      expect(
        projectWorkers(config, cache)
          .workflows()
          .map(({ name }) => name),
      ).toEqual(['approveOrder']);
      cache.readModule(path.join(workflows, 'approve-order.ts'), config);
      cache.fileExists(path.join(workflows, 'index.ts'));
    }
    expect(files.stats.size).toBeGreaterThan(5);
    expect([...files.stats].filter(([, count]) => count > 1)).toEqual([]);
    // The walk for workers reads every module for a word or two and keeps only the texts it will
    // parse; the barrel, parsed later for the workers' bundle, is read again.
    expect([...files.texts].filter(([, count]) => count > 1)).toEqual([[path.join(workflows, 'index.ts'), 2]]);
    expect([...files.listings].filter(([, count]) => count > 1)).toEqual([]);
  });

  it('forgets everything on clear', () => {
    const root = writeTree({
      'package.json': '{}',
      'wfkit.config.json': '{ "barrelFile": "all.ts" }',
      'workflows/a.ts': 'export async function A() {}\n',
    });
    const files = countingFileSystem();
    const cache = new ProjectCache({ lifetime: Infinity, fileSystem: files });
    const file = path.join(root, 'workflows/a.ts');
    const config = loadConfig(file, undefined, cache);
    const module = cache.readModule(file, config);
    const words = contextWords(path.join(root, 'workflows'), config, cache);
    projectWorkers(config, cache);
    writeFileSync(path.join(root, 'wfkit.config.json'), '{ "barrelFile": "every.ts" }');
    writeFileSync(file, 'export async function B() {}\n');
    expect(loadConfig(file, undefined, cache)).toBe(config);
    const counts = () => [files.stats.get(file), files.texts.get(file), files.listings.get(root)];
    const before = counts();
    cache.clear();
    const reloaded = loadConfig(file, undefined, cache);
    expect(reloaded.barrelFile).toBe('every.ts');
    expect(cache.readModule(file, reloaded)).not.toBe(module);
    expect(contextWords(path.join(root, 'workflows'), reloaded, cache)).not.toBe(words);
    projectWorkers(reloaded, cache);
    expect(counts()).toEqual(before.map((count) => (count ?? 0) + 1));
  });

  it('works out again, after the lifetime, an answer that read something without a version', () => {
    const clock = { now: 0 };
    const root = writeTree({
      'base.json': '{ "compilerOptions": { "moduleResolution": "bundler" } }',
      'tsconfig.json': '{ "extends": "./base.json" }',
    });
    const cache = new ProjectCache({ lifetime: 1_000, now: () => clock.now });
    const auto = { importExtension: 'auto' } as const;
    expect(resolveImportExtension(auto, root, cache)).toBe('');
    // Only the extended file changes: its version is nowhere in the cache.
    writeFileSync(path.join(root, 'base.json'), '{ "compilerOptions": { "moduleResolution": "nodenext" } }');
    clock.now = 999;
    expect(resolveImportExtension(auto, root, cache)).toBe('');
    clock.now = 1_000;
    expect(resolveImportExtension(auto, root, cache)).toBe('.js');
  });

  it("sees a worker added under the root once the lifetime has passed, and keeps the workers' model while nothing moved", () => {
    const clock = { now: 0 };
    const root = writeTree({
      'package.json': '{}',
      'wfkit.config.json': '{}',
      'workflows/approve-order.ts':
        "import { sleep } from '@temporalio/workflow';\nexport async function approveOrder() { await sleep(1); }\n",
    });
    const cache = new ProjectCache({ lifetime: 1_000, now: () => clock.now });
    const config = loadConfig(root, undefined, cache);
    const first = projectWorkers(config, cache);
    expect(first.workers).toEqual([]);
    clock.now = 1_500;
    // The files it read are stat-ed again, found unchanged: the same model.
    expect(projectWorkers(config, cache)).toBe(first);
    // An analysis of the same text handed in again (as the ESLint rules do) leaves it current.
    const file = path.join(root, 'workflows/approve-order.ts');
    expect(cache.storeModuleIfCurrent(file, config, cache.readModule(file, config)!)).toBe(true);
    clock.now = 2_500;
    expect(projectWorkers(config, cache)).toBe(first);
    writeFileSync(
      path.join(root, 'worker.ts'),
      "await Worker.create({ workflowsPath: require.resolve('./workflows') });\n",
    );
    clock.now = 2_999;
    expect(projectWorkers(config, cache).workers).toEqual([]);
    clock.now = 3_000;
    expect(projectWorkers(config, cache).workers.map((worker) => worker.workerFile)).toEqual([
      path.join(root, 'worker.ts'),
    ]);
  });

  it('keeps nothing from an answer that threw', () => {
    const root = writeTree({ 'wfkit.config.json': '{ "barrelFile": 1 }' });
    const cache = new ProjectCache({ lifetime: 1_000, now: () => 0 });
    expect(() => loadConfig(root, undefined, cache)).toThrow('"barrelFile"');
    writeFileSync(path.join(root, 'wfkit.config.json'), '{ "barrelFile": "all.ts" }');
    later(path.join(root, 'wfkit.config.json'), 5);
    // Within the lifetime, yet worked out again: the failure was not kept.
    expect(cache.remember('configFile', path.join(root, 'wfkit.config.json'), () => 'kept')).toBe('kept');
    cache.clear();
    expect(loadConfig(root, undefined, cache).barrelFile).toBe('all.ts');
  });

  it('refuses a lifetime that is not a number of milliseconds', () => {
    expect(() => new ProjectCache({ lifetime: -1 })).toThrow(
      'A cache lifetime is a number of milliseconds, 0 or more (or Infinity); got -1.',
    );
    expect(() => new ProjectCache({ lifetime: Number.NaN })).toThrow('got NaN');
  });

  it('records an analysis made elsewhere only for the text the file has now', () => {
    const root = writeTree({ 'a.ts': 'export async function A() {}\n' });
    const file = path.join(root, 'a.ts');
    const cache = new ProjectCache({ lifetime: 0 });
    const analysisOf = (text: string) => {
      const other = new ProjectCache({ lifetime: 0 });
      writeFileSync(path.join(root, 'scratch.ts'), text);
      const result = other.readModule(path.join(root, 'scratch.ts'), defaultConfig);
      if (result === undefined) throw new Error('scratch.ts unreadable');
      return result;
    };
    expect(cache.storeModuleIfCurrent(file, defaultConfig, analysisOf('export async function Unsaved() {}\n'))).toBe(
      false,
    );
    expect(
      cache.storeModuleIfCurrent(
        path.join(root, 'missing.ts'),
        defaultConfig,
        analysisOf('export async function A() {}\n'),
      ),
    ).toBe(false);
    const saved = analysisOf('export async function A() {}\n');
    expect(cache.storeModuleIfCurrent(file, defaultConfig, saved)).toBe(true);
    // The recorded analysis is the one handed in, not a parse of its own.
    expect(cache.readModule(file, defaultConfig)).toBe(saved);
  });
});
