import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { checkFile, loadConfig, type Finding, type RuleId } from '@wfkit/core';

type Outcome = { findings: Finding[] } | { error: unknown };

// Seven rules ask for the same file's findings in one lint pass: compute them once per parsed tree.
// The tree is a new object on every parse (and every fix pass), so a stale entry can never be read;
// `settings` is compared too because one tree could in principle be linted under two configs.
const memo = new WeakMap<TSESTree.Program, { settings: unknown; outcome: Outcome }>();

function computeFindings(filename: string, text: string, program: TSESTree.Program, settings: unknown): Outcome {
  try {
    const config = loadConfig(filename, settings);
    return { findings: checkFile({ filePath: filename, text, program, config }) };
  } catch (error) {
    return { error };
  }
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
  let entry = memo.get(program);
  if (entry === undefined || entry.settings !== settings) {
    entry = { settings, outcome: computeFindings(filename, context.sourceCode.text, program, settings) };
    memo.set(program, entry);
  }
  if ('error' in entry.outcome) throw entry.outcome.error;
  return entry.outcome.findings.filter((finding) => finding.ruleId === ruleId);
}

/** Turns core findings into ESLint reports: location from the UTF-16 range, fix and suggestions as edits. */
export function reportFindings<MessageIds extends string, Options extends readonly unknown[]>(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  ruleId: RuleId,
  keep: (finding: Finding) => boolean = () => true,
): TSESLint.RuleListener {
  const { sourceCode } = context;
  const replace = ({ range, text }: { range: { start: number; end: number }; text: string }) =>
    (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([range.start, range.end], text);
  return {
    Program(program) {
      for (const finding of findingsFor(context, program, ruleId)) {
        if (!keep(finding)) continue;
        context.report({
          // Core's messageIds are this rule's `meta.messages` keys (checked by `messagesFor`).
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
    },
  };
}
