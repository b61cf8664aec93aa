export { parseModule, type ParseFailure, type ParseResult } from './parse-module.js';
export { offsetToPosition } from './position.js';
