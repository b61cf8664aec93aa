/**
 * The packages load from ES modules and from CommonJS: `require('@wfkit/eslint-plugin')` is the
 * plugin itself (not `{ default }`), and each facade entry has a CommonJS build with its types.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedPackages, repoRoot } from './packages.js';

const require = createRequire(path.join(repoRoot, 'package.json'));

it('require() gives the same plugin object as import, with its presets', () => {
  // In a plain Node process: vitest's own module graph would give the ES module a second instance.
  const script = [
    "import wfkit from '@wfkit/eslint-plugin';",
    "import { createRequire } from 'node:module';",
    "const required = createRequire(import.meta.url)('@wfkit/eslint-plugin');",
    'console.log(JSON.stringify({ same: required === wfkit, presets: Object.keys(required.configs), own: required.configs.recommended.plugins.wfkit === required }));',
  ].join('\n');
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(JSON.parse(result.stdout)).toEqual({ same: true, presets: ['recommended', 'strict'], own: true });
});

const facade = publishedPackages().find(({ manifest }) => manifest.name === '@wfkit/temporal')!.manifest;
const entries = Object.keys(facade.exports ?? {}).filter((entry) => entry !== './package.json');

describe.each(entries)('@wfkit/temporal entry %s', (entry) => {
  const specifier = path.posix.join('@wfkit/temporal', entry);

  it('has an ES module build for import and a CommonJS build for require, each with types', () => {
    const conditions = (facade.exports as Record<string, Record<string, { types: string; default: string }>>)[entry]!;
    expect(Object.keys(conditions)).toEqual(['import', 'require']);
    expect(conditions.require!.default).toMatch(/^\.\/dist\/cjs\//);
    expect(conditions.require!.types).toBe(conditions.require!.default.replace(/\.js$/, '.d.ts'));
    expect(conditions.import!.types).toBe(conditions.import!.default.replace(/\.js$/, '.d.ts'));
  });

  it('loads with require() from the CommonJS build, exporting what the ES module build exports', async () => {
    expect(require.resolve(specifier)).toContain(`${path.sep}dist${path.sep}cjs${path.sep}`);
    const required = require(specifier) as Record<string, unknown>;
    const imported = (await import(specifier)) as Record<string, unknown>;
    expect(
      Object.keys(required)
        .filter((name) => name !== '__esModule')
        .sort(),
    ).toEqual(Object.keys(imported).sort());
  });
});
