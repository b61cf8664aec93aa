import type { RuleId } from '@wfkit/core';
import barrelExportsAll from './barrel-exports-all.js';
import filenameMatchesWorkflow from './filename-matches-workflow.js';
import noDefaultExport from './no-default-export.js';
import noSandboxUnsafeImport from './no-sandbox-unsafe-import.js';
import oneWorkflowPerFile from './one-workflow-per-file.js';
import useFacade from './use-facade.js';
import workflowNameCase from './workflow-name-case.js';
import workflowsInWorkflowsDir from './workflows-in-workflows-dir.js';

// `satisfies Record<RuleId, unknown>` makes a rule that core knows but the plugin lacks a type error.
export const rules = {
  'barrel-exports-all': barrelExportsAll,
  'filename-matches-workflow': filenameMatchesWorkflow,
  'no-default-export': noDefaultExport,
  'no-sandbox-unsafe-import': noSandboxUnsafeImport,
  'one-workflow-per-file': oneWorkflowPerFile,
  'use-facade': useFacade,
  'workflow-name-case': workflowNameCase,
  'workflows-in-workflows-dir': workflowsInWorkflowsDir,
} satisfies Record<RuleId, unknown>;
