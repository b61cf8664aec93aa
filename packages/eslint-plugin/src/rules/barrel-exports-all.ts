import { capabilitiesFor, createRule, docsFor, messagesFor } from '../util/create-rule.js';
import { reportFindings } from '../util/findings.js';

const name = 'barrel-exports-all';

export type MessageIds =
  | 'commentOnRemovedExport'
  | 'defaultReexport'
  | 'duplicateDefinition'
  | 'duplicateName'
  | 'exportStar'
  | 'foreignStatement'
  | 'missingBarrel'
  | 'missingExport'
  | 'notRegistered'
  | 'notRegisteredNoEntry'
  | 'staleExport'
  | 'workflowInBarrel';

/**
 * Checks a workflows barrel against the one `wf barrel --fix` would write, and reports a missing
 * barrel on the first workflow file of its directory. The fix writes exactly what the CLI writes.
 */
export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: docsFor(name),
    ...capabilitiesFor(name),
    messages: messagesFor(name, [
      'missingExport',
      'staleExport',
      'duplicateName',
      'duplicateDefinition',
      'foreignStatement',
      'workflowInBarrel',
      'exportStar',
      'defaultReexport',
      'missingBarrel',
      'commentOnRemovedExport',
      'notRegistered',
      'notRegisteredNoEntry',
    ]),
    schema: [],
  },
  create: (context) => reportFindings(context, name),
});
