import type { Finding, RuleId, SourceRange, TextEdit } from '../types.js';
import { formatMessage, ruleMeta } from './rule-meta.js';

interface FindingInput {
  ruleId: RuleId;
  messageId: string;
  data: Record<string, string>;
  filePath: string;
  range: SourceRange;
  fix?: TextEdit | undefined;
  suggestions?: Array<{ messageId: string; data: Record<string, string>; fix: TextEdit }> | undefined;
}

/** Builds a finding, formatting its message (and its suggestions') from the rule's templates. */
export function createFinding(input: FindingInput): Finding {
  const messages = ruleMeta[input.ruleId].messages;
  const template = messages[input.messageId];
  if (template === undefined) throw new Error(`wfkit: rule ${input.ruleId} has no message ${input.messageId}`);
  return {
    ...input,
    message: formatMessage(template, input.data),
    suggestions: input.suggestions?.map((suggestion) => ({
      ...suggestion,
      message: formatMessage(messages[suggestion.messageId] ?? suggestion.messageId, suggestion.data),
    })),
  };
}

/** `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`: names quoted for a message. */
export function quoteList(names: readonly string[]): string {
  const quoted = names.map((name) => `'${name}'`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)!}`;
}

/** `the word 'x'` / `the words 'x' and 'y'`. */
export function wordsPhrase(words: readonly string[]): string {
  return `${words.length === 1 ? 'the word' : 'the words'} ${quoteList(words)}`;
}
