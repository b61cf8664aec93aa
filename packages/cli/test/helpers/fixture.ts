import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
export const fixturesDir = path.join(repoRoot, 'fixtures');

const created: string[] = [];

/**
 * A fresh copy of `fixtures/<name>` under the OS temp directory, so tests can write to it.
 * The copy gets a `node_modules` symlink to the repository's: `tsc`, Prettier and the facade's
 * types resolve from the copy exactly as from the fixture, while the copy stays outside the
 * repository (no .gitignore or ESLint ignore entries, and no stray package.json above it that
 * would change where the project root is).
 */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `wfkit-cli-${name}-`));
  cpSync(path.join(fixturesDir, name), dir, { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // In the repository a fixture without a tsconfig.json (violations) inherits the root one, whose
  // nodenext resolution makes barrels use `.js` specifiers. Keep that true of the copy.
  if (!existsSync(path.join(dir, 'tsconfig.json'))) writeTree(dir, { 'tsconfig.json': NODENEXT_TSCONFIG });
  created.push(dir);
  return dir;
}

const NODENEXT_TSCONFIG = '{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "strict": true, "noEmit": true } }\n';

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

/** Removes every copy made so far (call from `afterEach`/`afterAll`). */
export function removeCopies(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
