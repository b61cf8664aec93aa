import { capabilitiesFor, createRule, docsFor, messagesFor } from '../util/create-rule.js';
import { reportFindings } from '../util/findings.js';

const name = 'no-sandbox-unsafe-import';

export type MessageIds = 'activitiesModule' | 'nodeBuiltin' | 'clientModule';

/**
 * Reports value imports in workflow files of what the workflow sandbox cannot hold (activity
 * modules, Node built-ins, client code); fixes them to `import type` where only types are used.
 */
export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: docsFor(name),
    ...capabilitiesFor(name),
    messages: messagesFor(name, ['activitiesModule', 'nodeBuiltin', 'clientModule']),
    schema: [],
  },
  create: (context) => reportFindings(context, name),
});
