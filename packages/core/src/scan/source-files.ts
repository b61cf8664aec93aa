import { WORKFLOW_SDK_MODULE } from '../config/defaults.js';
import type { WfkitConfig } from '../types.js';

/** JavaScript and TypeScript modules: workflows may be written in either (`allowJs` codebases). */
export const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
export const DECLARATION_FILE = /\.d\.[cm]?ts$/;
export const TEST_FILE = /\.(?:test|spec)\.(?:[cm]?[jt]s|[jt]sx)$/;

/** Build output and tool state: never the source of a workflow, often the bulk of a tree. Walks skip them. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.turbo',
  '.cache',
  '.nx',
]);

const TYPESCRIPT_TWIN: Record<string, string[]> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

/**
 * Whether a JavaScript file sits next to the TypeScript file it was compiled from (`tsc` without
 * `outDir`): the TypeScript file is the workflow; counting both would report every workflow twice.
 */
export function isCompiledTwin(fileName: string, hasSibling: (name: string) => boolean): boolean {
  const match = /\.(?:[cm]?js|jsx)$/.exec(fileName);
  if (match === null) return false;
  const stem = fileName.slice(0, match.index);
  return (TYPESCRIPT_TWIN[match[0]] ?? []).some((extension) => hasSibling(stem + extension));
}

/**
 * Whether a file name is the barrel's: the configured name, or the same stem in another source
 * language (`index.js` where `index.ts` is configured), so a JavaScript codebase's barrel counts.
 */
export function isBarrelName(fileName: string, barrelFile: string): boolean {
  if (fileName === barrelFile) return true;
  return (
    SOURCE_FILE.test(fileName) &&
    !DECLARATION_FILE.test(fileName) &&
    fileName.replace(SOURCE_FILE, '') === barrelFile.replace(SOURCE_FILE, '')
  );
}

/**
 * What a file's text must contain to import the workflow runtime: the SDK's module name or the
 * facade's. Files outside workflows directories matter only then, so `wf check` reads them for
 * these strings and parses only those that have one, and the ESLint rule skips the rest the same
 * way (an import spelled with escapes, `'@temporalio\u002fworkflow'`, is missed by both alike).
 */
export function runtimeModuleNames(config: Pick<WfkitConfig, 'facade'>): readonly string[] {
  return [WORKFLOW_SDK_MODULE, config.facade.workflowModule];
}

export function mentionsWorkflowRuntime(text: string, config: Pick<WfkitConfig, 'facade'>): boolean {
  return runtimeModuleNames(config).some((name) => text.includes(name));
}
