import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * The directories a walk has entered, by real path: a directory reached through a symbolic link
 * is walked once (under the first path that reaches it), and a link loop is not followed. A link
 * is followed only when its target is inside the project root, the same bound `wf new` holds
 * writes to.
 */
export class RealDirectories {
  readonly #entered = new Set<string>();
  readonly #roots = new Map<string, string>();

  /** The real path of a directory given by path (a walk's start). */
  static of(dir: string): string {
    return realpathSync.native(dir);
  }

  /**
   * The real path of `dir` to walk it under, or `undefined` when it was walked already or is a
   * link out of `rootDir` or back up to a directory above it. `parentReal` is its parent's real
   * path; a link is resolved.
   */
  enter(dir: string, isSymbolicLink: boolean, parentReal: string, rootDir: string): string | undefined {
    let real = path.join(parentReal, path.basename(dir));
    if (isSymbolicLink) {
      try {
        real = realpathSync.native(dir);
      } catch {
        return undefined;
      }
      if (!isSameOrBelow(real, this.#root(rootDir))) return undefined;
      // A link back to a directory above it (a loop) holds nothing new, and walking it from below
      // would reach directories under the wrong path first (a workflows directory under another name).
      if (isSameOrBelow(parentReal, real)) return undefined;
    }
    return this.claim(real) ? real : undefined;
  }

  /** Marks a real path as walked; false when it was already. */
  claim(real: string): boolean {
    if (this.#entered.has(real)) return false;
    this.#entered.add(real);
    return true;
  }

  #root(rootDir: string): string {
    let real = this.#roots.get(rootDir);
    if (real === undefined) {
      try {
        real = realpathSync.native(rootDir);
      } catch {
        real = rootDir;
      }
      this.#roots.set(rootDir, real);
    }
    return real;
  }
}

/** Whether `dir` is `ancestor` or a directory below it (real paths). */
function isSameOrBelow(dir: string, ancestor: string): boolean {
  const relative = path.relative(ancestor, dir);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
