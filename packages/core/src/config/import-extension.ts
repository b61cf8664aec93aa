import { getTsconfig } from 'get-tsconfig';
import type { ResolvedConfig } from '../types.js';

// Node's ESM resolution (TypeScript's node16/nodenext) needs the `.js` extension on relative imports.
const NODE_ESM = new Set(['node16', 'node18', 'node20', 'nodenext']);

/** The extension to write on barrel specifiers in `dir`: `''` or `'.js'`. */
export function resolveImportExtension(config: Pick<ResolvedConfig, 'importExtension'>, dir: string): '' | '.js' {
  if (config.importExtension === 'none') return '';
  if (config.importExtension === '.js') return '.js';
  const found = getTsconfig(dir);
  const options = found?.config.compilerOptions;
  const resolution = options?.moduleResolution?.toLowerCase();
  if (resolution !== undefined) return NODE_ESM.has(resolution) ? '.js' : '';
  const moduleKind = options?.module?.toLowerCase();
  return moduleKind !== undefined && NODE_ESM.has(moduleKind) ? '.js' : '';
}
