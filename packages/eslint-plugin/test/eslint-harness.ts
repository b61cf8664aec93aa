import { cpSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import plugin from '@wfkit/eslint-plugin';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint9';
import tseslint from 'typescript-eslint';
import { afterAll } from 'vitest';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const fixturesDir = path.join(repoRoot, 'fixtures');

/** Both supported majors. ESLint 9's class is typed separately but the API used here is the same. */
export const eslintVersions = [
  { version: 'ESLint 10', ESLint: ESLint10 },
  { version: 'ESLint 9', ESLint: ESLint9 as unknown as typeof ESLint10 },
];
export type ESLintClass = typeof ESLint10;

/**
 * The flat config a user writes: typescript-eslint's parser for `.ts` and the `recommended` preset
 * of the built plugin (`@wfkit/eslint-plugin` resolves to `dist/`, as for users).
 */
export function inlineConfig(): ESLint10.Options['overrideConfig'] {
  return [
    { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
    plugin.configs.recommended,
  ] as ESLint10.Options['overrideConfig'];
}

/**
 * Writes the same config as an `eslint.config.js` in `dir`, importing by absolute URL so that a
 * temporary directory outside the repository resolves the packages, and so that ESLint's worker
 * threads (`concurrency`) can load it by path.
 */
export function writeConfigFile(dir: string, options: { pluginVersion?: string } = {}): string {
  const require = createRequire(import.meta.url);
  const parserUrl = pathToFileURL(require.resolve('typescript-eslint')).href;
  const pluginUrl = pathToFileURL(path.resolve(import.meta.dirname, '../dist/index.js')).href;
  // A different version stands for an upgraded plugin (ESLint's cache hashes plugin name and version).
  const preset =
    options.pluginVersion === undefined
      ? 'wfkit.configs.recommended'
      : `{ ...wfkit.configs.recommended, plugins: { wfkit: { ...wfkit, meta: { ...wfkit.meta, version: '${options.pluginVersion}' } } } }`;
  const file = path.join(dir, 'eslint.config.js');
  writeFileSync(
    file,
    `import tseslint from '${parserUrl}';
import wfkit from '${pluginUrl}';

export default [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ${preset}];
`,
  );
  return file;
}

/** A copy of a fixture in a temporary directory (removed after the test file), with its config file. */
export function copyFixture(name: string): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), `wfkit-${name.replaceAll('/', '-')}-`)));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync(path.join(fixturesDir, name), root, { recursive: true });
  writeConfigFile(root);
  return root;
}

export interface Problem {
  ruleId: string | null;
  file: string;
  line: number;
  /** The rule's messageId, or `parse-error` for a file that does not parse. */
  messageId: string | undefined;
}

/** Every reported problem as (rule, file relative to `root` with `/`, line, messageId), sorted. */
export function problemsOf(results: readonly ESLint10.LintResult[], root: string): Problem[] {
  return results
    .flatMap((result) =>
      result.messages.map((message) => ({
        ruleId: message.ruleId,
        file: path.relative(root, result.filePath).split(path.sep).join('/'),
        line: message.line,
        messageId: message.messageId ?? (message.fatal === true ? 'parse-error' : undefined),
      })),
    )
    .sort(compareProblems);
}

export function compareProblems(a: Problem, b: Problem): number {
  const text = (value: string | null | undefined) => value ?? '';
  return (
    a.file.localeCompare(b.file, 'en') ||
    a.line - b.line ||
    text(a.ruleId).localeCompare(text(b.ruleId), 'en') ||
    text(a.messageId).localeCompare(text(b.messageId), 'en')
  );
}
