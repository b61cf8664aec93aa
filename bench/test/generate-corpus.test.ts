import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkProject, defaultCache, loadConfig, planBarrel } from '@wfkit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusSizes, generateCorpus, violationKinds } from '../lib/generate-corpus.js';
import { snapshotDir } from '../lib/tree-state.js';

// The bench is only as honest as its trees: a clean tree must be clean by wfkit's own model (else
// wf and ESLint would time the reporting of findings), and planted violations must all be found.

const work = mkdtempSync(path.join(os.tmpdir(), 'wfkit-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('generateCorpus', () => {
  it('writes the same bytes for the same seed', () => {
    const a = generateCorpus({ root: path.join(work, 'a'), ...corpusSizes.small });
    const b = generateCorpus({ root: path.join(work, 'b'), ...corpusSizes.small });
    const relative = (root: string) =>
      new Map([...snapshotDir(root)].map(([file, text]) => [path.relative(root, file), text]));
    expect(relative(b.root)).toEqual(relative(a.root));
    expect(a).toMatchObject({ workflowFiles: 100, otherFiles: 500 });
    expect(a.workflowDirs).toHaveLength(20);
  });

  it('makes a clean tree that wfkit finds nothing in, with every barrel already canonical', () => {
    const corpus = generateCorpus({ root: path.join(work, 'clean'), ...corpusSizes.small });
    const report = checkProject([corpus.root], { cwd: corpus.root });
    expect(report.files.flatMap((file) => file.findings)).toEqual([]);
    expect(report.workflowDirs.map((dir) => dir.dir)).toEqual(corpus.workflowDirs);
    expect(report.workflowDirs.flatMap((dir) => dir.workflows)).toHaveLength(corpus.workflowFiles);
    const config = loadConfig(corpus.root);
    for (const dir of corpus.workflowDirs) expect(planBarrel(dir, config, defaultCache).changed, dir).toBe(false);
  });

  it('plants violations of every kind, each found by the rule it is meant for', () => {
    const corpus = generateCorpus({ root: path.join(work, 'planted'), ...corpusSizes.small, violations: 0.16 });
    expect(new Set(corpus.planted.map((p) => p.kind))).toEqual(new Set(violationKinds));
    const report = checkProject([corpus.root], { cwd: corpus.root });
    const found = new Set(
      report.files.flatMap((file) =>
        file.findings.map((f) => `${path.relative(corpus.root, file.filePath)} ${f.ruleId}`),
      ),
    );
    const ruleOf = {
      'generic-name': 'filename-matches-workflow',
      'name-mismatch': 'filename-matches-workflow',
      'two-workflows': 'one-workflow-per-file',
      'default-export': 'no-default-export',
      'missing-barrel-export': 'barrel-exports-all',
      'proxy-activities': 'use-facade',
      'workflow-name-case': 'workflow-name-case',
      'workflow-outside-dir': 'workflows-in-workflows-dir',
    } as const;
    for (const { kind, file } of corpus.planted) {
      // A missing barrel line is reported on the barrel, not on the workflow file.
      const where = kind === 'missing-barrel-export' ? path.join(path.dirname(file), 'index.ts') : file;
      expect(found, `${kind} in ${file}`).toContain(`${where} ${ruleOf[kind]}`);
    }
    expect(JSON.parse(readFileSync(path.join(corpus.root, 'corpus.json'), 'utf8')).planted).toEqual(corpus.planted);
  });
});
