import { capabilitiesFor, createRule, docsFor, messagesFor } from '../util/create-rule.js';
import { reportFindings } from '../util/findings.js';

const name = 'no-default-export';

export type MessageIds = 'defaultExport' | 'defaultExportOfNamed' | 'useNamedExport' | 'removeDefaultExport';

/** Reports a default-exported function in a workflow file; suggests the named export. */
export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: docsFor(name),
    ...capabilitiesFor(name),
    messages: messagesFor(name, ['defaultExport', 'defaultExportOfNamed', 'useNamedExport', 'removeDefaultExport']),
    schema: [],
  },
  create: (context) => reportFindings(context, name),
});
