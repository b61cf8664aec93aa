import type { BarrelFinding, StaleReason } from '../barrel/analyze-barrel.js';
import type { Finding, ResolvedConfig } from '../types.js';
import { createFinding } from './finding.js';

const STALE_REASONS: Record<StaleReason, string> = {
  'unknown-file': 'but that is not a workflow file of this directory',
  'missing-extension': "but node16/nodenext resolution needs the file's '.js' extension there",
  'name-gone': 'but that file does not export it',
  renamed: 'under a name that is not its own',
  'wrong-kind': 'as the wrong kind (a type as a value, or a value as a type only)',
};

const START = { start: 0, end: 0 };

/**
 * `barrel-exports-all` findings for a barrel, from the barrel analysis. A name two files export
 * is a workflow-type clash only when it is a workflow (`workflowNames`); a signal or query defined
 * twice is a duplicated definition.
 */
export function barrelFindings(
  findings: readonly BarrelFinding[],
  barrelPath: string,
  workflowNames: ReadonlySet<string>,
): Finding[] {
  return findings.map((finding) => {
    const base = { ruleId: 'barrel-exports-all' as const, filePath: barrelPath };
    switch (finding.kind) {
      case 'missing-export':
        return createFinding({
          ...base,
          messageId: 'missingExport',
          data: { name: finding.name, specifier: finding.specifier },
          range: finding.range ?? START,
        });
      case 'stale-export':
        return createFinding({
          ...base,
          messageId: 'staleExport',
          data: { name: finding.name, specifier: finding.specifier, reason: STALE_REASONS[finding.reason] },
          range: finding.range,
        });
      case 'duplicate-name':
        return createFinding({
          ...base,
          messageId: workflowNames.has(finding.name) ? 'duplicateName' : 'duplicateDefinition',
          data: { name: finding.name, first: finding.files[0] ?? '', second: finding.files[1] ?? '' },
          range: finding.range ?? START,
        });
      case 'foreign-statement':
        return createFinding({ ...base, messageId: 'foreignStatement', data: {}, range: finding.range });
      case 'orphan-comment':
        return createFinding({
          ...base,
          messageId: 'commentOnRemovedExport',
          data: { name: finding.name, specifier: finding.specifier },
          range: finding.range,
        });
      case 'export-star':
        return createFinding({
          ...base,
          messageId: 'exportStar',
          data: { specifier: finding.specifier },
          range: finding.range,
        });
      case 'default-reexport':
        return createFinding({ ...base, messageId: 'defaultReexport', data: {}, range: finding.range });
    }
  });
}

/** The finding for a workflows directory without a barrel, reported on `filePath` (line 1). */
export function missingBarrelFinding(filePath: string, config: Pick<ResolvedConfig, 'barrelFile'>): Finding {
  return createFinding({
    ruleId: 'barrel-exports-all',
    messageId: 'missingBarrel',
    data: { barrel: config.barrelFile },
    filePath,
    range: START,
  });
}
