import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

/**
 * ts-morph's values, loaded with `require` rather than `import`. Imported from ES modules, a
 * CommonJS package and everything it requires (TypeScript's compiler among it, ~9 MB) go through
 * Node's ESM translator, which first scans each source for its export names (cjs-module-lexer):
 * ~0.15 s of `wf new` spent on nothing. Types still come from `import type … from 'ts-morph'`.
 */
const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof TsMorph;

export const { IndentationText, NewLineKind, Node, Project, QuoteKind, ts, VariableDeclarationKind } = tsMorph;
// The names above double as types (classes and enums), as they do when imported from ts-morph.
export type IndentationText = TsMorph.IndentationText;
export type Node = TsMorph.Node;
