import type { TSESTree } from '@typescript-eslint/types';
import { analyzeText, defaultCache, type ModuleResult, type ProjectCache } from '../cache/project-cache.js';
import { analyzeBarrel } from '../barrel/analyze-barrel.js';
import { emptyModuleInfo } from '../detect/analyze-module.js';
import { buildBarrelModel, specifierFor, type BarrelModel } from '../barrel/barrel-model.js';
import { extractLeadingDocComment } from '../barrel/doc-comment.js';
import { planBarrelRewrite } from '../barrel/plan-rewrite.js';
import { resolveImportExtension } from '../config/import-extension.js';
import path from 'node:path';
import { parseModule, type ParseFailure } from '../parse/parse-module.js';
import { readWorkflowDirectory } from '../scan/read-workflow-directory.js';
import { readBarrel } from '../barrel/read-barrel.js';
import { classifyFile } from '../scan/classify-file.js';
import type { Finding, ModuleInfo, ResolvedConfig } from '../types.js';
import { barrelFindings, missingBarrelFinding } from './barrel-findings.js';

export interface BarrelPlan {
  workflowsDir: string;
  barrelPath: string;
  exists: boolean;
  /** The barrel's text now (`undefined` when there is none). */
  currentText: string | undefined;
  /** What is wrong with the barrel now, as `barrel-exports-all` reports it. */
  findings: Finding[];
  /**
   * The text the barrel should have; `undefined` when it cannot be written safely: it has
   * hand-written statements, it does not parse, or a workflow file of the directory does not parse.
   */
  nextText: string | undefined;
  /** Whether the barrel's exports differ from the model (formatting alone never counts). */
  changed: boolean;
  /** Why `nextText` is undefined although the barrel should change. */
  blockedBy: Finding[];
  /** The barrel's own parse failure, or the workflow files that do not parse. */
  parseErrors: Array<{ filePath: string; error: ParseFailure }>;
  model: BarrelModel;
}

export interface PlanBarrelOptions {
  cache?: ProjectCache | undefined;
  /** Files not (yet) on disk, or with unsaved text, that count as workflow files of the directory. */
  extraFiles?: ReadonlyArray<{ filePath: string; text: string }> | undefined;
  /** Files on disk that count as gone (a file `wf fix` is about to move or split). */
  removedFiles?: ReadonlySet<string> | undefined;
  /** The barrel's text and tree when the caller has them (an editor's buffer). */
  barrel?: { text: string; program: TSESTree.Program } | undefined;
}

/**
 * Works out what a workflows directory's barrel must say, what is wrong with it, and the text
 * `wf barrel --fix`, the ESLint autofix and `wf new` write. One function, so they agree to the byte.
 */
export function planBarrel(workflowsDir: string, config: ResolvedConfig, options: PlanBarrelOptions = {}): BarrelPlan {
  const cache = options.cache ?? defaultCache;
  const overlay = new Map<string, ModuleResult>();
  for (const { filePath, text } of options.extraFiles ?? []) {
    overlay.set(filePath, analyzeText(filePath, text, config));
  }
  const read = readWorkflowDirectory(workflowsDir, config, cache, overlay);
  const removed = options.removedFiles;
  const directory =
    removed === undefined ? read : { ...read, files: read.files.filter(({ filePath }) => !removed.has(filePath)) };
  const parseErrors = directory.files.flatMap(({ filePath, module }) =>
    'error' in module ? [{ filePath, error: module.error }] : [],
  );

  const currentText =
    options.barrel?.text ?? (directory.barrelExists ? cache.readText(directory.barrelPath) : undefined);
  let program = options.barrel?.program;
  if (program === undefined && currentText !== undefined) {
    const parsed = parseModule(directory.barrelPath, currentText);
    if ('error' in parsed) parseErrors.unshift({ filePath: directory.barrelPath, error: parsed.error });
    else program = parsed.program;
  }

  const importExtension = resolveImportExtension(config, workflowsDir, cache);
  const model = buildBarrelModel(
    workflowsDir,
    [
      ...directory.files.flatMap(({ relativePath, module }) =>
        'info' in module ? [{ file: relativePath, info: module.info }] : [],
      ),
      ...(program === undefined ? [] : ignoredFileExports(program, workflowsDir, config, cache)),
    ],
    config,
    {
      importExtension,
      docComment: currentText === undefined ? undefined : extractLeadingDocComment(currentText),
    },
  );
  const workflowNames = new Set(
    directory.files.flatMap(({ module }) => ('info' in module ? module.info.workflows.map(({ name }) => name) : [])),
  );
  const unparsed = new Set(
    directory.files.flatMap(({ relativePath, module }) =>
      'error' in module ? [specifierFor(relativePath, importExtension)] : [],
    ),
  );
  const findings =
    currentText === undefined
      ? [
          missingBarrelFinding(directory.barrelPath, config),
          // A new barrel could keep only one of two files' name: say so before it is written.
          ...barrelFindings(
            model.duplicates.map(({ name, files }) => ({
              kind: 'duplicate-name' as const,
              name,
              files,
              range: undefined,
            })),
            directory.barrelPath,
            workflowNames,
          ),
        ]
      : program === undefined
        ? []
        : barrelFindings(analyzeBarrel(program, model), directory.barrelPath, workflowNames).filter(
            // A file that does not parse has unknown exports: what the barrel says of it may be right.
            (finding) => finding.messageId !== 'staleExport' || !unparsed.has(finding.data['specifier'] ?? ''),
          );
  const rewrite = planBarrelRewrite(currentText, program, model);
  // A file that does not parse has unknown exports: writing the barrel now could drop its workflows.
  const safe = parseErrors.length === 0;
  return {
    workflowsDir,
    barrelPath: directory.barrelPath,
    exists: currentText !== undefined,
    currentText,
    findings,
    nextText: safe ? rewrite.nextText : undefined,
    changed: rewrite.changed,
    blockedBy: barrelFindings(rewrite.blockedBy, directory.barrelPath, workflowNames),
    parseErrors,
    model,
  };
}

// A specifier's file: the sources a `./name.js` (or `./name`) import may reach.
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/**
 * What the barrel exports from files the config ignores: wfkit never reads those, so it cannot
 * know their exports, and the barrel's lines for them are kept as they are (as if the files
 * exported just those names) rather than removed as stale.
 */
function ignoredFileExports(
  program: TSESTree.Program,
  workflowsDir: string,
  config: ResolvedConfig,
  cache: ProjectCache,
): Array<{ file: string; info: ModuleInfo }> {
  const namesByFile = new Map<string, { values: string[]; types: string[] }>();
  for (const item of readBarrel(program).exports) {
    if (!item.specifier.startsWith('./')) continue;
    const stem = path.join(workflowsDir, item.specifier.slice(2).replace(/\.(?:[cm]?[jt]s|[jt]sx)$/, ''));
    const file = SOURCE_EXTENSIONS.map((extension) => `${stem}${extension}`).find((candidate) =>
      cache.fileExists(candidate),
    );
    if (file === undefined || classifyFile(file, config).kind !== 'ignored') continue;
    const names = namesByFile.get(file) ?? { values: [], types: [] };
    (item.isType ? names.types : names.values).push(item.local);
    namesByFile.set(file, names);
  }
  const named = (names: string[]) => names.map((name) => ({ name, range: { start: 0, end: 0 } }));
  return [...namesByFile].map(([file, { values, types }]) => ({
    file,
    info: { ...emptyModuleInfo(), values: named(values), types: named(types) },
  }));
}
