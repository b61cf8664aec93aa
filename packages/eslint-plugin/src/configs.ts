import type { WfkitRuleDocs } from './util/create-rule.js';

export type Severity = WfkitRuleDocs['recommended'];
export type PresetName = 'recommended' | 'strict';

/** How each preset sets a rule, from the rule's `meta.docs.recommended`. */
const severityIn: Record<PresetName, (recommended: Severity) => Severity> = {
  recommended: (recommended) => recommended,
  strict: () => 'error',
};

/**
 * A preset as a flat config object. Generated from rule metadata, so a new rule or a changed
 * severity cannot be forgotten in one of them.
 */
export function createPreset<Plugin>(
  presetName: PresetName,
  namespace: string,
  plugin: Plugin,
  rules: Record<string, { meta: { docs?: WfkitRuleDocs } }>,
): { name: string; plugins: Record<string, Plugin>; rules: Record<string, Severity> } {
  return {
    name: `${namespace}/${presetName}`,
    plugins: { [namespace]: plugin },
    rules: Object.fromEntries(
      Object.entries(rules).map(([ruleName, { meta }]) => {
        if (meta.docs === undefined) throw new Error(`${namespace}/${ruleName} has no meta.docs.recommended.`);
        return [`${namespace}/${ruleName}`, severityIn[presetName](meta.docs.recommended)];
      }),
    ),
  };
}
