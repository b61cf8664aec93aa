export * from './types.js';
export * from './config/index.js';
export * from './naming/index.js';
export { classifyFile, globMatcher, toPosixRelative, type FileRole } from './scan/classify-file.js';
export { formatMessage, ruleIds, ruleMeta, type RuleMeta } from './check/rule-meta.js';
