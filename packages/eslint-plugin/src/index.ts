import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { createPreset, type PresetName } from './configs.js';
import { rules } from './rules/index.js';

// Read at runtime: `dist/` and `src/` both sit next to package.json. ESLint needs name and version
// to hash the config for `--cache` and to identify the plugin in worker threads (`--concurrency`).
const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

export interface WfkitPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: Record<PresetName, TSESLint.FlatConfig.Config>;
}

const namespace = 'wfkit';

const plugin: WfkitPlugin = {
  meta: { name, version, namespace },
  rules,
  configs: {} as WfkitPlugin['configs'],
};

// The presets refer to the plugin object itself, so they are filled in after it exists.
const asFlatPlugin = plugin as unknown as TSESLint.FlatConfig.Plugin;
plugin.configs.recommended = createPreset('recommended', namespace, asFlatPlugin, rules);
plugin.configs.strict = createPreset('strict', namespace, asFlatPlugin, rules);

export default plugin;
