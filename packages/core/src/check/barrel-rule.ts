import type { TSESTree } from '@typescript-eslint/types';
import type { ProjectCache } from '../cache/project-cache.js';
import { analyzeModule } from '../detect/analyze-module.js';
import { suggestFileName } from '../naming/file-name.js';
import type { Finding, ResolvedConfig, SourceRange } from '../types.js';
import { createFinding } from './finding.js';
import { useFacadeFindings } from './workflow-file-rules.js';
import { planBarrel, type BarrelPlan } from './plan-barrel.js';

interface BarrelFileInput {
  filePath: string;
  text: string;
  program: TSESTree.Program;
  config: ResolvedConfig;
  cache: ProjectCache;
  workflowsDir: string;
  barrelPlans?: Map<string, BarrelPlan> | undefined;
}

/**
 * `barrel-exports-all` on a barrel. Every finding carries the same whole-file fix: the text
 * `wf barrel --fix` writes. ESLint applies one per pass, and the next pass finds nothing left.
 */
export function checkBarrelFile({
  filePath,
  text,
  program,
  config,
  cache,
  workflowsDir,
  barrelPlans,
}: BarrelFileInput): Finding[] {
  const plan = planBarrel(workflowsDir, config, { cache, barrel: { text, program } });
  // Only the directory's barrel proper: a stray second barrel (`index.js` beside `index.ts`) plans from the wrong text.
  if (plan.barrelPath === filePath) barrelPlans?.set(workflowsDir, plan);
  const fix =
    plan.changed && plan.nextText !== undefined && plan.nextText !== text
      ? { range: { start: 0, end: text.length }, text: plan.nextText }
      : undefined;
  // Workflows written in the barrel itself: name each with the file it belongs in, rather than
  // calling its statement hand-written code, and still check how it calls Temporal.
  const info = analyzeModule(program, config);
  const inBarrel = info.workflows.map((workflow) =>
    createFinding({
      ruleId: 'barrel-exports-all',
      messageId: 'workflowInBarrel',
      data: { name: workflow.name, suggestion: suggestFileName(workflow.name, workflowsDir, config) },
      filePath,
      range: workflow.range,
    }),
  );
  const covers = (outer: SourceRange, inner: SourceRange) => outer.start <= inner.start && inner.end <= outer.end;
  const barrelFindings = plan.findings.filter(
    (finding) =>
      finding.messageId !== 'foreignStatement' ||
      !info.workflows.some((workflow) => covers(finding.range, workflow.range)),
  );
  // Why there is no fix, where the findings alone do not say (a comment the rewrite would lose).
  const orphanComments = plan.blockedBy.filter((finding) => finding.messageId === 'commentOnRemovedExport');
  return [
    ...barrelFindings.map((finding) => ({ ...finding, filePath, fix })),
    ...orphanComments.map((finding) => ({ ...finding, filePath })),
    ...inBarrel,
    ...useFacadeFindings(filePath, info, config),
  ];
}
