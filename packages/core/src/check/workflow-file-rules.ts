import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import { facadeReplacements, facadeReplacementsForUnusedResult } from '../config/defaults.js';
import { checkFileName, fileStem, isGenericName, suggestFileName } from '../naming/file-name.js';
import { checkWorkflowName } from '../naming/workflow-name.js';
import { formatWords, splitWords } from '../naming/words.js';
import type { Finding, ModuleInfo, ResolvedConfig, WorkflowNameCase } from '../types.js';
import { namedExportEdit } from './default-export-fix.js';
import { createFinding, quoteList, wordsPhrase } from './finding.js';

interface WorkflowFileInput {
  filePath: string;
  text: string;
  /** The tree, asked for only to build a default export's fix. */
  programOf: () => TSESTree.Program;
  info: ModuleInfo;
  config: ResolvedConfig;
  /** The workflow-name case in force: the configured one, or (`auto`) the project's, asked for only when needed. */
  workflowCase: () => WorkflowNameCase;
  /** Why that case: it is configured, or it is what most of the project's workflows use. */
  caseReason: string;
}

const FILE_NAME_MESSAGES = {
  generic: 'genericName',
  'extra-words': 'extraWords',
  'missing-words': 'missingWords',
  case: 'wrongCase',
} as const;

/** Findings of the rules that look at one workflow file on its own. */
export function checkWorkflowFile({
  filePath,
  text,
  programOf,
  info,
  config,
  workflowCase,
  caseReason,
}: WorkflowFileInput): Finding[] {
  let resolved: ResolvedConfig | undefined;
  // Resolved only when a name is checked: `auto` asks the whole project.
  const caseConfig = (): ResolvedConfig => (resolved ??= { ...config, workflowNameCase: workflowCase() });
  const findings: Finding[] = [];
  const dir = path.dirname(filePath);
  const [first, ...others] = info.workflows;

  others.forEach((workflow, index) => {
    const before = info.workflows.slice(0, index + 1).map((earlier) => earlier.name);
    findings.push(
      createFinding({
        ruleId: 'one-workflow-per-file',
        messageId: 'extraWorkflow',
        data: {
          name: workflow.name,
          others: quoteList(before),
          suggestion: suggestFileName(workflow.name, dir, config),
        },
        filePath,
        range: workflow.range,
      }),
    );
  });

  if (first !== undefined) {
    const check = checkFileName(filePath, first.name, config);
    if (!check.ok) {
      findings.push(
        createFinding({
          ruleId: 'filename-matches-workflow',
          messageId: FILE_NAME_MESSAGES[check.problem],
          data: {
            fileName: path.basename(filePath),
            workflow: first.name,
            suggestion: check.suggestion,
            words: wordsPhrase(check.words),
            case: config.fileNameCase,
          },
          filePath,
          range: first.range,
        }),
      );
    }
  }

  if (info.defaultExport?.isFunction) {
    const localName = info.defaultExport.localName;
    const alreadyNamed = localName !== undefined && info.workflows.some((workflow) => workflow.localName === localName);
    const suggestion = alreadyNamed ? localName : defaultExportName(filePath, localName, caseConfig());
    const exportedLocals = new Set(info.workflows.map((workflow) => workflow.localName));
    const edit = namedExportEdit(programOf(), text, suggestion, exportedLocals);
    findings.push(
      createFinding({
        ruleId: 'no-default-export',
        messageId: alreadyNamed ? 'defaultExportOfNamed' : 'defaultExport',
        data: { suggestion },
        filePath,
        range: info.defaultExport.range,
        suggestions: edit && [
          { messageId: alreadyNamed ? 'removeDefaultExport' : 'useNamedExport', data: { suggestion }, fix: edit },
        ],
      }),
    );
  }

  for (const workflow of info.workflows) {
    const check = checkWorkflowName(workflow.name, caseConfig());
    if (check.ok) continue;
    findings.push(
      createFinding({
        ruleId: 'workflow-name-case',
        messageId: 'wrongCase',
        data: { name: workflow.name, case: workflowCase(), expected: check.expected, reason: caseReason },
        filePath,
        range: workflow.range,
      }),
    );
  }

  findings.push(...useFacadeFindings(filePath, info, config));
  findings.push(...sandboxImportFindings(filePath, info, config));
  return findings;
}

/** `use-facade`: calls of `@temporalio/workflow` functions the facade replaces (and config does not allow). */
export function useFacadeFindings(filePath: string, info: ModuleInfo, config: ResolvedConfig): Finding[] {
  return info.sdkCalls
    .filter((call) => !config.facade.allow.includes(call.imported))
    .map((call) =>
      createFinding({
        ruleId: 'use-facade',
        messageId: 'useFacade',
        data: {
          callee: call.imported,
          replacement:
            (call.resultUnused ? facadeReplacementsForUnusedResult[call.imported] : undefined) ??
            facadeReplacements[call.imported] ??
            'the facade',
          module: config.facade.workflowModule,
        },
        filePath,
        range: call.range,
      }),
    );
}

const SANDBOX_MESSAGES = {
  activities: 'activitiesModule',
  'node-builtin': 'nodeBuiltin',
  client: 'clientModule',
} as const;

/**
 * `no-sandbox-unsafe-import`: value imports the worker's bundler would refuse (or fill with
 * activity code). `import type` is the autofix where every imported name is used only as a type.
 */
export function sandboxImportFindings(filePath: string, info: ModuleInfo, config: ResolvedConfig): Finding[] {
  return info.sandboxUnsafeImports.map((unsafe) => {
    let fix: string;
    if (unsafe.usedAsTypeOnly) {
      fix = 'It is used only as a type here: import it with `import type`.';
    } else if (unsafe.kind === 'activities') {
      fix =
        'Import it with `import type` and call its activities through Temporal.activities<typeof …>() and Temporal.run.';
    } else if (unsafe.kind === 'client') {
      fix = `Start workflows from API code; workflow code uses '${config.facade.workflowModule}', and \`import type\` for types.`;
    } else {
      fix = 'Move the code that needs it into an activity, and use `import type` for its types.';
    }
    return createFinding({
      ruleId: 'no-sandbox-unsafe-import',
      messageId: SANDBOX_MESSAGES[unsafe.kind],
      data: { source: unsafe.source, fix },
      filePath,
      range: unsafe.range,
      fix:
        unsafe.typeOnlyEditAt === undefined
          ? undefined
          : { range: { start: unsafe.typeOnlyEditAt, end: unsafe.typeOnlyEditAt }, text: ' type' },
    });
  });
}

/**
 * The name a default-exported workflow should have: its own name when that matches the file,
 * else the file's name (which then matches by construction), unless the file name is generic.
 */
function defaultExportName(filePath: string, localName: string | undefined, config: ResolvedConfig): string {
  const style = config.workflowNameCase === 'auto' ? 'pascal' : config.workflowNameCase;
  const own = localName === undefined ? undefined : formatWords(splitWords(localName), style);
  if (own !== undefined && checkFileName(filePath, own, config).ok) return own;
  const stem = fileStem(filePath);
  if (!isGenericName(stem, config.genericNames)) return formatWords(splitWords(stem), style);
  return own ?? formatWords(splitWords(stem), style);
}
