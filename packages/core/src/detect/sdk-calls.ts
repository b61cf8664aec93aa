import type { TSESTree } from '@typescript-eslint/types';
import { facadeReplacements } from '../config/defaults.js';
import type { ModuleInfo } from '../types.js';
import { forEachChild, patternIdentifiers, rangeOf, unwrapTypeAssertions, visitNodes } from './node-names.js';

/** `@temporalio/workflow` functions that the facade replaces; calling them directly is flagged. */
export const FACADE_REPLACED_CALLS: ReadonlySet<string> = new Set(Object.keys(facadeReplacements));

/** How a module can refer to the replaced SDK functions: by local name, or through a namespace. */
export interface SdkBindings {
  /** Local name → imported name (`import { executeChild as ec }` gives `ec` → `executeChild`). */
  named: Map<string, string>;
  /** Local names of `import * as wf from '@temporalio/workflow'`. */
  namespaces: Set<string>;
}

/**
 * The names one scope declares. A name maps to the SDK function it stands for when it is bound to
 * one (`const { executeChild } = wf`, `const run = wf.executeChild`), else to `null`: a parameter or
 * variable that only shares a name with an imported SDK function.
 */
type Scope = Map<string, string | null>;

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/**
 * Calls of the replaced SDK functions anywhere in the module, in source order; each range is the
 * callee (`executeChild`, `wf.executeChild`). Follows aliases made by destructuring the namespace
 * and skips names that a function, block or catch clause declares again (a parameter named
 * `executeChild` is not the SDK's). One walk (`visitNodes`) for oxc-parser and
 * typescript-estree trees alike, so both give the same result.
 */
export function findSdkCalls(program: TSESTree.Program, bindings: SdkBindings): ModuleInfo['sdkCalls'] {
  const calls: ModuleInfo['sdkCalls'] = [];
  const scopes: Scope[] = [];
  const ancestors: TSESTree.Node[] = [];

  const lookup = (name: string): string | null | undefined => {
    for (let index = scopes.length - 1; index >= 0; index--) {
      const found = scopes[index]!.get(name);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const resolver: Resolver = {
    identifier: (name) => {
      const local = lookup(name);
      return local === undefined ? bindings.named.get(name) : (local ?? undefined);
    },
    isNamespace: (name) => lookup(name) === undefined && bindings.namespaces.has(name),
  };

  // The scope each entered node opened (or undefined), closed again when it is left.
  const opened: Array<Scope | undefined> = [];
  const enter = (node: TSESTree.Node): void => {
    const scope = scopeOf(node, resolver);
    opened.push(scope);
    if (scope !== undefined) scopes.push(scope);
    if (node.type === 'CallExpression') {
      const imported = importedNameOf(node.callee, resolver);
      if (imported !== undefined) {
        calls.push({
          imported,
          range: rangeOf(node.callee),
          ...(resultUnused(node, ancestors) ? { resultUnused: true } : {}),
        });
      }
    }
    ancestors.push(node);
  };
  const leave = (): void => {
    ancestors.pop();
    if (opened.pop() !== undefined) scopes.pop();
  };
  visitNodes(program, enter, leave);
  // Property order differs between parsers; source order does not.
  return calls.sort((a, b) => a.range.start - b.range.start);
}

interface Resolver {
  /** The SDK function a name stands for where it is used, if any. */
  identifier(name: string): string | undefined;
  /** Whether a name is the SDK's namespace import where it is used. */
  isNamespace(name: string): boolean;
}

function importedNameOf(expression: TSESTree.Node, resolver: Resolver): string | undefined {
  const callee = isExpression(expression) ? unwrapTypeAssertions(expression) : expression;
  if (callee.type === 'Identifier') return resolver.identifier(callee.name);
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier') return undefined;
  if (!resolver.isNamespace(callee.object.name)) return undefined;
  const name = propertyName(callee.property, callee.computed);
  return name !== undefined && FACADE_REPLACED_CALLS.has(name) ? name : undefined;
}

/**
 * Whether nothing uses what the call returns: `await startChild(…);` or `void startChild(…)` as a
 * statement. For `startChild` that means the handle is dropped, which `fireAndForgetChildWorkflow` fits.
 */
function resultUnused(call: TSESTree.CallExpression, ancestors: readonly TSESTree.Node[]): boolean {
  let index = ancestors.length - 1;
  let parent = ancestors[index];
  while (parent !== undefined && (parent.type === 'AwaitExpression' || parent.type === 'ChainExpression'))
    parent = ancestors[--index];
  if (parent === undefined) return false;
  return parent.type === 'ExpressionStatement' || (parent.type === 'UnaryExpression' && parent.operator === 'void');
}

/** The names a node declares for its own scope, or undefined when it opens none. */
function scopeOf(node: TSESTree.Node, resolver: Resolver): Scope | undefined {
  if (FUNCTION_TYPES.has(node.type)) {
    const fn = node as TSESTree.FunctionLike;
    const scope: Scope = new Map();
    if (fn.type === 'FunctionExpression' && fn.id) scope.set(fn.id.name, null);
    for (const param of fn.params) for (const id of patternIdentifiers(param)) scope.set(id.name, null);
    // `var` anywhere in the body belongs to the function.
    if (fn.body) collectVars(fn.body, scope, resolver);
    return scope;
  }
  switch (node.type) {
    case 'Program':
    case 'BlockStatement':
    case 'StaticBlock': {
      const scope: Scope = new Map();
      for (const statement of node.body) declareStatement(statement, scope, resolver);
      return scope;
    }
    case 'SwitchStatement': {
      const scope: Scope = new Map();
      for (const switchCase of node.cases)
        for (const statement of switchCase.consequent) declareStatement(statement, scope, resolver);
      return scope;
    }
    case 'ForStatement':
      return node.init?.type === 'VariableDeclaration' ? declarationScope(node.init, resolver) : undefined;
    case 'ForInStatement':
    case 'ForOfStatement':
      return node.left.type === 'VariableDeclaration' ? declarationScope(node.left, resolver) : undefined;
    case 'CatchClause':
      return node.param ? new Map(patternIdentifiers(node.param).map((id) => [id.name, null])) : undefined;
    default:
      return undefined;
  }
}

function declarationScope(declaration: TSESTree.VariableDeclaration, resolver: Resolver): Scope {
  const scope: Scope = new Map();
  declareVariables(declaration, scope, resolver);
  return scope;
}

function declareStatement(statement: TSESTree.Node, scope: Scope, resolver: Resolver): void {
  const declaration =
    statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration'
      ? statement.declaration
      : statement;
  if (declaration === null || declaration === undefined) return;
  switch (declaration.type) {
    case 'VariableDeclaration':
      declareVariables(declaration, scope, resolver);
      break;
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
    case 'TSEnumDeclaration':
      if (declaration.id) scope.set(declaration.id.name, null);
      break;
    default:
      break;
  }
}

/** `var` declarations of a function body, not those of functions nested in it. */
function collectVars(node: TSESTree.Node, scope: Scope, resolver: Resolver): void {
  if (node.type === 'VariableDeclaration' && node.kind === 'var') declareVariables(node, scope, resolver);
  forEachChild(node, (child) => {
    if (!FUNCTION_TYPES.has(child.type) && child.type !== 'ClassBody') collectVars(child, scope, resolver);
  });
}

/**
 * Declares a statement's variables: aliases of SDK functions (`const { executeChild: run } = wf`,
 * `const run = wf.executeChild`) map to the function, every other name to `null`.
 */
function declareVariables(declaration: TSESTree.VariableDeclaration, scope: Scope, resolver: Resolver): void {
  for (const declarator of declaration.declarations) {
    for (const id of patternIdentifiers(declarator.id)) if (!scope.has(id.name)) scope.set(id.name, null);
    const init = declarator.init ? unwrapTypeAssertions(declarator.init) : undefined;
    if (init === undefined) continue;
    if (declarator.id.type === 'Identifier') {
      const imported = importedNameOf(init, resolver);
      if (imported !== undefined) scope.set(declarator.id.name, imported);
    } else if (
      declarator.id.type === 'ObjectPattern' &&
      init.type === 'Identifier' &&
      resolver.isNamespace(init.name)
    ) {
      for (const property of declarator.id.properties) {
        if (property.type !== 'Property') continue;
        const name = propertyName(property.key, property.computed);
        const target = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
        if (name !== undefined && FACADE_REPLACED_CALLS.has(name) && target.type === 'Identifier')
          scope.set(target.name, name);
      }
    }
  }
}

function propertyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (!computed && key.type === 'Identifier') return key.name;
  return key.type === 'Literal' && typeof key.value === 'string' ? key.value : undefined;
}

function isExpression(node: TSESTree.Node): node is TSESTree.Expression {
  return node.type !== 'Super' && node.type !== 'PrivateIdentifier';
}
