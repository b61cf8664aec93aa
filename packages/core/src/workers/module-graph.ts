import type { ModuleInfo } from '../types.js';

/** Where an exported name comes from: the module that declares it, under its own name there. */
export interface ExportOrigin {
  filePath: string;
  name: string;
  /** A workflow by its signature (else a helper function). */
  workflow: boolean;
}

/** Reads a module's analysis (`undefined` when it cannot be read or does not parse) and resolves its relative specifiers. */
export interface GraphHost {
  moduleInfo(filePath: string): ModuleInfo | undefined;
  resolve(fromFile: string, specifier: string): string | undefined;
}

// A name that two `export *` give from different modules is exported by neither (ES modules).
const AMBIGUOUS: ExportOrigin = { filePath: '', name: '', workflow: false };

/**
 * The functions a module exports, by exported name, followed through `export *`,
 * `export { a as B } from`, imported-and-exported bindings and nested barrels to the module that
 * declares each: what a Temporal worker whose `workflowsPath` is this module registers, each as a
 * workflow type named by its exported name. Non-function exports are left out; `default` too.
 * Analyses are shared through `memo` across the entries of one project.
 */
export function functionExports(
  entry: string,
  host: GraphHost,
  memo: Map<string, ReadonlyMap<string, ExportOrigin>> = new Map(),
  /** Filled with the names two `export *` of a module give from different modules (which ES modules drop), by module. */
  ambiguities?: Map<string, Array<{ name: string; origins: ExportOrigin[] }>>,
): ReadonlyMap<string, ExportOrigin> {
  const visiting = new Set<string>();
  const exportsOf = (filePath: string): ReadonlyMap<string, ExportOrigin> => {
    const known = memo.get(filePath);
    if (known !== undefined) return known;
    // A cycle adds nothing the module does not already export.
    if (visiting.has(filePath)) return new Map();
    visiting.add(filePath);
    const info = host.moduleInfo(filePath);
    const result = new Map<string, ExportOrigin>();
    if (info !== undefined) {
      for (const workflow of info.workflows)
        result.set(workflow.name, { filePath, name: workflow.name, workflow: true });
      for (const helper of info.helpers) result.set(helper.name, { filePath, name: helper.name, workflow: false });
      const follow = (name: string, source: string, imported: string): void => {
        if (imported === '*' || name === 'default') return;
        const target = host.resolve(filePath, source);
        const origin = target === undefined ? undefined : exportsOf(target).get(imported);
        if (origin !== undefined && origin !== AMBIGUOUS) result.set(name, origin);
      };
      for (const { name, source, imported } of info.forwarded) follow(name, source, imported);
      const starred = new Map<string, ExportOrigin>();
      const clashes = new Map<string, ExportOrigin[]>();
      for (const reExport of info.reExports) {
        if (reExport.typeOnly) continue;
        if (reExport.names !== '*') {
          reExport.names.forEach((name, index) => follow(name, reExport.source, reExport.imported?.[index] ?? name));
          continue;
        }
        const target = host.resolve(filePath, reExport.source);
        if (target === undefined) continue;
        for (const [name, origin] of exportsOf(target)) {
          if (name === 'default') continue;
          const earlier = starred.get(name);
          const same = earlier !== undefined && earlier.filePath === origin.filePath && earlier.name === origin.name;
          if (earlier !== undefined && !same && earlier !== AMBIGUOUS) clashes.set(name, [earlier, origin]);
          starred.set(name, earlier === undefined || same ? origin : AMBIGUOUS);
        }
      }
      const kept = [...clashes].filter(([name]) => !result.has(name)).map(([name, origins]) => ({ name, origins }));
      if (kept.length > 0) ambiguities?.set(filePath, kept);
      // Names the module exports itself win over `export *`.
      for (const [name, origin] of starred) if (!result.has(name) && origin !== AMBIGUOUS) result.set(name, origin);
    }
    visiting.delete(filePath);
    memo.set(filePath, result);
    return result;
  };
  return exportsOf(entry);
}

/** Every module a worker's bundle holds: the entry and what it imports and re-exports, transitively (relative specifiers only). */
export function loadedModules(entry: string, host: GraphHost): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let filePath = queue.pop(); filePath !== undefined; filePath = queue.pop()) {
    if (seen.has(filePath)) continue;
    seen.add(filePath);
    const info = host.moduleInfo(filePath);
    if (info === undefined) continue;
    const specifiers = [
      ...info.imports,
      ...info.reExports.filter((reExport) => !reExport.typeOnly).map((reExport) => reExport.source),
    ];
    for (const specifier of specifiers) {
      const target = host.resolve(filePath, specifier);
      if (target !== undefined && !seen.has(target)) queue.push(target);
    }
  }
  return seen;
}
