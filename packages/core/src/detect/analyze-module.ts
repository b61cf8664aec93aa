import type { TSESTree } from '@typescript-eslint/types';
import { WORKFLOW_SDK_MODULE } from '../config/defaults.js';
import type { ModuleInfo, NamedExport, SandboxUnsafeImport, WfkitConfig } from '../types.js';
import { declaredNames, functionKindOf, isDeclaration, type LocalBinding } from './local-bindings.js';
import { nameOf, rangeOf, startOf } from './node-names.js';
import { findSandboxUnsafeImports, sandboxUnsafeKind } from './sandbox-imports.js';
import { FACADE_REPLACED_CALLS, findSdkCalls, type SdkBindings } from './sdk-calls.js';

type DefaultExport = NonNullable<ModuleInfo['defaultExport']>;

/**
 * What a module exports and imports, in one pass over its top-level statements. A workflow is an
 * exported function value, because the Temporal worker registers every exported function of the
 * module it loads. Only when the module imports a replaced `@temporalio/workflow` function is the
 * whole tree walked, to find the calls.
 */
/** The config an analysis depends on: the facade module it recognises and the workflow factories. */
export type AnalysisConfig = Pick<WfkitConfig, 'facade'> & Partial<Pick<WfkitConfig, 'workflowFactories'>>;

/** A key that differs between configs whose analyses of one text may differ. */
export function analysisKey(config: AnalysisConfig): string {
  return `${config.facade.workflowModule}\0${(config.workflowFactories ?? []).join(',')}`;
}

/** What a module with no imports, exports or calls gives: the start of every analysis. */
export function emptyModuleInfo(): ModuleInfo {
  return {
    workflows: [],
    helpers: [],
    values: [],
    types: [],
    defaultExport: undefined,
    reExports: [],
    forwarded: [],
    imports: [],
    importsWorkflowRuntime: false,
    sdkCalls: [],
    sandboxUnsafeImports: [],
  };
}

export function analyzeModule(program: TSESTree.Program, config: AnalysisConfig): ModuleInfo {
  const info = emptyModuleInfo();
  const bindings = new Map<string, LocalBinding>();
  const sdk: SdkBindings = { named: new Map(), namespaces: new Set() };
  const unsafeImports: Array<{ statement: TSESTree.ImportDeclaration; kind: SandboxUnsafeImport['kind'] }> = [];
  // `export { a as B }` may precede the declaration of `a`: resolved after the pass.
  const exportedLocals: Array<{ specifier: TSESTree.ExportSpecifier; typeOnly: boolean }> = [];
  let defaultIdentifier: TSESTree.Identifier | undefined;

  const factories = config.workflowFactories ?? [];
  const isFactory = (callee: string): boolean => factories.includes(callee);
  const declare = (declaration: TSESTree.NamedExportDeclarations, exported: boolean): void => {
    for (const { id, binding } of declaredNames(declaration, isFactory)) {
      bindings.set(id.name, binding);
      if (!exported) continue;
      const named: NamedExport = { name: id.name, range: rangeOf(id) };
      if (binding.kind === 'function' && isWorkflow(id.name, binding))
        info.workflows.push({ ...named, localName: id.name, kind: binding.functionKind });
      else if (binding.kind === 'function') info.helpers.push(named);
      else if (binding.kind === 'type' || (binding.kind === 'import' && binding.typeOnly)) info.types.push(named);
      else info.values.push(named);
    }
  };

  for (const statement of program.body) {
    switch (statement.type) {
      case 'ImportDeclaration': {
        recordImport(statement, bindings, sdk, config, info);
        const kind = loadsModule(statement) ? sandboxUnsafeKind(statement.source.value, config) : undefined;
        if (kind !== undefined) unsafeImports.push({ statement, kind });
        break;
      }
      case 'ExportNamedDeclaration':
        if (statement.declaration) {
          declare(statement.declaration, true);
        } else if (statement.source) {
          info.reExports.push({
            source: statement.source.value,
            names: statement.specifiers.map((specifier) => nameOf(specifier.exported)),
            imported: statement.specifiers.map((specifier) => nameOf(specifier.local)),
            typeOnly:
              statement.exportKind === 'type' ||
              (statement.specifiers.length > 0 &&
                statement.specifiers.every((specifier) => specifier.exportKind === 'type')),
            range: rangeOf(statement),
          });
        } else {
          for (const specifier of statement.specifiers) {
            exportedLocals.push({
              specifier,
              typeOnly: statement.exportKind === 'type' || specifier.exportKind === 'type',
            });
          }
        }
        break;
      case 'ExportAllDeclaration':
        info.reExports.push({
          source: statement.source.value,
          // `export * as ns` exports one name, the namespace object.
          ...(statement.exported ? { names: [nameOf(statement.exported)], imported: ['*'] } : { names: '*' as const }),
          typeOnly: statement.exportKind === 'type',
          range: rangeOf(statement),
        });
        break;
      case 'ExportDefaultDeclaration': {
        const result = defaultExportOf(statement, statement.declaration);
        if (result === 'identifier') defaultIdentifier = statement.declaration as TSESTree.Identifier;
        else if (result !== undefined) info.defaultExport = result;
        if (statement.declaration.type === 'FunctionDeclaration' || statement.declaration.type === 'ClassDeclaration') {
          declare(statement.declaration, false);
        }
        break;
      }
      case 'TSExportAssignment': {
        // `export = x` replaces the whole module, as a default export does.
        const result = defaultExportOf(statement, statement.expression);
        if (result === 'identifier') defaultIdentifier = statement.expression as TSESTree.Identifier;
        else if (result !== undefined) info.defaultExport = result;
        break;
      }
      default:
        if (isDeclaration(statement)) declare(statement, false);
        break;
    }
  }

  for (const { specifier, typeOnly } of exportedLocals) {
    const localName = nameOf(specifier.local);
    const exportedName = nameOf(specifier.exported);
    const binding = bindings.get(localName);
    const named: NamedExport = { name: exportedName, range: rangeOf(specifier.exported) };
    if (exportedName === 'default') {
      info.defaultExport = { ...named, isFunction: binding?.kind === 'function', localName };
    } else if (typeOnly || binding?.kind === 'type' || (binding?.kind === 'import' && binding.typeOnly)) {
      info.types.push(named);
    } else if (binding?.kind === 'function' && isWorkflow(exportedName, binding)) {
      info.workflows.push({ ...named, localName, kind: 'export-specifier' });
    } else if (binding?.kind === 'function') {
      info.helpers.push(named);
    } else {
      info.values.push(named);
      if (binding?.kind === 'import' && binding.source !== undefined && binding.imported !== undefined) {
        info.forwarded.push({ name: exportedName, source: binding.source, imported: binding.imported });
      }
    }
  }
  if (defaultIdentifier !== undefined) {
    const id = defaultIdentifier;
    info.defaultExport = {
      name: 'default',
      range: rangeOf(id),
      isFunction: bindings.get(id.name)?.kind === 'function',
      localName: id.name,
    };
  }

  const bySource = (a: NamedExport, b: NamedExport): number => a.range.start - b.range.start;
  info.workflows.sort(bySource);
  info.values.sort(bySource);
  info.helpers.sort(bySource);
  info.types.sort(bySource);
  if (sdk.named.size > 0 || sdk.namespaces.size > 0) info.sdkCalls = findSdkCalls(program, sdk);
  info.sandboxUnsafeImports = findSandboxUnsafeImports(program, unsafeImports);
  return info;
}

/** Whether the compiled code keeps the import: not `import type`, nor only inline `type` names. */
function loadsModule(statement: TSESTree.ImportDeclaration): boolean {
  if (statement.importKind === 'type') return false;
  return (
    statement.specifiers.length === 0 ||
    statement.specifiers.some((specifier) => specifier.type !== 'ImportSpecifier' || specifier.importKind !== 'type')
  );
}

/**
 * The SDK's name for a workflow interceptors module's export (listed in a worker's
 * `interceptors.workflowModules`): a function the SDK calls, never a workflow.
 */
const INTERCEPTORS_EXPORT = 'interceptors';

function isWorkflow(exportedName: string, binding: Extract<LocalBinding, { kind: 'function' }>): boolean {
  return binding.workflow && exportedName !== INTERCEPTORS_EXPORT;
}

function recordImport(
  statement: TSESTree.ImportDeclaration,
  bindings: Map<string, LocalBinding>,
  sdk: SdkBindings,
  config: AnalysisConfig,
  info: ModuleInfo,
): void {
  const typeOnly = statement.importKind === 'type';
  for (const specifier of statement.specifiers) {
    const specifierTypeOnly = typeOnly || (specifier.type === 'ImportSpecifier' && specifier.importKind === 'type');
    const imported =
      specifier.type === 'ImportSpecifier'
        ? nameOf(specifier.imported)
        : specifier.type === 'ImportDefaultSpecifier'
          ? 'default'
          : undefined;
    bindings.set(specifier.local.name, {
      kind: 'import',
      typeOnly: specifierTypeOnly,
      source: statement.source.value,
      imported,
    });
  }
  const source = statement.source.value;
  const loads = loadsModule(statement);
  if (loads) info.imports.push(source);
  if (source !== WORKFLOW_SDK_MODULE && source !== config.facade.workflowModule) return;
  // Type-only imports are erased: they do not load the workflow runtime.
  if (loads) info.importsWorkflowRuntime = true;
  if (source !== WORKFLOW_SDK_MODULE || typeOnly) return;
  for (const specifier of statement.specifiers) {
    if (specifier.type === 'ImportNamespaceSpecifier') {
      sdk.namespaces.add(specifier.local.name);
    } else if (specifier.type === 'ImportSpecifier' && specifier.importKind !== 'type') {
      const imported = nameOf(specifier.imported);
      if (FACADE_REPLACED_CALLS.has(imported)) sdk.named.set(specifier.local.name, imported);
    }
  }
}

/**
 * The default export a statement makes. `'identifier'` defers `export default name` until every
 * binding is known. The range is the declared name when there is one, else the `export default `
 * text before the declaration.
 */
function defaultExportOf(
  statement: TSESTree.ExportDefaultDeclaration | TSESTree.TSExportAssignment,
  declaration: TSESTree.DefaultExportDeclarations,
): DefaultExport | 'identifier' | undefined {
  const start = startOf(statement);
  const prefix = { start, end: Math.max(start, startOf(declaration)) };
  switch (declaration.type) {
    case 'Identifier':
      return 'identifier';
    case 'TSDeclareFunction':
      // An overload signature (or `declare`): the implementation, if any, is the default export.
      return undefined;
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
    case 'TSInterfaceDeclaration':
    case 'TSEnumDeclaration': {
      const id = declaration.id;
      return {
        name: 'default',
        range: id ? rangeOf(id) : prefix,
        isFunction: declaration.type === 'FunctionDeclaration',
        localName: id?.name,
      };
    }
    default: {
      const isFunction =
        declaration.type !== 'VariableDeclaration' &&
        declaration.type !== 'TSModuleDeclaration' &&
        declaration.type !== 'TSTypeAliasDeclaration' &&
        functionKindOf(declaration) !== undefined;
      return { name: 'default', range: prefix, isFunction, localName: undefined };
    }
  }
}
