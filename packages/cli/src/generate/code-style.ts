import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The formatting choices that ts-morph can follow when it prints new code. */
export interface CodeStyle {
  quote: "'" | '"';
  semicolons: boolean;
  /** One level of indentation: a tab or some spaces. */
  indent: string;
  /** Line ending. */
  eol: '\n' | '\r\n';
}

export const DEFAULT_STYLE: CodeStyle = { quote: "'", semicolons: true, indent: '  ', eol: '\n' };

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
    quote: single === double ? fallback.quote : single > double ? "'" : '"',
    semicolons: withSemicolon === withoutSemicolon ? fallback.semicolons : withSemicolon > withoutSemicolon,
    indent: detectIndent(texts) ?? fallback.indent,
    eol: detectEol(texts) ?? fallback.eol,
  };
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
 * parent directory (a new workflows directory has no siblings yet). A few files are enough.
 */
export function neighbourTexts(dir: string, exclude: readonly string[] = [], limit = 8): string[] {
  const texts: string[] = [];
  for (const directory of [dir, path.dirname(dir)]) {
    let names: string[];
    try {
      names = readdirSync(directory).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(directory, name);
      if (texts.length >= limit) return texts;
      if (!/\.(?:[cm]?ts|tsx)$/.test(name) || /\.d\.[cm]?ts$/.test(name) || exclude.includes(file)) continue;
      try {
        texts.push(readFileSync(file, 'utf8'));
      } catch {
        // A directory named like a file, or a file removed meanwhile: not a neighbour.
      }
    }
    if (texts.length > 0) return texts;
  }
  return texts;
}
