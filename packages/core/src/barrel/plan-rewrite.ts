import type { TSESTree } from '@typescript-eslint/types';
import { analyzeBarrel, type BarrelFinding } from './analyze-barrel.js';
import { readBarrelComments } from './barrel-comments.js';
import type { BarrelModel } from './barrel-model.js';
import { readBarrelAgainst } from './read-barrel.js';
import { renderBarrel } from './render-barrel.js';

export interface BarrelRewrite {
  /**
   * The text the barrel should have: the existing text when nothing needs to change, undefined
   * when a rewrite would drop hand-written statements (`blockedBy`) or the barrel does not parse.
   */
  nextText: string | undefined;
  /** The barrel's exports differ from the model's (formatting and order alone never count). */
  changed: boolean;
  /** Statements, and comments of removed exports, a rewrite would drop; non-empty only when `changed`. */
  blockedBy: BarrelFinding[];
}

/**
 * Plans writing a barrel: create it when missing, rewrite it canonically (keeping its comments, see
 * `readBarrelComments`) when its exports differ from the model, and leave it alone when they agree, however it is
 * formatted. `program` is the parsed `existingText`; pass undefined for both when there is no
 * barrel, and undefined `program` alone when it does not parse (it is then never overwritten).
 */
export function planBarrelRewrite(
  existingText: string | undefined,
  program: TSESTree.Program | undefined,
  model: BarrelModel,
): BarrelRewrite {
  if (existingText === undefined) return { nextText: renderBarrel(model), changed: true, blockedBy: [] };
  if (program === undefined) return { nextText: undefined, changed: false, blockedBy: [] };

  if (!exportsEqual(program, model)) {
    const blockedBy = analyzeBarrel(program, model).filter((finding) => finding.kind === 'foreign-statement');
    if (blockedBy.length > 0) return { nextText: undefined, changed: true, blockedBy };
    const comments = readBarrelComments(existingText, program, model);
    if (comments.orphans.length > 0) {
      const orphans = comments.orphans.map((orphan): BarrelFinding => ({ kind: 'orphan-comment', ...orphan }));
      return { nextText: undefined, changed: true, blockedBy: orphans };
    }
    return { nextText: renderBarrel(model, comments), changed: true, blockedBy: [] };
  }
  return { nextText: existingText, changed: false, blockedBy: [] };
}

/** Whether a barrel exports exactly the model's names, each once, from the model's files. */
function exportsEqual(program: TSESTree.Program, model: BarrelModel): boolean {
  const { exports, oddities } = readBarrelAgainst(
    program,
    model.entries.map((entry) => entry.specifier),
  );
  if (oddities.some((oddity) => oddity.kind !== 'foreign-statement')) return false;
  const actual = exports.map((item) => `${item.specifier}\0${item.local}\0${item.name}\0${item.isType}`).sort();
  const wanted = model.entries
    .flatMap((entry) => [
      ...entry.values.map((name) => `${entry.specifier}\0${name}\0${name}\0false`),
      ...entry.types.map((name) => `${entry.specifier}\0${name}\0${name}\0true`),
    ])
    .sort();
  return actual.length === wanted.length && actual.every((line, index) => line === wanted[index]);
}
