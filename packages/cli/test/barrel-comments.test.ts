import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, removeCopies } from './helpers/fixture.js';
import { wf } from './helpers/run.js';
import { read } from './helpers/tree.js';

afterEach(removeCopies);

const CONTENT_BARREL = 'presentation/edit/content/workflows/index.ts';
const SLIDE = "export { EditPresentationSlide, type EditPresentationSlideParams } from './slide.js';";

describe('wf barrel --fix and the comments of a barrel', () => {
  it('keeps the license header, directives, the doc comment and a comment on a kept export', async () => {
    const app = copyFixture('slides-app');
    const header = '// SPDX-License-Identifier: MIT\n/* eslint-disable */\n// @ts-nocheck\n\n/** Editing content. */';
    writeFileSync(
      path.join(app, CONTENT_BARREL),
      `${header}\n\n// regenerates everything\nexport { RegenerateContent } from './regenerate.js';\n`,
    );
    const result = await wf(app, 'barrel', '--fix');
    expect(result.code).toBe(0);
    expect(read(app, CONTENT_BARREL)).toBe(
      `${header}\n\n// regenerates everything\nexport { RegenerateContent } from './regenerate.js';\n${SLIDE}\nexport { TranslatePresentationContent } from './translate.js';\n`,
    );
  });

  it('refuses to drop a comment attached to an export that goes, names it and leaves the barrel as it was', async () => {
    const app = copyFixture('slides-app');
    const barrel = path.join(app, CONTENT_BARREL);
    const text = `${read(app, CONTENT_BARREL)}// TODO: remove once the old runs drained\nexport { OldRegenerate } from './old-regenerate.js';\n`;
    writeFileSync(barrel, text);
    const result = await wf(app, 'barrel', '--fix');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`cannot fix ${CONTENT_BARREL}`);
    expect(result.stdout).toMatch(
      /\d+:1 This comment belongs to the export of 'OldRegenerate' from '\.\/old-regenerate\.js', which `wf barrel --fix` removes/,
    );
    expect(read(app, CONTENT_BARREL)).toBe(text);
  });
});

describe('wf barrel --fix and file names a string literal cannot hold raw', () => {
  it('escapes them, so the barrel it writes parses and exports the file', async () => {
    const app = copyFixture('slides-app');
    writeFileSync(
      path.join(app, 'presentation/edit/content/workflows/line\nbreak.ts'),
      'export async function LineBreak(): Promise<void> {}\n',
    );
    expect((await wf(app, 'barrel', '--fix')).code).toBe(0);
    expect(read(app, CONTENT_BARREL)).toContain("export { LineBreak } from './line\\nbreak.js';\n");
    const checked = await wf(app, 'check', 'presentation');
    expect(checked.stdout).not.toContain('Parsing error');
    expect(checked.stdout).not.toContain('barrel-exports-all');
  });
});
