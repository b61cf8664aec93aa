import type { ImportDeclaration, SourceFile } from 'ts-morph';
import { specifierTargets } from '@wfkit/core';
import type { CodeStyle } from './code-style.js';
import type { PlannedStatement } from './code-plan.js';
import { printInStyle, styledProject } from './styled-project.js';
import type { TypeImport } from './type-import.js';
import { loadTsMorph } from './ts-morph.js';

// The fallback of `text-printer.ts` and `type-import.ts`, for what they cannot be sure to print as
// ts-morph would (and the reference their output is tested against): printed by ts-morph and
// TypeScript's formatter, as `wf new` always did. Loads TypeScript on the first call.

/** The statements as ts-morph prints them into a new file in `style`. */
export function printWithTsMorph(statements: readonly PlannedStatement[], style: CodeStyle): string {
  return printInStyle(style, (file) => {
    for (const statement of statements) addStatement(file, statement);
  });
}

function addStatement(file: SourceFile, statement: PlannedStatement): void {
  switch (statement.kind) {
    case 'import':
      file.addImportDeclaration(
        'namespace' in statement.names
          ? { isTypeOnly: statement.typeOnly, namespaceImport: statement.names.namespace, moduleSpecifier: statement.specifier }
          : { isTypeOnly: statement.typeOnly, namedImports: [...statement.names], moduleSpecifier: statement.specifier },
      );
      break;
    case 'const': {
      const name = statement.property === statement.local ? `{ ${statement.property} }` : `{ ${statement.property}: ${statement.local} }`;
      file.addVariableStatement({ declarationKind: loadTsMorph().VariableDeclarationKind.Const, declarations: [{ name, initializer: statement.initializer }] });
      break;
    }
    case 'function':
      file.addFunction({
        docs: [statement.doc],
        isExported: true,
        isAsync: true,
        name: statement.name,
        parameters: statement.parameters.map(({ name, type, rest }) => ({ name, type, ...(rest === true ? { isRestParameter: true } : {}) })),
        returnType: statement.returnType,
        statements: [...statement.statements],
      });
      break;
    case 'interface':
      file.addInterface({
        docs: [statement.doc],
        isExported: true,
        name: statement.name,
        indexSignatures: [{ keyName: statement.index.key, keyType: statement.index.keyType, returnType: statement.index.valueType }],
      });
      break;
  }
}

/**
 * `text` (a module's, `''` for a new one) with imports of the names in `imports` that it does not
 * import yet: added to the first import of the same module when there is one (names where they
 * sort when its list is sorted, else at its end), else a new `import type` after the last import.
 */
export function addTypeImportsWithTsMorph(filePath: string, text: string, imports: readonly TypeImport[], style: CodeStyle): string {
  const file = styledProject(style).createSourceFile(filePath, text);
  for (const wanted of imports) addTypeImport(file, wanted, style);
  return file.getFullText();
}

function addTypeImport(file: SourceFile, wanted: TypeImport, style: CodeStyle): void {
  const already = new Set(file.getImportDeclarations().flatMap(namesOfImport));
  const names = wanted.names.filter((name) => !already.has(name));
  if (names.length === 0) return;
  const existing = file
    .getImportDeclarations()
    .find((declaration) => specifierTargets(file.getFilePath(), declaration.getModuleSpecifierValue(), wanted.file) && declaration.getNamespaceImport() === undefined);
  if (existing !== undefined) {
    // `import type { A }` takes plain names; a value import takes them as inline `type` imports.
    for (const name of names) {
      const current = existing.getNamedImports().map((specifier) => specifier.getName());
      const sorted = current.every((value, index) => index === 0 || current[index - 1]! <= value);
      const index = sorted ? current.filter((value) => value < name).length : current.length;
      existing.insertNamedImport(index, { name, isTypeOnly: !existing.isTypeOnly() });
    }
    return;
  }
  const structure = { isTypeOnly: true, namedImports: names, moduleSpecifier: wanted.specifier };
  // Printed apart and then placed: formatting the node in place would not drop its semicolon.
  const importText = printWithTsMorph([{ kind: 'import', typeOnly: true, names, specifier: wanted.specifier }], style).trimEnd();
  file.addImportDeclaration(structure).replaceWithText(importText);
}

/** The local names an import binds. */
function namesOfImport(declaration: ImportDeclaration): string[] {
  const names: string[] = [];
  const defaultImport = declaration.getDefaultImport();
  if (defaultImport !== undefined) names.push(defaultImport.getText());
  const namespace = declaration.getNamespaceImport();
  if (namespace !== undefined) names.push(namespace.getText());
  for (const specifier of declaration.getNamedImports()) names.push((specifier.getAliasNode() ?? specifier.getNameNode()).getText());
  return names;
}
