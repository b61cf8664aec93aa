import type { TSESTree } from '@typescript-eslint/types';
import type { SourceRange } from '../types.js';
import { declaredNames, isDeclaration } from './local-bindings.js';
import { nameOf, patternIdentifiers, rangeOf } from './node-names.js';

/** How a module binds a top-level name, and where (for a line:column in messages). */
export interface TopLevelBinding {
  how: 'declares' | 'imports';
  /** Offset of the statement that binds it (of its declarator, for a variable). */
  start: number;
}

/** One `import … from '…'` statement. */
export interface ImportStatement {
  source: string;
  range: SourceRange;
  /** The local names it binds (default, namespace and named imports). */
  names: string[];
  /** It has a namespace import (`* as ns`), which cannot take named imports beside it. */
  hasNamespace: boolean;
}

export interface ModuleBindings {
  /** Names the module exports by itself: declarations, `export { … }`, `export { … } from`, `export * as ns from`. */
  exports: Set<string>;
  /** The module has `export * from …`: what it re-exports that way cannot be known without resolving. */
  hasExportStar: boolean;
  /** Every top-level name the module binds, exported or not; a name bound twice (merged declarations, overloads) keeps its first binding. */
  bindings: Map<string, TopLevelBinding>;
  imports: ImportStatement[];
}

/**
 * A module's top-level names from its syntax alone: what it exports and what it binds. Code
 * generators need both — whether `tasks.ts` already exports an activity, and whether a stub of a
 * name would clash with a local declaration or import — without resolving anything.
 */
export function moduleBindings(program: TSESTree.Program): ModuleBindings {
  const result: ModuleBindings = { exports: new Set(), hasExportStar: false, bindings: new Map(), imports: [] };
  const bind = (names: ReadonlyArray<{ name: string; start: number }>, how: TopLevelBinding['how']): void => {
    for (const { name, start } of names) if (!result.bindings.has(name)) result.bindings.set(name, { how, start });
  };
  for (const statement of program.body) {
    const start = rangeOf(statement).start;
    switch (statement.type) {
      case 'ImportDeclaration': {
        const names = statement.specifiers.map((specifier) => specifier.local.name);
        bind(
          names.map((name) => ({ name, start })),
          'imports',
        );
        const hasNamespace = statement.specifiers.some((specifier) => specifier.type === 'ImportNamespaceSpecifier');
        result.imports.push({ source: statement.source.value, range: rangeOf(statement), names, hasNamespace });
        break;
      }
      case 'ExportNamedDeclaration':
        if (statement.declaration) {
          const names = boundNames(statement.declaration, start);
          bind(names, howBound(statement.declaration));
          for (const { name } of names) result.exports.add(name);
        }
        for (const specifier of statement.specifiers) result.exports.add(nameOf(specifier.exported));
        break;
      case 'ExportAllDeclaration':
        if (statement.exported) result.exports.add(nameOf(statement.exported));
        else result.hasExportStar = true;
        break;
      case 'ExportDefaultDeclaration': {
        // `export default function run() {}` binds `run` locally but exports no name.
        const declaration = statement.declaration;
        if (
          declaration.type === 'FunctionDeclaration' ||
          declaration.type === 'ClassDeclaration' ||
          declaration.type === 'TSInterfaceDeclaration' ||
          declaration.type === 'TSDeclareFunction'
        ) {
          bind(boundNames(declaration, start), 'declares');
        }
        break;
      }
      default:
        if (isDeclaration(statement)) bind(boundNames(statement, start), howBound(statement));
        break;
    }
  }
  return result;
}

/** `import A = B.C` and `import fs = require('fs')` import; everything else declares. */
function howBound(declaration: TSESTree.NamedExportDeclarations): TopLevelBinding['how'] {
  return declaration.type === 'TSImportEqualsDeclaration' ? 'imports' : 'declares';
}

/**
 * The names a declaration binds, each at the start of its statement (a variable at its declarator).
 * Unlike the core's workflow detection, an overload signature binds its name too: it is where a
 * reader looks for the declaration.
 */
function boundNames(
  declaration: TSESTree.NamedExportDeclarations,
  statementStart: number,
): Array<{ name: string; start: number }> {
  if (declaration.type === 'TSDeclareFunction')
    return declaration.id ? [{ name: declaration.id.name, start: statementStart }] : [];
  if (declaration.type === 'VariableDeclaration') {
    return declaration.declarations.flatMap((declarator) =>
      patternIdentifiers(declarator.id).map((id) => ({ name: id.name, start: rangeOf(declarator).start })),
    );
  }
  return declaredNames(declaration).map(({ id }) => ({ name: id.name, start: statementStart }));
}
