/**
 * The facade for API and script code: start workflows and wait for them. Import it as
 * `import { Temporal } from '@wfkit/temporal/client'`. Never import this entry from workflow code.
 */
import { configure, getClient } from './connection.js';
import { executeWorkflow, startWorkflow } from './start.js';

export const Temporal = Object.freeze({
  startWorkflow,
  executeWorkflow,
  configure,
  // Not passed as is: its parameter names the facade call in errors, for the facade's own use.
  getClient: async () => await getClient(),
});

export { ServerUnreachableError, type ClientSettings } from './connection.js';
export type { AnyFunction, ArgsOf, ResultOf } from '../signatures.js';
export { DEFAULT_TASK_QUEUE, InvalidOptionsError, type StartOptions } from '../options.js';
