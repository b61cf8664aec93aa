import { capabilitiesFor, createRule, docsFor, messagesFor } from '../util/create-rule.js';
import { reportFindings } from '../util/findings.js';

const name = 'workflows-in-workflows-dir';

export type MessageIds = 'outsideWorkflowsDir';

/** Reports workflows defined in files outside every workflows directory. */
export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: docsFor(name),
    ...capabilitiesFor(name),
    messages: messagesFor(name, ['outsideWorkflowsDir']),
    schema: [],
  },
  create: (context) => reportFindings(context, name),
});
