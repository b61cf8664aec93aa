import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, emptyProject, removeCopies } from './helpers/fixture.js';
import { wf } from './helpers/run.js';

afterEach(removeCopies);

describe('a configuration that cannot be used is named, with the problem', () => {
  it('a directory named wfkit.config.json', async () => {
    const project = emptyProject({
      'workflows/sync-orders.ts': 'export async function SyncOrders(): Promise<void> {}\n',
    });
    mkdirSync(path.join(project, 'wfkit.config.json'));
    for (const command of ['check', 'list', 'barrel']) {
      const result = await wf(project, command);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `wf: ${path.join(project, 'wfkit.config.json')}: expected a JSON file, found a directory. Rename or remove it; wfkit reads its configuration from a file of that name.\n`,
      );
    }
  });

  it('a directory named wfkit.config.json deeper in the tree', async () => {
    const app = copyFixture('slides-app');
    mkdirSync(path.join(app, 'presentation', 'wfkit.config.json'));
    const result = await wf(app, 'check');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `wf: ${path.join(app, 'presentation', 'wfkit.config.json')}: expected a JSON file, found a directory. Rename or remove it; wfkit reads its configuration from a file of that name.\n`,
    );
  });

  it('a config file that starts with a byte order mark', async () => {
    const project = emptyProject({ 'wfkit.config.json': '\ufeff{ "workflowDirs": ["workflows"] }\n' });
    const result = await wf(project, 'check');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `wf: ${path.join(project, 'wfkit.config.json')}: expected JSON without a byte order mark, found a UTF-8 byte order mark (BOM) at its start. Save it as UTF-8 without BOM.\n`,
    );
  });
});

describe('wf check on paths with nothing to check', () => {
  it('says so and exits 2, so a mistyped CI path does not pass', async () => {
    const project = emptyProject({ 'src/util.ts': 'export const x = 1;\n', 'docs/readme.md': '# x\n' });
    for (const args of [[], ['src'], ['docs']]) {
      const result = await wf(project, 'check', ...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `wf: no files to check under ${args[0] ?? '.'}: no workflows directory, and no file that imports the workflow runtime. Check the path, or pass --allow-empty if nothing to check is expected.\n`,
      );
    }
  });

  it('--allow-empty makes it a success, in every format', async () => {
    const project = emptyProject({ 'src/util.ts': 'export const x = 1;\n' });
    expect(await wf(project, 'check', '--allow-empty')).toEqual({
      code: 0,
      stdout: '✔ 0 files checked, no problems.\n',
      stderr: '',
    });
    expect(await wf(project, 'check', '--allow-empty', '--format', 'json')).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: '',
    });
  });
});

describe('a tsconfig whose extends cannot be resolved', () => {
  it('does not stop the commands: they fall back and warn once, naming the file', async () => {
    const app = copyFixture('slides-app');
    const tsconfig = path.join(app, 'tsconfig.json');
    writeFileSync(
      tsconfig,
      '{ "extends": "@company/tsconfig-not-installed", "compilerOptions": { "module": "nodenext" } }\n',
    );
    const warning = new RegExp(
      `^wf: warning: ${tsconfig.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} cannot be read with everything it extends \\(.*\\); barrels below it are written with no extension on their imports\\. .*\\n$`,
    );
    const checked = await wf(app, 'check');
    expect(checked.code).toBe(0);
    expect(checked.stdout).toBe('✔ 12 files checked, no problems.\n');
    expect(checked.stderr).toMatch(warning);
    const listed = await wf(app, 'list');
    expect(listed.code).toBe(0);
    // Once per process: this in-process run already said it.
    expect(listed.stderr).toBe('');
    rmSync(path.join(app, 'presentation/edit/content/workflows/index.ts'));
    const fixed = await wf(app, 'barrel', '--fix');
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('created presentation/edit/content/workflows/index.ts');
  });
});
