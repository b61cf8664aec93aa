import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LintResult } from '../src/output/lint-result.js';
import { copyFixture, fixturesDir, removeCopies, repoRoot } from './helpers/fixture.js';
import { wf } from './helpers/run.js';

afterEach(removeCopies);

const violations = path.join(fixturesDir, 'violations');

interface Expected {
  ruleId: string | null;
  file: string;
  line: number;
  messageId: string;
}

const byFileAndLine = (a: Expected, b: Expected): number =>
  a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || String(a.ruleId).localeCompare(String(b.ruleId)) || a.messageId.localeCompare(b.messageId);

/** `wf check --format json` output as EXPECTED.json's rows. */
function rows(results: LintResult[], root: string): Expected[] {
  return results
    .flatMap((result) =>
      result.messages.map((message) => ({
        ruleId: message.ruleId === null ? null : message.ruleId.replace(/^wfkit\//, ''),
        file: path.relative(root, result.filePath).split(path.sep).join('/'),
        line: message.line,
        messageId: message.fatal === true ? 'parse-error' : (message.messageId ?? ''),
      })),
    )
    .sort(byFileAndLine);
}

describe('wf check', () => {
  it('is clean on slides-app: exit 0', async () => {
    const result = await wf(repoRoot, 'check', 'fixtures/slides-app');
    expect(result).toEqual({ code: 0, stdout: '✔ 12 files checked, no problems.\n', stderr: '' });
  });

  it('--format json on fixtures/violations equals EXPECTED.json', async () => {
    const result = await wf(repoRoot, 'check', '--format', 'json', 'fixtures/violations');
    expect(result.code).toBe(1);
    const expected = (JSON.parse(readFileSync(path.join(violations, 'EXPECTED.json'), 'utf8')) as Expected[]).sort(
      byFileAndLine,
    );
    expect(rows(JSON.parse(result.stdout) as LintResult[], violations)).toEqual(expected);
  });

  it("--format json has ESLint's result shape", async () => {
    const result = await wf(violations, 'check', '--format', 'json', 'orders', 'drafts', 'payments');
    const results = JSON.parse(result.stdout) as LintResult[];
    const order = results.find((entry) => entry.filePath.endsWith(path.join('orders', 'workflows', 'place-order.ts')));
    expect(order).toEqual({
      filePath: path.join(violations, 'orders/workflows/place-order.ts'),
      messages: [
        {
          ruleId: 'wfkit/one-workflow-per-file',
          messageId: 'extraWorkflow',
          severity: 2,
          message:
            "'CancelOrder' is another workflow in a file that already holds 'PlaceOrder'; one workflow per file. Move it to its own file 'cancel.ts' in this directory.",
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 34,
        },
      ],
      suppressedMessages: [],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
    const draft = results.find((entry) => entry.filePath.endsWith('review-draft.ts'))!;
    expect(draft.messages).toEqual([
      { ruleId: null, fatal: true, severity: 2, message: 'Parsing error: Unexpected token', line: 2, column: 9 },
    ]);
    expect(draft.fatalErrorCount).toBe(1);
    const payments = results.find((entry) => entry.filePath.endsWith('collect-payment.ts'))!;
    expect(payments.messages.map((message) => message.severity)).toEqual([1, 1, 1]);
  });

  it('stylish: grouped by file with line:column, severity, message and rule; exit 1', async () => {
    const result = await wf(violations, 'check', 'orders', 'profiles');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        '',
        'orders/workflows/place-order.ts',
        "  6:23  error  'CancelOrder' is another workflow in a file that already holds 'PlaceOrder'; one workflow per file. Move it to its own file 'cancel.ts' in this directory.  wfkit/one-workflow-per-file",
        '',
        'profiles/workflows/update-profile.ts',
        "  2:23  warning  Workflow name 'updateProfile' is not in pascal case, the case most of this project's workflows use. Renaming it to 'UpdateProfile' changes its workflow type, which breaks running executions, schedules and clients that use the old name: rename only with those migrated.  wfkit/workflow-name-case",
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('warnings alone exit 0, unless --max-warnings is exceeded', async () => {
    expect((await wf(violations, 'check', 'profiles')).code).toBe(0);
    expect((await wf(violations, 'check', 'profiles', '--max-warnings', '1')).code).toBe(0);
    const strict = await wf(violations, 'check', 'profiles', '--max-warnings', '0');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('wf check found too many warnings (maximum: 0).\n');
  });

  it('reports a file that does not parse and still checks the rest', async () => {
    const result = await wf(violations, 'check', 'drafts', 'orders');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'drafts/workflows/review-draft.ts\n  2:9  error  Parsing error: Unexpected token\n',
    );
    expect(result.stdout).toContain('orders/workflows/place-order.ts\n  6:23  error');
  });

  it('--format github prints workflow-command annotations with escaped data', async () => {
    const result = await wf(violations, 'check', '--format', 'github', 'profiles', 'drafts');
    expect(result.stdout).toBe(
      [
        '::error file=drafts/workflows/review-draft.ts,line=2,col=9,title=parse error::Parsing error: Unexpected token',
        "::warning file=profiles/workflows/update-profile.ts,line=2,col=23,endLine=2,endColumn=36,title=wfkit/workflow-name-case::Workflow name 'updateProfile' is not in pascal case, the case most of this project's workflows use. Renaming it to 'UpdateProfile' changes its workflow type, which breaks running executions, schedules and clients that use the old name: rename only with those migrated.",
        '',
      ].join('\n'),
    );
  });

  it('rejects an unknown --format (exit 2)', async () => {
    const result = await wf(violations, 'check', '--format', 'xml');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "wf: option '--format <format>' argument 'xml' is invalid. Allowed choices are stylish, json, github. Run wf check --help for its usage.\n",
    );
  });

  it('exits 2 on a bad wfkit.config.json, naming the file, the key and the fix', async () => {
    const app = copyFixture('slides-app');
    writeFileSync(path.join(app, 'wfkit.config.json'), '{ "barrelFile": 3 }\n');
    const result = await wf(app, 'check');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `wf: ${path.join(app, 'wfkit.config.json')}: "barrelFile": expected a string, found number 3. Fix the value or remove the key to use the default.\n`,
    );
  });

  it('--cwd runs as if started there', async () => {
    const result = await wf(repoRoot, '--cwd', 'fixtures/violations', 'check', 'profiles');
    expect(result.stdout).toContain('profiles/workflows/update-profile.ts\n');
    const missing = await wf(repoRoot, '--cwd', 'nowhere', 'check');
    expect(missing).toMatchObject({
      code: 2,
      stderr: 'wf: --cwd nowhere: no such directory. Pass an existing directory.\n',
    });
  });

  it('--debug adds the stack trace to an error', async () => {
    const result = await wf(repoRoot, '--debug', '--cwd', 'nowhere', 'check');
    expect(result.stderr).toMatch(
      /^wf: --cwd nowhere: no such directory\. Pass an existing directory\.\nUsageError: .*\n\s+at /,
    );
  });
});
