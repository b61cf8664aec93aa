// Compile-only: the plugin and its presets type-check where users put them, with ESLint 10's and
// ESLint 9's types and with typescript-eslint's (`tsc -b` of this directory runs in CI).
import plugin from '@wfkit/eslint-plugin';
import { defineConfig } from 'eslint/config';
import { defineConfig as defineConfig9 } from 'eslint9/config';
import tseslint from 'typescript-eslint';

export const eslint10 = defineConfig(plugin.configs.recommended, {
  plugins: { wfkit: plugin },
  rules: { 'wfkit/use-facade': ['warn', { allow: ['proxyLocalActivities'] }] },
  settings: { wfkit: { workflowNameCase: 'camel' } },
});

export const eslint9 = defineConfig9(plugin.configs.strict, {
  plugins: { wfkit: plugin },
  rules: { 'wfkit/use-facade': ['warn', { allow: ['proxyLocalActivities'] }] },
});

export const typescriptEslint = tseslint.config(...tseslint.configs.recommended, plugin.configs.recommended, {
  plugins: { wfkit: plugin },
  rules: { 'wfkit/use-facade': ['warn', { allow: ['proxyLocalActivities'] }] },
});
