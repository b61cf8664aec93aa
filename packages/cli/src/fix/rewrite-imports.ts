import path from 'node:path';
import type { SourceFile, StringLiteral } from 'ts-morph';
import { resolveSpecifier, SOURCE_FILE, type WorkerEntry } from '@wfkit/core';
import { loadTsMorph } from '../generate/ts-morph.js';

/** A module `wf fix` moves: renamed whole, or split into several (whose names then live apart). */
export type ModuleMove =
  | { kind: 'rename'; from: string; to: string }
  | {
      kind: 'split';
      from: string;
      /** The file each exported name now lives in. */
      homeOf: ReadonlyMap<string, string>;
      /** For a module relocated into a directory of the same name: its barrel, and the names it re-exports. */
      barrel?: { filePath: string; names: ReadonlySet<string> } | undefined;
    };

/**
 * The text of a module once the modules it imports have moved: every relative import, re-export,
 * `require`/`import()` and worker `workflowsPath` that names a moved module names its new place,
 * with the extension style it was written in. An import of a relocated module keeps its specifier
 * where the new barrel exports the names (`./workflows` now resolves to `./workflows/index.ts`).
 * `notes` says what could not be followed.
 */
export function rewriteImports(
  filePath: string,
  newPath: string,
  text: string,
  moves: ReadonlyMap<string, ModuleMove>,
  workers: readonly WorkerEntry[],
  isFile: (filePath: string) => boolean,
  notes: string[],
): string {
  const { Project, Node, SyntaxKind } = loadTsMorph();
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true } });
  const source: SourceFile = project.createSourceFile(filePath, text, { overwrite: true });
  const moveOf = (specifier: string): ModuleMove | undefined => {
    const target = resolveSpecifier(filePath, specifier, isFile);
    return target === undefined ? undefined : moves.get(target);
  };
  const specifierFor = (target: string, written: string): string => {
    const extension = SOURCE_FILE.exec(written)?.[0] ?? '';
    const relative = path
      .relative(path.dirname(newPath), target)
      .split(path.sep)
      .join('/')
      .replace(SOURCE_FILE, extension);
    return relative.startsWith('.') ? relative : `./${relative}`;
  };
  const barrelSpecifier = (written: string): string => {
    const extension = SOURCE_FILE.exec(written)?.[0];
    // Without an extension the module's path now resolves to the directory's index.
    return extension === undefined ? written : `${written.slice(0, -extension.length)}/index${extension}`;
  };
  // Where an imported name comes from now.
  const specifierOfName = (move: ModuleMove & { kind: 'split' }, name: string, written: string): string | undefined => {
    if (move.barrel !== undefined && (move.barrel.names.has(name) || name === '*')) return barrelSpecifier(written);
    const home = move.homeOf.get(name);
    return home === undefined ? undefined : specifierFor(home, written);
  };
  const relativeFromNew = (target: string): string => specifierFor(target, '');
  const where = (node: { getStartLineNumber(): number }): string =>
    `${path.basename(filePath)}:${node.getStartLineNumber()}`;

  for (const declaration of [...source.getImportDeclarations(), ...source.getExportDeclarations()]) {
    const written = declaration.getModuleSpecifierValue();
    if (written === undefined) continue;
    const move = moveOf(written);
    if (move === undefined) continue;
    if (move.kind === 'rename') {
      declaration.setModuleSpecifier(specifierFor(move.to, written));
      continue;
    }
    const named = Node.isImportDeclaration(declaration)
      ? declaration.getNamedImports().map((node) => ({ name: node.getName(), text: node.getText() }))
      : declaration.getNamedExports().map((node) => ({ name: node.getName(), text: node.getText() }));
    const whole = Node.isImportDeclaration(declaration)
      ? declaration.getImportClause() === undefined ||
        declaration.getNamespaceImport() !== undefined ||
        declaration.getDefaultImport() !== undefined
      : declaration.isNamespaceExport() || declaration.getNamedExports().length === 0;
    if (whole) {
      const barrel = specifierOfName(move, '*', written);
      if (barrel === undefined)
        notes.push(
          `${where(declaration)} imports all of ${path.basename(move.from)}, whose code now lives in several modules: import from them by name.`,
        );
      else declaration.setModuleSpecifier(barrel);
      const namespace = Node.isImportDeclaration(declaration) ? declaration.getNamespaceImport()?.getText() : undefined;
      const outside =
        namespace === undefined
          ? []
          : [...move.homeOf.keys()].filter(
              (name) => !move.barrel?.names.has(name) && text.includes(`${namespace}.${name}`),
            );
      if (outside.length > 0)
        notes.push(
          `${where(declaration)} uses ${outside.map((name) => `${namespace}.${name}`).join(', ')}, which the barrel does not export: import ${outside.length === 1 ? 'it' : 'them'} from ${relativeFromNew(move.homeOf.get(outside[0]!)!)} by name.`,
        );
      if (named.length === 0) continue;
    }
    const groups = new Map<string, string[]>();
    for (const { name, text: specifierText } of named) {
      const specifier = specifierOfName(move, name, written);
      if (specifier === undefined) {
        notes.push(
          `${where(declaration)} imports '${name}', which ${path.basename(move.from)} does not export: left as written.`,
        );
        continue;
      }
      groups.set(specifier, [...(groups.get(specifier) ?? []), specifierText]);
    }
    if (groups.size === 1 && !whole) {
      declaration.setModuleSpecifier([...groups.keys()][0]!);
      continue;
    }
    if (groups.size === 0) continue;
    const keyword = Node.isImportDeclaration(declaration) ? 'import' : 'export';
    const typeOnly = declaration.isTypeOnly() ? 'type ' : '';
    const lines = [...groups].map(
      ([specifier, names]) => `${keyword} ${typeOnly}{ ${names.join(', ')} } from '${specifier}';`,
    );
    if (whole) {
      // Keep the default or namespace part where it was; the names go to their new modules.
      if (Node.isImportDeclaration(declaration)) declaration.removeNamedImports();
      declaration.replaceWithText(`${declaration.getText()}\n${lines.join('\n')}`);
    } else {
      declaration.replaceWithText(lines.join('\n'));
    }
  }

  // `require('./workflows')`, `require.resolve(…)`, `import(…)`: the string names the module.
  for (const call of source.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const callee = call.getExpression().getText();
    if (callee !== 'require' && callee !== 'require.resolve' && callee !== 'import') continue;
    const argument = call.getArguments()[0];
    if (argument === undefined || !Node.isStringLiteral(argument)) continue;
    const move = moveOf(argument.getLiteralValue());
    if (move === undefined) continue;
    const written = argument.getLiteralValue();
    const next = move.kind === 'rename' ? specifierFor(move.to, written) : specifierOfName(move, '*', written);
    if (next === undefined)
      notes.push(
        `${where(call)} loads ${path.basename(move.from)} whole, whose code now lives in several modules: load them by name.`,
      );
    else argument.setLiteralValue(next);
  }

  // A worker that names the moved module with its extension (`path.join(__dirname, 'workflows.ts')`).
  for (const worker of workers) {
    if (worker.workerFile !== filePath || worker.entryPath === undefined) continue;
    const move = moves.get(worker.entryPath);
    if (move === undefined) continue;
    const stem = path.basename(move.from).replace(SOURCE_FILE, '');
    const literals = source
      .getDescendantsOfKind(SyntaxKind.StringLiteral)
      .filter(
        (literal: StringLiteral) => literal.getStart() >= worker.range.start && literal.getEnd() <= worker.range.end,
      );
    for (const literal of literals) {
      const value = literal.getLiteralValue();
      // The module's name, with or without an extension, at the end of the path.
      const match = new RegExp(`(^|/)${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.[cm]?[jt]sx?)?$`).exec(value);
      if (match === null) continue;
      const prefix = value.slice(0, match.index + match[1]!.length);
      const extension = match[2];
      if (move.kind === 'rename')
        literal.setLiteralValue(`${prefix}${path.basename(move.to).replace(SOURCE_FILE, extension ?? '')}`);
      // Without an extension the path already names the new directory, whose index is the barrel.
      else if (move.barrel !== undefined && extension !== undefined)
        literal.setLiteralValue(
          `${prefix}${stem}/${path.basename(move.barrel.filePath).replace(SOURCE_FILE, extension)}`,
        );
    }
  }
  return source.getFullText();
}
