import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import { defaultCache, type ProjectCache } from '../cache/project-cache.js';
import { analyzeModule } from '../detect/analyze-module.js';
import { parseModule } from '../parse/parse-module.js';
import { fileRole } from '../scan/sandbox-directory.js';
import { barrelPathOf, listWorkflowFiles } from '../scan/read-workflow-directory.js';
import { mentionsWorkflowRuntime } from '../scan/source-files.js';
import type { Finding, ModuleInfo, ResolvedConfig, RuleId, WorkflowNameCase } from '../types.js';
import { projectWorkers, type WorkerModel } from '../workers/project-workers.js';
import { toPosixRelative } from '../scan/classify-file.js';
import { createFinding, quoteList } from './finding.js';
import { checkBarrelFile } from './barrel-rule.js';
import { missingBarrelFinding } from './barrel-findings.js';
import { checkOutsideFile } from './outside-file-rule.js';
import { checkWorkflowFile, useFacadeFindings } from './workflow-file-rules.js';
import type { BarrelPlan } from './plan-barrel.js';

export interface CheckFileInput {
  filePath: string;
  /** The text being checked: an editor's buffer may differ from the file on disk. */
  text: string;
  /**
   * The file's tree. Optional with `info`: then `text` is parsed only where a check needs the
   * tree (a barrel, a default export's fix), so `wf check` can analyse files on worker threads.
   */
  program?: TSESTree.Program | undefined;
  config: ResolvedConfig;
  cache?: ProjectCache | undefined;
  /** The module's analysis when the caller has it already. */
  info?: ModuleInfo | undefined;
  /** Where a barrel's check leaves the plan it made, keyed by workflows directory, for callers that need it again. */
  barrelPlans?: Map<string, BarrelPlan> | undefined;
  /**
   * The rules whose findings are wanted (default: all). Only `barrel-exports-all` reads other
   * files (a barrel's directory): without it, nothing but this file is looked at.
   */
  rules?: ReadonlySet<RuleId> | undefined;
}

/**
 * Every convention finding for one file, whatever its role: a barrel, a workflow file or any
 * other file. ESLint rules and `wf check` both call this, so they cannot disagree.
 */
export function checkFile(input: CheckFileInput): Finding[] {
  const filePath = path.resolve(input.filePath);
  const { text, config } = input;
  const cache = input.cache ?? defaultCache;
  let program = input.program;
  const programOf = (): TSESTree.Program => (program ??= parseOrThrow(filePath, text));
  const infoOf = (): ModuleInfo => input.info ?? analyzeModule(programOf(), config);
  // The text being checked may be the first of its directory to import the workflow runtime.
  const role = fileRole(
    filePath,
    config,
    cache,
    () => mentionsWorkflowRuntime(text, config) && infoOf().importsWorkflowRuntime,
  );
  const { rules } = input;
  const barrelRule = rules === undefined || rules.has('barrel-exports-all');
  // Any rule but the barrel's looks at this file alone.
  const fileRules = rules === undefined || rules.size > (rules.has('barrel-exports-all') ? 1 : 0);
  let workers: WorkerModel | undefined;
  const workersOf = (): WorkerModel => (workers ??= projectWorkers(config, cache));
  const workflowCase = (): WorkflowNameCase =>
    config.workflowNameCase === 'auto' ? workersOf().workflowNameCase() : config.workflowNameCase;
  const caseReason =
    config.workflowNameCase === 'auto'
      ? "the case most of this project's workflows use"
      : 'as configured (workflowNameCase)';
  let findings: Finding[];
  switch (role.kind) {
    case 'barrel':
      // A barrel no worker loads, where the workers are known, registers nothing: its findings would mislead.
      findings =
        barrelRule && !(workersOf().complete && !workersOf().exportGraphModules.has(filePath))
          ? checkBarrelFile({
              filePath,
              text,
              program: programOf(),
              config,
              cache,
              workflowsDir: role.workflowsDir,
              barrelPlans: input.barrelPlans,
            })
          : useFacadeFindings(filePath, infoOf(), config);
      break;
    case 'workflow':
      findings = fileRules
        ? checkWorkflowFile({ filePath, text, programOf, info: infoOf(), config, workflowCase, caseReason })
        : [];
      if (barrelRule)
        findings.push(...registrationFindings(filePath, infoOf(), role.workflowsDir, config, cache, workersOf));
      break;
    case 'other':
      // Only a file that imports the workflow runtime, or that a worker loads, can hold a misplaced workflow.
      findings =
        fileRules && (mentionsWorkflowRuntime(text, config) || workersOf().exportGraphModules.has(filePath))
          ? checkOutsideFile(filePath, infoOf(), config, workersOf)
          : [];
      if (barrelRule && workersOf().entryModules.has(filePath))
        findings.push(...workerEntryFindings(filePath, infoOf(), workersOf()));
      break;
    default:
      findings = [];
  }
  return rules === undefined ? findings : findings.filter((finding) => rules.has(finding.ruleId));
}

/** The tree of a text known to parse (its `info` was made from it). */
function parseOrThrow(filePath: string, text: string): TSESTree.Program {
  const parsed = parseModule(filePath, text);
  if ('error' in parsed)
    throw new Error(`${filePath}: checked with an analysis, but its text does not parse (${parsed.error.message})`);
  return parsed.program;
}

/**
 * Whether the workers register a workflow file's workflows. Where the workers are known, each
 * workflow none of them registers is reported on itself, and a worker entry module in the
 * directory is checked as the barrel it is; where they are not, a directory without a barrel is
 * reported once, on its first workflow file.
 */
function registrationFindings(
  filePath: string,
  info: ModuleInfo,
  workflowsDir: string,
  config: ResolvedConfig,
  cache: ProjectCache,
  workersOf: () => WorkerModel,
): Finding[] {
  const workers = workersOf();
  if (workers.complete) {
    const unregistered = info.workflows.filter(
      (workflow) => workers.registrationsOf(filePath, workflow.name).length === 0,
    );
    const entries = unregistered.length === 0 ? '' : entryList(workers, config);
    return [
      ...unregistered.map((workflow) =>
        createFinding({
          ruleId: 'barrel-exports-all',
          messageId: workers.entryModules.size === 0 ? 'notRegisteredNoEntry' : 'notRegistered',
          data: { name: workflow.name, entries },
          filePath,
          range: workflow.range,
        }),
      ),
      ...(workers.entryModules.has(filePath) ? workerEntryFindings(filePath, info, workers) : []),
    ];
  }
  if (cache.fileExists(barrelPathOf(workflowsDir, config, cache))) return [];
  const first = listWorkflowFiles(workflowsDir, config, cache, [filePath])[0];
  return first === filePath ? [missingBarrelFinding(filePath, config)] : [];
}

/** The modules the workers load, for a message: named when there are a few, else counted. */
function entryList(workers: WorkerModel, config: ResolvedConfig): string {
  const entries = [...workers.entryModules].map((entry) => toPosixRelative(config.rootDir, entry)).sort();
  return entries.length <= 3 ? quoteList(entries) : `${quoteList(entries.slice(0, 2))} and ${entries.length - 2} more`;
}

/**
 * A module a worker loads that is not a workflows barrel is still one: `export *` there drops
 * names silently, and a name two of them give is dropped (reported on the first `export *`).
 */
function workerEntryFindings(filePath: string, info: ModuleInfo, workers: WorkerModel): Finding[] {
  const stars = info.reExports.filter((reExport) => reExport.names === '*' && !reExport.typeOnly);
  const relative = (file: string): string => toPosixRelative(path.dirname(filePath), file);
  return [
    ...stars.map((reExport) =>
      createFinding({
        ruleId: 'barrel-exports-all',
        messageId: 'exportStar',
        data: { specifier: reExport.source },
        filePath,
        range: reExport.range,
      }),
    ),
    ...workers.droppedNames(filePath).map(({ name, origins }) =>
      createFinding({
        ruleId: 'barrel-exports-all',
        messageId: 'duplicateName',
        data: { name, first: relative(origins[0]?.filePath ?? ''), second: relative(origins[1]?.filePath ?? '') },
        filePath,
        range: stars[0]?.range ?? { start: 0, end: 0 },
      }),
    ),
  ];
}
