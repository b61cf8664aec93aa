import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { specifierTargets } from '@wfkit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { detectStyle } from '../src/generate/code-style.js';
import { mayHaveConfig } from '../src/generate/prettier.js';
import { relativeSpecifier } from '../src/generate/module-specifier.js';
import { useColor } from '../src/io.js';
import { runCli } from '../src/main.js';
import { formatGithub } from '../src/output/format-github.js';
import type { LintResult } from '../src/output/lint-result.js';
import { LineIndex } from '../src/output/positions.js';
import { removeCopies, repoRoot } from './helpers/fixture.js';

afterEach(removeCopies);

describe('LineIndex', () => {
  it('counts lines and UTF-16 columns like ESLint (\\r\\n once, lone \\r, U+2028)', () => {
    const lines = new LineIndex('ab\r\ncd\ref\u2028g😀h\n');
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(4)).toEqual({ line: 2, column: 1 });
    expect(lines.position(7)).toEqual({ line: 3, column: 1 });
    expect(lines.position(10)).toEqual({ line: 4, column: 1 });
    expect(lines.position(13)).toEqual({ line: 4, column: 4 }); // after g and the surrogate pair
    expect(lines.position(999)).toEqual({ line: 5, column: 1 });
  });
});

describe('detectStyle', () => {
  it('reads quotes and semicolons from import lines and the indentation step', () => {
    expect(detectStyle(['import { a } from "./a"\nexport function f() {\n    return a\n}\n'])).toEqual({
      quote: '"',
      semicolons: false,
      indent: '    ',
      eol: '\n',
      printWidth: 80,
      trailingCommas: true,
    });
    expect(detectStyle(["import type * as t from './t.js';\nfunction f() {\n\treturn 1;\n}\n"])).toEqual({
      quote: "'",
      semicolons: true,
      indent: '\t',
      eol: '\n',
      printWidth: 80,
      trailingCommas: true,
    });
  });

  it('ignores JSDoc continuation lines and keeps the fallback when nothing says otherwise', () => {
    expect(detectStyle(['/**\n * Doc.\n */\nexport interface A {\n  a: string\n}\n'])).toEqual({
      quote: "'",
      semicolons: true,
      indent: '  ',
      eol: '\n',
      printWidth: 80,
      trailingCommas: true,
    });
    expect(detectStyle([])).toEqual({
      quote: "'",
      semicolons: true,
      indent: '  ',
      eol: '\n',
      printWidth: 80,
      trailingCommas: true,
    });
  });
});

describe('module specifiers', () => {
  it('are relative, with the emitted extension or none', () => {
    expect(relativeSpecifier('/app/a/workflows/x.ts', '/app/a/tasks.ts', '.js')).toBe('../tasks.js');
    expect(relativeSpecifier('/app/a/tasks.ts', '/app/a/models.mts', '.js')).toBe('./models.mjs');
    expect(relativeSpecifier('/app/a/tasks.ts', '/app/a/models.ts', '')).toBe('./models');
  });

  it('recognise an existing import of a file whatever its form', () => {
    for (const specifier of ['./models.js', './models', './models.ts'])
      expect(specifierTargets('/app/tasks.ts', specifier, '/app/models.ts')).toBe(true);
    expect(specifierTargets('/app/tasks.ts', './models', '/app/models/index.ts')).toBe(true);
    expect(specifierTargets('/app/tasks.ts', 'models', '/app/models.ts')).toBe(false);
  });
});

describe("mayHaveConfig (whether to load the project's Prettier at all)", () => {
  it('finds the files Prettier reads, in the directory or above it, and nothing else', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'wfkit-prettier-'));
    try {
      const dir = path.join(root, 'app', 'src');
      mkdirSync(dir, { recursive: true });
      // Whatever lies above the temporary directory (nothing, normally) is the baseline.
      const above = mayHaveConfig(path.dirname(root));
      const has = (files: Record<string, string>): boolean => {
        for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, 'app', file), text);
        try {
          return mayHaveConfig(path.join(dir, 'workflows'));
        } finally {
          for (const file of Object.keys(files)) rmSync(path.join(root, 'app', file));
        }
      };
      expect(has({ 'package.json': '{ "devDependencies": { "prettier": "^3" } }' })).toBe(above);
      expect(has({ 'package.json': '{ "name": "app" }' })).toBe(above);
      expect(has({ 'package.json': '{ "prettier": { "semi": false } }' })).toBe(true);
      expect(has({ 'package.json': '{ "prettier": "@company/prettier-config" }' })).toBe(true);
      expect(has({ 'package.yaml': 'prettier:\n  semi: false\n' })).toBe(true);
      for (const name of [
        '.prettierrc',
        '.prettierrc.json',
        '.prettierrc.yaml',
        '.prettierrc.toml',
        'prettier.config.js',
        'prettier.config.mts',
      ]) {
        expect(has({ [name]: '' })).toBe(true);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('formatGithub', () => {
  it('escapes %, newlines, and : , in properties', () => {
    const result: LintResult = {
      filePath: path.join('/repo', 'a,b:c.ts'),
      messages: [{ ruleId: 'wfkit/use-facade', severity: 1, message: '100% wrong\nreally', line: 1, column: 2 }],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    };
    expect(formatGithub([result], '/repo')).toBe(
      '::warning file=a%2Cb%3Ac.ts,line=1,col=2,title=wfkit/use-facade::100%25 wrong%0Areally\n',
    );
  });
});

describe('colour', () => {
  it('only on a terminal, never with a non-empty NO_COLOR', () => {
    expect(useColor({ isTTY: true, env: {} })).toBe(true);
    expect(useColor({ isTTY: false, env: {} })).toBe(false);
    expect(useColor({ isTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(useColor({ isTTY: true, env: { NO_COLOR: '' } })).toBe(true);
  });

  it('colours stylish output on a terminal', async () => {
    const run = async (env: Record<string, string>) => {
      let stdout = '';
      await runCli(['check', 'profiles'], {
        cwd: path.join(repoRoot, 'fixtures/violations'),
        env,
        isTTY: true,
        stdout: (text) => void (stdout += text),
        stderr: () => {},
      });
      return stdout;
    };
    expect(await run({})).toContain('\u001b[33mwarning\u001b[39m');
    expect(await run({ NO_COLOR: '1' })).not.toContain('\u001b[');
  });
});
