import type { TSESTree } from '@typescript-eslint/types';
import { nameOf, rangeOf } from '../detect/node-names.js';
import type { SourceRange } from '../types.js';
import type { BarrelEntry, BarrelModel } from './barrel-model.js';

/** Comments kept next to one thing the canonical barrel writes: a file's statement or one name in it. */
export interface CommentNotes {
  /** Comments on lines of their own above it. */
  leading: string[];
  /** Comments after it on its last line. */
  trailing: string[];
}

/** A comment attached to an export a rewrite removes. */
export interface OrphanComment {
  specifier: string;
  /** The removed name, or `*` for an `export *` statement. */
  name: string;
  range: SourceRange;
}

/** Everything but the exports of an existing barrel, placed where a rewrite puts it back. */
export interface BarrelComments {
  /** BOM, `#!` line, header comments and directives before the exports, verbatim (LF); '' when none. */
  header: string;
  /** Whether `header` holds the barrel's doc comment. */
  headerHasDocComment: boolean;
  /** Comments of a file's statement, by the model specifier it is written for. */
  statements: Map<string, CommentNotes>;
  /** Comments of one name, by `specifier\0name`. */
  names: Map<string, CommentNotes>;
  /** Comments after the last export, verbatim (LF), with the blank line before them when there was one. */
  footer: string;
  orphans: OrphanComment[];
}

// Comments that apply to the whole file and must stay above its first statement.
const DIRECTIVE =
  /^(?:\/\/\/\s*<|#!|\/[/*]\s*(?:eslint(?:-disable|-enable)?(?:\s|$)|eslint-env\s|globals?\s|@ts-(?:nocheck|check)\b|jshint\s|@jsx))/;

/**
 * Reads where an existing barrel's comments belong. The header is everything above the first
 * statement but a comment block attached to it (no blank line between), unless that block is the
 * only one or holds the doc comment or a directive. Other comments belong to the statement or name
 * they precede, or follow on the same line; those of a statement or name that goes are orphans.
 */
export function readBarrelComments(
  text: string,
  program: TSESTree.Program,
  model: Pick<BarrelModel, 'entries'>,
): BarrelComments {
  const body = program.body.map((statement) => ({ statement, range: rangeOf(statement) }));
  const entryBySpecifier = new Map(model.entries.map((entry) => [entry.specifier, entry]));
  // Reversed, so the first of two entries of one stem (`a.ts`, `a.mts`) wins.
  const entryByStem = new Map(
    model.entries.map((entry) => [entry.specifier.replace(/\.[cm]?js$/, ''), entry] as const).reverse(),
  );
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstStart = body[0]?.range.start ?? text.length;
  const lead = scanComments(text, bom, firstStart);

  // Blocks of comments separated by blank lines; the last one may be attached to the first statement.
  const blocks: SourceRange[][] = [];
  for (const comment of lead) {
    const last = blocks.at(-1);
    if (last !== undefined && !hasBlankLine(text, last.at(-1)!.end, comment.start)) last.push(comment);
    else blocks.push([comment]);
  }
  const docComment = lead.find((comment) => isDocComment(text, comment));
  const lastBlock = blocks.at(-1);
  const attached =
    body.length > 0 &&
    blocks.length > 1 &&
    lastBlock !== undefined &&
    !hasBlankLine(text, lastBlock.at(-1)!.end, firstStart) &&
    !lastBlock.some((comment) => comment === docComment || DIRECTIVE.test(text.slice(comment.start, comment.end)))
      ? lastBlock
      : [];
  const headerComments = lead.slice(0, lead.length - attached.length);
  const headerEnd = headerComments.at(-1)?.end ?? bom;

  const statements = new Map<string, CommentNotes>();
  const names = new Map<string, CommentNotes>();
  const orphans: OrphanComment[] = [];
  const notesOf = (map: Map<string, CommentNotes>, key: string): CommentNotes => {
    let notes = map.get(key);
    if (notes === undefined) map.set(key, (notes = { leading: [], trailing: [] }));
    return notes;
  };
  const textOf = (comment: SourceRange): string => text.slice(comment.start, comment.end).replace(/\r\n?/g, '\n');

  // Comments of neutral statements (`;`, `export {};`), which the rewrite drops, move on to the next statement.
  let carried: SourceRange[] = [];
  let footer: SourceRange[] = [];
  /** The statement before the gap being read, and where a comment on its last line goes (none for a neutral one). */
  let previous: { place: Place | undefined; end: number } | undefined;
  for (let index = 0; index <= body.length; index += 1) {
    const current = body[index];
    const gapStart = index === 0 ? headerEnd : body[index - 1]!.range.end;
    const gapEnd = current?.range.start ?? text.length;
    const leading: SourceRange[] = [...carried];
    carried = [];
    for (const comment of scanComments(text, gapStart, gapEnd)) {
      if (previous?.place !== undefined && !hasLineBreak(text, previous.end, comment.start))
        previous.place.trailing(comment);
      else leading.push(comment);
    }
    if (current === undefined) {
      footer = leading;
      break;
    }
    const place = placeOf(current.statement, entryBySpecifier, entryByStem);
    if (place === undefined) {
      carried = [...leading, ...scanComments(text, current.range.start, current.range.end)];
      previous = { place: undefined, end: current.range.end };
      continue;
    }
    const attach: Place = {
      trailing: (comment) => {
        if (place.kept) notesOf(statements, place.specifier).trailing.push(textOf(comment));
        else orphans.push({ specifier: place.specifier, name: place.items[0]?.local ?? '*', range: comment });
      },
    };
    const attachAbove = (comment: SourceRange): void => {
      if (place.kept) notesOf(statements, place.specifier).leading.push(textOf(comment));
      else orphans.push({ specifier: place.specifier, name: place.items[0]?.local ?? '*', range: comment });
    };
    for (const comment of leading) attachAbove(comment);
    // Inside the statement: a comment belongs to the name on its line before it, else to the next name.
    for (const comment of scanComments(text, current.range.start, current.range.end)) {
      const before = place.items.findLast((item) => item.range.end <= comment.start);
      const after = place.items.find((item) => item.range.start >= comment.end);
      const owner =
        before !== undefined && !hasLineBreak(text, before.range.end, comment.start)
          ? { item: before, trailing: true }
          : after !== undefined
            ? { item: after, trailing: false }
            : undefined;
      if (owner === undefined) {
        attachAbove(comment);
      } else if (place.kept && place.names.has(owner.item.local)) {
        const notes = notesOf(names, `${place.specifier}\0${owner.item.local}`);
        (owner.trailing ? notes.trailing : notes.leading).push(textOf(comment));
      } else {
        orphans.push({ specifier: place.specifier, name: owner.item.local, range: comment });
      }
    }
    previous = { place: attach, end: current.range.end };
  }

  // One comment a line: a neutral statement among them is not written again.
  const footerText =
    footer.length === 0
      ? ''
      : `${hasBlankLine(text, body.at(-1)?.range.end ?? headerEnd, footer[0]!.start) ? '\n' : ''}${footer.map(textOf).join('\n')}\n`;
  return {
    header: text.slice(0, headerEnd).replace(/\r\n?/g, '\n'),
    headerHasDocComment: docComment !== undefined && headerComments.includes(docComment),
    statements,
    names,
    footer: footerText,
    orphans,
  };
}

/** Where a comment after a statement on its last line goes. */
interface Place {
  trailing: (comment: SourceRange) => void;
}

interface StatementPlace {
  /** The model specifier the statement is written for (the statement's own when the model has none). */
  specifier: string;
  /** Whether the rewrite still writes a statement for that file. */
  kept: boolean;
  /** Names the rewrite writes for that file. */
  names: Set<string>;
  items: Array<{ local: string; range: SourceRange }>;
}

/** Where a re-export statement goes in the model; undefined for neutral statements. */
function placeOf(
  statement: TSESTree.ProgramStatement,
  entryBySpecifier: ReadonlyMap<string, BarrelEntry>,
  entryByStem: ReadonlyMap<string, BarrelEntry>,
): StatementPlace | undefined {
  if (statement.type !== 'ExportNamedDeclaration' && statement.type !== 'ExportAllDeclaration') return undefined;
  if (statement.source === null || statement.source === undefined) return undefined;
  const items =
    statement.type === 'ExportNamedDeclaration'
      ? statement.specifiers.map((item) => ({ local: nameOf(item.local), range: rangeOf(item) }))
      : [];
  const source = statement.source.value;
  const stem = source.replace(/\.(?:[cm]?[jt]s|[jt]sx)$/, '');
  // The same file under the model's spelling: `./a` or `./a.ts` for `./a.js`, and the reverse.
  const entry = entryBySpecifier.get(source) ?? entryByStem.get(stem);
  const names = new Set(entry === undefined ? [] : [...entry.values, ...entry.types]);
  return { specifier: entry?.specifier ?? source, kept: names.size > 0, names, items };
}

function isDocComment(text: string, comment: SourceRange): boolean {
  return text.startsWith('/**', comment.start) && !text.startsWith('/**/', comment.start);
}

function hasLineBreak(text: string, start: number, end: number): boolean {
  return /[\n\r]/.test(text.slice(start, end));
}

function hasBlankLine(text: string, start: number, end: number): boolean {
  return /\r?\n[^\S\r\n]*\r?\n/.test(text.slice(start, end));
}

/**
 * The comments in `text[start, end)`, which holds only trivia and re-export statements (keywords,
 * names, punctuation and string literals): strings are skipped, so `'//'` is not a comment.
 */
export function scanComments(text: string, start: number, end: number): SourceRange[] {
  const comments: SourceRange[] = [];
  let index = start;
  while (index < end) {
    const char = text[index];
    const next = text[index + 1];
    if (
      (char === '/' && next === '/') ||
      (char === '#' && next === '!' && index === (text.charCodeAt(0) === 0xfeff ? 1 : 0))
    ) {
      let close = index;
      while (close < end && text[close] !== '\n' && text[close] !== '\r') close += 1;
      comments.push({ start: index, end: close });
      index = close;
    } else if (char === '/' && next === '*') {
      const close = text.indexOf('*/', index + 2);
      const commentEnd = close === -1 || close + 2 > end ? end : close + 2;
      comments.push({ start: index, end: commentEnd });
      index = commentEnd;
    } else if (char === "'" || char === '"') {
      index += 1;
      while (index < end && text[index] !== char && text[index] !== '\n') index += text[index] === '\\' ? 2 : 1;
      index += 1;
    } else {
      index += 1;
    }
  }
  return comments;
}
