export { analyzeModule } from './analyze-module.js';
export { FACADE_REPLACED_CALLS } from './sdk-calls.js';
