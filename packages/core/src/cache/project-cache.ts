import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { analyzeModule } from '../detect/analyze-module.js';
import { parseModule, type ParseFailure } from '../parse/parse-module.js';
import type { ModuleInfo, WfkitConfig } from '../types.js';

export interface DirectoryEntry {
  name: string;
  isDirectory: boolean;
  isFile: boolean;
}

export type ModuleResult = { info: ModuleInfo; text: string } | { error: ParseFailure; text: string };

/** A module's text parsed and analysed, or why it does not parse. */
export function analyzeText(file: string, text: string, config: Pick<WfkitConfig, 'facade'>): ModuleResult {
  const parsed = parseModule(file, text, { ranges: false });
  return 'error' in parsed ? { error: parsed.error, text } : { info: analyzeModule(parsed.program, config), text };
}

interface Versioned<T> {
  version: string;
  value: T;
}

// mtime alone misses two writes within the clock's resolution; size and ctime catch most of those.
const versionOf = (stats: Stats): string => `${stats.mtimeMs}:${stats.ctimeMs}:${stats.size}`;

export interface ProjectCacheOptions {
  /**
   * Check every hit against the file's `stat` (default `true`), for long-lived processes (ESLint
   * in an editor). `false` keeps the first read of everything for the cache's life: a snapshot
   * for one CLI command, which then stats nothing twice (on a large tree the re-checks were a
   * tenth of `wf check`).
   */
  revalidate?: boolean | undefined;
}

/**
 * Cross-file reads for rules and commands: directory listings, file texts and module analyses,
 * each kept until the file's (or directory's) mtime moves. One instance serves a whole ESLint run
 * or CLI command, so each directory is read and each file parsed once; an editor's long-lived
 * process sees every change on the next lookup because every hit is checked against `stat`.
 */
export class ProjectCache {
  readonly #listings = new Map<string, Versioned<DirectoryEntry[]>>();
  readonly #texts = new Map<string, Versioned<string>>();
  readonly #modules = new Map<string, Versioned<ModuleResult>>();
  readonly #revalidate: boolean;

  constructor(options: ProjectCacheOptions = {}) {
    this.#revalidate = options.revalidate ?? true;
  }

  /** Whether hits are checked against `stat` (see `ProjectCacheOptions.revalidate`). */
  get revalidates(): boolean {
    return this.#revalidate;
  }

  /** Entries of a directory, sorted by name in code-unit order; `[]` when it does not exist. */
  listDirectory(dir: string): DirectoryEntry[] {
    if (!this.#revalidate) {
      const cached = this.#listings.get(dir);
      if (cached !== undefined) return cached.value;
      // No version to keep, so no stat: reading a missing directory (or a file) fails instead.
      let value: DirectoryEntry[] = [];
      try {
        value = readEntries(dir);
      } catch {
        // Not a directory (any more): nothing in it.
      }
      this.#listings.set(dir, { version: '', value });
      return value;
    }
    const stats = statSync(dir, { throwIfNoEntry: false });
    if (!stats?.isDirectory()) return [];
    const version = versionOf(stats);
    const cached = this.#listings.get(dir);
    if (cached?.version === version) return cached.value;
    const value = readEntries(dir);
    this.#listings.set(dir, { version, value });
    return value;
  }

  /** Whether a regular file exists (through the parent's cached listing). */
  fileExists(file: string): boolean {
    const name = path.basename(file);
    return this.listDirectory(path.dirname(file)).some((entry) => entry.isFile && entry.name === name);
  }

  /** A file's text, or `undefined` when it cannot be read. */
  readText(file: string): string | undefined {
    if (!this.#revalidate) {
      const cached = this.#texts.get(file);
      if (cached !== undefined) return cached.value;
    }
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) return undefined;
    const version = versionOf(stats);
    const cached = this.#texts.get(file);
    if (cached?.version === version) return cached.value;
    const value = readFileSync(file, 'utf8');
    this.#texts.set(file, { version, value });
    return value;
  }

  /** A file parsed and analysed; `undefined` when it cannot be read. */
  readModule(file: string, config: Pick<WfkitConfig, 'facade'>): ModuleResult | undefined {
    // The analysis depends on the config only through the facade module it recognises.
    const key = `${config.facade.workflowModule}\0${file}`;
    if (!this.#revalidate) {
      const cached = this.#modules.get(key);
      if (cached !== undefined) return cached.value;
    }
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) return undefined;
    const version = versionOf(stats);
    const cached = this.#modules.get(key);
    if (cached?.version === version) return cached.value;
    const text = this.readText(file) ?? '';
    const value = analyzeText(file, text, config);
    this.#modules.set(key, { version, value });
    return value;
  }

  /**
   * Records an analysis made elsewhere (a command that parsed the file itself), so sibling
   * lookups of the same file do not parse it again. Keyed on the file's current version.
   */
  storeModule(file: string, config: Pick<WfkitConfig, 'facade'>, value: ModuleResult): void {
    if (!this.#revalidate) {
      this.#modules.set(`${config.facade.workflowModule}\0${file}`, { version: '', value });
      this.#texts.set(file, { version: '', value: value.text });
      return;
    }
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) return;
    this.#modules.set(`${config.facade.workflowModule}\0${file}`, { version: versionOf(stats), value });
  }

  clear(): void {
    this.#listings.clear();
    this.#texts.clear();
    this.#modules.clear();
  }
}

function readEntries(dir: string): DirectoryEntry[] {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory(), isFile: entry.isFile() }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The cache shared by everything in this process that does not bring its own. */
export const defaultCache = new ProjectCache();
