import type { TSESTree } from '@typescript-eslint/types';
import type { WorkflowExport } from '../types.js';
import { patternIdentifiers, unwrapTypeAssertions } from './node-names.js';

/** What a top-level name is bound to, as far as telling workflows from other exports needs. */
export type LocalBinding =
  /**
   * A function value. `workflow` when its signature says it is one: async, or a declared Promise
   * return, or made by a configured workflow factory. A synchronous function is a helper.
   */
  | { kind: 'function'; functionKind: Exclude<WorkflowExport['kind'], 'export-specifier'>; workflow: boolean }
  | { kind: 'value' }
  | { kind: 'type' }
  /** Imported: a value import may be a function, but nothing in this file says so. */
  | { kind: 'import'; typeOnly: boolean; source?: string; imported?: string };

export interface DeclaredName {
  id: TSESTree.Identifier;
  binding: LocalBinding;
}

const VALUE: LocalBinding = { kind: 'value' };
const TYPE: LocalBinding = { kind: 'type' };

/** Whether a call makes a workflow: its callee (`declareWorkflow(…)`, `lib.declareWorkflow(…)`) is a configured factory. */
export type IsWorkflowFactory = (callee: string) => boolean;

const NO_FACTORIES: IsWorkflowFactory = () => false;

/**
 * Whether a function's signature says it returns a Promise, as every Temporal workflow does:
 * `async`, or a declared return type `Promise<…>` (also `PromiseLike`, `globalThis.Promise`).
 */
export function returnsPromise(fn: { async: boolean; returnType?: TSESTree.TSTypeAnnotation | undefined }): boolean {
  if (fn.async) return true;
  const type = fn.returnType?.typeAnnotation;
  if (type?.type !== 'TSTypeReference') return false;
  const name =
    type.typeName.type === 'TSQualifiedName'
      ? type.typeName.right.name
      : type.typeName.type === 'Identifier'
        ? type.typeName.name
        : '';
  return name === 'Promise' || name === 'PromiseLike';
}

function calleeName(expression: TSESTree.Expression): string | undefined {
  if (expression.type === 'Identifier') return expression.name;
  if (expression.type === 'MemberExpression' && expression.property.type === 'Identifier')
    return expression.property.name;
  return undefined;
}

/** What an initialiser binds: a workflow-or-helper function, a factory-made workflow, or a plain value. */
function bindingOfInit(init: TSESTree.Expression | null | undefined, isFactory: IsWorkflowFactory): LocalBinding {
  if (init === null || init === undefined) return VALUE;
  const expression = unwrapTypeAssertions(init);
  const functionKind = functionKindOf(expression);
  if (functionKind !== undefined) {
    const fn = expression as TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;
    return { kind: 'function', functionKind, workflow: returnsPromise(fn) };
  }
  if (expression.type === 'CallExpression') {
    const callee = calleeName(expression.callee);
    if (callee !== undefined && isFactory(callee))
      return { kind: 'function', functionKind: 'factory-call', workflow: true };
  }
  return VALUE;
}

/** The function kind of an initialiser, or undefined when it is not a function expression. */
export function functionKindOf(
  init: TSESTree.Expression | null | undefined,
): 'function-expression' | 'arrow-function' | undefined {
  if (init === null || init === undefined) return undefined;
  const expression = unwrapTypeAssertions(init);
  if (expression.type === 'ArrowFunctionExpression') return 'arrow-function';
  if (expression.type === 'FunctionExpression') return 'function-expression';
  return undefined;
}

const DECLARATION_TYPES: ReadonlySet<string> = new Set([
  'FunctionDeclaration',
  'TSDeclareFunction',
  'VariableDeclaration',
  'ClassDeclaration',
  'TSEnumDeclaration',
  'TSModuleDeclaration',
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
  'TSImportEqualsDeclaration',
]);

/** Whether a top-level statement is a declaration that binds names (`declaredNames` reads those). */
export function isDeclaration(
  statement: TSESTree.ProgramStatement,
): statement is TSESTree.NamedExportDeclarations & TSESTree.ProgramStatement {
  return DECLARATION_TYPES.has(statement.type);
}

/**
 * The names a top-level declaration binds, each with what it is bound to. Overload signatures
 * (`function f(a: string): void;` without `declare`) bind nothing: the implementation that follows
 * is the binding. `declare` functions have no body, so they are values, never workflows.
 */
export function declaredNames(
  declaration: TSESTree.NamedExportDeclarations,
  isFactory: IsWorkflowFactory = NO_FACTORIES,
): DeclaredName[] {
  switch (declaration.type) {
    case 'FunctionDeclaration':
      return declaration.id
        ? [
            {
              id: declaration.id,
              binding: {
                kind: 'function',
                functionKind: 'function-declaration',
                workflow: returnsPromise(declaration),
              },
            },
          ]
        : [];
    case 'TSDeclareFunction':
      return declaration.declare && declaration.id ? [{ id: declaration.id, binding: VALUE }] : [];
    case 'VariableDeclaration':
      return declaration.declarations.flatMap((declarator): DeclaredName[] => {
        if (declarator.id.type === 'Identifier') {
          return [
            { id: declarator.id, binding: declaration.declare ? VALUE : bindingOfInit(declarator.init, isFactory) },
          ];
        }
        return patternIdentifiers(declarator.id).map((id) => ({ id, binding: VALUE }));
      });
    case 'ClassDeclaration':
    case 'TSEnumDeclaration':
      return declaration.id ? [{ id: declaration.id, binding: VALUE }] : [];
    case 'TSModuleDeclaration':
      // `declare module 'name'` augments another module and binds nothing here; `namespace A.B`
      // binds `A`.
      if (declaration.id.type === 'Literal') return [];
      return [{ id: leftmostIdentifier(declaration.id), binding: VALUE }];
    case 'TSInterfaceDeclaration':
    case 'TSTypeAliasDeclaration':
      return [{ id: declaration.id, binding: TYPE }];
    case 'TSImportEqualsDeclaration':
      return [{ id: declaration.id, binding: declaration.importKind === 'type' ? TYPE : VALUE }];
    default:
      return [];
  }
}

function leftmostIdentifier(name: TSESTree.Identifier | TSESTree.TSQualifiedName): TSESTree.Identifier {
  let current: TSESTree.EntityName = name;
  while (current.type === 'TSQualifiedName') current = current.left;
  // A namespace name never starts with `this`.
  return current.type === 'Identifier' ? current : (name as TSESTree.Identifier);
}
