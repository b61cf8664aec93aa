import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/defaults.js';
import { classifyFile } from '../src/scan/classify-file.js';
import type { ResolvedConfig } from '../src/types.js';

const root = path.resolve('/srv/workflows/app');
const config: ResolvedConfig = { ...defaultConfig, rootDir: root, configFile: undefined };
const at = (relative: string) => path.join(root, relative);
const classify = (relative: string, overrides: Partial<ResolvedConfig> = {}) =>
  classifyFile(at(relative), { ...config, ...overrides });

describe('classifyFile', () => {
  it('finds workflow files and the barrel of their workflows directory', () => {
    const workflowsDir = at('presentation/edit/content/workflows');
    expect(classify('presentation/edit/content/workflows/regenerate.ts')).toEqual({ kind: 'workflow', workflowsDir });
    expect(classify('presentation/edit/content/workflows/index.ts')).toEqual({ kind: 'barrel', workflowsDir });
  });

  it('counts files in subdirectories of a workflows directory as its workflow files', () => {
    expect(classify('billing/workflows/invoices/send.ts')).toEqual({
      kind: 'workflow',
      workflowsDir: at('billing/workflows'),
    });
    expect(classify('billing/workflows/invoices/index.ts')).toEqual({
      kind: 'workflow',
      workflowsDir: at('billing/workflows'),
    });
  });

  it('leaves out tests, declaration files and non-TypeScript files', () => {
    expect(classify('a/workflows/regenerate.test.ts')).toEqual({ kind: 'test' });
    expect(classify('a/workflows/regenerate.spec.mts')).toEqual({ kind: 'test' });
    expect(classify('a/workflows/__tests__/regenerate.ts')).toEqual({ kind: 'test' });
    expect(classify('a/workflows/types.d.ts')).toEqual({ kind: 'other' });
    expect(classify('a/workflows/README.md')).toEqual({ kind: 'other' });
  });

  it('looks only below the root, so a checkout inside a workflows folder is not one', () => {
    expect(classify('src/api.ts')).toEqual({ kind: 'other' });
  });

  it('honours ignore globs, node_modules and barrelExclude', () => {
    expect(classify('generated/workflows/a.ts', { ignore: ['generated'] })).toEqual({ kind: 'ignored' });
    expect(classify('x/workflows/a.ts', { ignore: ['**/x/**'] })).toEqual({ kind: 'ignored' });
    expect(classify('node_modules/pkg/workflows/a.ts')).toEqual({ kind: 'ignored' });
    expect(classify('x/workflows/helpers.ts', { barrelExclude: ['helpers.ts'] })).toEqual({
      kind: 'excluded',
      workflowsDir: at('x/workflows'),
    });
  });

  it('uses the configured workflows directory names and barrel file', () => {
    const custom = { workflowDirs: ['flows'], barrelFile: 'all.ts' };
    expect(classify('x/workflows/a.ts', custom)).toEqual({ kind: 'other' });
    expect(classify('x/flows/all.ts', custom)).toEqual({ kind: 'barrel', workflowsDir: at('x/flows') });
    expect(classify('x/flows/index.ts', custom)).toEqual({ kind: 'workflow', workflowsDir: at('x/flows') });
  });
});
