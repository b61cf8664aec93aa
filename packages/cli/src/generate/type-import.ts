import { moduleBindings, parseModule, specifierTargets, type ImportStatement } from '@wfkit/core';
import type { CodeStyle } from './code-style.js';
import { printAsText } from './text-printer.js';

/** Types a stub needs from another module of the project. */
export interface TypeImport {
  names: string[];
  /** The module's file (to find an existing import of it, whatever its specifier says). */
  file: string;
  /** The specifier to write when a new import is needed. */
  specifier: string;
}

/**
 * `text` with imports of the names in `imports` that it does not import yet, edited as text
 * exactly as `addTypeImportsWithTsMorph` edits it: names go into the first import of the same
 * module (where they sort when its list is sorted, else at its end), else a new `import type`
 * goes after the last import. Undefined where the result could differ from ts-morph's, which
 * then decides: a byte order mark (ts-morph drops it), a `#!` line, an import list that spans
 * lines or is spaced otherwise, and whatever else `addImport` and `addNames` do not recognise.
 */
export function addTypeImportsAsText(filePath: string, text: string, imports: readonly TypeImport[], style: CodeStyle): string | undefined {
  if (text.startsWith('\uFEFF') || text.startsWith('#!')) return undefined;
  let result = text;
  for (const wanted of imports) {
    const next = addTypeImport(filePath, result, wanted, style);
    if (next === undefined) return undefined;
    result = next;
  }
  return result;
}

function addTypeImport(filePath: string, text: string, wanted: TypeImport, style: CodeStyle): string | undefined {
  const parsed = parseModule(filePath, text);
  if ('error' in parsed) return undefined;
  const { imports } = moduleBindings(parsed.program);
  const already = new Set(imports.flatMap((statement) => statement.names));
  const names = wanted.names.filter((name) => !already.has(name));
  if (names.length === 0) return text;
  // ts-morph counts a lone `\r`, U+2028 and U+2029 as line breaks; the text rules below do not.
  if (/\r(?!\n)|[\u2028\u2029]/.test(text)) return undefined;
  const existing = imports.find((statement) => specifierTargets(filePath, statement.source, wanted.file) && !statement.hasNamespace);
  if (existing !== undefined) return addNames(text, existing, names);
  const importText = printAsText([{ kind: 'import', typeOnly: true, names, specifier: wanted.specifier }], style)?.trimEnd();
  if (importText === undefined) return undefined;
  // Without imports, a module that is comments alone, or starts with a `/* … */` comment (not JSDoc):
  // ts-morph puts the import after some comments, before others, or drops them.
  if (imports.length === 0 && ((parsed.program.body.length === 0 && text.trim() !== '') || /^\s*\/\*(?!\*[^/])/.test(text))) return undefined;
  return addImport(text, imports.at(-1), importText, style.eol);
}

const NAME = String.raw`[\p{ID_Start}_$][\p{ID_Continue}$\u200c\u200d]*`;
// `import [type] [Default, ]{ a, type b, c as d } from '…'[;]` on one line, spaced as ts-morph spaces it.
const ONE_LINE_IMPORT = new RegExp(String.raw`^import (type )?(?:(${NAME}), )?\{ ([^{}\r\n]+) \} from (['"])[^'"\\\r\n]*\4;?$`, 'u');
const SPECIFIER = new RegExp(String.raw`^(type )?(${NAME})(?: as (${NAME}))?$`, 'u');

/**
 * The names inserted into an import's one-line list, each where ts-morph's `insertNamedImport`
 * puts it: where it sorts (by imported name) when the list is sorted, else at its end; plain in
 * an `import type`, with an inline `type` in a value import.
 */
function addNames(text: string, existing: ImportStatement, names: readonly string[]): string | undefined {
  const statement = text.slice(existing.range.start, existing.range.end);
  const match = ONE_LINE_IMPORT.exec(statement);
  if (match === null || (match[1] !== undefined && match[2] !== undefined)) return undefined;
  const typeOnly = match[1] !== undefined;
  const specifiers = match[3]!.split(', ');
  const importedNames: string[] = [];
  for (const specifier of specifiers) {
    const parts = SPECIFIER.exec(specifier);
    // `type` and `as` are names too (`import { type as }`): which reading ts-morph takes is not ours to guess.
    if (parts === null || [parts[2], parts[3]].some((name) => name === 'type' || name === 'as')) return undefined;
    importedNames.push(parts[2]!);
  }
  for (const name of names) {
    const sorted = importedNames.every((value, index) => index === 0 || importedNames[index - 1]! <= value);
    const index = sorted ? importedNames.filter((value) => value < name).length : importedNames.length;
    importedNames.splice(index, 0, name);
    specifiers.splice(index, 0, typeOnly ? name : `type ${name}`);
  }
  const list = match[3]!;
  const listStart = existing.range.start + statement.indexOf(`{ ${list} }`) + 2;
  return `${text.slice(0, listStart)}${specifiers.join(', ')}${text.slice(listStart + list.length)}`;
}

const WHITESPACE_AND_COMMENTS = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/;
// A token that cannot continue an import declaration: the end, a word (but the `with`/`assert` of
// import attributes), `@` or `#`.
const CANNOT_CONTINUE = /^(?:$|(?!(?:with|assert)\b)[\p{ID_Start}_$@#])/u;

/**
 * `importText` placed as ts-morph's `addImportDeclaration` places a new import: on the line after
 * the last import, the blank lines that followed it replaced by one; at the top of a module
 * without imports, followed by a blank line. What it would drop on the way (a comment or code
 * after the last import on its line) is left to ts-morph to decide.
 */
function addImport(text: string, lastImport: ImportStatement | undefined, importText: string, eol: string): string | undefined {
  const head = lastImport === undefined ? '' : `${text.slice(0, lastImport.range.end)}${eol}`;
  const after = lastImport === undefined ? text : text.slice(lastImport.range.end);
  if (/^\s*$/.test(after)) {
    // Nothing after it: whatever blank lines there were become one line ending. Trailing spaces on
    // the import's own line are a case apart (ts-morph keeps them, after the new import).
    return lastImport === undefined || /^(?:\r?\n)*$/.test(after) ? `${head}${importText}${eol}` : undefined;
  }
  if (lastImport !== undefined && !/^[ \t]*\r?\n/.test(after)) return undefined;
  // The next statement (or comment) keeps its line, indentation included.
  const next = after.search(/\S/);
  // An import without `;` would run on into a next token `;`, `(`, `with {`, …: ts-morph refuses those.
  if (!importText.endsWith(';') && !CANNOT_CONTINUE.test(after.slice(next).replace(WHITESPACE_AND_COMMENTS, ''))) return undefined;
  const lineStart = after.lastIndexOf('\n', next) + 1;
  return `${head}${importText}${eol}${eol}${after.slice(lineStart)}`;
}
