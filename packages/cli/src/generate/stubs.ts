import type { SourceFile } from 'ts-morph';
import type { CodeStyle } from './code-style.js';
import { importedNames } from './module-exports.js';
import { specifierTargets } from './module-specifier.js';
import { printInStyle, styledProject } from './styled-project.js';

/** Types a stub needs from another module of the project. */
export interface TypeImport {
  names: string[];
  /** The module's file (to find an existing import of it, whatever its specifier says). */
  file: string;
  /** The specifier to write when a new import is needed. */
  specifier: string;
}

export interface ActivityStub {
  kind: 'activity';
  name: string;
  workflow: string;
  inputType: string;
  outputType: string | undefined;
}

export interface TypeStub {
  kind: 'type';
  name: string;
  workflow: string;
  role: 'input' | 'output';
}

export type Stub = ActivityStub | TypeStub;

/**
 * Adds typed stubs to a module (`tasks.ts` / `models.ts`), creating it when `currentText` is
 * undefined. Only two places change: the imports the stubs need (added to an existing import of
 * the same module when there is one) and the stubs themselves, appended at the end. Everything
 * else in the file stays byte for byte.
 */
export function addStubs(filePath: string, currentText: string | undefined, stubs: readonly Stub[], imports: readonly TypeImport[], style: CodeStyle): string {
  const project = styledProject(style);
  const file = project.createSourceFile(filePath, currentText ?? '');
  for (const wanted of imports) addTypeImport(file, wanted, style);
  const stubText = printInStyle(style, (scratch) => {
    for (const stub of stubs) {
      if (stub.kind === 'activity') printActivityStub(scratch, stub);
      else printTypeStub(scratch, stub);
    }
  });
  return appendBlock(file.getFullText(), stubText, style.eol);
}

function addTypeImport(file: SourceFile, wanted: TypeImport, style: CodeStyle): void {
  const already = importedNames(file);
  const names = wanted.names.filter((name) => !already.has(name));
  if (names.length === 0) return;
  const existing = file
    .getImportDeclarations()
    .find((declaration) => specifierTargets(file.getFilePath(), declaration.getModuleSpecifierValue(), wanted.file) && declaration.getNamespaceImport() === undefined);
  if (existing !== undefined) {
    // `import type { A }` takes plain names; a value import takes them as inline `type` imports.
    // Names go where they sort when the list is sorted already, else at its end.
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
  const text = printInStyle(style, (scratch) => void scratch.addImportDeclaration(structure)).trimEnd();
  file.addImportDeclaration(structure).replaceWithText(text);
}

function printActivityStub(file: SourceFile, stub: ActivityStub): void {
  file.addFunction({
    docs: [`Activity of the ${stub.workflow} workflow. A stub from \`wf new\`: implement it.`],
    isExported: true,
    isAsync: true,
    name: stub.name,
    parameters: [{ name: 'input', type: stub.inputType }],
    returnType: `Promise<${stub.outputType ?? 'void'}>`,
    statements: [
      // Uses `input` so that no-unused-vars stays quiet until the real body exists.
      'void input;',
      `throw new Error(${quoted(`${stub.name}: not implemented yet.`, file)});`,
    ],
  });
}

function printTypeStub(file: SourceFile, stub: TypeStub): void {
  file.addInterface({
    docs: [`${stub.role === 'input' ? 'Input' : 'Result'} of the ${stub.workflow} workflow. A stub from \`wf new\`: list its fields.`],
    isExported: true,
    name: stub.name,
    indexSignatures: [{ keyName: 'field', keyType: 'string', returnType: 'unknown' }],
  });
}

function quoted(text: string, file: SourceFile): string {
  const quote = file.getProject().manipulationSettings.getQuoteKind() as string;
  return `${quote}${text.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`)}${quote}`;
}

/**
 * `text` followed by a blank line and `block`: nothing in `text` changes, not even its last line
 * ending or trailing blank lines (a line ending is only added to a last line that has none).
 */
function appendBlock(text: string, block: string, eol: string): string {
  if (text.trim() === '') return block;
  if (/(?:\r?\n)[ \t]*\r?\n$/.test(text)) return `${text}${block}`;
  if (/\r?\n$/.test(text)) return `${text}${eol}${block}`;
  return `${text}${eol}${eol}${block}`;
}
