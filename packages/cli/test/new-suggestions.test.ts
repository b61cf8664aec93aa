import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, removeCopies } from './helpers/fixture.js';
import { wf } from './helpers/run.js';
import { snapshotTree } from './helpers/tree.js';

afterEach(removeCopies);

const CONTENT = 'presentation/edit/content';

describe('what wf new suggests, it accepts', () => {
  it('wf new pipeline is called generic instead of being told to try Pipeline', async () => {
    const app = copyFixture('slides-app');
    const result = await wf(app, 'new', 'pipeline', '--in', CONTENT);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'wf: Cannot name a workflow "pipeline": "pipeline" is too generic to say what the workflow does (name it after what it does, e.g. "RegenerateContent"). Choose another name.\n',
    );
  });

  it.each([
    ['My-Workflow', 'MyWorkflow'],
    ['Regenerate Speaker Notes', 'RegenerateSpeakerNotes'],
  ])('wf new %j suggests %j, which wf new accepts', async (name, suggestion) => {
    const app = copyFixture('slides-app');
    const refused = await wf(app, 'new', name, '--in', CONTENT, '--dry-run');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`(try "${suggestion}")`);
    const accepted = await wf(app, 'new', suggestion, '--in', 'modules/email', '--dry-run');
    expect(accepted.stderr).toBe('');
    expect(accepted.code).toBe(0);
  });

  it('a Unicode workflow name gets its derived activity name, and the workflow is created', async () => {
    const app = copyFixture('slides-app');
    const result = await wf(app, 'new', 'RégénérerContenu', '--in', CONTENT);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(app, CONTENT, 'tasks.ts'), 'utf8')).toContain(
      'export async function régénérerContenu(',
    );
    expect(readFileSync(path.join(app, CONTENT, 'workflows/index.ts'), 'utf8')).toContain('RégénérerContenu');
  });
});

describe('the refusal that suggests --force says what --force would remove', () => {
  /** slides-app with refresh-speaker-notes.ts holding RefreshNotes; its workflows directory. */
  const withRefreshNotes = (app: string): string => {
    const workflows = path.join(app, CONTENT, 'workflows');
    writeFileSync(
      path.join(workflows, 'refresh-speaker-notes.ts'),
      'export async function RefreshNotes(): Promise<void> {}\n',
    );
    return workflows;
  };
  const refusal = (barrel: string): string =>
    `wf: ${CONTENT}/workflows/refresh-speaker-notes.ts already exists and holds the workflow RefreshNotes. Choose another --file, or pass --force to replace it, which deletes the workflow RefreshNotes and its export from ${CONTENT}/workflows/${barrel}.\n`;

  it('names the workflow the existing file holds and its barrel export', async () => {
    const app = copyFixture('slides-app');
    const workflows = withRefreshNotes(app);
    writeFileSync(
      path.join(workflows, 'index.ts'),
      `${readFileSync(path.join(workflows, 'index.ts'), 'utf8')}export { RefreshNotes } from './refresh-speaker-notes.js';\n`,
    );
    const before = snapshotTree(app);
    const result = await wf(app, 'new', 'RefreshSpeakerNotes', '--in', CONTENT);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(refusal('index.ts'));
    expect(snapshotTree(app)).toEqual(before);
  });

  it('names the barrel core finds, also one of another extension (index.js)', async () => {
    const app = copyFixture('slides-app');
    const workflows = withRefreshNotes(app);
    // JavaScript: no `type` exports.
    writeFileSync(
      path.join(workflows, 'index.js'),
      "export { RegenerateContent } from './regenerate.js';\nexport { RefreshNotes } from './refresh-speaker-notes.js';\n",
    );
    rmSync(path.join(workflows, 'index.ts'));
    const before = snapshotTree(app);
    const result = await wf(app, 'new', 'RefreshSpeakerNotes', '--in', CONTENT);
    expect(result.stderr).toBe(refusal('index.js'));
    expect(result.code).toBe(2);
    expect(snapshotTree(app)).toEqual(before);
  });

  it('a file holding the same workflow is only overwritten', async () => {
    const app = copyFixture('slides-app');
    writeFileSync(path.join(app, CONTENT, 'workflows/extra.ts'), '');
    const result = await wf(app, 'new', 'RegenerateContent', '--in', CONTENT);
    expect(result.stderr).toBe(
      `wf: ${CONTENT}/workflows/regenerate.ts already exists. Choose another --file, or pass --force to overwrite it.\n`,
    );
  });
});
