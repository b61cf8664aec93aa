import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, removeCopies } from './helpers/fixture.js';
import { wf } from './helpers/run.js';
import { read, snapshotTree } from './helpers/tree.js';

afterEach(removeCopies);

const CONTENT_BARREL = 'presentation/edit/content/workflows/index.ts';
// What a new barrel says it is for.
const BARREL_DOC_COMMENT =
  '/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */';
const CANONICAL = [
  BARREL_DOC_COMMENT,
  '',
  "export { RegenerateContent } from './regenerate.js';",
  "export { EditPresentationSlide, type EditPresentationSlideParams } from './slide.js';",
  "export { TranslatePresentationContent } from './translate.js';",
  '',
].join('\n');

describe('wf barrel', () => {
  it('--fix reports a barrel it cannot write, leaves it as it was and still fixes the others (exit 1)', async () => {
    const app = copyFixture('slides-app');
    // A directory where the barrel should be: the rename over it fails the same way on every machine.
    rmSync(path.join(app, CONTENT_BARREL));
    mkdirSync(path.join(app, CONTENT_BARREL));
    const otherBarrel = 'modules/email/workflows/index.ts';
    rmSync(path.join(app, otherBarrel));
    const result = await wf(app, 'barrel', '--fix');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `cannot write ${CONTENT_BARREL}: it is a directory. It is unchanged; move the directory away, then run \`wf barrel --fix\` again.`,
    );
    expect(result.stdout).toContain(`created ${otherBarrel}`);
    expect(read(app, otherBarrel)).toMatch(/export \{ SendDownloadEmail \}/);
    expect(result.stderr).toBe('');
  });

  it('is quiet about correct barrels and exits 0', async () => {
    const app = copyFixture('slides-app');
    const result = await wf(app, 'barrel');
    expect(result).toEqual({ code: 0, stdout: '✔ 4 barrels up to date.\n', stderr: '' });
  });

  it('reports a stale barrel with a diff of what --fix writes, and exits 1 without writing', async () => {
    const app = copyFixture('slides-app');
    writeFileSync(
      path.join(app, CONTENT_BARREL),
      CANONICAL.replace("export { TranslatePresentationContent } from './translate.js';\n", ''),
    );
    const before = snapshotTree(app);
    for (const args of [[], ['--check']]) {
      const result = await wf(app, 'barrel', ...args);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe(
        [
          `out of date ${CONTENT_BARREL}`,
          "  1:1 The barrel does not export 'TranslatePresentationContent' from './translate.js'. Add it, or run `wf barrel --fix`.",
          `--- a/${CONTENT_BARREL}`,
          `+++ b/${CONTENT_BARREL}`,
          '@@ -2,3 +2,4 @@',
          ' ',
          " export { RegenerateContent } from './regenerate.js';",
          " export { EditPresentationSlide, type EditPresentationSlideParams } from './slide.js';",
          "+export { TranslatePresentationContent } from './translate.js';",
          '',
          '✖ 1 of 4 barrels missing or out of date: run `wf barrel --fix`.',
          '',
        ].join('\n'),
      );
      expect(snapshotTree(app)).toEqual(before);
    }
  });

  it('--fix writes missing and stale barrels, keeps the doc comment, and is idempotent', async () => {
    const app = copyFixture('slides-app');
    writeFileSync(
      path.join(app, CONTENT_BARREL),
      "/** Edited by hand. */\nexport * from './regenerate.js';\nexport { Gone } from './gone.js';\n",
    );
    rmSync(path.join(app, 'modules/email/workflows/index.ts'));

    const fix = await wf(app, 'barrel', '--fix');
    expect(fix.code).toBe(0);
    expect(fix.stdout).toBe(
      `created modules/email/workflows/index.ts\n\nrewrote ${CONTENT_BARREL}\n\n✔ Fixed 2 of 4 barrels.\n`,
    );
    expect(read(app, CONTENT_BARREL)).toBe(CANONICAL.replace(BARREL_DOC_COMMENT, '/** Edited by hand. */'));
    expect(read(app, 'modules/email/workflows/index.ts')).toBe(
      "/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */\n\nexport { SendDownloadEmail } from './send-download-email.js';\n",
    );

    const after = snapshotTree(app);
    const again = await wf(app, 'barrel', '--fix');
    expect(again).toEqual({ code: 0, stdout: '✔ 4 barrels up to date.\n', stderr: '' });
    expect(snapshotTree(app)).toEqual(after);
  });

  it('leaves a semantically correct barrel alone however it is formatted', async () => {
    const app = copyFixture('slides-app');
    const handFormatted = CANONICAL.replace(
      "export { RegenerateContent } from './regenerate.js';",
      'export {RegenerateContent} from "./regenerate.js"',
    );
    writeFileSync(path.join(app, CONTENT_BARREL), handFormatted);
    expect((await wf(app, 'barrel', '--fix')).code).toBe(0);
    expect(read(app, CONTENT_BARREL)).toBe(handFormatted);
    expect((await wf(app, 'barrel')).code).toBe(0);
  });

  it('names and keeps a barrel with hand-written code, and exits 1 with --fix', async () => {
    const app = copyFixture('violations');
    const before = read(app, 'search/workflows/index.ts');
    const result = await wf(app, 'barrel', '--fix', 'search');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'cannot fix search/workflows/index.ts',
        '  5:1 A workflows barrel holds only re-exports. Move this statement to another module; `wf barrel --fix` keeps it and will not rewrite this barrel until it is gone.',
        '',
        '✖ 1 of 1 barrel could not be fixed.',
        '',
      ].join('\n'),
    );
    expect(read(app, 'search/workflows/index.ts')).toBe(before);
  });

  it('on the violations fixture: fixes what it can, names the rest, and a second --fix changes nothing', async () => {
    const app = copyFixture('violations');
    const first = await wf(app, 'barrel', '--fix');
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('created exports/workflows/index.ts');
    expect(first.stdout).toContain('rewrote media/workflows/index.ts');
    expect(first.stdout).toContain('cannot fix search/workflows/index.ts');
    expect(first.stdout).toContain(
      "rewrote, but cannot fix card/workflows/index.ts\n  4:10 'ChargeCard' is exported by both",
    );
    expect(read(app, 'media/workflows/index.ts')).toBe(
      "/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */\n\nexport { ResizeImage } from './resize-image.js';\n",
    );
    const after = snapshotTree(app);
    const second = await wf(app, 'barrel', '--fix');
    expect(second.code).toBe(1);
    expect(second.stdout).toContain("cannot fix card/workflows/index.ts\n  3:10 'ChargeCard' is exported by both");
    expect(second.stdout).not.toContain('rewrote');
    expect(second.stdout).not.toContain('created');
    expect(snapshotTree(app)).toEqual(after);
  });

  it('cannot check or fix a barrel that does not parse: named with line and column, exit 1 in both modes', async () => {
    const app = copyFixture('slides-app');
    writeFileSync(
      path.join(app, CONTENT_BARREL),
      "/** Broken. */\nexport { RegenerateContent from './regenerate.js';\n",
    );
    const before = snapshotTree(app);
    for (const [args, heading, again] of [
      [['--check'], 'cannot check', '`wf barrel`'],
      [['--fix'], 'cannot fix', '`wf barrel --fix`'],
    ] as const) {
      const result = await wf(app, 'barrel', ...args);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        new RegExp(
          `^${heading} ${CONTENT_BARREL}\\n  ${CONTENT_BARREL}:2:\\d+ does not parse \\(.+\\)\\. Fix its syntax, then run ${again.replace(/[-`]/g, '\\$&')} again\\.\\n\\n✖ 1 of 4 barrels (?:need|could)`,
        ),
      );
      expect(result.stdout).not.toContain('up to date');
      expect(snapshotTree(app)).toEqual(before);
    }
    expect((await wf(app, 'barrel')).stdout).toContain('✖ 1 of 4 barrels needs a fix by hand (see above).\n');
  });

  it('cannot check or fix a barrel when a workflow file of its directory does not parse', async () => {
    const app = copyFixture('slides-app');
    writeFileSync(
      path.join(app, 'presentation/edit/content/workflows/slide.ts'),
      'export async function EditPresentationSlide( {\n',
    );
    const before = snapshotTree(app);
    for (const args of [['--check'], ['--fix']]) {
      const result = await wf(app, 'barrel', ...args);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /^cannot (?:check|fix) presentation\/edit\/content\/workflows\/index\.ts\n  presentation\/edit\/content\/workflows\/slide\.ts:\d+:\d+ does not parse \(.+\)\./,
      );
      expect(snapshotTree(app)).toEqual(before);
    }
  });

  it('--fix names a signal defined in two files as a fix by hand (exit 1), and says so again on the next run', async () => {
    const app = copyFixture('real-world/duplicate-signal');
    const reason = "'cancelled' is defined in both 'approve-order.ts' and 'ship-order.ts'";
    for (let run = 0; run < 2; run++) {
      const result = await wf(app, 'barrel', '--fix');
      expect(result.code, `run ${run + 1}`).toBe(1);
      expect(result.stdout, `run ${run + 1}`).toContain(reason);
      expect(result.stdout, `run ${run + 1}`).toContain('✖ 1 of 1 barrel could not be fixed.');
    }
  });

  it('advises `wf barrel --fix` only for the barrels it can fix', async () => {
    const app = copyFixture('violations');
    const result = await wf(app, 'barrel', 'search', 'card');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✖ 2 of 2 barrels need a fix by hand (see above).\n');
    expect(result.stdout).not.toContain('run `wf barrel --fix`.');
    const mixed = await wf(app, 'barrel', 'search', 'media');
    expect(mixed.stdout).toContain(
      '✖ 2 of 2 barrels wrong: 1 missing or out of date (run `wf barrel --fix`), 1 to fix by hand (see above).\n',
    );
  });

  it('refuses --fix together with --check (usage error, exit 2)', async () => {
    const app = copyFixture('slides-app');
    const result = await wf(app, 'barrel', '--fix', '--check');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("option '--fix' cannot be used with option '--check'");
  });

  it('exits 2 for a path that does not exist', async () => {
    const app = copyFixture('slides-app');
    const result = await wf(app, 'barrel', 'nowhere');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^wf: .*nowhere: no such file or directory\. Check the path/);
  });
});
