export { ConfigError } from './config-error.js';
export {
  clearConfigWarnings,
  listenForConfigWarnings,
  reportConfigWarning,
  type ConfigWarningListener,
} from './config-warnings.js';
export { CONFIG_FILE_NAME, defaultConfig, facadeReplacements, WORKFLOW_SDK_MODULE } from './defaults.js';
export { resolveImportExtension } from './import-extension.js';
export { findConfigFile, findUp, loadConfig } from './load-config.js';
export { mergeConfig, parseConfigFile } from './parse-config.js';
export { configFileSchema, configJsonSchema, type ConfigFile } from './schema.js';
