/**
 * The `/** … *\/` comment at the very top of a file (after an optional BOM, shebang line and
 * blank space), with LF line endings, or undefined when the file does not start with one.
 */
export function extractLeadingDocComment(text: string): string | undefined {
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.startsWith('#!', index)) {
    const lineEnd = text.indexOf('\n', index);
    if (lineEnd === -1) return undefined;
    index = lineEnd + 1;
  }
  while (index < text.length && /\s/.test(text[index]!)) index += 1;
  // `/**/` is an empty block comment, not a doc comment.
  if (!text.startsWith('/**', index) || text.startsWith('/**/', index)) return undefined;
  const end = text.indexOf('*/', index + 3);
  if (end === -1) return undefined;
  return text.slice(index, end + 2).replace(/\r\n?/g, '\n');
}

/**
 * The doc comment of a new barrel: what it is for and what keeps it so. The same in every directory,
 * since words from the directory's path would only restate where the file is.
 */
export const BARREL_DOC_COMMENT =
  '/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */';
