// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The directory of the bench's ESLint configurations. */
export const eslintConfigDir = fileURLToPath(new URL('../eslint/', import.meta.url));

/** A package's directory, found the way Node looks (some packages do not export their package.json). */
function packageDir(/** @type {string} */ name) {
  const found = (require.resolve.paths(name) ?? [])
    .map((dir) => path.join(dir, name))
    .find((dir) => existsSync(path.join(dir, 'package.json')));
  if (found === undefined) throw new Error(`${name} is not installed: run npm install at the repository root`);
  return found;
}

/** @param {string} name @returns {{ version: string; bin?: string | Record<string, string> }} */
function packageJson(name) {
  return JSON.parse(readFileSync(path.join(packageDir(name), 'package.json'), 'utf8'));
}

/** The script a package runs as `binName`, called with `node` directly: no npx or shell in the measurement. */
function binOf(/** @type {string} */ name, /** @type {string} */ binName) {
  const { bin } = packageJson(name);
  const relative = typeof bin === 'string' ? bin : bin?.[binName];
  if (relative === undefined) throw new Error(`${name} has no bin '${binName}'`);
  return path.join(packageDir(name), relative);
}

export const bins = {
  wf: binOf('wfkit', 'wf'),
  eslint: binOf('eslint', 'eslint'),
  barrelsby: binOf('barrelsby', 'barrelsby'),
  cti: binOf('create-ts-index', 'cti'),
};

/** Versions of everything measured, for the report. */
export function toolVersions() {
  const names = [
    'wfkit',
    '@wfkit/core',
    '@wfkit/eslint-plugin',
    'eslint',
    'typescript-eslint',
    'oxc-parser',
    'barrelsby',
    'create-ts-index',
    'eslint-plugin-check-file',
    'eslint-plugin-unicorn',
  ];
  return Object.fromEntries(names.map((name) => [name, packageJson(name).version]));
}
