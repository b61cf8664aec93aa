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
    output = execFileSync(
      'git',
      [
        'status',
        '--porcelain=v1',
        '-z',
        '--untracked-files=all',
        '--',
        ...files.map((file) => path.relative(rootDir, file) || '.'),
      ],
      {
        cwd: rootDir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
  } catch {
    return [];
  }
  const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: rootDir, encoding: 'utf8' }).trim();
  // `-z` entries: `XY path`; a rename or copy is followed by its original path as an entry of its own.
  const entries = output.split('\0');
  const dirty = new Set<string>();
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index]!;
    if (entry.length < 4) continue;
    dirty.add(path.join(top, entry.slice(3)));
    if (/[RC]/.test(entry.slice(0, 2))) dirty.add(path.join(top, entries[(index += 1)] ?? ''));
  }
  return files.filter((file) => dirty.has(file)).sort();
}
