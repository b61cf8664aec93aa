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
      `// Copyright 2024 Example Corp.\n\n/** All workflows for presentation edit content. */\n\nexport { RegenerateContent } from './regenerate.js';\n${SLIDE}\n${TRANSLATE}\n`,
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
    expect(plan(text).nextText).toBe(`/** Doc. */\n\nexport { RegenerateContent } from './regenerate.js'; // '//' in a comment\n${SLIDE}\n${TRANSLATE}\n`);
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
    expect(result.blockedBy.map((finding) => [finding.kind, text.slice(finding.range!.start, finding.range!.end)])).toEqual([
      ['orphan-comment', '// Keep Legacy registered until the last run drains (ticket 123).'],
    ]);
    expect(result.blockedBy[0]).toMatchObject({ name: 'Legacy', specifier: './legacy.js' });
  });

  test('a comment on a name that goes blocks the rewrite although its statement stays', () => {
    const text = "/** Doc. */\n\nexport {\n  RegenerateContent,\n  OldName, // remove after Q3\n} from './regenerate.js';\n";
    expect(plan(text).blockedBy).toMatchObject([{ kind: 'orphan-comment', name: 'OldName', specifier: './regenerate.js' }]);
  });

  test('a rewritten barrel with comments is stable: the next plan changes nothing', () => {
    const text = "// License\n\n/** Doc. */\n\n// first\nexport { TranslatePresentationContent } from './translate.js'; // t\n/* end */\n";
    const next = plan(text).nextText!;
    expect(plan(next)).toEqual({ nextText: next, changed: false, blockedBy: [] });
  });
});
