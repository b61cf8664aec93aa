import path from 'node:path';
import { getTsconfig } from 'get-tsconfig';
import { cacheKeys } from '../cache/cache-keys.js';
import { defaultCache, type ProjectCache } from '../cache/project-cache.js';
import { reportConfigWarning } from './config-warnings.js';
import { findUp } from './load-config.js';
import type { ResolvedConfig } from '../types.js';

// Node's ESM resolution (TypeScript's node16/nodenext) needs the `.js` extension on relative imports.
const NODE_ESM = new Set(['node16', 'node18', 'node20', 'nodenext']);

/**
 * The extension to write on barrel specifiers in `dir`: `''` or `'.js'`. Node16/NodeNext
 * resolution needs it in an ES module package only (`"type": "module"`): a CommonJS package
 * resolves `./order` as well as `./order.js`.
 */
export function resolveImportExtension(
  config: Pick<ResolvedConfig, 'importExtension'>,
  dir: string,
  cache: ProjectCache = defaultCache,
): '' | '.js' {
  if (config.importExtension === 'none') return '';
  if (config.importExtension === '.js') return '.js';
  const tsconfigDir = findUp(dir, 'tsconfig.json', false, cache);
  const packageDir = findUp(dir, 'package.json', false, cache);
  // Every barrel asks: one answer per tsconfig and package.json, not one per directory.
  return cache.remember('importExtension', cacheKeys.importExtension(tsconfigDir, packageDir), () =>
    readImportExtension(tsconfigDir ?? dir, cache) === '.js' && isModulePackage(packageDir, cache) ? '.js' : '',
  );
}

function isModulePackage(packageDir: string | undefined, cache: ProjectCache): boolean {
  if (packageDir === undefined) return true;
  try {
    return (
      (JSON.parse(cache.readText(path.join(packageDir, 'package.json')) ?? '') as { type?: unknown }).type === 'module'
    );
  } catch {
    // Unreadable: the stricter reading, as without a package.json.
    return true;
  }
}

function readImportExtension(dir: string, cache: ProjectCache): '' | '.js' {
  // get-tsconfig reads the tsconfig and what it extends itself: the answer is worked out again after the lifetime.
  cache.readUnversioned();
  let found: ReturnType<typeof getTsconfig>;
  try {
    found = getTsconfig(dir);
  } catch (error) {
    // A broken `extends` chain (a shared config not installed) must not stop the rest of the tree:
    // fall back to the nearest tsconfig above that can be read, and say so once, naming the file.
    const tsconfigDir = findUp(dir, 'tsconfig.json', false, cache);
    const tsconfig = tsconfigDir === undefined ? dir : path.join(tsconfigDir, 'tsconfig.json');
    const parent = tsconfigDir === undefined ? undefined : path.dirname(tsconfigDir);
    const fallback =
      parent === undefined || parent === tsconfigDir
        ? ''
        : resolveImportExtension({ importExtension: 'auto' }, parent, cache);
    const used = fallback === '' ? 'no extension' : `'${fallback}'`;
    reportConfigWarning(
      `${tsconfig} cannot be read with everything it extends (${(error as Error).message}); barrels below it are written with ${used} on their imports. Fix the tsconfig, or set "importExtension" in wfkit.config.json.`,
    );
    return fallback;
  }
  const options = found?.config.compilerOptions;
  const resolution = options?.moduleResolution?.toLowerCase();
  if (resolution !== undefined) return NODE_ESM.has(resolution) ? '.js' : '';
  const moduleKind = options?.module?.toLowerCase();
  return moduleKind !== undefined && NODE_ESM.has(moduleKind) ? '.js' : '';
}
