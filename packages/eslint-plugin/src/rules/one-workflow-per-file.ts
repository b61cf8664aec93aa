import { createRule } from '../util/create-rule.js';
import { reportFindings } from '../util/findings.js';

const name = 'one-workflow-per-file';

/** Reports every workflow after the first in a workflow file. */
export default createRule({
  name,
  meta: { type: 'suggestion', schema: [] },
  create: (context) => reportFindings(context, name),
});
