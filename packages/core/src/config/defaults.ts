import type { WfkitConfig } from '../types.js';

/** The convention as the style guide states it; `wfkit.config.json` overrides any key. */
export const defaultConfig: WfkitConfig = {
  workflowDirs: ['workflows'],
  barrelFile: 'index.ts',
  fileNameCase: 'kebab',
  workflowNameCase: 'auto',
  genericNames: [
    'pipeline',
    'workflow',
    'workflows',
    'main',
    'index',
    'utils',
    'util',
    'helpers',
    'helper',
    'common',
    'misc',
    'shared',
    'tasks',
    'activities',
    'lib',
    'core',
    'base',
    'run',
    'handler',
  ],
  barrelExclude: [],
  ignore: [],
  facade: {
    workflowModule: '@wfkit/temporal/workflow',
    clientModule: '@wfkit/temporal/client',
    allow: [],
  },
  importExtension: 'auto',
  workflowFactories: [],
};

/** `@temporalio/workflow` functions the facade replaces, with the facade calls to use instead. */
export const facadeReplacements: Readonly<Record<string, string>> = {
  proxyActivities: 'Temporal.activities<typeof …>(defaults) and Temporal.run',
  proxyLocalActivities: 'Temporal.activities<typeof …>(defaults) and Temporal.runLocal',
  executeChild: 'Temporal.executeChildWorkflow',
  startChild: 'Temporal.startChildWorkflow',
};

/**
 * Facade calls that fit better when nothing uses the raw call's result: a `startChild` whose
 * handle is dropped starts a child to forget.
 */
export const facadeReplacementsForUnusedResult: Readonly<Record<string, string>> = {
  startChild:
    'Temporal.fireAndForgetChildWorkflow (or Temporal.startChildWorkflow to keep the child bound to this workflow)',
};

/**
 * Modules the worker's bundler (SDK 1.24) refuses in the workflow sandbox besides Node built-ins,
 * and `@temporalio/envconfig`, which reads files. Workflow code imports them only with `import type`.
 */
export const SANDBOX_UNSAFE_PACKAGES: readonly string[] = [
  '@temporalio/activity',
  '@temporalio/client',
  '@temporalio/worker',
  '@temporalio/testing',
  '@temporalio/core-bridge',
  '@temporalio/envconfig',
  '@temporalio/common/lib/internal-non-workflow',
];

/** Node built-ins the bundler lets into the sandbox (by bare name; a `node:` specifier is never bundled). */
export const SANDBOX_SAFE_BUILTINS: readonly string[] = ['assert', 'url', 'util'];

/**
 * Last words of a module's file name that mark it as activity implementations (`tasks.ts`,
 * `activities.ts`, `email-activities.ts`); a directory named `activities` marks every module in it.
 */
export const ACTIVITY_MODULE_WORDS: readonly string[] = ['activities', 'activity', 'tasks'];

/** The SDK module whose import marks a file as workflow code. */
export const WORKFLOW_SDK_MODULE = '@temporalio/workflow';

export const CONFIG_FILE_NAME = 'wfkit.config.json';
