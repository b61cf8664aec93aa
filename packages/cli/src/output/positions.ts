/**
 * 1-based line/column from UTF-16 offsets, counted the way ESLint counts them (`\r\n`, `\n`, `\r`,
 * U+2028 and U+2029 end a line), so `wf check` and the ESLint plugin report the same positions.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];
  private readonly textLength: number;

  constructor(text: string) {
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code === 13 && text.charCodeAt(index + 1) === 10) continue; // the \n ends this line
      if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) this.lineStarts.push(index + 1);
    }
    this.textLength = text.length;
  }

  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.textLength));
    // Last line start <= offset (binary search: files can be long, findings many).
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low]! + 1 };
  }
}
