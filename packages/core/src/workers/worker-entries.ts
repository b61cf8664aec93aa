import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import { nameOf, rangeOf, unwrapTypeAssertions, visitNodes } from '../detect/node-names.js';
import type { SourceRange } from '../types.js';
import { resolveModulePath } from './resolve-module.js';

/** One `workflowsPath` a module passes to `Worker.create` or `bundleWorkflowCode`. */
export interface WorkerEntry {
  /** The module that creates the worker. */
  workerFile: string;
  /** Where `workflowsPath` is written in it. */
  range: SourceRange;
  /** The expression as written (`require.resolve('./workflows')`). */
  written: string;
  /** The path it names, absolute; `undefined` when it is computed at run time. */
  target: string | undefined;
  /** The module it loads; `undefined` when wfkit cannot tell (a path computed at run time, a file that does not exist). */
  entryPath: string | undefined;
  /** The task queue, when it is a literal or a constant; else the expression as written, or `undefined` when there is none. */
  taskQueue: string | undefined;
}

/** The text a worker module must contain to be read for workers. */
export const WORKER_NEEDLE = 'workflowsPath';

const MAX_DEPTH = 8;

/** A value an expression has, as far as paths go: an absolute path, or a string not yet anchored anywhere. */
type PathValue = { anchored: true; path: string } | { anchored: false; text: string };

/**
 * Every `workflowsPath` written in a module as an object property (`Worker.create({ workflowsPath })`,
 * `bundleWorkflowCode({ workflowsPath })`, or a definitions array spread into them), with the
 * module it resolves to. Understood: string literals, `require.resolve('…')`,
 * `new URL('…', import.meta.url)` with or without `fileURLToPath` / `.pathname`,
 * `path.join` / `path.resolve` of `__dirname` or `import.meta.dirname`, and constants holding any of these.
 */
export function findWorkerEntries(
  workerFile: string,
  text: string,
  program: TSESTree.Program,
  packageRoot: string,
  isFile: (filePath: string) => boolean,
): WorkerEntry[] {
  const constants = new Map<string, TSESTree.Expression>();
  visitNodes(program, (node) => {
    if (
      node.type === 'VariableDeclarator' &&
      node.id.type === 'Identifier' &&
      node.init &&
      !constants.has(node.id.name)
    ) {
      constants.set(node.id.name, node.init);
    }
  });
  const dir = path.dirname(workerFile);
  const sourceOf = (node: TSESTree.Node): string => {
    const range = rangeOf(node);
    return text.slice(range.start, range.end);
  };

  const evaluate = (node: TSESTree.Node, depth: number): PathValue | undefined => {
    if (depth > MAX_DEPTH) return undefined;
    const expression = unwrapTypeAssertions(node as TSESTree.Expression);
    switch (expression.type) {
      case 'Literal':
        return typeof expression.value === 'string' ? { anchored: false, text: expression.value } : undefined;
      case 'TemplateLiteral':
        return expression.expressions.length === 0
          ? { anchored: false, text: expression.quasis.map((quasi) => quasi.value.cooked ?? '').join('') }
          : undefined;
      case 'Identifier': {
        if (expression.name === '__dirname') return { anchored: true, path: dir };
        if (expression.name === '__filename') return { anchored: true, path: workerFile };
        const init = constants.get(expression.name);
        return init === undefined ? undefined : evaluate(init, depth + 1);
      }
      case 'MemberExpression': {
        const member = propertyName(expression);
        if (isImportMeta(expression.object)) {
          if (member === 'dirname') return { anchored: true, path: dir };
          if (member === 'filename' || member === 'url') return { anchored: true, path: workerFile };
          return undefined;
        }
        // `new URL('./workflows', import.meta.url).pathname`
        return member === 'pathname' ? evaluate(expression.object, depth + 1) : undefined;
      }
      case 'NewExpression': {
        const [relative, base] = expression.arguments;
        if (calleeName(expression.callee) !== 'URL' || relative === undefined) return undefined;
        const target = evaluate(relative, depth + 1);
        const anchor = base === undefined ? undefined : evaluate(base, depth + 1);
        if (target?.anchored === false && anchor?.anchored === true)
          return { anchored: true, path: path.resolve(path.dirname(anchor.path), target.text) };
        return undefined;
      }
      case 'CallExpression':
        return evaluateCall(expression, depth);
      default:
        return undefined;
    }
  };

  const evaluateCall = (call: TSESTree.CallExpression, depth: number): PathValue | undefined => {
    const name = calleeName(call.callee);
    const args = call.arguments.map((argument) =>
      argument.type === 'SpreadElement' ? undefined : evaluate(argument, depth + 1),
    );
    const first = args[0];
    switch (name) {
      case 'require.resolve':
        return first?.anchored === false ? { anchored: true, path: path.resolve(dir, first.text) } : first;
      case 'fileURLToPath':
        return first;
      case 'dirname':
        return first?.anchored === true ? { anchored: true, path: path.dirname(first.path) } : undefined;
      case 'join':
      case 'resolve': {
        if (args.length === 0 || args.some((arg) => arg === undefined)) return undefined;
        const parts = args as PathValue[];
        const last = parts.map((part) => part.anchored).lastIndexOf(true);
        const tail = parts.slice(last + 1).map((part) => (part.anchored ? part.path : part.text));
        if (last === -1) return { anchored: false, text: path.join(...tail) };
        return { anchored: true, path: path.join((parts[last] as { path: string }).path, ...tail) };
      }
      default:
        return undefined;
    }
  };

  const stringOf = (node: TSESTree.Node, depth = 0): string | undefined => {
    const expression = unwrapTypeAssertions(node as TSESTree.Expression);
    if (depth > MAX_DEPTH) return undefined;
    if (expression.type === 'Literal' && typeof expression.value === 'string') return expression.value;
    if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0)
      return expression.quasis[0]?.value.cooked ?? undefined;
    if (expression.type === 'Identifier') {
      const init = constants.get(expression.name);
      return init === undefined ? undefined : stringOf(init, depth + 1);
    }
    if (expression.type === 'MemberExpression' && expression.object.type === 'Identifier') {
      const init = constants.get(expression.object.name);
      const object = init === undefined ? undefined : unwrapTypeAssertions(init);
      const key = propertyName(expression);
      const property =
        object?.type === 'ObjectExpression'
          ? object.properties.find((candidate) => candidate.type === 'Property' && keyName(candidate) === key)
          : undefined;
      return property?.type === 'Property' ? stringOf(property.value, depth + 1) : undefined;
    }
    return undefined;
  };

  const entries: WorkerEntry[] = [];
  visitNodes(program, (node) => {
    if (node.type !== 'ObjectExpression') return;
    const property = (key: string): TSESTree.Property | undefined =>
      node.properties.find(
        (candidate): candidate is TSESTree.Property => candidate.type === 'Property' && keyName(candidate) === key,
      );
    const workflowsPath = property('workflowsPath');
    if (workflowsPath === undefined) return;
    const value = evaluate(workflowsPath.value, 0);
    let target: string | undefined;
    let entryPath: string | undefined;
    if (value?.anchored === true) {
      target = value.path;
      entryPath = resolveModulePath(target, isFile);
    } else if (value !== undefined) {
      // A bare string is resolved against the process's directory: the module's own, or the package root.
      const candidates = [path.resolve(dir, value.text), path.resolve(packageRoot, value.text)];
      entryPath = candidates
        .map((candidate) => resolveModulePath(candidate, isFile))
        .find((resolved) => resolved !== undefined);
      target = candidates.find((candidate) => entryPath?.startsWith(candidate)) ?? candidates[0];
    }
    const taskQueue = property('taskQueue');
    entries.push({
      workerFile,
      range: rangeOf(workflowsPath),
      written: sourceOf(workflowsPath.value),
      target,
      entryPath,
      taskQueue: taskQueue === undefined ? undefined : (stringOf(taskQueue.value) ?? sourceOf(taskQueue.value)),
    });
  });
  return entries.sort((a, b) => a.range.start - b.range.start);
}

function keyName(property: TSESTree.Property): string | undefined {
  if (property.computed) return undefined;
  if (property.key.type === 'Identifier') return property.key.name;
  return property.key.type === 'Literal' && typeof property.key.value === 'string' ? property.key.value : undefined;
}

function propertyName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  return member.property.type === 'Literal' && typeof member.property.value === 'string'
    ? member.property.value
    : undefined;
}

function isImportMeta(node: TSESTree.Node): boolean {
  return node.type === 'MetaProperty' && nameOf(node.meta) === 'import' && nameOf(node.property) === 'meta';
}

/** `f`, `ns.f` → `f`; `require.resolve` stays whole, since `resolve` alone is `path.resolve`'s. */
function calleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type !== 'MemberExpression') return undefined;
  const name = propertyName(callee);
  if (name === 'resolve' && callee.object.type === 'Identifier' && callee.object.name === 'require')
    return 'require.resolve';
  return name;
}
