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

/** `@temporalio/workflow` functions the facade replaces, with the facade call to use instead. */
export const facadeReplacements: Readonly<Record<string, string>> = {
  proxyActivities: 'Temporal.run',
  proxyLocalActivities: 'Temporal.run',
  executeChild: 'Temporal.executeChildWorkflow',
  startChild: 'Temporal.fireAndForgetChildWorkflow',
};

/** The SDK module whose import marks a file as workflow code. */
export const WORKFLOW_SDK_MODULE = '@temporalio/workflow';

export const CONFIG_FILE_NAME = 'wfkit.config.json';
