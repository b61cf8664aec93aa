import { capabilitiesFor, createRule, docsFor, messagesFor } from '../util/create-rule.js';
import { reportFindings } from '../util/findings.js';

const name = 'one-workflow-per-file';

export type MessageIds = 'extraWorkflow';

/** Reports every workflow after the first in a workflow file. */
export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'suggestion',
    docs: docsFor(name),
    ...capabilitiesFor(name),
    messages: messagesFor(name, ['extraWorkflow']),
    schema: [],
  },
  create: (context) => reportFindings(context, name),
});
