import type { FileNameCase, WorkflowNameCase } from '../types.js';

export type NameStyle = FileNameCase | WorkflowNameCase;

/**
 * One word: an acronym run (`PDF` in `PDFDocument`), a capitalised or lower-case word, or a run of
 * digits. Digits stay with the letters before them, so `V2` and `Base64` are single words and a
 * version never becomes a word of its own.
 */
const WORD = /\p{Lu}+\d*(?!\p{Ll})|\p{Lu}?\p{Ll}+\d*|\d+\p{Ll}*/gu;

/** Splits an identifier or a file-name stem into lower-case words, whatever its case. */
export function splitWords(name: string): string[] {
  const words: string[] = [];
  for (const chunk of name.split(/[^\p{L}\p{N}]+/u)) {
    for (const match of chunk.matchAll(WORD)) words.push(match[0].toLowerCase());
  }
  return words;
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Joins lower-case words in a naming style (`['send', 'email']`, `kebab` → `send-email`). */
export function formatWords(words: readonly string[], style: NameStyle): string {
  switch (style) {
    case 'kebab':
      return words.join('-');
    case 'snake':
      return words.join('_');
    case 'camel':
      return words.map((word, index) => (index === 0 ? word : capitalise(word))).join('');
    case 'pascal':
      return words.map(capitalise).join('');
  }
}

const STYLE_PATTERN: Record<NameStyle, RegExp> = {
  kebab: /^[\p{Ll}\d]+(?:-[\p{Ll}\d]+)*$/u,
  snake: /^[\p{Ll}\d]+(?:_[\p{Ll}\d]+)*$/u,
  camel: /^\p{Ll}[\p{L}\d]*$/u,
  pascal: /^\p{Lu}[\p{L}\d]*$/u,
};

/** Whether a name is written in a style. A single lower-case word is kebab, snake and camel at once. */
export function isInCase(name: string, style: NameStyle): boolean {
  return STYLE_PATTERN[style].test(name);
}
