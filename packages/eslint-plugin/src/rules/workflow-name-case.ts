import { capabilitiesFor, createRule, docsFor, messagesFor } from '../util/create-rule.js';
import { reportFindings } from '../util/findings.js';

const name = 'workflow-name-case';

export type MessageIds = 'wrongCase';

/** Reports workflow names that are not in the configured case. */
export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'suggestion',
    docs: docsFor(name),
    ...capabilitiesFor(name),
    messages: messagesFor(name, ['wrongCase']),
    schema: [],
  },
  create: (context) => reportFindings(context, name),
});
