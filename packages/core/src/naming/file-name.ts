import path from 'node:path';
import type { ResolvedConfig } from '../types.js';
import { contextWords } from './context-words.js';
import { matchWords, sameWord } from './word-match.js';
import { formatWords, isInCase, splitWords } from './words.js';

export type FileNameProblem = 'generic' | 'extra-words' | 'missing-words' | 'case';

export type FileNameCheck =
  | { ok: true }
  | {
      ok: false;
      problem: FileNameProblem;
      /** The words at fault: the generic name, the extra words, or the missing words. */
      words: string[];
      /** A file name (with extension) that passes, for the same workflow in the same directory. */
      suggestion: string;
    };

type NamingConfig = Pick<ResolvedConfig, 'rootDir' | 'workflowDirs' | 'genericNames' | 'fileNameCase'>;

const SOURCE_EXTENSION = /\.(?:[cm]?tsx?|[cm]?jsx?)$/;

/** A file name without directory and source extension. */
export function fileStem(filePath: string): string {
  return path.basename(filePath).replace(SOURCE_EXTENSION, '');
}

/** Whether a stem, compared word by word, is one of the configured generic names. */
export function isGenericName(stem: string, genericNames: readonly string[]): boolean {
  const key = splitWords(stem).join(' ');
  return key === '' || genericKeys(genericNames).has(key);
}

// A config's list is asked about once per file: split it once.
const genericKeysOf = new WeakMap<readonly string[], Set<string>>();
function genericKeys(genericNames: readonly string[]): Set<string> {
  let keys = genericKeysOf.get(genericNames);
  if (keys === undefined) {
    keys = new Set(genericNames.map((generic) => splitWords(generic).join(' ')));
    genericKeysOf.set(genericNames, keys);
  }
  return keys;
}

/** Workflow words a file name must carry: all of them, but a trailing `Workflow` may be left out. */
function requiredWords(workflowName: string): string[] {
  const words = splitWords(workflowName);
  return words.length > 1 && words.at(-1) === 'workflow' ? words.slice(0, -1) : words;
}

/** The shortest file name (with `.ts`) that passes `checkFileName` for a workflow in `dir`. */
export function suggestFileName(workflowName: string, dir: string, config: NamingConfig): string {
  const required = requiredWords(workflowName);
  const { covered } = matchWords(contextWords(dir, config), required);
  // Words the path does not already say; if it says them all, the first word (usually the verb) names the file.
  let words = required.filter((_, index) => !covered.has(index));
  if (words.length === 0) words = required.slice(0, 1);
  if (isGenericName(words.join('-'), config.genericNames)) words = required;
  if (isGenericName(words.join('-'), config.genericNames)) words = splitWords(workflowName);
  return `${formatWords(words, config.fileNameCase)}.ts`;
}

/**
 * Whether a workflow file's name is descriptive and matches its workflow: not generic, every file
 * word is a workflow word, every workflow word is in the file name or the directory path, and the
 * configured case. Words match as `matchWords` says: plurals, and brands written as one word.
 */
export function checkFileName(filePath: string, workflowName: string, config: NamingConfig): FileNameCheck {
  const stem = fileStem(filePath);
  const dir = path.dirname(path.resolve(filePath));
  const fail = (problem: FileNameProblem, words: string[]): FileNameCheck => ({
    ok: false,
    problem,
    words,
    suggestion: suggestFileName(workflowName, dir, config),
  });
  const fileWords = splitWords(stem);
  if (isGenericName(stem, config.genericNames)) return fail('generic', fileWords);
  const byFile = matchWords(fileWords, splitWords(workflowName));
  if (byFile.unmatched.length > 0) return fail('extra-words', byFile.unmatched);
  const required = requiredWords(workflowName);
  const byPath = matchWords(contextWords(dir, config), required);
  // A word said once covers its repeats (`send.ts` for `SendSend`).
  const said = [...byFile.covered, ...byPath.covered].map((index) => required[index] ?? '');
  const missing = required.filter(
    (word, index) =>
      !byFile.covered.has(index) && !byPath.covered.has(index) && !said.some((other) => sameWord(other, word)),
  );
  if (missing.length > 0) return fail('missing-words', missing);
  if (!isInCase(stem, config.fileNameCase)) return fail('case', [stem]);
  return { ok: true };
}
