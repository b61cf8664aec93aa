import type { BarrelComments, CommentNotes } from './barrel-comments.js';
import type { BarrelEntry, BarrelModel } from './barrel-model.js';
import { isIdentifierName } from '../naming/workflow-name.js';
import { compareCodeUnits } from './compare.js';

/** Lines longer than this list one name per line, as Prettier's default print width would. */
export const BARREL_LINE_WIDTH = 100;

/**
 * The canonical barrel text: the doc comment, a blank line, then one named re-export per file with
 * names, in code-unit order, types marked inline with `type`; LF line endings and a final newline.
 * A directory with no exported names gets `export {};` so the barrel is still a module.
 * With an existing barrel's `comments`, its header stays on top (the doc comment after it when
 * the header has none), each comment stays with its file's statement or name, and the rest ends it.
 */
export function renderBarrel(model: Pick<BarrelModel, 'docComment' | 'entries'>, comments?: BarrelComments): string {
  const statements = model.entries.map((entry) => renderEntry(entry, comments)).filter((line) => line !== undefined);
  if (statements.length === 0) statements.push('export {};');
  const docComment = model.docComment.replace(/\r\n?/g, '\n');
  const header = comments?.header.replace(/^\ufeff$/, '') ?? '';
  const top =
    header === ''
      ? `${comments?.header ?? ''}${docComment}`
      : comments!.headerHasDocComment
        ? header
        : `${header}\n\n${docComment}`;
  return `${top}\n\n${statements.join('\n')}\n${comments?.footer ?? ''}`;
}

function renderEntry(entry: BarrelEntry, comments: BarrelComments | undefined): string | undefined {
  const typeNames = new Set(entry.types);
  const names = [...entry.values, ...entry.types].sort(compareCodeUnits);
  if (names.length === 0) return undefined;
  const rendered = names.map((name) => (typeNames.has(name) ? `type ${renderName(name)}` : renderName(name)));
  const noteOf = (name: string): CommentNotes | undefined => comments?.names.get(`${entry.specifier}\0${name}`);
  const statementNotes = comments?.statements.get(entry.specifier);
  const above = statementNotes?.leading.map((comment) => `${comment}\n`).join('') ?? '';
  const after =
    statementNotes !== undefined && statementNotes.trailing.length > 0 ? ` ${statementNotes.trailing.join(' ')}` : '';
  const from = `from ${quote(entry.specifier)};`;
  const oneLine = `export { ${rendered.join(', ')} } ${from}`;
  if (oneLine.length <= BARREL_LINE_WIDTH && names.every((name) => noteOf(name) === undefined))
    return `${above}${oneLine}${after}`;
  const lines = names.map((name, index) => {
    const notes = noteOf(name);
    const leading = notes?.leading.map((comment) => `  ${comment}\n`).join('') ?? '';
    const trailing = notes !== undefined && notes.trailing.length > 0 ? ` ${notes.trailing.join(' ')}` : '';
    return `${leading}  ${rendered[index]!},${trailing}\n`;
  });
  return `${above}export {\n${lines.join('')}} ${from}${after}`;
}

/** An export name: an identifier, or (ES2022) a string literal for anything else. */
function renderName(name: string): string {
  return isIdentifierName(name) ? name : JSON.stringify(name);
}

// What a single-quoted literal cannot hold raw (line breaks) or should not hide (other controls).
// oxlint-disable-next-line no-control-regex -- the control characters are what it finds
const ESCAPED = /[\\'\u0000-\u001f\u007f\u2028\u2029]/g;
const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A module specifier as a single-quoted literal that parses back to the same string, whatever the file is named. */
function quote(specifier: string): string {
  return `'${specifier.replace(ESCAPED, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}
