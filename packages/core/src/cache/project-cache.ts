import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { analysisKey, analyzeModule, type AnalysisConfig } from '../detect/analyze-module.js';
import { parseModule, type ParseFailure } from '../parse/parse-module.js';
import type { ModuleInfo } from '../types.js';

export interface DirectoryEntry {
  name: string;
  isDirectory: boolean;
  isFile: boolean;
}

export type ModuleResult = { info: ModuleInfo; text: string } | { error: ParseFailure; text: string };

/** A module's text parsed and analysed, or why it does not parse. */
export function analyzeText(file: string, text: string, config: AnalysisConfig): ModuleResult {
  const parsed = parseModule(file, text, { ranges: false });
  return 'error' in parsed ? { error: parsed.error, text } : { info: analyzeModule(parsed.program, config), text };
}

interface Versioned<T> {
  version: string;
  value: T;
  /** When `version` was last compared with the file (`Date.now()`). */
  checkedAt: number;
}

// mtime alone misses two writes within the clock's resolution; size and ctime catch most of those.
const versionOf = (stats: Stats): string => `${stats.mtimeMs}:${stats.ctimeMs}:${stats.size}`;

export interface ProjectCacheOptions {
  /**
   * How long (ms) a read is trusted before the file is `stat`-ed again to see whether it changed.
   * `0` (the default) checks every hit. `Infinity` keeps the first read of everything for the
   * cache's life: a snapshot for one CLI command, which then stats nothing twice (on a large tree
   * the re-checks were a tenth of `wf check`).
   */
  trustFor?: number | undefined;
}

/**
 * Cross-file reads for rules and commands: directory listings, file texts and module analyses,
 * each kept until the file's (or directory's) mtime moves. One instance serves a whole ESLint run
 * or CLI command, so each directory is read and each file parsed once; a long-lived process sees
 * every change because a hit older than `trustFor` is checked against `stat`.
 */
export class ProjectCache {
  readonly #listings = new Map<string, Versioned<DirectoryEntry[]>>();
  readonly #texts = new Map<string, Versioned<string>>();
  readonly #modules = new Map<string, Versioned<ModuleResult>>();
  readonly #trustFor: number;

  constructor(options: ProjectCacheOptions = {}) {
    this.#trustFor = options.trustFor ?? 0;
  }

  /** Whether reads are kept for the cache's life, never checked again (`trustFor: Infinity`). */
  get isSnapshot(): boolean {
    return this.#trustFor === Infinity;
  }

  /** The entry when it is recent enough to be trusted without a `stat`. */
  #trusted<T>(entry: Versioned<T> | undefined): Versioned<T> | undefined {
    return entry !== undefined && (this.isSnapshot || Date.now() - entry.checkedAt < this.#trustFor) ? entry : undefined;
  }

  /** The entry if its version is still the file's (and marks it checked), else `undefined`. */
  static #current<T>(entry: Versioned<T> | undefined, version: string): Versioned<T> | undefined {
    if (entry?.version !== version) return undefined;
    entry.checkedAt = Date.now();
    return entry;
  }

  /** Entries of a directory, sorted by name in code-unit order; `[]` when it does not exist. */
  listDirectory(dir: string): DirectoryEntry[] {
    const trusted = this.#trusted(this.#listings.get(dir));
    if (trusted !== undefined) return trusted.value;
    if (this.isSnapshot) {
      // No version to keep, so no stat: reading a missing directory (or a file) fails instead.
      let value: DirectoryEntry[] = [];
      try {
        value = readEntries(dir);
      } catch (error) {
        // Not a directory (any more): nothing in it. Anything else (no permission) is not hidden.
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      }
      this.#listings.set(dir, { version: '', value, checkedAt: 0 });
      return value;
    }
    const stats = statSync(dir, { throwIfNoEntry: false });
    if (!stats?.isDirectory()) return [];
    const version = versionOf(stats);
    const current = ProjectCache.#current(this.#listings.get(dir), version);
    if (current !== undefined) return current.value;
    const value = readEntries(dir);
    this.#listings.set(dir, { version, value, checkedAt: Date.now() });
    return value;
  }

  /** Whether a regular file exists (through the parent's cached listing). */
  fileExists(file: string): boolean {
    const name = path.basename(file);
    return this.listDirectory(path.dirname(file)).some((entry) => entry.isFile && entry.name === name);
  }

  /** A file's text, or `undefined` when it cannot be read. */
  readText(file: string): string | undefined {
    const trusted = this.#trusted(this.#texts.get(file));
    if (trusted !== undefined) return trusted.value;
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) return undefined;
    const version = versionOf(stats);
    const current = ProjectCache.#current(this.#texts.get(file), version);
    if (current !== undefined) return current.value;
    const value = readFileSync(file, 'utf8');
    this.#texts.set(file, { version, value, checkedAt: Date.now() });
    return value;
  }

  /** A file parsed and analysed; `undefined` when it cannot be read. */
  readModule(file: string, config: AnalysisConfig): ModuleResult | undefined {
    const key = `${analysisKey(config)}\0${file}`;
    const trusted = this.#trusted(this.#modules.get(key));
    if (trusted !== undefined) return trusted.value;
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) return undefined;
    const version = versionOf(stats);
    const current = ProjectCache.#current(this.#modules.get(key), version);
    if (current !== undefined) return current.value;
    const text = this.readText(file) ?? '';
    const value = analyzeText(file, text, config);
    this.#modules.set(key, { version, value, checkedAt: Date.now() });
    return value;
  }

  /**
   * Records an analysis made elsewhere (a command that parsed the file itself), so sibling
   * lookups of the same file do not parse it again. Keyed on the file's current version.
   */
  storeModule(file: string, config: AnalysisConfig, value: ModuleResult): void {
    const key = `${analysisKey(config)}\0${file}`;
    if (this.isSnapshot) {
      this.#modules.set(key, { version: '', value, checkedAt: 0 });
      this.#texts.set(file, { version: '', value: value.text, checkedAt: 0 });
      return;
    }
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) return;
    this.#modules.set(key, { version: versionOf(stats), value, checkedAt: Date.now() });
  }

  /**
   * Records an analysis of `value.text` only if that is the file's text now, under the version it
   * was read at (an editor's unsaved buffer, or a file saved meanwhile, is not recorded).
   * Returns whether it was recorded.
   */
  storeModuleIfCurrent(file: string, config: AnalysisConfig, value: ModuleResult): boolean {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) return false;
    const version = versionOf(stats);
    const cached = ProjectCache.#current(this.#texts.get(file), version);
    let text = cached?.value;
    if (text === undefined) {
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        // Gone (or unreadable) since its stat: nothing to record, and no reason to fail a lint.
        return false;
      }
      this.#texts.set(file, { version, value: text, checkedAt: Date.now() });
    }
    if (text !== value.text) return false;
    this.#modules.set(`${analysisKey(config)}\0${file}`, { version, value, checkedAt: Date.now() });
    return true;
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

/**
 * The cache shared by everything in this process that does not bring its own (the ESLint rules).
 * It checks every hit: an editor re-linting a barrel must see the file just added beside it.
 */
export const defaultCache = new ProjectCache();
