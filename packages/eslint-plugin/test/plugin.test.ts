import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ruleIds, ruleMeta } from '@wfkit/core';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};
const docsDir = path.resolve(import.meta.dirname, '../../../docs/rules');
// The typed rule modules (`plugin.rules` is typed loosely for configs; it is the same object).
const ruleEntries = Object.entries(rules);
const sorted = (names: Iterable<string>) => [...names].sort();

/** The parts of a JSON Schema the strictness test walks. */
interface Schema {
  type?: unknown;
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema | Schema[];
  additionalProperties?: unknown;
}

describe('plugin', () => {
  it('names itself for --cache and worker threads', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'wfkit' });
  });

  it('has exactly the rules of core', () => {
    expect(plugin.rules).toBe(rules);
    expect(sorted(Object.keys(plugin.rules))).toEqual(sorted(ruleIds));
  });
});

describe.each(ruleEntries)('rule %s', (name, rule) => {
  const core = ruleMeta[name as keyof typeof ruleMeta];

  it('takes its metadata from core', () => {
    expect(rule.meta.docs).toEqual({
      description: core.description,
      recommended: core.recommended,
      url: `https://github.com/wfkit/wfkit/blob/main/docs/rules/${name}.md`,
    });
    expect(rule.meta.messages).toEqual(core.messages);
    expect(rule.meta.fixable).toBe(core.fixable ? 'code' : undefined);
    expect(rule.meta.hasSuggestions).toBe(core.hasSuggestions ? true : undefined);
  });

  it('has a strict options schema with every property described', () => {
    const schemas = [rule.meta.schema as Schema | Schema[]].flat();
    const objects: Schema[] = [];
    const collect = (schema: Schema): void => {
      if (schema.type === 'object') objects.push(schema);
      for (const property of Object.values(schema.properties ?? {})) collect(property);
      if (schema.items !== undefined) [schema.items].flat().forEach(collect);
    };
    schemas.forEach(collect);
    expect(objects.length).toBe(schemas.length);
    for (const object of objects) {
      expect(object.additionalProperties).toBe(false);
      for (const property of Object.values(object.properties ?? {})) expect(property.description).toMatch(/\w/);
    }
  });

  it('is documented with what, why and examples', () => {
    const doc = readFileSync(path.join(docsDir, `${name}.md`), 'utf8');
    expect(doc).toMatch(new RegExp(`^# wfkit/${name}\n`));
    expect(doc).toContain('## Why');
    expect(doc).toContain('✅');
    expect(doc).toContain('❌');
    expect(doc).toMatch(/^## (Options|Settings)$/m);
  });
});

describe('presets', () => {
  it('are generated from each rule’s meta.docs.recommended', () => {
    const fromMeta = (severity: (recommended: string | undefined) => string) =>
      Object.fromEntries(ruleEntries.map(([name, rule]) => [`wfkit/${name}`, severity(rule.meta.docs?.recommended)]));
    expect(plugin.configs.recommended.rules).toEqual(
      fromMeta((recommended) => recommended ?? 'no meta.docs.recommended'),
    );
    expect(plugin.configs.strict.rules).toEqual(fromMeta(() => 'error'));
  });

  it('match the issue: layout rules are errors, naming case and facade warnings', () => {
    expect(plugin.configs.recommended.rules).toMatchObject({
      'wfkit/one-workflow-per-file': 'error',
      'wfkit/barrel-exports-all': 'error',
      'wfkit/workflow-name-case': 'warn',
      'wfkit/use-facade': 'warn',
    });
  });

  it('register the plugin itself under the wfkit namespace', () => {
    for (const [name, preset] of Object.entries(plugin.configs)) {
      expect(preset.name).toBe(`wfkit/${name}`);
      expect(preset.plugins).toEqual({ wfkit: plugin });
    }
  });
});

describe('rules, docs and presets', () => {
  it('are the same set', () => {
    const rules = sorted(Object.keys(plugin.rules));
    const docs = sorted(
      readdirSync(docsDir)
        .filter((file) => file.endsWith('.md'))
        .map((file) => file.slice(0, -'.md'.length)),
    );
    expect(docs).toEqual(rules);
    for (const preset of Object.values(plugin.configs)) {
      expect(sorted(Object.keys(preset.rules ?? {}))).toEqual(rules.map((name) => `wfkit/${name}`));
    }
  });
});
