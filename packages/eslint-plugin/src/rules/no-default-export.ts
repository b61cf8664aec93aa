import { createRule } from '../util/create-rule.js';
import { reportFindings } from '../util/findings.js';

const name = 'no-default-export';

/** Reports a default-exported function in a workflow file; suggests the named export. */
export default createRule({
  name,
  meta: { type: 'problem', schema: [] },
  create: (context) => reportFindings(context, name),
});
