import path from 'node:path';
import type { BindingElement, ImportDeclaration, SourceFile, Statement } from 'ts-morph';
import { loadTsMorph } from '../generate/ts-morph.js';
import { relativeSpecifier } from '../generate/module-specifier.js';

/** A module of workflows to split into one file per workflow (and a shared module), as planned. */
export interface SplitRequest {
  filePath: string;
  text: string;
  /** Local names of its workflows, with the file each goes to. */
  workflows: ReadonlyArray<{ localName: string; exportedName: string; targetFile: string }>;
  /** Where what several workflows use goes. */
  sharedFile: string;
  /** Extension written on the new relative specifiers (`''` or `.js`). */
  importExtension: '' | '.js';
  /** Functions whose call makes a workflow (config `workflowFactories`) and the runtime modules. */
  knownModules: readonly string[];
}

export type SplitResult =
  | {
      files: Array<{ filePath: string; text: string }>;
      /** The file each name the module exported now lives in. */
      homeOf: ReadonlyMap<string, string>;
    }
  | { unfixable: string; line: number };

/** A top-level declaration statement and the names it declares. */
interface Unit {
  statement: Statement;
  names: string[];
  exported: boolean;
  /** Exported by an `export { … }` list rather than the `export` keyword: the new module writes the keyword. */
  exportedByList: boolean;
  /** `let`/`var`: state a workflow may change. */
  mutable: boolean;
  /** Only types: imported with `type`. */
  typeOnly: boolean;
  /** Top-level names (declarations and imports) its code mentions. */
  refs: Set<string>;
  home?: string;
}

/**
 * Splits a module of several workflows: each workflow goes to its own file with what only it uses;
 * what several use (helpers, constants, signal and query definitions, activity proxies) goes to one
 * shared module, exported from there. Anything that would change behaviour when the module is cut
 * apart makes the whole module unfixable, with the reason: a top-level statement that runs code,
 * module state (`let`) that several workflows share, exports it cannot follow.
 */
export function splitModule(request: SplitRequest): SplitResult {
  const { Project, Node, SyntaxKind } = loadTsMorph();
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true } });
  const source = project.createSourceFile(request.filePath, request.text, { overwrite: true });
  const lineOf = (node: Statement): number => node.getStartLineNumber();
  const imports: ImportDeclaration[] = [];
  const units: Unit[] = [];
  const localExportLists: string[] = [];

  for (const statement of source.getStatements()) {
    if (Node.isImportDeclaration(statement)) {
      imports.push(statement);
      continue;
    }
    if (Node.isExportDeclaration(statement)) {
      if (statement.getModuleSpecifier() !== undefined)
        return {
          unfixable: 're-exports another module (`export … from`): move that export by hand first',
          line: lineOf(statement),
        };
      for (const specifier of statement.getNamedExports()) {
        if (specifier.getAliasNode() !== undefined)
          return {
            unfixable: `exports '${specifier.getName()}' under another name: export it where it is declared first`,
            line: lineOf(statement),
          };
        localExportLists.push(specifier.getName());
      }
      continue;
    }
    // A `'use strict'` prologue: TypeScript emits it anyway for every module.
    if (Node.isExpressionStatement(statement) && Node.isStringLiteral(statement.getExpression())) continue;
    if (Node.isImportEqualsDeclaration(statement))
      return {
        unfixable: 'imports with `import … = require(…)`: write it as an import declaration first',
        line: lineOf(statement),
      };
    if (Node.isExportAssignment(statement))
      return {
        unfixable: 'has a default export or `export =`, which the worker registers for every unknown workflow type',
        line: lineOf(statement),
      };
    const names = declaredNames(statement);
    if (names === undefined) {
      const text = statement.getText();
      const reason = /\b(?:module\.)?exports\b/.test(text)
        ? 'builds its exports at run time'
        : 'runs code when it is loaded (a top-level statement), which splitting would run once per new file';
      return { unfixable: reason, line: lineOf(statement) };
    }
    const exported = Node.isExportable(statement) && statement.hasExportKeyword();
    const mutable = Node.isVariableStatement(statement) && statement.getDeclarationKind() !== 'const';
    const typeOnly = Node.isInterfaceDeclaration(statement) || Node.isTypeAliasDeclaration(statement);
    units.push({ statement, names, exported, exportedByList: false, mutable, typeOnly, refs: new Set() });
  }

  // Overloads and declaration merging: one unit per name.
  const unitOf = new Map<string, Unit>();
  for (const unit of units) {
    const earlier = unit.names.map((name) => unitOf.get(name)).find((found) => found !== undefined);
    if (earlier !== undefined)
      return {
        unfixable: `declares '${unit.names[0]}' more than once (overloads or merged declarations): move it by hand`,
        line: lineOf(unit.statement),
      };
    for (const name of unit.names) unitOf.set(name, unit);
  }
  for (const name of localExportLists) {
    const unit = unitOf.get(name);
    if (unit !== undefined && !unit.exported) [unit.exported, unit.exportedByList] = [true, true];
  }
  const importLocals = new Set(imports.flatMap((declaration) => importedLocals(declaration)));
  for (const unit of units) {
    for (const identifier of unit.statement.getDescendantsOfKind(SyntaxKind.Identifier)) {
      const name = identifier.getText();
      if ((unitOf.has(name) || importLocals.has(name)) && !unit.names.includes(name)) unit.refs.add(name);
    }
  }

  // Exported values made by a call of something wfkit does not know may be workflows.
  for (const unit of units) {
    if (!unit.exported || !Node.isVariableStatement(unit.statement)) continue;
    for (const declaration of unit.statement.getDeclarations()) {
      const init = declaration.getInitializer();
      if (init === undefined || !Node.isCallExpression(init)) continue;
      const callee = init.getExpression().getText().split('.')[0] ?? '';
      const from = imports
        .find((declaration) => importedLocals(declaration).includes(callee))
        ?.getModuleSpecifierValue();
      if (from === undefined || !request.knownModules.includes(from)) {
        return {
          unfixable: `exports '${declaration.getName()}' made by ${init.getExpression().getText()}(…), a factory wfkit does not know; if it makes a workflow, list it in workflowFactories`,
          line: lineOf(unit.statement),
        };
      }
    }
  }

  const workflowUnits = new Map<Unit, string>();
  for (const workflow of request.workflows) {
    const unit = unitOf.get(workflow.localName);
    if (unit === undefined || unit.names.length > 1)
      return {
        unfixable: `declares workflow '${workflow.exportedName}' together with other names: give it a declaration of its own`,
        line: unit === undefined ? 1 : lineOf(unit.statement),
      };
    workflowUnits.set(unit, workflow.targetFile);
    unit.home = workflow.targetFile;
  }

  // Which workflows use each other declaration, directly or through others.
  const owners = new Map<Unit, Set<Unit>>();
  for (const workflowUnit of workflowUnits.keys()) {
    const queue = [...workflowUnit.refs];
    const seen = new Set<string>();
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
      const unit = unitOf.get(name);
      if (seen.has(name) || unit === undefined || workflowUnits.has(unit)) continue;
      seen.add(name);
      let set = owners.get(unit);
      if (set === undefined) owners.set(unit, (set = new Set()));
      set.add(workflowUnit);
      queue.push(...unit.refs);
    }
  }
  for (const unit of units) {
    if (workflowUnits.has(unit)) continue;
    const users = [...(owners.get(unit) ?? [])];
    if (unit.mutable && users.length > 1 && request.workflows.length > 1) {
      const names = users.map((user) => `'${user.names[0]}'`).join(' and ');
      return {
        unfixable: `workflows ${names} share the module state '${unit.names[0]}' (let/var): split, each would get its own copy`,
        line: lineOf(unit.statement),
      };
    }
    // An exported function is a helper other modules call: it goes where every caller can import it.
    const exportedFunction = unit.exported && Node.isFunctionDeclaration(unit.statement);
    // A module of one workflow moves whole: nothing there is shared.
    const only = request.workflows.length === 1 ? request.workflows[0]!.targetFile : undefined;
    unit.home = only ?? (users.length === 1 && !exportedFunction ? workflowUnits.get(users[0]!)! : request.sharedFile);
  }

  const homes = [
    ...new Set([...request.workflows.map((workflow) => workflow.targetFile), ...units.map((unit) => unit.home!)]),
  ];
  const files = homes.map((home) => ({
    filePath: home,
    text: renderHome(home, units, unitOf, imports, request, source),
  }));
  const homeOf = new Map<string, string>();
  for (const unit of units) if (unit.exported) for (const name of unit.names) homeOf.set(name, unit.home!);
  return { files, homeOf };
}

/** The text of one new module: the imports its code uses, then its declarations in their original order. */
function renderHome(
  home: string,
  units: readonly Unit[],
  unitOf: ReadonlyMap<string, Unit>,
  imports: readonly ImportDeclaration[],
  request: SplitRequest,
  source: SourceFile,
): string {
  const own = units.filter((unit) => unit.home === home);
  const refs = new Set(own.flatMap((unit) => [...unit.refs]));
  const lines: string[] = [];
  for (const declaration of imports) {
    const specifier = movedSpecifier(declaration.getModuleSpecifierValue(), request.filePath, home);
    const line = importLine(declaration, refs, specifier);
    if (line !== undefined) lines.push(line);
  }
  // Names this module takes from the other new modules.
  const byHome = new Map<string, string[]>();
  for (const name of [...refs].sort()) {
    const unit = unitOf.get(name);
    if (unit === undefined || unit.home === home) continue;
    const list = byHome.get(unit.home!) ?? [];
    list.push(unit.typeOnly ? `type ${name}` : name);
    byHome.set(unit.home!, list);
  }
  for (const [other, names] of [...byHome].sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(`import { ${names.join(', ')} } from '${relativeSpecifier(home, other, request.importExtension)}';`);
  }
  // A comment heading the module (a licence, what the module is) heads each new module.
  const first = source.getStatements()[0];
  const header =
    first === undefined || !first.isKind(loadTsMorph().SyntaxKind.ImportDeclaration)
      ? ''
      : source.getFullText().slice(0, first.getStart()).trim();
  const body = own.map((unit) => {
    const statement = unit.statement;
    const leading = source.getFullText().slice(statement.getFullStart(), statement.getStart()).replace(/^\s+/, '');
    // What several workflows use is imported from the shared module: it must be exported there.
    const exportKeyword = unit.exportedByList || (home === request.sharedFile && !unit.exported) ? 'export ' : '';
    return `${leading}${exportKeyword}${statement.getText()}`;
  });
  return `${header === '' ? '' : `${header}\n`}${lines.length > 0 ? `${lines.join('\n')}\n\n` : ''}${body.join('\n\n')}\n`;
}

/** An import declaration kept with only the names `refs` mentions (side-effect imports are kept whole). */
function importLine(declaration: ImportDeclaration, refs: ReadonlySet<string>, specifier: string): string | undefined {
  const quoted = `'${specifier}'`;
  const typeKeyword = declaration.isTypeOnly() ? 'type ' : '';
  if (declaration.getImportClause() === undefined) return `import ${quoted};`;
  const namespace = declaration.getNamespaceImport()?.getText();
  if (namespace !== undefined)
    return refs.has(namespace) ? `import ${typeKeyword}* as ${namespace} from ${quoted};` : undefined;
  const defaultName = declaration.getDefaultImport()?.getText();
  const named = declaration
    .getNamedImports()
    .filter((specifierNode) => refs.has((specifierNode.getAliasNode() ?? specifierNode.getNameNode()).getText()));
  const parts = [
    ...(defaultName !== undefined && refs.has(defaultName) ? [defaultName] : []),
    ...(named.length > 0 ? [`{ ${named.map((node) => node.getText()).join(', ')} }`] : []),
  ];
  return parts.length === 0 ? undefined : `import ${typeKeyword}${parts.join(', ')} from ${quoted};`;
}

function importedLocals(declaration: ImportDeclaration): string[] {
  const namespace = declaration.getNamespaceImport()?.getText();
  const defaultName = declaration.getDefaultImport()?.getText();
  return [
    ...(namespace === undefined ? [] : [namespace]),
    ...(defaultName === undefined ? [] : [defaultName]),
    ...declaration.getNamedImports().map((node) => (node.getAliasNode() ?? node.getNameNode()).getText()),
  ];
}

/** A relative specifier written in `fromFile`, as the module moved to `toFile` must write it. */
export function movedSpecifier(specifier: string, fromFile: string, toFile: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const target = path.resolve(path.dirname(fromFile), specifier);
  const relative = path.relative(path.dirname(toFile), target).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** The names a top-level declaration binds; `undefined` for a statement that runs code. */
function declaredNames(statement: Statement): string[] | undefined {
  const { Node } = loadTsMorph();
  if (Node.isVariableStatement(statement)) {
    return statement.getDeclarations().flatMap((declaration) => {
      const nameNode = declaration.getNameNode();
      if (Node.isIdentifier(nameNode)) return [nameNode.getText()];
      return nameNode
        .getDescendants()
        .filter((node) => Node.isBindingElement(node))
        .map((node) => (node as BindingElement).getNameNode().getText());
    });
  }
  if (
    Node.isFunctionDeclaration(statement) ||
    Node.isClassDeclaration(statement) ||
    Node.isInterfaceDeclaration(statement) ||
    Node.isTypeAliasDeclaration(statement) ||
    Node.isEnumDeclaration(statement) ||
    Node.isModuleDeclaration(statement)
  ) {
    const name = statement.getName();
    return name === undefined ? undefined : [name];
  }
  return undefined;
}
