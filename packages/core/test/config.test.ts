import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/config-error.js';
import { defaultConfig } from '../src/config/defaults.js';
import { resolveImportExtension } from '../src/config/import-extension.js';
import { defaultCache, ProjectCache } from '../src/cache/project-cache.js';
import { findConfigFile, loadConfig } from '../src/config/load-config.js';
import { configJsonSchema } from '../src/config/schema.js';
import { writeTree } from './support/temp-tree.js';

/** A cache of the given lifetime on a clock the test moves. */
function clockedCache(lifetime: number): { cache: ProjectCache; clock: { now: number } } {
  const clock = { now: 0 };
  return { cache: new ProjectCache({ lifetime, now: () => clock.now }), clock };
}

function configErrorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('findConfigFile and loadConfig', () => {
  it('finds the nearest wfkit.config.json walking up from a file or a directory', () => {
    const root = writeTree({
      'wfkit.config.json': '{}',
      'apps/web/wfkit.config.json': '{ "fileNameCase": "snake" }',
      'apps/web/src/billing/workflows/charge.ts': '',
      'apps/api/src/a.ts': '',
    });
    expect(findConfigFile(path.join(root, 'apps/web/src/billing/workflows/charge.ts'))).toBe(
      path.join(root, 'apps/web/wfkit.config.json'),
    );
    expect(findConfigFile(path.join(root, 'apps/api/src'))).toBe(path.join(root, 'wfkit.config.json'));
    const config = loadConfig(path.join(root, 'apps/web/src/billing/workflows/charge.ts'));
    expect(config.fileNameCase).toBe('snake');
    expect(config.rootDir).toBe(path.join(root, 'apps/web'));
    expect(config.configFile).toBe(path.join(root, 'apps/web/wfkit.config.json'));
  });

  it('uses the defaults, rooted at the nearest package.json, when there is no config file', () => {
    const root = writeTree({ 'package.json': '{}', 'src/workflows/a.ts': '' });
    const config = loadConfig(path.join(root, 'src/workflows/a.ts'));
    expect(config).toEqual({ ...defaultConfig, rootDir: root, configFile: undefined });
  });

  it('merges the file over the defaults and overrides over the file', () => {
    const root = writeTree({
      'wfkit.config.json': JSON.stringify({
        workflowDirs: ['flows'],
        facade: { workflowModule: '#temporal/workflow' },
      }),
    });
    const config = loadConfig(root, { workflowNameCase: 'camel', facade: { allow: ['proxyLocalActivities'] } });
    expect(config.workflowDirs).toEqual(['flows']);
    expect(config.workflowNameCase).toBe('camel');
    expect(config.facade).toEqual({
      workflowModule: '#temporal/workflow',
      clientModule: defaultConfig.facade.clientModule,
      allow: ['proxyLocalActivities'],
    });
    expect(config.genericNames).toEqual(defaultConfig.genericNames);
  });

  it('re-reads a config file that changed, once the cache lifetime has passed', () => {
    const { cache, clock } = clockedCache(1_000);
    const root = writeTree({ 'wfkit.config.json': '{ "barrelFile": "index.ts" }' });
    expect(loadConfig(root, undefined, cache).barrelFile).toBe('index.ts');
    const file = path.join(root, 'wfkit.config.json');
    writeFileSync(file, '{ "barrelFile": "all.ts" }');
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    clock.now = 999;
    expect(loadConfig(root, undefined, cache).barrelFile).toBe('index.ts');
    clock.now = 1_000;
    expect(loadConfig(root, undefined, cache).barrelFile).toBe('all.ts');
  });
});

describe('config errors name the file, the key, what was expected and what was found', () => {
  it('reports a wrong type', () => {
    const root = writeTree({ 'wfkit.config.json': '{ "workflowDirs": "workflows" }' });
    const error = configErrorOf(() => loadConfig(root));
    expect(error).toMatchObject({
      file: path.join(root, 'wfkit.config.json'),
      keyPath: 'workflowDirs',
      expected: 'an array',
      received: 'string "workflows"',
    });
    expect(error.message).toBe(
      `${path.join(root, 'wfkit.config.json')}: "workflowDirs": expected an array, found string "workflows". Fix the value or remove the key to use the default.`,
    );
  });

  it('reports a value outside an enum, in a nested key', () => {
    const root = writeTree({ 'wfkit.config.json': '{ "facade": { "allow": ["proxyActivities", "sleep"] } }' });
    expect(configErrorOf(() => loadConfig(root))).toMatchObject({
      keyPath: 'facade.allow.1',
      expected: 'one of "proxyActivities", "proxyLocalActivities", "executeChild", "startChild"',
      received: 'string "sleep"',
    });
  });

  it('reports an unknown key with the known ones', () => {
    const root = writeTree({ 'wfkit.config.json': '{ "workflowDir": ["flows"] }' });
    const error = configErrorOf(() => loadConfig(root));
    expect(error.keyPath).toBe('workflowDir');
    expect(error.expected).toContain('workflowDirs');
    expect(error.received).toBe('an unknown key "workflowDir"');
  });

  it('reports invalid JSON', () => {
    const root = writeTree({ 'wfkit.config.json': '{ "barrelFile": ' });
    const error = configErrorOf(() => loadConfig(root));
    expect(error.keyPath).toBe('');
    expect(error.expected).toBe('valid JSON');
    expect(error.message).toMatch(/wfkit\.config\.json: expected valid JSON, found a syntax error/);
  });

  it('reports a document that is not an object', () => {
    const root = writeTree({ 'wfkit.config.json': '[]' });
    expect(configErrorOf(() => loadConfig(root))).toMatchObject({
      keyPath: '',
      expected: 'an object',
      received: 'an array []',
    });
  });

  it('names settings.wfkit when the overrides are wrong', () => {
    const root = writeTree({});
    expect(configErrorOf(() => loadConfig(root, { fileNameCase: 'upper' }))).toMatchObject({
      file: 'settings.wfkit',
      keyPath: 'fileNameCase',
      received: 'string "upper"',
    });
  });

  it('rejects a workflows directory name with a slash and an empty list', () => {
    const root = writeTree({ 'wfkit.config.json': '{ "workflowDirs": ["src/workflows"] }' });
    expect(configErrorOf(() => loadConfig(root))).toMatchObject({
      keyPath: 'workflowDirs.0',
      expected: 'a directory name without slashes',
    });
    const empty = writeTree({ 'wfkit.config.json': '{ "workflowDirs": [] }' });
    expect(configErrorOf(() => loadConfig(empty))).toMatchObject({
      keyPath: 'workflowDirs',
      expected: 'at least 1 item(s)',
    });
  });
});

describe('loadConfig for many files', () => {
  it('gives one config object to every file under one config file and equal overrides, a new one when either changes', () => {
    const root = writeTree({
      'package.json': '{}',
      'wfkit.config.json': '{ "barrelFile": "all.ts" }',
      'a/x.ts': '',
      'b/y.ts': '',
    });
    const settings = { fileNameCase: 'snake' };
    const first = loadConfig(path.join(root, 'a/x.ts'), settings);
    expect(loadConfig(path.join(root, 'b/y.ts'), settings)).toBe(first);
    // Overrides are keyed on what they say, not on which object says it.
    expect(loadConfig(path.join(root, 'b/y.ts'), { ...settings })).toBe(first);
    expect(loadConfig(path.join(root, 'b/y.ts'), { fileNameCase: 'kebab' }).fileNameCase).toBe('kebab');
    writeFileSync(path.join(root, 'wfkit.config.json'), '{ "barrelFile": "every.ts" }');
    utimesSync(path.join(root, 'wfkit.config.json'), new Date(), new Date(Date.now() + 5000));
    defaultCache.clear();
    const changed = loadConfig(path.join(root, 'a/x.ts'), settings);
    expect(changed).not.toBe(first);
    expect([changed.barrelFile, changed.fileNameCase]).toEqual(['every.ts', 'snake']);
  });
});

describe('resolveImportExtension', () => {
  it('reads moduleResolution from the nearest tsconfig, following extends', () => {
    const root = writeTree({
      'tsconfig.base.json': '{ "compilerOptions": { "moduleResolution": "NodeNext", "module": "NodeNext" } }',
      'node/tsconfig.json': '{ "extends": "../tsconfig.base.json" }',
      'bundler/tsconfig.json': '{ "compilerOptions": { "moduleResolution": "bundler", "module": "esnext" } }',
      'module-only/tsconfig.json': '{ "compilerOptions": { "module": "node16" } }',
    });
    const auto = { importExtension: 'auto' } as const;
    expect(resolveImportExtension(auto, path.join(root, 'node'))).toBe('.js');
    expect(resolveImportExtension(auto, path.join(root, 'bundler'))).toBe('');
    expect(resolveImportExtension(auto, path.join(root, 'module-only'))).toBe('.js');
    expect(resolveImportExtension({ importExtension: 'none' }, path.join(root, 'node'))).toBe('');
    expect(resolveImportExtension({ importExtension: '.js' }, path.join(root, 'bundler'))).toBe('.js');
  });

  it('reads a tsconfig once for all the directories below it, and again after the cache lifetime', () => {
    const { cache, clock } = clockedCache(1_000);
    const root = writeTree({
      'tsconfig.json': '{ "compilerOptions": { "moduleResolution": "bundler" } }',
      'a/b/x.ts': '',
      'c/y.ts': '',
    });
    const auto = { importExtension: 'auto' } as const;
    expect(resolveImportExtension(auto, path.join(root, 'a/b'), cache)).toBe('');
    writeFileSync(path.join(root, 'tsconfig.json'), '{ "compilerOptions": { "moduleResolution": "nodenext" } }');
    // Within the lifetime the first answer stands, for every directory under that tsconfig.
    clock.now = 999;
    expect(resolveImportExtension(auto, path.join(root, 'c'), cache)).toBe('');
    clock.now = 1_000;
    expect(resolveImportExtension(auto, path.join(root, 'a/b'), cache)).toBe('.js');
  });
});

describe('the published JSON Schema', () => {
  it('is what the code validates with (regenerate: npm run docs:schema -w packages/core)', () => {
    const published = fileURLToPath(new URL('../../../docs/wfkit.config.schema.json', import.meta.url));
    expect(JSON.parse(readFileSync(published, 'utf8'))).toEqual(configJsonSchema());
  });

  it('lists every config key with a description and the default', () => {
    const schema = configJsonSchema() as { properties: Record<string, { description?: string; default?: unknown }> };
    for (const key of Object.keys(defaultConfig) as Array<keyof typeof defaultConfig>) {
      expect(schema.properties[key]?.description, key).toBeTruthy();
      if (key !== 'facade') expect(schema.properties[key]?.default, key).toEqual(defaultConfig[key]);
    }
  });
});

describe('config lookups in a long-lived process', () => {
  it('finds a config file created or deleted after an earlier lookup, once the cache lifetime has passed', () => {
    const { cache, clock } = clockedCache(1_000);
    const root = writeTree({ 'package.json': '{}', 'a/b/c.ts': '' });
    const file = path.join(root, 'a/b/c.ts');
    expect(loadConfig(file, undefined, cache).configFile).toBeUndefined();
    writeFileSync(path.join(root, 'wfkit.config.json'), '{ "barrelFile": "all.ts" }');
    clock.now = 999;
    expect(loadConfig(file, undefined, cache).configFile).toBeUndefined();
    clock.now = 1_000;
    expect(loadConfig(file, undefined, cache).barrelFile).toBe('all.ts');
    rmSync(path.join(root, 'wfkit.config.json'));
    clock.now = 1_999;
    expect(loadConfig(file, undefined, cache).barrelFile).toBe('all.ts');
    clock.now = 2_000;
    expect(loadConfig(file, undefined, cache).configFile).toBeUndefined();
  });

  it('takes a config file that vanished between its lookup and its reading as not there', () => {
    const root = writeTree({ 'package.json': '{}', 'wfkit.config.json': '{ "barrelFile": "all.ts" }', 'a/c.ts': '' });
    const cache = new ProjectCache({ lifetime: Infinity });
    // The lookup sees the file; then it is gone before it is read.
    expect(findConfigFile(path.join(root, 'a/c.ts'), cache)).toBe(path.join(root, 'wfkit.config.json'));
    rmSync(path.join(root, 'wfkit.config.json'));
    const config = loadConfig(path.join(root, 'a/c.ts'), undefined, cache);
    expect([config.configFile, config.barrelFile, config.rootDir]).toEqual([undefined, defaultConfig.barrelFile, root]);
  });
});
