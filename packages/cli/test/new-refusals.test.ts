import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, emptyProject, removeCopies, writeTree } from './helpers/fixture.js';
import { wf } from './helpers/run.js';
import { snapshotTree } from './helpers/tree.js';

afterEach(removeCopies);

const CONTENT = 'presentation/edit/content';

/** Runs `wf new …` in a copy of slides-app (after `prepare`), and checks it refused: exit 2, one line, nothing written. */
async function expectRefusal(args: string[], message: string | RegExp, prepare?: (app: string) => void): Promise<void> {
  const app = copyFixture('slides-app');
  prepare?.(app);
  const before = snapshotTree(app);
  const result = await wf(app, 'new', ...args);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  if (typeof message === 'string') expect(result.stderr).toContain(message);
  else expect(result.stderr).toMatch(message);
  expect(snapshotTree(app)).toEqual(before);
}

describe('wf new refuses, writing nothing', () => {
  it('a name that is not an identifier', () =>
    expectRefusal(
      ['Regenerate-Content', '--in', CONTENT],
      'wf: Cannot name a workflow "Regenerate-Content": "Regenerate-Content" is not a JavaScript identifier',
    ));

  it('a name not in PascalCase', () =>
    expectRefusal(
      ['regenerateSlides', '--in', CONTENT],
      '"regenerateSlides" is not in pascal case (try "RegenerateSlides")',
    ));

  it('a name in the configured case only', () =>
    expectRefusal(
      ['RegenerateSlides', '--in', CONTENT],
      '"RegenerateSlides" is not in camel case (try "regenerateSlides")',
      (app) => writeFileSync(path.join(app, 'wfkit.config.json'), '{ "workflowNameCase": "camel" }\n'),
    ));

  it('a reserved word', () => expectRefusal(['enum', '--in', CONTENT], '"enum" is a reserved word'));

  it('a generic name', () => expectRefusal(['Pipeline', '--in', CONTENT], '"Pipeline" is too generic'));

  it('a name another workflow of the same barrel has', () =>
    expectRefusal(
      ['TranslatePresentationContent', '--in', CONTENT, '--file', 'translate-presentation'],
      '"TranslatePresentationContent" is already a workflow in presentation/edit/content/workflows/translate.ts; two workflow types of one name collide on a worker. Choose another name.',
    ));

  it('a name a workflow elsewhere in the project has', () =>
    expectRefusal(
      ['SendDownloadEmail', '--in', CONTENT],
      '"SendDownloadEmail" is already a workflow in modules/email/workflows/send-download-email.ts',
    ));

  it('a name a workflow spells with a Unicode escape, or keeps in a subdirectory of its workflows directory', async () => {
    // Only files whose text contains the name are parsed; an escaped identifier must not slip past that.
    await expectRefusal(
      ['ArchiveDeck', '--in', CONTENT],
      '"ArchiveDeck" is already a workflow in modules/email/workflows/archive.ts',
      (app) =>
        writeFileSync(
          path.join(app, 'modules/email/workflows/archive.ts'),
          'export async function Archive\\u0044eck(): Promise<void> {}\n',
        ),
    );
    await expectRefusal(
      ['PurgeDeck', '--in', CONTENT],
      '"PurgeDeck" is already a workflow in modules/email/workflows/cleanup/purge.ts',
      (app) => {
        mkdirSync(path.join(app, 'modules/email/workflows/cleanup'));
        writeFileSync(
          path.join(app, 'modules/email/workflows/cleanup/purge.ts'),
          'export async function PurgeDeck(): Promise<void> {}\n',
        );
      },
    );
  });

  it('a name the barrel still exports (a stale export)', () =>
    expectRefusal(
      ['PublishDeck', '--in', CONTENT],
      'presentation/edit/content/workflows/index.ts already exports "PublishDeck" (from \'./publish.js\')',
      (app) =>
        writeFileSync(
          path.join(app, CONTENT, 'workflows/index.ts'),
          "export { PublishDeck } from './publish.js';\nexport { RegenerateContent } from './regenerate.js';\n",
        ),
    ));

  it('an existing target file', () =>
    expectRefusal(
      ['RegenerateContent', '--in', CONTENT],
      'wf: presentation/edit/content/workflows/regenerate.ts already exists. Choose another --file, or pass --force to overwrite it.',
    ));

  it('a second identical `wf new` (the file exists)', async () => {
    const app = copyFixture('slides-app');
    expect((await wf(app, 'new', 'RefreshSpeakerNotes', '--in', CONTENT)).code).toBe(0);
    const before = snapshotTree(app);
    const again = await wf(app, 'new', 'RefreshSpeakerNotes', '--in', CONTENT);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('refresh-speaker-notes.ts already exists');
    expect(snapshotTree(app)).toEqual(before);
  });

  it('--force does not allow a name taken by another file', () =>
    expectRefusal(
      ['SendDownloadEmail', '--in', CONTENT, '--force'],
      '"SendDownloadEmail" is already a workflow in modules/email/workflows/send-download-email.ts',
    ));

  it('--in outside the project root', () =>
    expectRefusal(
      ['RefreshSpeakerNotes', '--in', '../elsewhere'],
      /^wf: --in \.\.\/elsewhere is outside the project root \/.+wfkit-cli-slides-app-\w+\/fixtures\/slides-app\. Choose a directory inside it/,
    ));

  it('--in through a symbolic link that leads outside the project root', async () => {
    const elsewhere = emptyProject();
    await expectRefusal(
      ['FooBar', '--in', 'linked/feat'],
      /^wf: --in linked\/feat is outside the project root \/.+ \(through a symbolic link, it is \/.+wfkit-cli-project-\w+\/feat\)\. Choose a directory inside it/,
      (app) => symlinkSync(elsewhere, path.join(app, 'linked'), 'dir'),
    );
    expect(readdirSync(elsewhere).sort()).toEqual(['node_modules', 'package.json', 'tsconfig.json']);
  });

  it('a workflows directory that is a symbolic link out of the project', async () => {
    const elsewhere = emptyProject();
    await expectRefusal(
      ['FooBar', '--in', 'feat'],
      /^wf: feat\/workflows\/foo-bar\.ts resolves to \/.+, outside the project root .+, through a symbolic link\./,
      (app) => {
        mkdirSync(path.join(app, 'feat'));
        symlinkSync(elsewhere, path.join(app, 'feat/workflows'), 'dir');
      },
    );
    expect(readdirSync(elsewhere).sort()).toEqual(['node_modules', 'package.json', 'tsconfig.json']);
  });

  it('--in inside node_modules, build output or tool state', async () => {
    await expectRefusal(
      ['FooBar', '--in', 'dist/feat'],
      '--in dist/feat is inside dist/, which holds build output, not source. Choose a source directory.',
    );
    await expectRefusal(
      ['FooBar', '--in', 'pkgs/node_modules/x'],
      '--in pkgs/node_modules/x is inside node_modules/, which holds installed packages, not source.',
    );
    await expectRefusal(
      ['FooBar', '--in', 'feat', '--models', 'coverage/models.ts'],
      '--models coverage/models.ts is inside coverage/, which holds build output',
    );
    // Every directory core's scan skips: a workflow written there would never be checked.
    await expectRefusal(
      ['FooBar', '--in', '.turbo/feat'],
      '--in .turbo/feat is inside .turbo/, which holds tool state, not source. Choose a source directory.',
    );
    await expectRefusal(
      ['FooBar', '--in', '.next/feat'],
      '--in .next/feat is inside .next/, which holds build output, not source.',
    );
  });

  it('--tasks outside the project root', () =>
    expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT, '--tasks', '../tasks.ts'],
      '--tasks ../tasks.ts is outside the project root',
    ));

  it('an unparseable barrel', () =>
    expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT],
      /presentation\/edit\/content\/workflows\/index\.ts:2:\d+ does not parse \(.+\)\. Fix it, or delete it and run `wf barrel --fix`/,
      (app) =>
        writeFileSync(
          path.join(app, CONTENT, 'workflows/index.ts'),
          "/** Broken. */\nexport { RegenerateContent from './regenerate.js';\n",
        ),
    ));

  it('a workflow file of the directory that does not parse', () =>
    expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT],
      /workflows\/slide\.ts:\d+:\d+ does not parse .*so its barrel cannot be updated safely/,
      (app) =>
        writeFileSync(
          path.join(app, CONTENT, 'workflows/slide.ts'),
          'export async function EditPresentationSlide( {\n',
        ),
    ));

  it('a barrel with hand-written code it would have to drop', () =>
    expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT],
      'presentation/edit/content/workflows/index.ts:3:1 holds code other than re-exports. Move it to another module',
      (app) =>
        writeTree(app, {
          [`${CONTENT}/workflows/index.ts`]:
            "/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */\n\nexport const taskQueue = 'content';\nexport { RegenerateContent } from './regenerate.js';\nexport { EditPresentationSlide, type EditPresentationSlideParams } from './slide.js';\nexport { TranslatePresentationContent } from './translate.js';\n",
        }),
    ));

  it('a --file that fails the naming check, with the suggestion', () =>
    expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT, '--file', 'refresh'],
      '--file refresh.ts leaves out speaker, notes of the workflow name. Use --file refresh-speaker-notes.ts, or leave --file out.',
    ));

  it('a generic --file', () =>
    expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT, '--file', 'workflows.ts'],
      '--file workflows.ts is too generic',
    ));

  it('a --file that is the barrel or a path', async () => {
    await expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT, '--file', 'index.ts'],
      '--file index.ts would not be a workflow file (it is the barrel)',
    );
    await expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT, '--file', 'sub/notes.ts'],
      '--file sub/notes.ts must be a file name, not a path',
    );
    await expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT, '--file', 'refresh-speaker-notes.test.ts'],
      '--file refresh-speaker-notes.test.ts would not be a workflow file (it is named like a test). Use --file refresh-speaker-notes.ts.',
    );
    await expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT, '--file', 'notes.d.ts'],
      '--file notes.d.ts would not be a workflow file (it is not a TypeScript source file).',
    );
  });

  it('an --activity or --input that is not an identifier', async () => {
    await expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT, '--activity', 'refresh-notes'],
      '--activity "refresh-notes" is not a usable TypeScript identifier',
    );
    await expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT, '--input', 'RefreshSpeakerNotes'],
      "--input RefreshSpeakerNotes is the workflow's own name",
    );
    // Core's reserved words, the ones a workflow name may not take either: `eval` cannot be declared in a module.
    await expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT, '--activity', 'eval'],
      'wf: --activity "eval" is a reserved word, not a usable TypeScript identifier. Pass a name such as regenerateContent.',
    );
  });

  it('an --input that is not the parameter type of the existing activity, or for one that takes none or several', async () => {
    await expectRefusal(
      [
        'SaveDocumentFile',
        '--in',
        'document/ingestion',
        '--activity',
        'storeDocumentFile',
        '--input',
        'StoredDocument',
      ],
      'wf: --input StoredDocument is not the parameter type of activity storeDocumentFile (document/ingestion/tasks.ts:25:1 takes DocumentInfo), so the workflow would not type-check. Leave --input out',
    );
    await expectRefusal(
      ['RewriteContent', '--in', CONTENT, '--activity', 'regenerateContent', '--input', 'RegenerateContentInput'],
      "--input RegenerateContentInput: activity regenerateContent takes 2 parameters (presentation/edit/content/tasks.ts:20:1), not one RegenerateContentInput. Leave --input out to take the activity's parameters.",
    );
  });

  it('a tasks.ts or models.ts that does not parse (stubs would be appended to it)', async () => {
    await expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT],
      /^wf: presentation\/edit\/content\/tasks\.ts:\d+:\d+ does not parse \(.+\), so stubs cannot be added to it safely\. Fix it, then run wf new again/,
      (app) => writeFileSync(path.join(app, CONTENT, 'tasks.ts'), 'export async function broken( {\n}\n'),
    );
    await expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT],
      /^wf: presentation\/edit\/content\/models\.ts:2:1 does not parse/,
      (app) => writeFileSync(path.join(app, CONTENT, 'models.ts'), 'export interface Broken {\n'),
    );
  });

  it('a stub whose name the module declares or imports without exporting it', async () => {
    await expectRefusal(
      ['DoStuff', '--in', CONTENT],
      'wf: presentation/edit/content/models.ts:1:1 declares DoStuffInput without exporting it, so a stub of that name would clash with it. Export it (wf new then uses it), or pass another --input.',
      (app) =>
        writeFileSync(
          path.join(app, CONTENT, 'models.ts'),
          `interface DoStuffInput {\n  a: string;\n}\n${readFileSync(path.join(app, CONTENT, 'models.ts'), 'utf8')}`,
        ),
    );
    await expectRefusal(
      ['DoStuff', '--in', CONTENT],
      /^wf: presentation\/edit\/content\/tasks\.ts:\d+:1 declares doStuff without exporting it, so a stub of that name would clash with it\. Export it/,
      (app) =>
        writeFileSync(
          path.join(app, CONTENT, 'tasks.ts'),
          `${readFileSync(path.join(app, CONTENT, 'tasks.ts'), 'utf8')}\nasync function doStuff(): Promise<void> {}\nvoid doStuff;\n`,
        ),
    );
  });

  it('names that clash with what the generated file imports or declares', async () => {
    const camel = (app: string) =>
      writeFileSync(
        path.join(app, 'wfkit.config.json'),
        '{ "workflowNameCase": "camel", "genericNames": ["pipeline"] }\n',
      );
    await expectRefusal(
      ['tasks', '--in', CONTENT],
      'wf: Cannot name a workflow "tasks": the generated file imports the activities module (`import type * as tasks`) by that name. Choose another name.',
      camel,
    );
    await expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT, '--activity', 'tasks'],
      '--activity tasks is the name the generated file imports the activities module (`import type * as tasks`) by.',
    );
    await expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT, '--input', 'Temporal'],
      'wf: --input Temporal would clash with the facade (`import { Temporal }`) in the generated workflow file. Choose another type name.',
    );
    await expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT, '--output', 'refreshSpeakerNotes'],
      '--output refreshSpeakerNotes would clash with the activity reference (`const { refreshSpeakerNotes }`)',
    );
  });

  it('a reserved word as the derived activity name: says it was derived, and how to choose one', () =>
    expectRefusal(
      ['Await', '--in', CONTENT],
      'wf: The activity name derived from the workflow name "Await" is "await", a reserved word. Choose one with --activity <name>, e.g. --activity runAwait.',
    ));

  it('a bad wfkit.config.json (exit 2, the file and key named)', () =>
    expectRefusal(
      ['RefreshSpeakerNotes', '--in', CONTENT],
      /wfkit\.config\.json: "fileNameCase": expected one of .*found string "upper"/,
      (app) => writeFileSync(path.join(app, 'wfkit.config.json'), '{ "fileNameCase": "upper" }\n'),
    ));

  it('a missing workflow name (usage error from the argument parser)', async () => {
    const app = copyFixture('slides-app');
    const result = await wf(app, 'new');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("wf: missing required argument 'WorkflowName'. Run wf new --help for its usage.\n");
  });
});
