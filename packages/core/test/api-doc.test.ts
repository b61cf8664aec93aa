import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';

// API.md's convention: an API entry is a list item whose first words are backticked code spans
// separated by commas (`- \`name(args)\` — …`, `- \`A\`, \`B\` — …`); each span documents the
// identifier it starts with (`ProjectCache.readModule(…)` documents `ProjectCache`). Types are
// described in prose and are not checked: only runtime exports are visible here.
function documentedNames(markdown: string): string[] {
  const names = new Set<string>();
  // A list item goes on over the indented lines below it: a code span may wrap.
  const items = markdown.replace(/\n {2}(?=\S)/g, ' ').split('\n');
  for (const item of items) {
    const leadingSpans = /^- ((?:`[^`]+`(?:, )?)+)/.exec(item)?.[1];
    if (leadingSpans === undefined) continue;
    for (const [, span] of leadingSpans.matchAll(/`([^`]+)`/g)) {
      const name = /^[A-Za-z_$][\w$]*/.exec(span!)?.[0];
      if (name !== undefined) names.add(name);
    }
  }
  return [...names].sort();
}

describe('documentedNames', () => {
  it('reads the leading code spans of list items and nothing else', () => {
    const markdown = [
      '- `loadConfig(from: string)` — reads `wfkit.config.json`; see `findConfigFile`.',
      '- `SOURCE_FILE`, `DECLARATION_FILE` — which files are modules.',
      '- `ProjectCache.readModule(file, config)` then `.storeModule(…)`.',
      '- `wrapped(a,',
      '  b)` — a code span may wrap onto the next line.',
      'Prose mentioning `notAnEntry(` is not an entry.',
      '  - `indented` is a continuation, not an entry.',
    ].join('\n');
    expect(documentedNames(markdown)).toEqual([
      'DECLARATION_FILE',
      'ProjectCache',
      'SOURCE_FILE',
      'loadConfig',
      'wrapped',
    ]);
  });
});

describe('packages/core/API.md', () => {
  const documented = documentedNames(readFileSync(new URL('../API.md', import.meta.url), 'utf8'));
  const exported = Object.keys(core).sort();

  it('documents every runtime export of @wfkit/core', () => {
    const undocumented = exported.filter((name) => !documented.includes(name));
    expect(undocumented, `exported but not documented in API.md: ${undocumented.join(', ')}`).toEqual([]);
  });

  it('documents nothing @wfkit/core does not export', () => {
    const missing = documented.filter((name) => !exported.includes(name));
    expect(missing, `documented in API.md but not exported: ${missing.join(', ')}`).toEqual([]);
  });
});
