import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, removeCopies } from './helpers/fixture.js';
import { wf } from './helpers/run.js';

afterEach(removeCopies);

const CONTENT = 'presentation/edit/content';
const BARREL = `${CONTENT}/workflows/index.ts`;

describe('a barrel line of a file the config ignores is left alone', () => {
  it.each([
    ['wf barrel --fix', ['barrel', '--fix']],
    ['wf new', ['new', 'RefreshSpeakerNotes', '--in', CONTENT]],
  ])('by %s', async (_, args) => {
    const app = copyFixture('slides-app');
    writeFileSync(path.join(app, 'wfkit.config.json'), `{ "ignore": ["${CONTENT}/workflows/translate.ts"] }\n`);
    const result = await wf(app, ...args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(app, BARREL), 'utf8')).toContain(
      "export { TranslatePresentationContent } from './translate.js';\n",
    );
  });

  it.each([['**/workflows/*.ts'], ['**']])('by wf new, with every file ignored (%s)', async (glob) => {
    const app = copyFixture('slides-app');
    const before = readFileSync(path.join(app, BARREL), 'utf8');
    writeFileSync(path.join(app, 'wfkit.config.json'), `{ "ignore": ["${glob}"] }\n`);
    const result = await wf(app, 'new', 'RefreshSpeakerNotes', '--in', CONTENT);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const after = readFileSync(path.join(app, BARREL), 'utf8');
    for (const line of before.split('\n').filter((text) => text.startsWith('export'))) expect(after).toContain(line);
  });
});
