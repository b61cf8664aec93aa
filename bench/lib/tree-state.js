// @ts-check
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Untimed set-up between runs: tools under test write into the tree, and each run must start
 * from the state its case names (no barrels, correct barrels, the tree before `wf new`).
 */

/** @typedef {Map<string, string>} Snapshot absolute path → text */

/** Every file under `dir`. @param {string} dir @returns {Snapshot} */
export function snapshotDir(dir) {
  /** @type {Snapshot} */
  const files = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(file, readFileSync(file, 'utf8'));
  }
  return files;
}

/** Puts `dir` back as the snapshot had it: files added since are removed, changed ones rewritten. @param {string} dir @param {Snapshot} snapshot */
export function restoreDir(dir, snapshot) {
  const now = snapshotDir(dir);
  for (const [file, text] of now) {
    const before = snapshot.get(file);
    if (before === undefined) rmSync(file);
    else if (before !== text) writeFileSync(file, before);
  }
  for (const [file, text] of snapshot) {
    if (now.has(file)) continue;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/** The barrel of each workflows directory. @param {string[]} workflowDirs @returns {Snapshot} */
export function snapshotBarrels(workflowDirs) {
  return new Map(
    workflowDirs.map((dir) => [path.join(dir, 'index.ts'), readFileSync(path.join(dir, 'index.ts'), 'utf8')]),
  );
}

/** @param {Snapshot} barrels */
export function writeBarrels(barrels) {
  for (const [file, text] of barrels) writeFileSync(file, text);
}

/** Removes each workflows directory's barrel, and anything a barrel tool left next to it. @param {string[]} workflowDirs */
export function removeBarrels(workflowDirs) {
  for (const dir of workflowDirs) {
    for (const name of readdirSync(dir)) if (name.startsWith('index.ts')) rmSync(path.join(dir, name));
  }
}
