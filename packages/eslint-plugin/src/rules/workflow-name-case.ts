import { createRule } from '../util/create-rule.js';
import { reportFindings } from '../util/findings.js';

const name = 'workflow-name-case';

/** Reports workflow names that are not in the configured case. */
export default createRule({
  name,
  meta: { type: 'suggestion', schema: [] },
  create: (context) => reportFindings(context, name),
});
