import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { analysisKey, analyzeModule, type AnalysisConfig } from '../detect/analyze-module.js';
import { parseModule, type ParseFailure } from '../parse/parse-module.js';
import type { ModuleInfo } from '../types.js';

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
  /** Values computed from listings (`derive`), by owner and key, with the listings they read. */
  readonly #derived = new WeakMap<object, Map<string, { value: unknown; listings: Array<[string, DirectoryEntry[]]> }>>();
  /** Each listing's file names, so `fileExists` does not scan a large directory for every file in it. */
  readonly #fileNames = new WeakMap<DirectoryEntry[], Set<string>>();

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
    const listing = this.listDirectory(path.dirname(file));
    let names = this.#fileNames.get(listing);
    if (names === undefined) {
      names = new Set(listing.filter((entry) => entry.isFile).map((entry) => entry.name));
      this.#fileNames.set(listing, names);
    }
    return names.has(path.basename(file));
  }

  /**
   * A value computed from directory listings (what a directory holds, read with `list`), kept for
   * `owner` (a config) and `key` while every listing it read is the same: computed once per
   * directory, not once per file in it, and again only when one of those directories changed.
   */
  derive<T>(owner: object, key: string, compute: (list: (dir: string) => DirectoryEntry[]) => T): T {
    let byKey = this.#derived.get(owner);
    if (byKey === undefined) this.#derived.set(owner, (byKey = new Map()));
    const kept = byKey.get(key);
    if (kept !== undefined && kept.listings.every(([dir, listing]) => this.listDirectory(dir) === listing)) return kept.value as T;
    const listings: Array<[string, DirectoryEntry[]]> = [];
    const value = compute((dir) => {
      const listing = this.listDirectory(dir);
      listings.push([dir, listing]);
      return listing;
    });
    byKey.set(key, { value, listings });
    return value;
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
    // Derived values are checked against listings, which are gone now.
    this.#listings.clear();
    this.#texts.clear();
    this.#modules.clear();
  }
}

function readEntries(dir: string): DirectoryEntry[] {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry): DirectoryEntry => {
      if (!entry.isSymbolicLink()) return { name: entry.name, isDirectory: entry.isDirectory(), isFile: entry.isFile(), isSymbolicLink: false };
      const target = linkTarget(path.join(dir, entry.name));
      return { name: entry.name, isDirectory: target?.isDirectory() === true, isFile: target?.isFile() === true, isSymbolicLink: true };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The cache shared by everything in this process that does not bring its own (the ESLint rules).
 * It checks every hit: an editor re-linting a barrel must see the file just added beside it.
 */
export const defaultCache = new ProjectCache();

/** What a symbolic link points at; `undefined` when it dangles or loops. */
function linkTarget(link: string): Stats | undefined {
  try {
    return statSync(link);
  } catch {
    return undefined;
  }
}
