import type { TSESTree } from '@typescript-eslint/types';
import { nameOf, rangeOf } from '../detect/node-names.js';
import type { SourceRange } from '../types.js';

/** One name a barrel re-exports: `export { local as name } from 'specifier'`. */
export interface BarrelExport {
  specifier: string;
  /** Name the barrel exports. */
  name: string;
  /** Name taken from the module (differs from `name` when renamed). */
  local: string;
  isType: boolean;
  /** The export specifier (`type Name`, `a as b`). */
  range: SourceRange;
  statementRange: SourceRange;
}

/** A statement that has no place in a barrel. */
export type BarrelOddity =
  | { kind: 'foreign-statement'; statementType: string; range: SourceRange }
  | {
      kind: 'export-star';
      specifier: string;
      /** `ns` of `export * as ns from …`, which exports one namespace object rather than the names. */
      namespace: string | undefined;
      /** `export type * from …` */
      typeOnly: boolean;
      range: SourceRange;
    }
  | { kind: 'default-reexport'; specifier: string; range: SourceRange };

/**
 * Splits a barrel's top-level statements into the names it re-exports and everything else.
 * `export {};` (which only marks a module) and stray semicolons are neutral.
 */
export function readBarrel(program: TSESTree.Program): { exports: BarrelExport[]; oddities: BarrelOddity[] } {
  const exports: BarrelExport[] = [];
  const oddities: BarrelOddity[] = [];
  for (const statement of program.body) {
    if (statement.type === 'EmptyStatement') continue;
    if (statement.type === 'ExportAllDeclaration') {
      oddities.push({
        kind: 'export-star',
        specifier: statement.source.value,
        namespace: statement.exported ? nameOf(statement.exported) : undefined,
        typeOnly: statement.exportKind === 'type',
        range: rangeOf(statement),
      });
      continue;
    }
    if (statement.type === 'ExportNamedDeclaration' && !statement.declaration) {
      if (statement.specifiers.length === 0 && !statement.source) continue;
      if (statement.source && statement.specifiers.length > 0) {
        const specifier = statement.source.value;
        for (const item of statement.specifiers) {
          const local = nameOf(item.local);
          const name = nameOf(item.exported);
          if (local === 'default' || name === 'default') {
            oddities.push({ kind: 'default-reexport', specifier, range: rangeOf(item) });
            continue;
          }
          exports.push({
            specifier,
            name,
            local,
            isType: statement.exportKind === 'type' || item.exportKind === 'type',
            range: rangeOf(item),
            statementRange: rangeOf(statement),
          });
        }
        continue;
      }
    }
    oddities.push({ kind: 'foreign-statement', statementType: statement.type, range: rangeOf(statement) });
  }
  return { exports, oddities };
}

// Extensions a module specifier may carry and still name the same source under bundler-style
// resolution (`./a.js` and `./a.ts` both reach `a.ts`; `allowImportingTsExtensions` allows the latter).
const SPECIFIER_EXTENSION = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/**
 * `readBarrel`, with each specifier replaced by the model's spelling when both reach the same file:
 * where the model writes no extension (bundler resolution), `./a.js` and `./a.ts` are `./a`.
 * Where the model writes `.js` (node16/nodenext), the extension is required and nothing is merged.
 */
export function readBarrelAgainst(
  program: TSESTree.Program,
  modelSpecifiers: Iterable<string>,
): { exports: BarrelExport[]; oddities: BarrelOddity[] } {
  const extensionless = new Set([...modelSpecifiers].filter((specifier) => !SPECIFIER_EXTENSION.test(specifier)));
  const canonical = (specifier: string): string => {
    const stem = specifier.replace(SPECIFIER_EXTENSION, '');
    return stem !== specifier && extensionless.has(stem) ? stem : specifier;
  };
  const { exports, oddities } = readBarrel(program);
  return {
    exports: exports.map((item) => ({ ...item, specifier: canonical(item.specifier) })),
    oddities: oddities.map((oddity) =>
      'specifier' in oddity ? { ...oddity, specifier: canonical(oddity.specifier) } : oddity,
    ),
  };
}
