import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The files among `files` that git shows with uncommitted changes (modified, staged, untracked):
 * what `wf fix` would overwrite without a copy to go back to. Outside a git work tree (or without
 * git) there is nothing to compare with: none.
 */
export function uncommittedFiles(rootDir: string, files: readonly string[]): string[] {
  if (files.length === 0) return [];
  let output: string;
  try {
    output = execFileSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...files.map((file) => path.relative(rootDir, file) || '.')], {
      cwd: rootDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return [];
  }
  const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: rootDir, encoding: 'utf8' }).trim();
  // `-z` entries: `XY path`, a rename followed by its original path as a separate entry.
  const entries = output.split('\0').filter((entry) => entry.length > 3);
  return [...new Set(entries.map((entry) => path.join(top, entry.slice(3))))].filter((file) => files.includes(file)).sort();
}
