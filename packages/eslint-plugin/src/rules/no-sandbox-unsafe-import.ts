import { createRule } from '../util/create-rule.js';
import { reportFindings } from '../util/findings.js';

const name = 'no-sandbox-unsafe-import';

/**
 * Reports value imports in workflow files of what the workflow sandbox cannot hold (activity
 * modules, Node built-ins, client code); fixes them to `import type` where only types are used.
 */
export default createRule({
  name,
  meta: { type: 'problem', schema: [] },
  create: (context) => reportFindings(context, name),
});
