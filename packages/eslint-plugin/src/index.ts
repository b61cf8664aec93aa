import { createRequire } from 'node:module';
import { createPreset, type PresetName } from './configs.js';
import { rules } from './rules/index.js';

// Read at runtime (`dist/` and `src/` both sit next to package.json). ESLint hashes the plugin's
// name and version into each `--cache` entry, so upgrading the plugin re-lints every file.
const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

/**
 * A preset, typed structurally (as typescript-eslint types its own) so that both ESLint's
 * `defineConfig` and typescript-eslint's `config` accept it, whichever ESLint major is installed.
 */
export interface WfkitPreset {
  name: string;
  plugins: Record<string, { meta: { name: string; version: string } }>;
  rules: Record<string, 'error' | 'warn'>;
}

/**
 * A rule as a config sees it. typescript-eslint's rule types and ESLint's own do not fit each
 * other, so the public type is only the shape, like typescript-eslint's `LooseRuleDefinition`.
 */
export interface WfkitRule {
  meta: object;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any context type, any listener type
  create: (context: any) => any;
}

export interface WfkitPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<keyof typeof rules, WfkitRule>;
  configs: Record<PresetName, WfkitPreset>;
}

const namespace = 'wfkit';

const plugin: WfkitPlugin = {
  meta: { name, version, namespace },
  rules,
  configs: {} as WfkitPlugin['configs'],
};

// The presets refer to the plugin object itself, so they are filled in after it exists.
plugin.configs.recommended = createPreset('recommended', namespace, plugin, rules);
plugin.configs.strict = createPreset('strict', namespace, plugin, rules);

export default plugin;
