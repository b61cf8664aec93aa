import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
export const fixturesDir = path.join(repoRoot, 'fixtures');

const created: string[] = [];

/**
 * A fresh copy of `fixtures/<name>` that tests can write to, under the OS temp directory and laid
 * out like the repository: `<tmp>/fixtures/<name>` next to `<tmp>/node_modules`, a symlink to the
 * repository's. So everything a fixture resolves relative to the repository (packages through
 * node_modules, tsconfig `paths` such as `../../node_modules/...`) resolves the same from the copy,
 * while the copy stays outside the repository (no .gitignore or ESLint ignore entries needed).
 */
export function copyFixture(name: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), `wfkit-cli-${name.replaceAll('/', '-')}-`));
  const dir = path.join(root, 'fixtures', name);
  cpSync(path.join(fixturesDir, name), dir, { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  // In the repository a fixture without a tsconfig.json (violations) inherits the root one, whose
  // nodenext resolution makes barrels use `.js` specifiers. Keep that true of the copy.
  if (!existsSync(path.join(dir, 'tsconfig.json'))) writeTree(dir, { 'tsconfig.json': NODENEXT_TSCONFIG });
  created.push(root);
  return dir;
}

const NODENEXT_TSCONFIG =
  '{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "strict": true, "noEmit": true } }\n';

/** A project with only `files` (and a package.json, so it is its own root, and a nodenext tsconfig.json). */
export function emptyProject(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wfkit-cli-project-'));
  created.push(dir);
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeTree(dir, {
    'package.json': '{ "name": "project", "private": true, "type": "module" }\n',
    'tsconfig.json': NODENEXT_TSCONFIG,
    ...files,
  });
  return dir;
}

export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

/** A fresh empty directory under the OS temp directory, removed with the copies (a test's scratch space). */
export function scratchDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wfkit-cli-scratch-'));
  created.push(dir);
  return dir;
}

/** Whether `dir` is a temporary tree this test process made (and has not removed yet). */
export const madeByThisTest = (dir: string): boolean => created.includes(dir);

/** Removes every copy made so far (call from `afterEach`/`afterAll`). */
export function removeCopies(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
