import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import { ruleMeta, type RuleId, type RuleMessageId } from '@wfkit/core';

/** What `meta.docs` carries besides the description: the severity in the `recommended` preset. */
export interface WfkitRuleDocs {
  recommended: 'error' | 'warn';
}

const ruleCreator = ESLintUtils.RuleCreator<WfkitRuleDocs>(
  (name) => `https://github.com/wfkit/wfkit/blob/main/docs/rules/${name}.md`,
);

/** The part of `meta` a rule file writes: its type and its options. */
type OwnMeta<Options extends readonly unknown[]> = Pick<
  TSESLint.RuleMetaData<string, WfkitRuleDocs, Options>,
  'type' | 'schema' | 'defaultOptions'
>;

interface WfkitRuleDefinition<Id extends RuleId, Options extends readonly unknown[]> {
  name: Id;
  meta: OwnMeta<Options>;
  create: (
    context: Readonly<TSESLint.RuleContext<RuleMessageId<Id>, Options>>,
    options: Readonly<Options>,
  ) => TSESLint.RuleListener;
}

/**
 * `ESLintUtils.RuleCreator` with the rest of `meta` taken from core's `ruleMeta` (description,
 * preset severity, messages, `fixable`, `hasSuggestions`), so that docs, presets and `wf check`
 * say the same and a rule file holds only what is its own.
 */
export function createRule<Id extends RuleId, Options extends readonly unknown[] = []>({
  meta,
  ...rule
}: WfkitRuleDefinition<Id, Options>) {
  const { description, recommended, fixable, hasSuggestions, messages } = ruleMeta[rule.name];
  return ruleCreator<Options, RuleMessageId<Id>>({
    ...rule,
    meta: {
      ...meta,
      docs: { description, recommended },
      messages: messages as Record<RuleMessageId<Id>, string>,
      // ESLint wants these absent rather than false.
      ...(fixable ? { fixable: 'code' } : {}),
      ...(hasSuggestions ? { hasSuggestions: true } : {}),
    },
  });
}
