import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getTsconfig } from 'get-tsconfig';
import { reportConfigWarning } from './config-warnings.js';
import { findUp, LookupCache } from './load-config.js';
import type { ResolvedConfig } from '../types.js';

// Node's ESM resolution (TypeScript's node16/nodenext) needs the `.js` extension on relative imports.
const NODE_ESM = new Set(['node16', 'node18', 'node20', 'nodenext']);

// Every barrel asks; a tsconfig (and what it extends) is read once per lookup lifetime, not once per directory.
const extensions = new LookupCache<'' | '.js'>();

/**
 * The extension to write on barrel specifiers in `dir`: `''` or `'.js'`. Node16/NodeNext
 * resolution needs it in an ES module package only (`"type": "module"`): a CommonJS package
 * resolves `./order` as well as `./order.js`.
 */
export function resolveImportExtension(config: Pick<ResolvedConfig, 'importExtension'>, dir: string): '' | '.js' {
  if (config.importExtension === 'none') return '';
  if (config.importExtension === '.js') return '.js';
  const tsconfigDir = findUp(dir, 'tsconfig.json');
  const packageDir = findUp(dir, 'package.json');
  const key = `${tsconfigDir ?? ''}\0${packageDir ?? ''}`;
  const known = extensions.get(key);
  if (known !== undefined) return known.value;
  const extension = readImportExtension(tsconfigDir ?? dir) === '.js' && isModulePackage(packageDir) ? '.js' : '';
  extensions.set(key, extension);
  return extension;
}

function isModulePackage(packageDir: string | undefined): boolean {
  if (packageDir === undefined) return true;
  try {
    return (JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { type?: unknown }).type === 'module';
  } catch {
    // Unreadable: the stricter reading, as without a package.json.
    return true;
  }
}

function readImportExtension(dir: string): '' | '.js' {
  let found: ReturnType<typeof getTsconfig>;
  try {
    found = getTsconfig(dir);
  } catch (error) {
    // A broken `extends` chain (a shared config not installed) must not stop the rest of the tree:
    // fall back to the nearest tsconfig above that can be read, and say so once, naming the file.
    const tsconfigDir = findUp(dir, 'tsconfig.json');
    const tsconfig = tsconfigDir === undefined ? dir : path.join(tsconfigDir, 'tsconfig.json');
    const parent = tsconfigDir === undefined ? undefined : path.dirname(tsconfigDir);
    const fallback = parent === undefined || parent === tsconfigDir ? '' : resolveImportExtension({ importExtension: 'auto' }, parent);
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
