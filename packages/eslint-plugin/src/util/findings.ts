import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  analyzeModule,
  checkFile,
  classifyFile,
  loadConfig,
  mentionsWorkflowRuntime,
  ruleIds,
  type Finding,
  type ModuleInfo,
  type ProjectCache,
  type ResolvedConfig,
  type RuleId,
} from '@wfkit/core';
import { cacheFor } from './cache-settings.js';

type Outcome = { findings: Finding[] } | { error: unknown };

/** What one parsed tree has given so far: its config, its analysis, and findings per group of rules. */
interface TreeEntry {
  settings: unknown;
  /** The cache `settings['wfkit/cache']` picks. */
  cache: ProjectCache;
  config?: ResolvedConfig;
  /** The file's analysis; `null` when no rule needs one (a file the convention says nothing of). */
  info?: ModuleInfo | null;
  /** `barrel-exports-all`, which reads the barrel's whole directory. */
  barrel?: Outcome;
  /** The other rules, which look at this file alone. */
  local?: Outcome;
}

const BARREL_RULE: RuleId = 'barrel-exports-all';
const BARREL_RULES: ReadonlySet<RuleId> = new Set([BARREL_RULE]);
const LOCAL_RULES: ReadonlySet<RuleId> = new Set(ruleIds.filter((ruleId) => ruleId !== BARREL_RULE));

// Seven rules ask about the same file in one lint pass: the file's config and analysis are made
// once per parsed tree, and each group's findings once, by the first of its rules to ask, so
// that TIMING charges the barrel rule's directory reads to it and the rest to the others.
// The tree is a new object on every parse (and every fix pass), so a stale entry can never be read;
// `settings` is compared too because one tree could in principle be linted under two configs.
const memo = new WeakMap<TSESTree.Program, TreeEntry>();

function computeFindings(
  entry: TreeEntry,
  filename: string,
  text: string,
  program: TSESTree.Program,
  barrel: boolean,
): Outcome {
  try {
    const { cache } = entry;
    const config = (entry.config ??= loadConfig(filename, entry.settings, cache));
    if (entry.info === undefined) entry.info = analyzeForRules(filename, text, program, config, cache);
    const info = entry.info ?? undefined;
    return {
      findings: checkFile({
        filePath: filename,
        text,
        program,
        config,
        info,
        cache,
        rules: barrel ? BARREL_RULES : LOCAL_RULES,
      }),
    };
  } catch (error) {
    return { error };
  }
}

/**
 * The file's analysis, when a rule needs one: not for a file outside workflows directories that
 * does not name the workflow runtime (most of a project, which `checkFile` skips the same way).
 * A workflow file's analysis is also handed to the shared cache when the text is the file as saved
 * on disk: a barrel linted after it then need not parse it again (an editor's unsaved text is not
 * what the barrel's other readers see, so it is kept out).
 */
function analyzeForRules(
  filename: string,
  text: string,
  program: TSESTree.Program,
  config: ResolvedConfig,
  cache: ProjectCache,
): ModuleInfo | null {
  const role = classifyFile(filename, config).kind;
  if (role !== 'workflow' && role !== 'barrel' && !(role === 'other' && mentionsWorkflowRuntime(text, config)))
    return null;
  const info = analyzeModule(program, config);
  if (role === 'workflow') cache.storeModuleIfCurrent(filename, config, { info, text });
  return info;
}

/**
 * Core's findings of one rule for the file being linted. A bad `wfkit.config.json` or
 * `settings.wfkit` is thrown, like ESLint's own invalid-configuration errors: it is not a problem
 * in this file, and a report could be silenced with a disable comment and go unnoticed.
 */
export function findingsFor(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  program: TSESTree.Program,
  ruleId: RuleId,
): Finding[] {
  const { filename } = context;
  // `<input>` / `<text>` (stdin without --stdin-filename): the rules are about where a file is.
  if (!path.isAbsolute(filename)) return [];
  const settings = (context.settings as { wfkit?: unknown }).wfkit;
  const cache = cacheFor(context.settings);
  let entry = memo.get(program);
  if (entry === undefined || entry.settings !== settings || entry.cache !== cache) {
    entry = { settings, cache };
    memo.set(program, entry);
  }
  const barrel = ruleId === BARREL_RULE;
  const outcome = barrel
    ? (entry.barrel ??= computeFindings(entry, filename, context.sourceCode.text, program, true))
    : (entry.local ??= computeFindings(entry, filename, context.sourceCode.text, program, false));
  if ('error' in outcome) throw outcome.error;
  return outcome.findings.filter((finding) => finding.ruleId === ruleId);
}

/** Turns core findings into ESLint reports: location from the UTF-16 range, fix and suggestions as edits. */
export function reportFindings<MessageIds extends string, Options extends readonly unknown[]>(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  ruleId: RuleId,
  keep: (finding: Finding) => boolean = () => true,
): TSESLint.RuleListener {
  const { sourceCode } = context;
  const replace =
    ({ range, text }: { range: { start: number; end: number }; text: string }) =>
    (fixer: TSESLint.RuleFixer) =>
      fixer.replaceTextRange([range.start, range.end], text);
  const report = (program: TSESTree.Program): void => {
    for (const finding of findingsFor(context, program, ruleId)) {
      if (!keep(finding)) continue;
      context.report({
        // Core's messageIds are this rule's `meta.messages` keys (`createRule` takes them from core).
        messageId: finding.messageId as MessageIds,
        data: finding.data,
        loc: {
          start: sourceCode.getLocFromIndex(finding.range.start),
          end: sourceCode.getLocFromIndex(finding.range.end),
        },
        fix: finding.fix ? replace(finding.fix) : null,
        suggest: finding.suggestions?.map((suggestion) => ({
          messageId: suggestion.messageId as MessageIds,
          data: suggestion.data,
          fix: replace(suggestion.fix),
        })),
      });
    }
  };
  // The barrel rule runs on `Program:exit`, after every other rule's `Program`: the file's config
  // and analysis, made by whichever runs first, are then charged (in TIMING) to the others, and
  // the barrel rule shows only its own work, reading the barrel's directory.
  return ruleId === BARREL_RULE ? { 'Program:exit': report } : { Program: report };
}
