import { createRule } from '../util/create-rule.js';
import { reportFindings } from '../util/findings.js';

const name = 'workflows-in-workflows-dir';

/** Reports workflows defined in files outside every workflows directory. */
export default createRule({
  name,
  meta: { type: 'problem', schema: [] },
  create: (context) => reportFindings(context, name),
});
