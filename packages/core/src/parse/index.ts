export { parseModule, type ParseFailure, type ParseModuleOptions, type ParseResult } from './parse-module.js';
export { offsetToPosition } from './position.js';
