import type { TSESTree } from '@typescript-eslint/types';
import { facadeReplacements } from '../config/defaults.js';
import type { ModuleInfo } from '../types.js';
import { rangeOf } from './node-names.js';

/** `@temporalio/workflow` functions that the facade replaces; calling them directly is flagged. */
export const FACADE_REPLACED_CALLS: ReadonlySet<string> = new Set(Object.keys(facadeReplacements));

/** How a module can refer to the replaced SDK functions: by local name, or through a namespace. */
export interface SdkBindings {
  /** Local name → imported name (`import { executeChild as ec }` gives `ec` → `executeChild`). */
  named: Map<string, string>;
  /** Local names of `import * as wf from '@temporalio/workflow'`. */
  namespaces: Set<string>;
}

// Keys that point back up the tree (ESLint's `parent`) or hold no child nodes.
const SKIPPED_KEYS = new Set(['parent', 'range', 'loc', 'tokens', 'comments']);

/**
 * Calls of the replaced SDK functions anywhere in the module, in source order; each range is the
 * callee (`executeChild`, `wf.executeChild`). A generic walk over node properties, so oxc-parser and
 * typescript-estree trees give the same result. Shadowing is not tracked: a local parameter named
 * like an imported SDK function is rare enough to accept the false positive.
 */
export function findSdkCalls(program: TSESTree.Program, bindings: SdkBindings): ModuleInfo['sdkCalls'] {
  const calls: ModuleInfo['sdkCalls'] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === 'CallExpression') {
      const imported = importedNameOfCallee(node.callee, bindings);
      if (imported !== undefined) calls.push({ imported, range: rangeOf(node.callee) });
    }
    for (const key in node) {
      if (SKIPPED_KEYS.has(key)) continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) visit(item);
      } else if (isNode(value)) {
        visit(value);
      }
    }
  };
  for (const statement of program.body) visit(statement);
  // Property order differs between parsers; source order does not.
  return calls.sort((a, b) => a.range.start - b.range.start);
}

function importedNameOfCallee(callee: TSESTree.Expression, bindings: SdkBindings): string | undefined {
  if (callee.type === 'Identifier') return bindings.named.get(callee.name);
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier') return undefined;
  if (!bindings.namespaces.has(callee.object.name)) return undefined;
  const property = callee.property;
  const name =
    !callee.computed && property.type === 'Identifier'
      ? property.name
      : property.type === 'Literal' && typeof property.value === 'string'
        ? property.value
        : undefined;
  return name !== undefined && FACADE_REPLACED_CALLS.has(name) ? name : undefined;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
