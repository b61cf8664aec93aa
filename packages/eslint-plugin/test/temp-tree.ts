import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * A module that marks its directory as Temporal workflow code (it imports the runtime) and
 * exports nothing, so it adds no line to a barrel.
 */
export const RUNTIME_MODULE = "import '@temporalio/workflow';\n";

/**
 * A real directory tree for cross-file cases: the rules read sibling files from disk through core's
 * cache. A `wfkit.config.json` marks the tree's root (`{}` unless `files` gives one), so the
 * directory words above the tree never count as naming context. Removed after the test file.
 */
export function createTree(files: Readonly<Record<string, string>>): {
  root: string;
  file: (relative: string) => string;
} {
  // realpath: on macOS the temp directory is behind a symlink, and ESLint reports real paths.
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'wfkit-eslint-')));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const [relative, text] of Object.entries({ 'wfkit.config.json': '{}\n', ...files })) {
    const absolute = path.join(root, relative);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
  }
  return { root, file: (relative) => path.join(root, relative) };
}
