/** 1-based line and column of a UTF-16 offset, counting columns in UTF-16 units as ESLint does. */
export function offsetToPosition(text: string, offset: number): { line: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < clamped; index += 1) {
    const code = text.charCodeAt(index);
    // \r\n counts once: the \n that follows a \r starts the line, not the \r.
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10) || code === 0x2028 || code === 0x2029) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: clamped - lineStart + 1 };
}
