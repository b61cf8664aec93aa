import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { checkProject, offsetToPosition } from '@wfkit/core';
import { describe, expect, it } from 'vitest';
import {
  compareProblems,
  copyFixture,
  eslintVersions,
  fixturesDir,
  inlineConfig,
  problemsOf,
  repoRoot,
  type Problem,
} from './eslint-harness.js';

const realWorld = path.join(fixturesDir, 'real-world');

/** Every file under `root` with its text (the ESLint config a copy gets is left out). */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const entry = path.join(dir, name);
      if (statSync(entry).isDirectory()) visit(entry);
      else if (name !== 'eslint.config.js')
        files.set(path.relative(root, entry).split(path.sep).join('/'), readFileSync(entry, 'utf8'));
    }
  };
  visit(root);
  return files;
}

function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((file) => before.get(file) !== after.get(file))
    .sort();
}

describe.each(eslintVersions)('$version on fixtures/real-world', ({ ESLint }) => {
  it('reports exactly the planted problems, in the words wf check uses', async () => {
    const expected = (JSON.parse(readFileSync(path.join(realWorld, 'EXPECTED.json'), 'utf8')) as Problem[])
      .map(({ ruleId, file, line, messageId }) => ({
        ruleId: ruleId === null ? null : `wfkit/${ruleId}`,
        file,
        line,
        messageId,
      }))
      .sort(compareProblems);
    const results = await new ESLint({
      cwd: realWorld,
      overrideConfigFile: true,
      overrideConfig: inlineConfig(),
    }).lintFiles(['.']);
    expect(problemsOf(results, realWorld)).toEqual(expected);

    // One wording for a finding in both tools, suggested paths included.
    const byEslint = results
      .flatMap((result) => result.messages.map((message) => `${result.filePath}:${message.line} ${message.message}`))
      .sort();
    const byCheck = checkProject([realWorld]).files.flatMap((file) => {
      const text = readFileSync(file.filePath, 'utf8');
      return file.findings.map(
        (finding) => `${file.filePath}:${offsetToPosition(text, finding.range.start).line} ${finding.message}`,
      );
    });
    expect(byEslint).toEqual(byCheck.sort());
  });

  it('--fix, like wf barrel --fix, writes only the barrel of the Temporal workflows directory', async () => {
    const byEslint = copyFixture('real-world/not-temporal');
    writeFileSync(
      path.join(byEslint, 'src/workflows/index.ts'),
      "/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */\n\nexport * from './place-order';\n",
    );
    const before = snapshot(byEslint);
    await ESLint.outputFixes(await new ESLint({ cwd: byEslint, fix: true }).lintFiles(['.']));
    const after = snapshot(byEslint);
    expect(changedFiles(before, after)).toEqual(['src/workflows/index.ts']);
    expect(after.get('src/workflows/index.ts')).toBe(
      "/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */\n\nexport { PlaceOrder } from './place-order';\n",
    );

    const byCli = copyFixture('real-world/not-temporal');
    rmSync(path.join(byCli, 'src/workflows/index.ts'));
    const cliBefore = snapshot(byCli);
    await promisify(execFile)(process.execPath, [path.join(repoRoot, 'bin/wf'), 'barrel', '--fix', byCli]);
    expect(changedFiles(cliBefore, snapshot(byCli))).toEqual(['src/workflows/index.ts']);
  });
});
