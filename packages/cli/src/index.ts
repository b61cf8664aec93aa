/** `wfkit` as a library: the same commands `wf` runs, with typed options and results. */
export { runCli } from './main.js';
export { createProgram } from './program.js';
export { processIo, type Io } from './io.js';
export { ProblemsFoundError, UsageError, WfError } from './errors.js';
export {
  barrel,
  type BarrelOptions,
  type BarrelReport,
  type BarrelResult,
  type BarrelStatus,
} from './commands/barrel.js';
export { check, type CheckOptions, type CheckResult } from './commands/check.js';
export { fix, type FixCommandOptions, type FixResult } from './commands/fix.js';
export { list, type ListedWorkflow, type ListOptions, type ListResult } from './commands/list.js';
export { newWorkflow, type NewOptions, type NewResult } from './commands/new.js';
export type { FileChange } from './generate/file-change.js';
export type { LintMessage, LintResult } from './output/lint-result.js';
