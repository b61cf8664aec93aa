import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

let loaded: typeof TsMorph | undefined;

/**
 * ts-morph's values, loaded on the first call: TypeScript's compiler is large to load, and the
 * common path of `wf new` prints and reads code without it. Loaded with `require` rather than
 * `import`: imported from ES modules, a CommonJS package and everything it requires go through
 * Node's ESM translator, which first scans each source for its export names (cjs-module-lexer),
 * work spent on nothing. Types come from `import type … from 'ts-morph'`.
 */
export function loadTsMorph(): typeof TsMorph {
  loaded ??= createRequire(import.meta.url)('ts-morph') as typeof TsMorph;
  return loaded;
}
