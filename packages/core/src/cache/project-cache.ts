import path from 'node:path';
import type { AnalysisConfig } from '../detect/analyze-module.js';
import { analyzeModule } from '../detect/analyze-module.js';
import { parseModule, type ParseFailure } from '../parse/parse-module.js';
import type { ModuleInfo } from '../types.js';
import { cacheKeys, type CacheStore } from './cache-keys.js';
import { nodeFileSystem, versionOf, type CacheFileSystem, type FileStats } from './file-system.js';

export interface DirectoryEntry {
  name: string;
  /** What the entry is, through a symbolic link (a link to a directory is a directory). */
  isDirectory: boolean;
  isFile: boolean;
  /** A symbolic link (dangling or looping ones are neither file nor directory). */
  isSymbolicLink: boolean;
}

export type ModuleResult = { info: ModuleInfo; text: string } | { error: ParseFailure; text: string };

/** A module's text parsed and analysed, or why it does not parse. */
export function analyzeText(file: string, text: string, config: AnalysisConfig): ModuleResult {
  const parsed = parseModule(file, text, { ranges: false });
  return 'error' in parsed ? { error: parsed.error, text } : { info: analyzeModule(parsed.program, config), text };
}

/** How long (ms) an answer is trusted before what it read is looked at again, unless told otherwise. */
export const DEFAULT_CACHE_LIFETIME_MS = 1_000;

export interface ProjectCacheOptions {
  /**
   * How long (ms) an answer is trusted before the versions of what it read are compared with the
   * files again (default `DEFAULT_CACHE_LIFETIME_MS`). `0` compares on every use; `Infinity` keeps
   * the first answer to everything for the cache's life: a snapshot for one command.
   */
  lifetime?: number | undefined;
  /** The clock (ms), for tests; `Date.now` by default. */
  now?: (() => number) | undefined;
  /** The file system, for tests that count reads; Node's by default. */
  fileSystem?: CacheFileSystem | undefined;
}

/** A path's `stat`, with its version and the period it was taken in. */
interface KnownStat {
  stats: FileStats | undefined;
  version: string;
  period: number;
}

/**
 * What an answer read: each path with its version then, the other answers it used (by key, as
 * they were), and the period in which all of them were last found current.
 */
interface Reads {
  versions: Map<string, string>;
  uses: Set<Entry>;
  period: number;
}

interface Entry {
  /** Where the entry is kept, and under which key: an answer that used it checks it is still there. */
  store: Map<string, Entry>;
  key: string;
  value: unknown;
  /** `undefined` in a snapshot, which never looks again. */
  reads: Reads | undefined;
}

// An answer that read something without a version (a tsconfig's `extends` chain, which get-tsconfig
// reads itself) carries this path: it never matches, so the answer is worked out again after the lifetime.
const UNVERSIONED = '\0unversioned';

/**
 * The one cache of what wfkit reads from the file system: directory listings, texts, module
 * analyses, config lookups and what is derived from them (workflow files of a directory, the
 * workers' model), each under a declared key (`cacheKeys`).
 *
 * The rule: every answer remembers the paths it read (through this cache) with their versions
 * (`versionOf`: mtime, ctime and size; `''` for nothing there), and the other answers it used.
 * Time is cut into periods of `lifetime` ms. An answer found current in this period is served as
 * is; in a later one, each path it read is stat-ed again (once per period, whoever asks) and the
 * answer is kept when every version is the same, else worked out again. A change made at time t
 * is thus seen by every answer given after t + lifetime. With `lifetime: Infinity` (a snapshot)
 * nothing is looked at twice. `clear()` forgets everything.
 */
export class ProjectCache {
  readonly #lifetime: number;
  readonly #now: () => number;
  readonly #fs: CacheFileSystem;
  /** Answers by store and key (separate maps: a path is its own key, and its hash is worked out once). */
  readonly #stores = new Map<CacheStore, Map<string, Entry>>();
  readonly #stats = new Map<string, KnownStat>();
  /** The answers being worked out, innermost last: each collects what it reads. */
  readonly #reading: Reads[] = [];
  /** Calls so far, the periods of a cache of lifetime 0. */
  #calls = 0;
  /** Each listing's file names, so `fileExists` does not scan a large directory for every file in it. */
  readonly #fileNames = new WeakMap<DirectoryEntry[], Set<string>>();

  constructor(options: ProjectCacheOptions = {}) {
    const lifetime = options.lifetime ?? DEFAULT_CACHE_LIFETIME_MS;
    if (!(lifetime >= 0))
      throw new RangeError(
        `A cache lifetime is a number of milliseconds, 0 or more (or Infinity); got ${String(lifetime)}.`,
      );
    this.#lifetime = lifetime;
    this.#now = options.now ?? (() => Date.now());
    this.#fs = options.fileSystem ?? nodeFileSystem;
  }

  /** Whether answers are kept for the cache's life, never checked again (`lifetime: Infinity`). */
  get isSnapshot(): boolean {
    return this.#lifetime === Infinity;
  }

  get lifetime(): number {
    return this.#lifetime;
  }

  /** Forgets every answer and every stat. */
  clear(): void {
    this.#stores.clear();
    this.#stats.clear();
  }

  /**
   * The answer kept in `store` under `key` (see `cacheKeys`) while what it read is unchanged (see the class), else `compute()`'s.
   * What `compute` reads through this cache (`stat`, `readText`, `listDirectory`, other answers) is
   * what the answer depends on; anything it reads otherwise must be declared with `readUnversioned`
   * (an answer that read nothing through it is taken as one that did).
   * A `compute` that throws leaves nothing behind.
   *
   * @internal core's own stores use it; not part of the published API.
   */
  remember<T>(storeName: CacheStore, key: string, compute: () => T): T {
    const store = this.#store(storeName);
    const known = store.get(key);
    if (known !== undefined && this.#stillCurrent(known)) {
      this.#recordUse(known);
      return known.value as T;
    }
    if (this.isSnapshot) {
      const value = compute();
      store.set(key, { store, key, value, reads: undefined });
      return value;
    }
    const reads: Reads = { versions: new Map(), uses: new Set(), period: this.#period() };
    this.#reading.push(reads);
    let value: T;
    try {
      value = compute();
    } finally {
      this.#reading.pop();
    }
    // Read nothing through this cache: what it depends on was read past it, so it is not trusted past the lifetime.
    if (reads.versions.size === 0 && reads.uses.size === 0) reads.versions.set(UNVERSIONED, '');
    const entry: Entry = { store, key, value, reads };
    store.set(key, entry);
    this.#recordUse(entry);
    return value;
  }

  #store(name: CacheStore): Map<string, Entry> {
    let store = this.#stores.get(name);
    if (store === undefined) this.#stores.set(name, (store = new Map()));
    return store;
  }

  /** Keeps `value` under `key` with the reads given (`undefined` in a snapshot). */
  #put(storeName: CacheStore, key: string, value: unknown, reads: Reads | undefined): void {
    const store = this.#store(storeName);
    store.set(key, { store, key, value, reads });
  }

  /**
   * Marks the answer being worked out as depending on something without a version: it is worked out again after the lifetime.
   * @internal core's own stores use it; not part of the published API.
   */
  readUnversioned(): void {
    this.#record(UNVERSIONED, '');
  }

  /**
   * A path's `stat` (through symbolic links), taken at most once per lifetime; `undefined` when nothing is there.
   * @internal core's own stores use it; not part of the published API.
   */
  stat(target: string): FileStats | undefined {
    const known = this.#statOf(target, this.#period());
    this.#record(target, known.version);
    return known.stats;
  }

  /** Entries of a directory, sorted by name in code-unit order; `[]` when it is not a directory. */
  listDirectory(dir: string): DirectoryEntry[] {
    return this.remember('listing', cacheKeys.listing(dir), () => {
      // A snapshot needs no version, so no stat: reading a missing directory (or a file) fails instead.
      if (!this.isSnapshot && this.stat(dir)?.isDirectory() !== true) return [];
      try {
        return this.#readEntries(dir);
      } catch (error) {
        // Not a directory (any more): nothing in it. Anything else (no permission) is not hidden.
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
        return [];
      }
    });
  }

  /** Whether a regular file exists (through the parent's listing). */
  fileExists(file: string): boolean {
    const listing = this.listDirectory(path.dirname(file));
    let names = this.#fileNames.get(listing);
    if (names === undefined) {
      names = new Set(listing.filter((entry) => entry.isFile).map((entry) => entry.name));
      this.#fileNames.set(listing, names);
    }
    return names.has(path.basename(file));
  }

  /** A file's text, or `undefined` when it is not a file (or is gone); throws when it cannot be read. */
  readText(file: string): string | undefined {
    return this.remember('text', cacheKeys.text(file), () => this.#readFile(file));
  }

  /**
   * A file's text without keeping it (a walk over a whole project reads each file for a word or
   * two): the kept text when there is one, else the file. Outside a snapshot its version is
   * recorded as `readText` records it; a snapshot reads it without a stat, and keeps it when
   * `keepIf` says the text will be wanted again. Throws when it cannot be read.
   *
   * @internal core's own stores use it; not part of the published API.
   */
  peekText(file: string, keepIf?: (text: string) => boolean): string | undefined {
    const known = this.#store('text').get(file);
    if (known !== undefined && this.#stillCurrent(known)) return this.readText(file);
    if (!this.isSnapshot) return this.#readFile(file);
    const text = this.#fs.readText(file);
    if (keepIf?.(text) === true) this.#put('text', file, text, undefined);
    return text;
  }

  /** A file parsed and analysed; `undefined` when it cannot be read. */
  readModule(file: string, config: AnalysisConfig): ModuleResult | undefined {
    return this.remember('module', cacheKeys.module(file, config), () => {
      const text = this.readText(file);
      return text === undefined ? undefined : analyzeText(file, text, config);
    });
  }

  /**
   * Whether a snapshot has a file's analysis already (what a worker need not be given).
   * @internal core's own stores use it; not part of the published API.
   */
  hasModule(file: string, config: AnalysisConfig): boolean {
    return this.isSnapshot && this.#store('module').has(cacheKeys.module(file, config));
  }

  /**
   * Records an analysis made elsewhere (a command that parsed the file itself), so sibling
   * lookups of the same file do not parse it again. Kept under the file's version now; a snapshot
   * keeps what it read first (an analysis it has, a text it has that this one is not of).
   *
   * @internal core's own stores use it; not part of the published API.
   */
  storeModule(file: string, config: AnalysisConfig, value: ModuleResult): void {
    if (this.isSnapshot) {
      const text = this.#store('text').get(cacheKeys.text(file));
      if (text !== undefined && text.value !== value.text) return;
      const moduleKey = cacheKeys.module(file, config);
      if (!this.#store('module').has(moduleKey)) this.#put('module', moduleKey, value, undefined);
      if (text === undefined) this.#put('text', cacheKeys.text(file), value.text, undefined);
      return;
    }
    const known = this.#statOf(file, this.#period());
    if (known.stats?.isFile() !== true) return;
    this.#put('module', cacheKeys.module(file, config), value, {
      versions: new Map([[file, known.version]]),
      uses: new Set(),
      period: known.period,
    });
  }

  /**
   * Records an analysis of `value.text` only if that is the file's text as this cache reads it
   * (an editor's unsaved buffer, or a file saved meanwhile, is not recorded). Returns whether it was.
   */
  storeModuleIfCurrent(file: string, config: AnalysisConfig, value: ModuleResult): boolean {
    const textKey = cacheKeys.text(file);
    try {
      if (this.readText(file) !== value.text) return false;
    } catch {
      // Unreadable: nothing to record, and no reason to fail a lint.
      return false;
    }
    const moduleKey = cacheKeys.module(file, config);
    // An analysis of this text is there already: answers that used it stay current.
    const known = this.#store('module').get(moduleKey);
    if (
      known !== undefined &&
      this.#stillCurrent(known) &&
      (known.value as ModuleResult | undefined)?.text === value.text
    )
      return true;
    this.#put('module', moduleKey, value, this.#store('text').get(textKey)!.reads);
    return true;
  }

  #readFile(file: string): string | undefined {
    if (this.stat(file)?.isFile() !== true) return undefined;
    try {
      return this.#fs.readText(file);
    } catch (error) {
      // Gone since its stat: as if it were not there (its version moves, so it is read again).
      // Anything else (no permission) is for the caller to name.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return undefined;
    }
  }

  /**
   * The lifetime-long period `now` falls in: a stat taken in the current period was taken after
   * any change made a lifetime ago or more. With `lifetime: 0` every call is a period of its own.
   */
  #period(): number {
    if (this.isSnapshot) return 0;
    return this.#lifetime === 0 ? (this.#calls += 1) : Math.floor(this.#now() / this.#lifetime);
  }

  #statOf(target: string, period: number): KnownStat {
    let known = this.#stats.get(target);
    if (known === undefined || known.period !== period) {
      const stats = this.#fs.stat(target);
      known = { stats, version: versionOf(stats), period };
      this.#stats.set(target, known);
    }
    return known;
  }

  /** Whether an answer may be served: a snapshot's always; else when found current in this period, or when nothing it read has moved. */
  #stillCurrent(entry: Entry, period = this.#period()): boolean {
    const reads = entry.reads;
    if (reads === undefined || reads.period === period) return true;
    for (const [target, version] of reads.versions) {
      if (target === UNVERSIONED || this.#statOf(target, period).version !== version) return false;
    }
    for (const used of reads.uses) {
      if (used.store.get(used.key) !== used || !this.#stillCurrent(used, period)) return false;
    }
    reads.period = period;
    return true;
  }

  #record(target: string, version: string): void {
    this.#reading.at(-1)?.versions.set(target, version);
  }

  #recordUse(entry: Entry): void {
    if (entry.reads !== undefined) this.#reading.at(-1)?.uses.add(entry);
  }

  #readEntries(dir: string): DirectoryEntry[] {
    return this.#fs
      .readDirectory(dir)
      .map((entry): DirectoryEntry => {
        if (!entry.isSymbolicLink())
          return { name: entry.name, isDirectory: entry.isDirectory(), isFile: entry.isFile(), isSymbolicLink: false };
        // Where the link points is part of the listing: a link retargeted is seen as a change.
        let target: FileStats | undefined;
        try {
          target = this.stat(path.join(dir, entry.name));
        } catch {
          // A link that loops (or one this user may not follow) is neither file nor directory.
        }
        return {
          name: entry.name,
          isDirectory: target?.isDirectory() === true,
          isFile: target?.isFile() === true,
          isSymbolicLink: true,
        };
      })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

/**
 * The cache used by everything in this process that is not handed one: config lookups called
 * without a cache, and the ESLint rules under the default lifetime.
 */
export const defaultCache = new ProjectCache();
