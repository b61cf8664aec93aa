import path from 'node:path';
import { SourceFileError } from '../fs/read-source.js';
import type { FileTree } from './file-tree.js';
import { columns } from './text-printer.js';

/** The formatting choices new code follows when the project has no Prettier configuration. */
export interface CodeStyle {
  quote: "'" | '"';
  semicolons: boolean;
  /** One level of indentation: a tab or some spaces. */
  indent: string;
  /** Line ending. */
  eol: '\n' | '\r\n';
  /** Lines longer than this are wrapped where the code allows it. */
  printWidth: number;
  /** A list wrapped one item a line ends with a comma. */
  trailingCommas: boolean;
}

/** Prettier's defaults, which most TypeScript projects keep (80 columns, trailing commas). */
export const DEFAULT_STYLE: CodeStyle = {
  quote: "'",
  semicolons: true,
  indent: '  ',
  eol: '\n',
  printWidth: 80,
  trailingCommas: true,
};

// The widths projects set (Prettier's default, then the common wider ones).
const PRINT_WIDTHS = [80, 100, 120];

const IMPORT_OR_EXPORT_FROM = /^\s*(?:import|export)\b[^\n]*?\bfrom\s*(['"])[^'"\n]*\1\s*(;?)\s*$/gm;
const SIDE_EFFECT_IMPORT = /^\s*import\s*(['"])[^'"\n]*\1\s*(;?)\s*$/gm;
const STATEMENT_END = /^\s*(?:return|const|let|throw)\b[^\n]*?([;)\]}'"\w])\s*$/gm;
const INDENTED = /^([ \t]+)\S/gm;

/**
 * Infers the style of existing code: the quote and semicolon habit of its import/export lines
 * (then of simple statements), and the smallest indentation step. Texts that say nothing leave
 * the default in place.
 */
export function detectStyle(texts: readonly string[], fallback: CodeStyle = DEFAULT_STYLE): CodeStyle {
  let single = 0;
  let double = 0;
  let withSemicolon = 0;
  let withoutSemicolon = 0;
  for (const text of texts) {
    for (const pattern of [IMPORT_OR_EXPORT_FROM, SIDE_EFFECT_IMPORT]) {
      for (const match of text.matchAll(pattern)) {
        if (match[1] === "'") single += 1;
        else double += 1;
        if (match[2] === ';') withSemicolon += 1;
        else withoutSemicolon += 1;
      }
    }
  }
  if (withSemicolon + withoutSemicolon === 0) {
    for (const text of texts) {
      for (const match of text.matchAll(STATEMENT_END)) {
        if (match[1] === ';') withSemicolon += 1;
        else withoutSemicolon += 1;
      }
    }
  }
  return {
    quote: quoteOf(single, double, fallback.quote),
    semicolons: majority(withSemicolon, withoutSemicolon) ?? fallback.semicolons,
    indent: detectIndent(texts) ?? fallback.indent,
    eol: detectEol(texts) ?? fallback.eol,
    printWidth: detectPrintWidth(texts) ?? fallback.printWidth,
    trailingCommas: detectTrailingCommas(texts) ?? fallback.trailingCommas,
  };
}

/**
 * The smallest of 80, 100 and 120 columns that every code line of the texts fits (comment lines
 * do not count: formatters leave them long), 120 when some are longer; undefined without code.
 */
function detectPrintWidth(texts: readonly string[]): number | undefined {
  let longest = 0;
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      const code = line.trimStart();
      if (code === '' || code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) continue;
      longest = Math.max(longest, columns(line));
    }
  }
  if (longest === 0) return undefined;
  return PRINT_WIDTHS.find((width) => longest <= width) ?? PRINT_WIDTHS.at(-1)!;
}

/** Whether wrapped argument and array lists end with a comma (`a,⏎)`) or not (`a⏎)`). */
function detectTrailingCommas(texts: readonly string[]): boolean | undefined {
  let withComma = 0;
  let without = 0;
  for (const text of texts) {
    for (const match of text.matchAll(/([^\s([{])[ \t]*\r?\n[ \t]*[)\]]/g)) {
      if (match[1] === ',') withComma += 1;
      else without += 1;
    }
  }
  return majority(withComma, without);
}

/** Whether `yes` outnumbers `no`; undefined on a tie. */
function majority(yes: number, no: number): boolean | undefined {
  if (yes === no) return undefined;
  return yes > no;
}

function quoteOf(single: number, double: number, fallback: CodeStyle['quote']): CodeStyle['quote'] {
  if (single === double) return fallback;
  return single > double ? "'" : '"';
}

/** The line ending most lines end with, or undefined for texts without line breaks. */
export function detectEol(texts: readonly string[]): CodeStyle['eol'] | undefined {
  let crlf = 0;
  let lf = 0;
  for (const text of texts) {
    for (const match of text.matchAll(/\r?\n/g)) {
      if (match[0].length === 2) crlf += 1;
      else lf += 1;
    }
  }
  if (crlf + lf === 0) return undefined;
  return crlf > lf ? '\r\n' : '\n';
}

function detectIndent(texts: readonly string[]): string | undefined {
  let tabs = 0;
  let smallestSpaces = Infinity;
  let spaced = 0;
  for (const text of texts) {
    for (const match of text.matchAll(INDENTED)) {
      const leading = match[1]!;
      // Continuation lines of a JSDoc block (` * …`) are indented by one space: not a step.
      if (text.startsWith('*', match.index + leading.length)) continue;
      if (leading.startsWith('\t')) tabs += 1;
      else {
        spaced += 1;
        smallestSpaces = Math.min(smallestSpaces, leading.length);
      }
    }
  }
  if (tabs === 0 && spaced === 0) return undefined;
  return tabs > spaced ? '\t' : ' '.repeat(smallestSpaces);
}

/**
 * The texts a new file should look like: its TypeScript siblings in `dir` first, then those of the
 * parent directory (a new workflows directory has no siblings yet). A few files are enough; one
 * that cannot be read or decoded is no neighbour.
 */
export function neighbourTexts(tree: FileTree, dir: string, exclude: readonly string[] = [], limit = 8): string[] {
  for (const directory of [dir, path.dirname(dir)]) {
    const files = tree
      .children(directory)
      .filter((name) => /\.(?:[cm]?ts|tsx)$/.test(name) && !/\.d\.[cm]?ts$/.test(name))
      .map((name) => path.join(directory, name))
      .filter((file) => !exclude.includes(file));
    const texts: string[] = [];
    for (const file of files) {
      if (texts.length >= limit) break;
      texts.push(...readNeighbour(tree, file));
    }
    if (texts.length > 0) return texts;
  }
  return [];
}

function readNeighbour(tree: FileTree, file: string): string[] {
  try {
    const text = tree.isFile(file) ? tree.read(file) : undefined;
    return text === undefined ? [] : [text];
  } catch (error) {
    if (error instanceof SourceFileError) return [];
    throw error;
  }
}
