/**
 * The shared vocabulary of wfkit. Every package (rules, CLI, generator) speaks in these types,
 * so that a finding means the same thing wherever it is produced.
 */

/** Case of a workflow file's name (without extension). */
export type FileNameCase = 'kebab' | 'snake' | 'camel' | 'pascal';

/** Case of a workflow's exported name. */
export type WorkflowNameCase = 'pascal' | 'camel';

/** Extension written on relative specifiers in barrels. `auto` reads the nearest tsconfig. */
export type ImportExtension = 'auto' | 'none' | '.js';

/** The options a user writes in `wfkit.config.json` (all optional there; complete here). */
export interface WfkitConfig {
  /** Names of directories that hold workflows. */
  workflowDirs: string[];
  /** File name of the barrel inside each workflows directory. */
  barrelFile: string;
  fileNameCase: FileNameCase;
  /** `auto`: the case most of the project's workflows are already named in. */
  workflowNameCase: WorkflowNameCase | 'auto';
  /** File names (as words joined in any case) that say nothing about the workflow. */
  genericNames: string[];
  /** Globs, relative to a workflows directory, of files left out of its barrel. */
  barrelExclude: string[];
  /** Globs, relative to the config's root directory, of files and directories wfkit never looks at. */
  ignore: string[];
  facade: {
    /** Module that workflow code imports the facade from. */
    workflowModule: string;
    /** Module that API/client code imports the facade from. */
    clientModule: string;
    /** `@temporalio/workflow` calls that `use-facade` accepts anyway (e.g. `proxyLocalActivities`). */
    allow: string[];
  };
  importExtension: ImportExtension;
  /**
   * Names of functions from libraries built on the SDK whose result is a workflow
   * (`export const processOrder = declareWorkflow({…})`).
   */
  workflowFactories: string[];
}

/** A config as resolved for a place on disk. */
export interface ResolvedConfig extends WfkitConfig {
  /** Directory of the config file, or the directory the search started from when there is none. */
  rootDir: string;
  /** Absolute path of the `wfkit.config.json` that was read, if any. */
  configFile: string | undefined;
}

/** Half-open UTF-16 offsets into a file's text: the same unit as ESTree `range`. */
export interface SourceRange {
  start: number;
  end: number;
}

export type RuleId =
  | 'one-workflow-per-file'
  | 'filename-matches-workflow'
  | 'barrel-exports-all'
  | 'no-default-export'
  | 'workflows-in-workflows-dir'
  | 'workflow-name-case'
  | 'use-facade'
  | 'no-sandbox-unsafe-import';

export interface TextEdit {
  range: SourceRange;
  text: string;
}

/**
 * One problem found by a convention rule in one file. `message` is `messages[ruleId][messageId]`
 * with `data` filled in, so ESLint (which formats from messageId + data) and `wf check` print the
 * same words.
 */
export interface Finding {
  ruleId: RuleId;
  messageId: string;
  data: Record<string, string>;
  message: string;
  /** Absolute path of the file the finding belongs to. */
  filePath: string;
  range: SourceRange;
  /** A safe autofix (ESLint `fix`, `wf check --fix`). */
  fix?: TextEdit | undefined;
  /** Edits offered but not applied automatically (ESLint suggestions). */
  suggestions?: Array<{ messageId: string; data: Record<string, string>; message: string; fix: TextEdit }> | undefined;
}

/** A named export found in a module, with where its name stands. */
export interface NamedExport {
  name: string;
  range: SourceRange;
}

/** A workflow: an exported function value of a workflow file (the SDK registers each one). */
export interface WorkflowExport extends NamedExport {
  /** Name of the local binding (differs from `name` for `export { local as Name }`). */
  localName: string;
  /** `factory-call`: `export const X = declareWorkflow(…)` with `declareWorkflow` in `workflowFactories`. */
  kind: 'function-declaration' | 'function-expression' | 'arrow-function' | 'export-specifier' | 'factory-call';
}

/** What a module exports and imports, as far as the convention cares. */
export interface ModuleInfo {
  /**
   * Exported workflows, in source order: function values whose signature returns a Promise
   * (async, or a declared `Promise<…>` return), and values made by a configured workflow factory.
   */
  workflows: WorkflowExport[];
  /**
   * Exported synchronous functions (id builders, formatters) and the SDK's `interceptors` export:
   * function values a worker would register, but not workflows. Never re-exported by a barrel.
   */
  helpers: NamedExport[];
  /** Exported values that are not functions (signals, queries, updates, constants). */
  values: NamedExport[];
  /** Exported types and interfaces (also `export type { X }`). */
  types: NamedExport[];
  /** `export default …`; `isFunction` when it is a function (the SDK's catch-all workflow). */
  defaultExport: (NamedExport & { isFunction: boolean; localName: string | undefined }) | undefined;
  /** `export … from '…'` statements. `names` is `'*'` for `export *`; `export * as ns` names `ns`, imported as `'*'`. */
  reExports: Array<{
    source: string;
    names: string[] | '*';
    /** For named re-exports, the name each of `names` has in `source` (`export { a as B }` → `a`). */
    imported?: string[] | undefined;
    typeOnly: boolean;
    range: SourceRange;
  }>;
  /** Specifiers of the modules this one loads at run time (value and side-effect imports; not `import type`). */
  imports: string[];
  /** Imported values exported again (`import { a } from './a'; export { a as B }`): `name` is `imported` of `source`. */
  forwarded: Array<{ name: string; source: string; imported: string }>;
  /** The module imports `@temporalio/workflow` or the configured facade workflow module. */
  importsWorkflowRuntime: boolean;
  /**
   * Calls of `@temporalio/workflow` functions that the facade replaces
   * (`proxyActivities`, `proxyLocalActivities`, `executeChild`, `startChild`), by imported name.
   */
  sdkCalls: Array<{
    imported: string;
    range: SourceRange;
    /** Nothing uses the call's result (`await startChild(…);` as a statement): for `startChild`, the handle is dropped. */
    resultUnused?: boolean;
  }>;
  /**
   * Imports that load, at run time, a module the workflow sandbox cannot hold (Node built-ins, the
   * SDK's client side, activity implementations), in source order. `import type` is not listed.
   */
  sandboxUnsafeImports: SandboxUnsafeImport[];
}

/** An `import … from` that the compiled code keeps, of a module the workflow sandbox cannot hold. */
export interface SandboxUnsafeImport {
  source: string;
  kind: 'activities' | 'node-builtin' | 'client';
  /** The whole declaration. */
  range: SourceRange;
  /**
   * Whether every imported name is used only as a type (`typeof tasks`, `tasks.Input`), so that
   * `import type` keeps the module compiling and drops it from the bundle. False for a bare
   * `import 'x'`, which has no names.
   */
  usedAsTypeOnly: boolean;
  /**
   * Where to write ` type` to make it `import type` (right after `import`), when that is a valid
   * edit: not for a bare `import 'x'`, a default plus named bindings, or inline `type` specifiers.
   */
  typeOnlyEditAt: number | undefined;
}
