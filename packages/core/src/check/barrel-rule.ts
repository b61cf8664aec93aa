import type { TSESTree } from '@typescript-eslint/types';
import type { ProjectCache } from '../cache/project-cache.js';
import type { Finding, ResolvedConfig } from '../types.js';
import { planBarrel } from './plan-barrel.js';

interface BarrelFileInput {
  filePath: string;
  text: string;
  program: TSESTree.Program;
  config: ResolvedConfig;
  cache: ProjectCache;
  workflowsDir: string;
}

/**
 * `barrel-exports-all` on a barrel. Every finding carries the same whole-file fix: the text
 * `wf barrel --fix` writes. ESLint applies one per pass, and the next pass finds nothing left.
 */
export function checkBarrelFile({ filePath, text, program, config, cache, workflowsDir }: BarrelFileInput): Finding[] {
  const plan = planBarrel(workflowsDir, config, { cache, barrel: { text, program } });
  const fix =
    plan.changed && plan.nextText !== undefined && plan.nextText !== text
      ? { range: { start: 0, end: text.length }, text: plan.nextText }
      : undefined;
  return plan.findings.map((finding) => ({ ...finding, filePath, fix }));
}
