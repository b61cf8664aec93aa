import type { TSESTree } from '@typescript-eslint/types';
import type { SourceRange } from '../types.js';

/** The name an import/export specifier part stands for: `foo` or the string of `"foo bar"`. */
export function nameOf(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}

/** Where a node is: from typescript-estree's `range`, or oxc's `start`/`end` in a tree parsed without ranges. */
export function rangeOf(node: { range: TSESTree.Range }): SourceRange {
  // `range` first: ESLint's RuleTester makes reading `start` on its nodes throw.
  const range = node.range as TSESTree.Range | undefined;
  if (range !== undefined) return { start: range[0], end: range[1] };
  const { start, end } = node as unknown as { start: number; end: number };
  return { start, end };
}

export function startOf(node: { range: TSESTree.Range }): number {
  return rangeOf(node).start;
}

/**
 * The expression under TypeScript-only wrappers that do not change the runtime value:
 * `fn as Workflow`, `fn satisfies Workflow`, `<Workflow>fn`, `fn!`.
 */
export function unwrapTypeAssertions(expression: TSESTree.Expression): TSESTree.Expression {
  let current = expression;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSTypeAssertion' ||
    current.type === 'TSNonNullExpression'
  ) {
    current = current.expression;
  }
  return current;
}

/** Identifiers bound by a destructuring pattern (`const { a, b: [c] } = …` → a, c). */
export function patternIdentifiers(pattern: TSESTree.Node): TSESTree.Identifier[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern];
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) =>
        patternIdentifiers(property.type === 'RestElement' ? property.argument : property.value),
      );
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => (element ? patternIdentifiers(element) : []));
    case 'RestElement':
      return patternIdentifiers(pattern.argument);
    case 'AssignmentPattern':
      return patternIdentifiers(pattern.left);
    default:
      return [];
  }
}

// Keys that point back up the tree (ESLint's `parent`) or hold no child nodes.
const NON_CHILD_KEYS = new Set(['parent', 'range', 'loc', 'tokens', 'comments']);

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Calls `visit` on each child node of `node` with the property that holds it, by a generic look
 * at node properties, so oxc-parser and typescript-estree trees are walked alike. Every walk of
 * core's goes through here.
 */
export function forEachChild(node: TSESTree.Node, visit: (child: TSESTree.Node, key: string) => void): void {
  for (const key in node) {
    if (NON_CHILD_KEYS.has(key)) continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visit(item, key);
    } else if (isNode(value)) {
      visit(value, key);
    }
  }
}

/**
 * Calls `enter` on every node below `root` (itself included), parents before children, and
 * `leave` (when given) once a node's children are done.
 */
export function visitNodes(
  root: TSESTree.Node,
  enter: (node: TSESTree.Node) => void,
  leave?: (node: TSESTree.Node) => void,
): void {
  const walk = (node: TSESTree.Node): void => {
    enter(node);
    forEachChild(node, walk);
    leave?.(node);
  };
  walk(root);
}
