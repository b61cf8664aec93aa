import { ESLintUtils } from '@typescript-eslint/utils';
import { ruleMeta, type RuleId } from '@wfkit/core';

/** What `meta.docs` carries besides the description: the severity in the `recommended` preset. */
export interface WfkitRuleDocs {
  recommended: 'error' | 'warn';
}

export const createRule = ESLintUtils.RuleCreator<WfkitRuleDocs>(
  (name) => `https://github.com/wfkit/wfkit/blob/main/docs/rules/${name}.md`,
);

/** `meta.docs` of a rule, from core's metadata so docs, presets and `wf check` agree. */
export function docsFor(ruleId: RuleId): WfkitRuleDocs & { description: string } {
  const { description, recommended } = ruleMeta[ruleId];
  return { description, recommended };
}

/**
 * Core's message templates for a rule, typed by the messageIds the rule file declares.
 * Fails at load time if core and the rule file disagree, so a renamed message never reaches users
 * as ESLint's "messageId not present" crash.
 */
export function messagesFor<const MessageIds extends string>(
  ruleId: RuleId,
  messageIds: readonly MessageIds[],
): Record<MessageIds, string> {
  const { messages } = ruleMeta[ruleId];
  const expected = [...messageIds].sort().join(', ');
  const actual = Object.keys(messages).sort().join(', ');
  if (expected !== actual) {
    throw new Error(`wfkit/${ruleId}: the rule declares messages [${expected}] but @wfkit/core has [${actual}].`);
  }
  return messages as Record<MessageIds, string>;
}

/** `meta.fixable` / `meta.hasSuggestions` as ESLint wants them (absent rather than false). */
export function capabilitiesFor(ruleId: RuleId): { fixable?: 'code'; hasSuggestions?: true } {
  const { fixable, hasSuggestions } = ruleMeta[ruleId];
  return { ...(fixable ? { fixable: 'code' } : {}), ...(hasSuggestions ? { hasSuggestions: true } : {}) };
}
