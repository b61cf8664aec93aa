import type { z } from 'zod';
import type { WfkitConfig } from '../types.js';
import { ConfigError } from './config-error.js';
import { configFileSchema, type ConfigFile } from './schema.js';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array ${truncate(JSON.stringify(value))}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${truncate(JSON.stringify(value))}`;
}

const truncate = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'object' ? 'an object' : `${issue.expected === 'array' ? 'an' : 'a'} ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `at least ${String(issue.minimum)} item(s)`
        : `at least ${String(issue.minimum)} character(s)`;
    case 'invalid_format':
      return issue.message.replace(/^Invalid string: /, '');
    default:
      return issue.message;
  }
}

/** Validates a parsed config document; `source` names the file in errors. */
export function parseConfigFile(input: unknown, source: string): ConfigFile {
  const result = configFileSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const parent = issue.path.join('.');
    const key = issue.keys[0]!;
    const known = Object.keys(
      parent === 'facade' ? configFileSchema.shape.facade.unwrap().shape : configFileSchema.shape,
    );
    throw new ConfigError(
      source,
      parent === '' ? key : `${parent}.${key}`,
      `one of the known keys (${known.join(', ')})`,
      `an unknown key "${key}"`,
      'Check its spelling, or remove it.',
    );
  }
  const path = issue.path.map(String).join('.');
  const received = issue.path.length === 0 ? describeValue(input) : describeValue(valueAt(input, issue.path));
  throw new ConfigError(source, path, expectation(issue), received);
}

/** Layers validated documents over the defaults: later layers win; arrays replace, `facade` merges. */
export function mergeConfig(base: WfkitConfig, ...layers: ConfigFile[]): WfkitConfig {
  let merged: WfkitConfig = { ...base, facade: { ...base.facade } };
  for (const layer of layers) {
    const { $schema: _schema, facade, ...rest } = layer;
    const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
    merged = { ...merged, ...defined, facade: { ...merged.facade, ...stripUndefined(facade ?? {}) } };
  }
  return merged;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
