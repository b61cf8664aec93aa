import { moduleBindings, parseModule, specifierTargets, type ImportStatement } from '@wfkit/core';
import type { CodeStyle } from './code-style.js';
import { importLine, printLine } from './text-printer.js';

/** Types a stub needs from another module of the project. */
export interface TypeImport {
  names: string[];
  /** The module's file (to find an existing import of it, whatever its specifier says). */
  file: string;
  /** The specifier to write when a new import is needed. */
  specifier: string;
}

/**
 * `text` with imports of the names in `imports` that it does not import yet: added to an import of
 * the same module when its list can take them (where they sort when the list is sorted, else at
 * its end; plain in an `import type`, with an inline `type` in a value import), else a new
 * `import type` after the last import. Nothing else in the text changes.
 */
export function addTypeImports(
  filePath: string,
  text: string,
  imports: readonly TypeImport[],
  style: CodeStyle,
): string {
  return imports.reduce((result, wanted) => addTypeImport(filePath, result, wanted, style), text);
}

function addTypeImport(filePath: string, text: string, wanted: TypeImport, style: CodeStyle): string {
  const parsed = parseModule(filePath, text);
  const imports = 'error' in parsed ? [] : moduleBindings(parsed.program).imports;
  const already = new Set(imports.flatMap((statement) => statement.names));
  const names = wanted.names.filter((name) => !already.has(name));
  if (names.length === 0) return text;
  const existing = imports.find(
    (statement) => specifierTargets(filePath, statement.source, wanted.file) && !statement.hasNamespace,
  );
  const edited = existing === undefined ? undefined : addNames(text, existing, names, style);
  if (edited !== undefined) return edited;
  const statement = { kind: 'import', typeOnly: true, names, specifier: wanted.specifier } as const;
  const importText = printLine(importLine(statement, style), '', style).replace(/\n/g, style.eol);
  return insertImport(text, imports, importText, style.eol);
}

const NAME = String.raw`[\p{ID_Start}_$][\p{ID_Continue}$\u200c\u200d]*`;
// `import [type] [Default, ]{ a, type b, c as d } from '…'[;]`, the list on one line or several.
const NAMED_IMPORT = new RegExp(
  String.raw`^import(\s+type)?\s+(?:(${NAME})\s*,\s*)?\{([^{}]*)\}(\s*from\s*(['"])[^'"\\\r\n]*\5\s*;?)$`,
  'u',
);
const SPECIFIER = new RegExp(String.raw`^(type\s+)?(${NAME})(?:\s+as\s+(${NAME}))?$`, 'u');

/**
 * The import of the same module with `names` in its list, reprinted (one line when it was one and
 * still fits, else one name a line); undefined for a list it does not read (comments in it).
 */
function addNames(
  text: string,
  existing: ImportStatement,
  names: readonly string[],
  style: CodeStyle,
): string | undefined {
  const statement = text.slice(existing.range.start, existing.range.end);
  const match = NAMED_IMPORT.exec(statement);
  if (match === null || /\/[/*]/.test(match[3]!)) return undefined;
  const typeOnly = match[1] !== undefined;
  const specifiers = match[3]!
    .split(',')
    .map((specifier) => specifier.trim().replace(/\s+/g, ' '))
    .filter((specifier) => specifier !== '');
  const importedNames = specifiers.map((specifier) => SPECIFIER.exec(specifier)?.[2]);
  if (importedNames.some((name) => name === undefined || name === 'type' || name === 'as')) return undefined;
  for (const name of names) {
    const sorted = importedNames.every((value, index) => index === 0 || importedNames[index - 1]! <= value!);
    const index = sorted ? importedNames.filter((value) => value! < name).length : importedNames.length;
    importedNames.splice(index, 0, name);
    specifiers.splice(index, 0, typeOnly ? name : `type ${name}`);
  }
  const head = `import${typeOnly ? ' type' : ''} ${match[2] === undefined ? '' : `${match[2]}, `}{`;
  const line = { head, items: specifiers, tail: `}${match[4]!.replace(/^\s*/, ' ')}` };
  const printed = printLine(line, '', style, { end: false, wrap: match[3]!.includes('\n') });
  return `${text.slice(0, existing.range.start)}${printed.replace(/\n/g, style.eol)}${text.slice(existing.range.end)}`;
}

/**
 * `importText` on a line of its own: after the last import when nothing follows it on its line,
 * else before the first; in a module without imports, at the top, below a `#!` line and a header
 * comment set off by a blank line.
 */
function insertImport(text: string, imports: readonly ImportStatement[], importText: string, eol: string): string {
  const last = imports.at(-1);
  if (last !== undefined) {
    const lineEnd = text.indexOf('\n', last.range.end);
    const rest = text.slice(last.range.end, lineEnd === -1 ? text.length : lineEnd);
    if (lineEnd === -1 && /^\s*(?:\/\/.*)?$/.test(rest)) return `${text}${eol}${importText}`;
    if (/^\s*(?:\/\/[^\n]*)?$/.test(rest))
      return `${text.slice(0, lineEnd + 1)}${importText}${eol}${text.slice(lineEnd + 1)}`;
    const first = imports[0]!;
    const firstLine = text.lastIndexOf('\n', first.range.start - 1) + 1;
    if (/^\s*$/.test(text.slice(firstLine, first.range.start))) {
      // Above the comments that belong to the first import (`// @ts-ignore`, its doc comment).
      const lineStart = startOfCommentsAbove(text, firstLine);
      return `${text.slice(0, lineStart)}${importText}${eol}${text.slice(lineStart)}`;
    }
  }
  const top = topOfModule(text);
  const below = text.slice(top);
  // A blank line between the import and the code: the one there is, or a new one.
  const blank = /^\s*$/.test(below) || /^[ \t]*\r?\n/.test(below) ? '' : eol;
  return `${text.slice(0, top)}${importText}${eol}${blank}${below}`;
}

/** The start of the comment lines directly above the line at `lineStart` (`lineStart` when there are none). */
function startOfCommentsAbove(text: string, lineStart: number): number {
  let start = lineStart;
  while (start > 0) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    const line = text.slice(previous, start).trim();
    if (!/^(?:\/\/|\/\*|\*)/.test(line) && !line.endsWith('*/')) break;
    start = previous;
  }
  return start;
}

/** Where code starts: after a `#!` line and a leading comment that a blank line sets off. */
function topOfModule(text: string): number {
  const shebang = /^#![^\n]*\n/.exec(text)?.[0].length ?? 0;
  const header = /^(?:[ \t]*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/)[ \t]*\r?\n)+[ \t]*\r?\n/.exec(text.slice(shebang));
  return shebang + (header?.[0].length ?? 0);
}
