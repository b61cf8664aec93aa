import type { TSESTree } from '@typescript-eslint/types';
import type { SourceRange } from '../types.js';

/** The name an import/export specifier part stands for: `foo` or the string of `"foo bar"`. */
export function nameOf(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}

export function rangeOf(node: { range: TSESTree.Range }): SourceRange {
  return { start: node.range[0], end: node.range[1] };
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
