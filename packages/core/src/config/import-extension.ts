import path from 'node:path';
import { getTsconfig } from 'get-tsconfig';
import { ConfigError } from './config-error.js';
import { findUp } from './load-config.js';
import type { ResolvedConfig } from '../types.js';

// Node's ESM resolution (TypeScript's node16/nodenext) needs the `.js` extension on relative imports.
const NODE_ESM = new Set(['node16', 'node18', 'node20', 'nodenext']);

/** The extension to write on barrel specifiers in `dir`: `''` or `'.js'`. */
export function resolveImportExtension(config: Pick<ResolvedConfig, 'importExtension'>, dir: string): '' | '.js' {
  if (config.importExtension === 'none') return '';
  if (config.importExtension === '.js') return '.js';
  let found: ReturnType<typeof getTsconfig>;
  try {
    found = getTsconfig(dir);
  } catch (error) {
    // A broken `extends` chain: name the tsconfig, since get-tsconfig's message names only the target.
    const tsconfig = findUp(dir, 'tsconfig.json');
    throw new ConfigError(
      tsconfig === undefined ? dir : path.join(tsconfig, 'tsconfig.json'),
      '',
      'a tsconfig.json that can be read with everything it extends',
      `an error (${(error as Error).message})`,
      'Fix the tsconfig, or set "importExtension" in wfkit.config.json so it is not read.',
    );
  }
  const options = found?.config.compilerOptions;
  const resolution = options?.moduleResolution?.toLowerCase();
  if (resolution !== undefined) return NODE_ESM.has(resolution) ? '.js' : '';
  const moduleKind = options?.module?.toLowerCase();
  return moduleKind !== undefined && NODE_ESM.has(moduleKind) ? '.js' : '';
}
