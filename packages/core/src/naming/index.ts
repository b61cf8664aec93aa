export { contextWords } from './context-words.js';
export {
  checkFileName,
  fileStem,
  isGenericName,
  suggestFileName,
  type FileNameCheck,
  type FileNameProblem,
} from './file-name.js';
export {
  checkWorkflowName,
  isIdentifierName,
  isReservedWord,
  isUsableIdentifier,
  validateWorkflowName,
} from './workflow-name.js';
export { formatWords, isInCase, splitWords, type NameStyle } from './words.js';
