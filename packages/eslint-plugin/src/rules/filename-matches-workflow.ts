import { capabilitiesFor, createRule, docsFor, messagesFor } from '../util/create-rule.js';
import { reportFindings } from '../util/findings.js';

const name = 'filename-matches-workflow';

export type MessageIds = 'extraWords' | 'genericName' | 'missingWords' | 'wrongCase';

/** Reports a workflow file whose name is generic, does not match its workflow, or is in the wrong case. */
export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'suggestion',
    docs: docsFor(name),
    ...capabilitiesFor(name),
    messages: messagesFor(name, ['genericName', 'extraWords', 'missingWords', 'wrongCase']),
    schema: [],
  },
  create: (context) => reportFindings(context, name),
});
