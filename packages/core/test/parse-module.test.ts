import { describe, expect, test } from 'vitest';
import { offsetToPosition, parseModule } from '../src/parse/index.js';

describe('parseModule', () => {
  test('gives a TS-ESTree program with ranges', () => {
    const result = parseModule('a.ts', 'export const x: number = 1;\n');
    expect('program' in result).toBe(true);
    if (!('program' in result)) return;
    expect(result.program.type).toBe('Program');
    expect(result.program.body[0]).toMatchObject({ type: 'ExportNamedDeclaration', range: [0, 27] });
  });

  test('drops parentheses as typescript-estree does', () => {
    const result = parseModule('a.ts', 'export const x = (async () => 1);');
    if (!('program' in result)) throw new Error('parse failed');
    const statement = result.program.body[0];
    expect(
      statement?.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'VariableDeclaration'
        ? statement.declaration.declarations[0]?.init?.type
        : undefined,
    ).toBe('ArrowFunctionExpression');
  });

  test('parses TSX by file extension', () => {
    expect('program' in parseModule('view.tsx', 'export const V = () => <div />;')).toBe(true);
  });

  test('reports the first syntax error at a 1-based line and column', () => {
    const result = parseModule('broken.ts', 'export const ok = 1;\nexport function (\n');
    expect(result).toEqual({ error: { message: expect.any(String), line: 2, column: expect.any(Number) } });
    if (!('error' in result)) return;
    expect(result.error.column).toBeGreaterThanOrEqual(1);
    expect(result.error.message.length).toBeGreaterThan(0);
  });

  test('error columns count UTF-16 units, as ESLint does', () => {
    const result = parseModule('emoji.ts', 'const s = "🤨"; const = 1;');
    expect(result).toMatchObject({ error: { line: 1, column: 23 } });
  });
});

describe('offsetToPosition', () => {
  test.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nb', 2, 2, 1],
    ['a\r\nb', 3, 2, 1],
    ['a\rb', 2, 2, 1],
    ['a\n', 99, 2, 1],
  ])('%j at %i is line %i column %i', (text, offset, line, column) => {
    expect(offsetToPosition(text, offset)).toEqual({ line, column });
  });
});
