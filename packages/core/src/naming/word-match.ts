/** Whether two words are one but for a plural ending: `order`/`orders`, `box`/`boxes`, `entry`/`entries`. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long === `${short}s` || long === `${short}es` || (short.endsWith('y') && long === `${short.slice(0, -1)}ies`);
}

/**
 * Matches words (of a file name or a path) against a workflow name's words. A word stands for one
 * workflow word, or for a run of them written as one: `github` for `Git Hub`, `oauth2` for
 * `O Auth2` (case splitting cannot know a brand's spelling). Plurals match singulars.
 * Returns the words that match nothing, and the indices of the workflow words that are covered.
 */
export function matchWords(
  words: readonly string[],
  workflowWords: readonly string[],
): { unmatched: string[]; covered: Set<number> } {
  const covered = new Set<number>();
  const unmatched: string[] = [];
  const starts = workflowWords.map((_, index) => index);
  for (const word of words) {
    let matched = false;
    // Uncovered places first, so `send-send` covers both words of `SendSend`.
    const order = [...starts.filter((index) => !covered.has(index)), ...starts.filter((index) => covered.has(index))];
    for (const start of order) {
      if (matched) break;
      let joined = '';
      for (let end = start; end < workflowWords.length && joined.length <= word.length; end += 1) {
        joined += workflowWords[end];
        if (sameWord(joined, word)) {
          for (let index = start; index <= end; index += 1) covered.add(index);
          matched = true;
          break;
        }
      }
    }
    if (!matched) unmatched.push(word);
  }
  return { covered, unmatched };
}
