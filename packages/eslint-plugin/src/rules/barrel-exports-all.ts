import { createRule } from '../util/create-rule.js';
import { reportFindings } from '../util/findings.js';

const name = 'barrel-exports-all';

/**
 * Checks a workflows barrel against the one `wf barrel --fix` would write, and reports a missing
 * barrel on the first workflow file of its directory. The fix writes exactly what the CLI writes.
 */
export default createRule({
  name,
  meta: { type: 'problem', schema: [] },
  create: (context) => reportFindings(context, name),
});
