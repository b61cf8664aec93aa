import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import { buildBarrelModel, type BarrelModel, type BarrelModelOptions } from '../src/barrel/index.js';
import { defaultConfig } from '../src/config/defaults.js';
import { analyzeModule } from '../src/detect/index.js';
import { parseModule } from '../src/parse/index.js';
import type { ResolvedConfig } from '../src/types.js';

export const rootDir = path.resolve('/app');
export const config: ResolvedConfig = { ...defaultConfig, rootDir, configFile: undefined };
export const contentDir = path.join(rootDir, 'presentation', 'edit', 'content', 'workflows');

export function parse(text: string, file = 'index.ts'): TSESTree.Program {
  const result = parseModule(file, text);
  if ('error' in result) throw new Error(`${file}: ${result.error.message}`);
  return result.program;
}

/** A barrel model from workflow sources keyed by path relative to the workflows directory. */
export function modelOf(
  sources: Record<string, string>,
  options: Partial<BarrelModelOptions> = {},
  workflowsDir = contentDir,
): BarrelModel {
  const files = Object.entries(sources).map(([file, text]) => ({
    file: path.join(workflowsDir, file),
    info: analyzeModule(parse(text, file), config),
  }));
  return buildBarrelModel(workflowsDir, files, config, { importExtension: '.js', ...options });
}

/** The seed guide's `presentation/edit/content/workflows`. */
export const contentSources: Record<string, string> = {
  'translate.ts': 'export async function TranslatePresentationContent(): Promise<void> {}\n',
  'regenerate.ts': 'export async function RegenerateContent(): Promise<void> {}\n',
  'slide.ts':
    'export interface EditPresentationSlideParams { slide: number }\nexport async function EditPresentationSlide(params: EditPresentationSlideParams): Promise<void> { void params; }\n',
};
