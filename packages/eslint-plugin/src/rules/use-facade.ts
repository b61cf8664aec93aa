import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { createRule } from '../util/create-rule.js';
import { reportFindings } from '../util/findings.js';

const name = 'use-facade';

/** The `@temporalio/workflow` functions the facade replaces. */
export const facadeReplacedCalls = ['proxyActivities', 'proxyLocalActivities', 'executeChild', 'startChild'] as const;

export type FacadeReplacedCall = (typeof facadeReplacedCalls)[number];
export type Options = [{ allow?: FacadeReplacedCall[] }];

const schema: JSONSchema4[] = [
  {
    type: 'object',
    additionalProperties: false,
    properties: {
      allow: {
        type: 'array',
        description:
          '`@temporalio/workflow` functions to accept without the facade, added to `facade.allow` of wfkit.config.json.',
        items: { type: 'string', enum: [...facadeReplacedCalls] },
        uniqueItems: true,
      },
    },
  },
];

/** Reports calls of SDK functions in workflow files that the shared Temporal facade replaces. */
export default createRule<typeof name, Options>({
  name,
  meta: {
    type: 'suggestion',
    schema,
    defaultOptions: [{ allow: [] }],
  },
  create(context, [{ allow = [] }]) {
    // Core has already applied `facade.allow` from the config; the rule option adds to it.
    const allowed = new Set<string>(allow);
    return reportFindings(context, name, (finding) => !allowed.has(finding.data.callee ?? ''));
  },
});
