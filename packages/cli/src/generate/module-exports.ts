import type { ImportDeclaration, SourceFile } from 'ts-morph';
import { Node } from './ts-morph.js';

export interface ModuleExports {
  /** Names the module exports by itself (declarations, `export { … }`, `export { … } from`). */
  names: Set<string>;
  /** The module has `export * from …`: names it re-exports that way cannot be known without resolving. */
  hasExportStar: boolean;
}

/**
 * The names a module exports, read from its syntax alone: the generator works on files in memory
 * and must not load the rest of the project to know whether `tasks.ts` already has an activity.
 */
export function moduleExports(sourceFile: SourceFile): ModuleExports {
  const names = new Set<string>();
  let hasExportStar = false;
  for (const statement of sourceFile.getStatements()) {
    if (Node.isExportDeclaration(statement)) {
      const namedExports = statement.getNamedExports();
      if (namedExports.length === 0 && statement.getNamespaceExport() === undefined && statement.hasModuleSpecifier()) {
        hasExportStar = true;
      }
      for (const specifier of namedExports) names.add((specifier.getAliasNode() ?? specifier.getNameNode()).getText());
      const namespace = statement.getNamespaceExport();
      if (namespace !== undefined) names.add(namespace.getName());
    } else if (Node.isVariableStatement(statement)) {
      if (statement.hasExportKeyword()) for (const declaration of statement.getDeclarations()) names.add(declaration.getName());
    } else if (isNamedDeclaration(statement)) {
      // `export` on the declaration itself; `export { x }` lists are read above, and `export default`
      // exports no name. Syntax only: `isExported()`/`isDefaultExport()` resolve symbols, which
      // makes ts-morph build a program and type checker (lib files included) for one small module.
      const name = statement.getName();
      if (statement.hasExportKeyword() && !statement.hasDefaultKeyword() && name !== undefined) names.add(name);
    }
  }
  return { names, hasExportStar };
}

/** Local names bound at the top of a module by its imports (to avoid importing a name twice). */
export function importedNames(sourceFile: SourceFile): Set<string> {
  return new Set(sourceFile.getImportDeclarations().flatMap(namesOfImport));
}

function namesOfImport(declaration: ImportDeclaration): string[] {
  const names: string[] = [];
  const defaultImport = declaration.getDefaultImport();
  if (defaultImport !== undefined) names.push(defaultImport.getText());
  const namespace = declaration.getNamespaceImport();
  if (namespace !== undefined) names.push(namespace.getText());
  for (const specifier of declaration.getNamedImports()) names.push((specifier.getAliasNode() ?? specifier.getNameNode()).getText());
  return names;
}

/** A name bound at the top of a module without being exported by it: declared there, or imported. */
export interface LocalBinding {
  how: 'declares' | 'imports';
  /** Offset of the binding, for a line:column in messages. */
  start: number;
}

/** Top-level names a module binds (declarations and imports), whether exported or not. */
export function localBindings(sourceFile: SourceFile): Map<string, LocalBinding> {
  const bindings = new Map<string, LocalBinding>();
  const add = (name: string | undefined, how: LocalBinding['how'], node: Node): void => {
    if (name !== undefined && !bindings.has(name)) bindings.set(name, { how, start: node.getStart() });
  };
  for (const declaration of sourceFile.getImportDeclarations()) {
    for (const name of namesOfImport(declaration)) add(name, 'imports', declaration);
  }
  for (const statement of sourceFile.getStatements()) {
    if (Node.isVariableStatement(statement)) {
      for (const declaration of statement.getDeclarations()) add(declaration.getName(), 'declares', declaration);
    } else if (isNamedDeclaration(statement)) {
      add(statement.getName(), 'declares', statement);
    }
  }
  return bindings;
}

/** A top-level declaration that binds one name: function, class, interface, type, enum or namespace. */
function isNamedDeclaration(statement: Node) {
  return (
    Node.isFunctionDeclaration(statement) ||
    Node.isClassDeclaration(statement) ||
    Node.isInterfaceDeclaration(statement) ||
    Node.isTypeAliasDeclaration(statement) ||
    Node.isEnumDeclaration(statement) ||
    Node.isModuleDeclaration(statement)
  );
}
