export { analyzeBarrel, type BarrelFinding, type StaleReason } from './analyze-barrel.js';
export { readBarrelComments, type BarrelComments, type CommentNotes, type OrphanComment } from './barrel-comments.js';
export {
  buildBarrelModel,
  specifierFor,
  type BarrelEntry,
  type BarrelModel,
  type BarrelModelOptions,
} from './barrel-model.js';
export { compareCodeUnits } from './compare.js';
export { BARREL_DOC_COMMENT, extractLeadingDocComment } from './doc-comment.js';
export { planBarrelRewrite, type BarrelRewrite } from './plan-rewrite.js';
export { readBarrel, type BarrelExport, type BarrelOddity } from './read-barrel.js';
export { BARREL_LINE_WIDTH, renderBarrel } from './render-barrel.js';
