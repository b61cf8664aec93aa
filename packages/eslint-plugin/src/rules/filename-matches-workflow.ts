import { createRule } from '../util/create-rule.js';
import { reportFindings } from '../util/findings.js';

const name = 'filename-matches-workflow';

/** Reports a workflow file whose name is generic, does not match its workflow, or is in the wrong case. */
export default createRule({
  name,
  meta: { type: 'suggestion', schema: [] },
  create: (context) => reportFindings(context, name),
});
