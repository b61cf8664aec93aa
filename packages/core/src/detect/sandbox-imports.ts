import { builtinModules } from 'node:module';
import type { TSESTree } from '@typescript-eslint/types';
import { ACTIVITY_MODULE_WORDS, SANDBOX_SAFE_BUILTINS, SANDBOX_UNSAFE_PACKAGES } from '../config/defaults.js';
import { splitWords } from '../naming/words.js';
import type { SandboxUnsafeImport, WfkitConfig } from '../types.js';
import { forEachChild, rangeOf, startOf } from './node-names.js';

const UNSAFE_BUILTINS: ReadonlySet<string> = new Set(
  builtinModules.filter((name) => !SANDBOX_SAFE_BUILTINS.includes(name)),
);

/** Why the workflow sandbox cannot hold a module, from its specifier alone; undefined when it can. */
export function sandboxUnsafeKind(
  source: string,
  config: Pick<WfkitConfig, 'facade'>,
): SandboxUnsafeImport['kind'] | undefined {
  if (source.startsWith('node:') || UNSAFE_BUILTINS.has(source) || UNSAFE_BUILTINS.has(source.split('/')[0]!))
    return 'node-builtin';
  if (
    source === config.facade.clientModule ||
    SANDBOX_UNSAFE_PACKAGES.some((name) => source === name || source.startsWith(`${name}/`))
  ) {
    return 'client';
  }
  if (source.startsWith('.') && isActivityModulePath(source)) return 'activities';
  return undefined;
}

function isActivityModulePath(source: string): boolean {
  const segments = source.split('/').filter((segment) => segment !== '.' && segment !== '..');
  if (segments.slice(0, -1).includes('activities')) return true;
  const stem = (segments.at(-1) ?? '').replace(/\.[cm]?[jt]sx?$/, '');
  const last = splitWords(stem).at(-1)?.toLowerCase();
  return last !== undefined && ACTIVITY_MODULE_WORDS.includes(last);
}

// Keys under which a child node is in a type position: `f<typeof tasks>()`, `x: tasks.Input`.
const TYPE_KEYS = new Set([
  'typeAnnotation',
  'typeArguments',
  'typeParameters',
  'returnType',
  'superTypeArguments',
  'implements',
]);
const TYPE_DECLARATIONS = new Set(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TSDeclareFunction']);

/**
 * The sandbox-unsafe imports of a module, each with whether its names are used only as types.
 * Only when there is one is the tree walked, to tell the uses apart. Shadowing is not tracked: a
 * local of the same name used as a value only costs the autofix.
 */
export function findSandboxUnsafeImports(
  program: TSESTree.Program,
  candidates: ReadonlyArray<{ statement: TSESTree.ImportDeclaration; kind: SandboxUnsafeImport['kind'] }>,
): SandboxUnsafeImport[] {
  if (candidates.length === 0) return [];
  const valueUses = namesUsedAsValues(program);
  return candidates.map(({ statement, kind }) => {
    const names = statement.specifiers.map((specifier) => specifier.local.name);
    const usedAsTypeOnly = names.length > 0 && names.every((name) => !valueUses.has(name));
    return {
      source: statement.source.value,
      kind,
      range: rangeOf(statement),
      usedAsTypeOnly,
      // Right after the `import` keyword the declaration starts with.
      typeOnlyEditAt: usedAsTypeOnly && canBeTypeOnly(statement) ? startOf(statement) + 'import'.length : undefined,
    };
  });
}

/** `import type` is valid for one default, one namespace or named bindings without inline `type`. */
function canBeTypeOnly(statement: TSESTree.ImportDeclaration): boolean {
  const { specifiers } = statement;
  if (specifiers.some((specifier) => specifier.type === 'ImportSpecifier' && specifier.importKind === 'type'))
    return false;
  const hasDefault = specifiers.some((specifier) => specifier.type === 'ImportDefaultSpecifier');
  return !(hasDefault && specifiers.length > 1);
}

/** Identifiers read as values anywhere outside import declarations and type positions. */
function namesUsedAsValues(program: TSESTree.Program): Set<string> {
  const names = new Set<string>();
  const visit = (node: TSESTree.Node, parent: TSESTree.Node | undefined, key: string): void => {
    if (node.type === 'ImportDeclaration' || TYPE_DECLARATIONS.has(node.type) || TYPE_KEYS.has(key)) return;
    if (node.type === 'Identifier' && isValueReference(node, parent, key)) names.add(node.name);
    forEachChild(node, (child, childKey) => visit(child, node, childKey));
  };
  visit(program, undefined, '');
  return names;
}

/** Whether an identifier refers to a binding (not a property name, a label or a declared name). */
function isValueReference(node: TSESTree.Identifier, parent: TSESTree.Node | undefined, key: string): boolean {
  if (parent === undefined) return true;
  if (parent.type === 'MemberExpression' && key === 'property' && !parent.computed) return false;
  if (
    (parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') &&
    key === 'key' &&
    !parent.computed
  ) {
    // `{ tasks }` shorthand reads `tasks`.
    return parent.type === 'Property' && parent.shorthand;
  }
  if (parent.type === 'TSQualifiedName') return false;
  if (parent.type === 'LabeledStatement' || parent.type === 'BreakStatement' || parent.type === 'ContinueStatement')
    return false;
  if (parent.type === 'ExportSpecifier') return key === 'local';
  return true;
}
