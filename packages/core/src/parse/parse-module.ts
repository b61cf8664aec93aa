import { parseSync } from 'oxc-parser';
import type { TSESTree } from '@typescript-eslint/types';
import { offsetToPosition } from './position.js';

/** Where and why a file failed to parse. `line` and `column` are 1-based, as ESLint reports them. */
export interface ParseFailure {
  message: string;
  line: number;
  column: number;
}

export interface ParseModuleOptions {
  /**
   * Give every node a `range` (default `true`), as typescript-estree does. Without, nodes carry
   * only oxc's `start`/`end`: a seventh less to build for code that reads positions with
   * `rangeOf`/`startOf` (`analyzeModule` does), which is most of a large `wf check`.
   */
  ranges?: boolean | undefined;
}

export type ParseResult = { program: TSESTree.Program } | { error: ParseFailure };

/**
 * Parses a TypeScript module with oxc-parser into the TS-ESTree shape that typescript-estree gives
 * ESLint, so the CLI and the ESLint rules analyse the same tree. Differences that remain: oxc sets
 * absent optional fields to `null` where typescript-estree leaves them out (analysis treats both as
 * absent) and has no `loc`/`parent`/tokens (analysis uses `range` only).
 */
export function parseModule(filePath: string, text: string, options: ParseModuleOptions = {}): ParseResult {
  const result = parseSync(filePath, text, {
    astType: 'ts',
    sourceType: 'module',
    range: options.ranges ?? true,
    // typescript-estree has no ParenthesizedExpression: `(async () => {})` must be the arrow itself.
    preserveParens: false,
  });
  const firstError = result.errors.find((error) => error.severity === 'Error');
  if (firstError !== undefined) {
    const offset = firstError.labels[0]?.start ?? 0;
    return { error: { message: firstError.message, ...offsetToPosition(text, offset) } };
  }
  // oxc-parser types its tree with @oxc-project/types; the shapes are TS-ESTree's (see the
  // oxc/typescript-estree agreement test), so the cast only changes the type vocabulary.
  return { program: result.program as unknown as TSESTree.Program };
}
