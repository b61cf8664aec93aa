export * from './types.js';
export * from './config/index.js';
export * from './naming/index.js';
export { classifyFile, globMatcher, toPosixRelative, type FileRole } from './scan/classify-file.js';
export { formatMessage, ruleIds, ruleMeta, type RuleMessageId, type RuleMeta } from './check/rule-meta.js';
export {
  analyzeText,
  DEFAULT_CACHE_LIFETIME_MS,
  defaultCache,
  ProjectCache,
  type DirectoryEntry,
  type ModuleResult,
  type ProjectCacheOptions,
} from './cache/project-cache.js';
export type { CacheFileSystem, FileStats } from './cache/file-system.js';
export { parseModule, offsetToPosition, type ParseFailure, type ParseResult } from './parse/index.js';
export { analyzeModule } from './detect/index.js';
export {
  moduleBindings,
  type ImportStatement,
  type ModuleBindings,
  type TopLevelBinding,
} from './detect/module-bindings.js';
export {
  analyzeBarrel,
  buildBarrelModel,
  extractLeadingDocComment,
  planBarrelRewrite,
  readBarrelComments,
  renderBarrel,
  specifierFor,
  type BarrelComments,
  type BarrelEntry,
  type BarrelFinding,
  type BarrelModel,
  type BarrelRewrite,
} from './barrel/index.js';
export {
  barrelPathOf,
  listWorkflowFiles,
  readWorkflowDirectory,
  type WorkflowDirectory,
  type WorkflowFile,
} from './scan/read-workflow-directory.js';
export {
  PathNotFoundError,
  scanAndAnalyze,
  scanProject,
  startScan,
  type ScanOptions,
  type ScannedFile,
  type ScanResult,
  type StartedScan,
} from './scan/scan-project.js';
export { DECLARATION_FILE, mentionsWorkflowRuntime, SKIPPED_DIRECTORIES, SOURCE_FILE } from './scan/source-files.js';
export { resolveSpecifier, specifierTargets } from './workers/resolve-module.js';
export { checkFile, type CheckFileInput } from './check/check-file.js';
export {
  checkProject,
  checkProjectInParallel,
  type CheckProjectOptions,
  type FileReport,
  type ProjectReport,
  type ProjectWorkflow,
  type WorkflowDirReport,
  type WorkflowListing,
} from './check/check-project.js';
export { planBarrel, type BarrelPlan, type PlanBarrelOptions } from './check/plan-barrel.js';
export { findWorkflowNameUse, type WorkflowNameUse, type WorkflowNameUseOptions } from './check/workflow-name-use.js';
export {
  projectWorkers,
  withProjectNameCase,
  type KnownWorkflow,
  type Registration,
  type WorkerModel,
} from './workers/project-workers.js';
export type { WorkerEntry } from './workers/worker-entries.js';
