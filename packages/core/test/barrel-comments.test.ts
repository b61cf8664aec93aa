import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planBarrelRewrite } from '../src/barrel/index.js';
import { contentSources, modelOf, parse } from './barrel-helpers.js';

// The directory has regenerate.ts, slide.ts and translate.ts; `legacy.js` is gone.
const model = modelOf(contentSources);
const plan = (text: string) => planBarrelRewrite(text, parse(text), model);
const SLIDE = "export { EditPresentationSlide, type EditPresentationSlideParams } from './slide.js';";
const TRANSLATE = "export { TranslatePresentationContent } from './translate.js';";

describe('a barrel rewrite keeps what the user wrote besides exports', () => {
  test('header comments and directives stay on top, above the user doc comment, which is not replaced', () => {
    const header = [
      '#!/usr/bin/env node',
      '// Copyright 2024 Example Corp. Licensed under MIT.',
      '',
      '/* eslint-disable @typescript-eslint/no-unused-vars */',
      '// @ts-nocheck',
      '/// <reference types="node" />',
      '',
      '/** Workflows that edit content. */',
    ].join('\n');
    const result = plan(`${header}\nexport * from './regenerate.js';\n`);
    expect(result.nextText).toBe(
      `${header}\n\nexport { RegenerateContent } from './regenerate.js';\n${SLIDE}\n${TRANSLATE}\n`,
    );
  });

  test('a header without a doc comment gets the generated one below it', () => {
    const result = plan("// Copyright 2024 Example Corp.\n\nexport { RegenerateContent } from './regenerate.js';\n");
    expect(result.nextText).toBe(
      `// Copyright 2024 Example Corp.\n\n/** The workflows a worker registers from this directory; \`wf barrel --fix\` keeps it complete. */\n\nexport { RegenerateContent } from './regenerate.js';\n${SLIDE}\n${TRANSLATE}\n`,
    );
  });

  test('a comment attached to a kept export moves with it, and trailing and closing comments stay', () => {
    const text = [
      '/** Doc. */',
      '',
      '// TODO: split translate into two workflows',
      "export { TranslatePresentationContent } from './translate.js'; // the slow one",
      "export { RegenerateContent } from './regenerate.js';",
      '',
      '/* eslint-enable */',
      '',
    ].join('\n');
    expect(plan(text).nextText).toBe(
      [
        '/** Doc. */',
        '',
        "export { RegenerateContent } from './regenerate.js';",
        SLIDE,
        '// TODO: split translate into two workflows',
        `${TRANSLATE} // the slow one`,
        '',
        '/* eslint-enable */',
        '',
      ].join('\n'),
    );
  });

  test('a comment on one name stays on that name', () => {
    const text = [
      '/** Doc. */',
      '',
      'export {',
      '  EditPresentationSlide, // the editor calls it',
      "} from './slide.js';",
      "export { RegenerateContent, TranslatePresentationContent } from './regenerate.js';",
      '',
    ].join('\n');
    expect(plan(text).nextText).toContain(
      "export {\n  EditPresentationSlide, // the editor calls it\n  type EditPresentationSlideParams,\n} from './slide.js';\n",
    );
  });

  test('a string that looks like a comment is not one', () => {
    const text = "/** Doc. */\n\nexport { RegenerateContent } from './regenerate.js'; // '//' in a comment\n";
    expect(plan(text).nextText).toBe(
      `/** Doc. */\n\nexport { RegenerateContent } from './regenerate.js'; // '//' in a comment\n${SLIDE}\n${TRANSLATE}\n`,
    );
  });

  test('a comment attached to an export that goes blocks the rewrite, naming the comment', () => {
    const text = [
      '/** Doc. */',
      '',
      "export { RegenerateContent } from './regenerate.js';",
      '// Keep Legacy registered until the last run drains (ticket 123).',
      "export { Legacy } from './legacy.js';",
      '',
    ].join('\n');
    const result = plan(text);
    expect(result.nextText).toBeUndefined();
    expect(result.changed).toBe(true);
    expect(
      result.blockedBy.map((finding) => [finding.kind, text.slice(finding.range!.start, finding.range!.end)]),
    ).toEqual([['orphan-comment', '// Keep Legacy registered until the last run drains (ticket 123).']]);
    expect(result.blockedBy[0]).toMatchObject({ name: 'Legacy', specifier: './legacy.js' });
  });

  test('a comment on a name that goes blocks the rewrite although its statement stays', () => {
    const text =
      "/** Doc. */\n\nexport {\n  RegenerateContent,\n  OldName, // remove after Q3\n} from './regenerate.js';\n";
    expect(plan(text).blockedBy).toMatchObject([
      { kind: 'orphan-comment', name: 'OldName', specifier: './regenerate.js' },
    ]);
  });

  test('comments of a neutral statement (`export {};`, `;`) move on, and only comments end the barrel', () => {
    const text =
      "/** Doc. */\n\n// before the marker\nexport {}; // on the marker\n;\nexport { RegenerateContent } from './regenerate.js';\n// a\nexport {};\n// b\n";
    expect(plan(text).nextText).toBe(
      `/** Doc. */\n\n// before the marker\n// on the marker\nexport { RegenerateContent } from './regenerate.js';\n${SLIDE}\n${TRANSLATE}\n// a\n// b\n`,
    );
  });

  test('a rewritten barrel with comments is stable: the next plan changes nothing', () => {
    const text =
      "// License\n\n/** Doc. */\n\n// first\nexport { TranslatePresentationContent } from './translate.js'; // t\n/* end */\n";
    const next = plan(text).nextText!;
    expect(plan(next)).toEqual({ nextText: next, changed: false, blockedBy: [] });
  });
});

describe('no comment is ever dropped silently', () => {
  // Statements for the directory's files and for files that are gone, in any order, each with
  // comments above, beside or inside it; header and footer comments around them.
  const statement = fc.record({
    source: fc.constantFrom('./regenerate.js', './slide.js', './translate.js', './gone.js', './regenerate'),
    names: fc.subarray(['RegenerateContent', 'EditPresentationSlide', 'TranslatePresentationContent', 'Old'], {
      minLength: 1,
    }),
    above: fc.boolean(),
    beside: fc.boolean(),
    inside: fc.boolean(),
  });
  const barrel = fc.record({
    header: fc.boolean(),
    statements: fc.array(statement, { maxLength: 6 }),
    footer: fc.boolean(),
  });

  test('a rewrite keeps every comment, or is blocked by those it would lose', () => {
    fc.assert(
      fc.property(barrel, ({ header, statements, footer }) => {
        let counter = 0;
        const comment = (kind: string) => `// ${kind} ${(counter += 1)}`;
        const lines = header ? [comment('header'), ''] : [];
        for (const { source, names, above, beside, inside } of statements) {
          if (above) lines.push(comment('above'));
          const body = inside ? `{\n  ${names.join(',\n  ')}, ${comment('inside')}\n}` : `{ ${names.join(', ')} }`;
          lines.push(`export ${body} from '${source}';${beside ? ` ${comment('beside')}` : ''}`);
        }
        if (footer) lines.push('', comment('footer'));
        const text = `${lines.join('\n')}\n`;
        const comments = text.match(/\/\/ \w+ \d+/g) ?? [];
        const result = plan(text);
        if (result.nextText !== undefined) {
          for (const kept of comments) expect(result.nextText).toContain(kept);
        } else {
          // Refused: each comment it would lose is named.
          expect(result.blockedBy.length).toBeGreaterThan(0);
          for (const blocker of result.blockedBy) {
            expect(blocker.kind).toBe('orphan-comment');
            expect(comments).toContain(text.slice(blocker.range!.start, blocker.range!.end));
          }
        }
      }),
    );
  });
});
