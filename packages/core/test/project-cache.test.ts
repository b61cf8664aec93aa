import { utimesSync, writeFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ProjectCache } from '../src/cache/project-cache.js';
import { defaultConfig } from '../src/config/defaults.js';
import { writeTree } from './support/temp-tree.js';

const later = (file: string, seconds: number) => utimesSync(file, new Date(), new Date(Date.now() + seconds * 1000));

describe('ProjectCache', () => {
  it('parses a file once while it is unchanged, and again after it changes', () => {
    const root = writeTree({ 'a.ts': 'export async function A() {}\n' });
    const file = path.join(root, 'a.ts');
    const cache = new ProjectCache();
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
    const cache = new ProjectCache();
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
    const root = writeTree({ 'a.ts': "import { Temporal } from '#facade';\nexport async function A() { return Temporal; }\n" });
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
    const snapshot = new ProjectCache({ trustFor: Infinity });
    const live = new ProjectCache();
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

  it('trusts a read for trustFor milliseconds, then looks at the file again', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const root = writeTree({ 'a.ts': 'export async function A() {}\n' });
      const file = path.join(root, 'a.ts');
      const cache = new ProjectCache({ trustFor: 1_000 });
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
      vi.advanceTimersByTime(500);
      expect(names()).toEqual(['A']);
      expect(cache.listDirectory(root).map((entry) => entry.name)).toEqual(['a.ts']);
      vi.advanceTimersByTime(600);
      expect(names()).toEqual(['B']);
      expect(cache.listDirectory(root).map((entry) => entry.name)).toEqual(['a.ts', 'b.ts']);
      // An unchanged file checked again is trusted for another period.
      vi.advanceTimersByTime(1_100);
      expect(names()).toEqual(['B']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('records an analysis made elsewhere only for the text the file has now', () => {
    const root = writeTree({ 'a.ts': 'export async function A() {}\n' });
    const file = path.join(root, 'a.ts');
    const cache = new ProjectCache();
    const analysisOf = (text: string) => {
      const other = new ProjectCache();
      writeFileSync(path.join(root, 'scratch.ts'), text);
      const result = other.readModule(path.join(root, 'scratch.ts'), defaultConfig);
      if (result === undefined) throw new Error('scratch.ts unreadable');
      return result;
    };
    expect(cache.storeModuleIfCurrent(file, defaultConfig, analysisOf('export async function Unsaved() {}\n'))).toBe(false);
    expect(cache.storeModuleIfCurrent(path.join(root, 'missing.ts'), defaultConfig, analysisOf('export async function A() {}\n'))).toBe(false);
    const saved = analysisOf('export async function A() {}\n');
    expect(cache.storeModuleIfCurrent(file, defaultConfig, saved)).toBe(true);
    // The recorded analysis is the one handed in, not a parse of its own.
    expect(cache.readModule(file, defaultConfig)).toBe(saved);
  });
});
