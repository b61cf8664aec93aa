import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file below `dir` with its content, and every symbolic link (`name@`, not followed) with
 * its target: compare two snapshots to prove a command wrote nothing, not even a temporary file. With `bytes`, contents
 * are byte-exact (one character per byte), so a file that is not UTF-8 is compared exactly too.
 */
export function snapshotTree(dir: string, { bytes = false } = {}): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      const stats = lstatSync(full);
      const relative = path.relative(dir, full).split(path.sep).join('/');
      if (stats.isSymbolicLink()) files[`${relative}@`] = readlinkSync(full);
      else if (stats.isDirectory()) {
        files[`${relative}/`] = '';
        visit(full);
      } else files[relative] = readFileSync(full, bytes ? 'latin1' : 'utf8');
    }
  };
  visit(dir);
  return files;
}

export function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}
