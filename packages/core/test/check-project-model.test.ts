import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject, type ProjectReport } from '../src/check/check-project.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const realWorld = path.join(fixtures, 'real-world');
const trees = [
  'slides-app',
  'violations',
  'legacy-app',
  ...readdirSync(realWorld, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join('real-world', entry.name)),
];

/** A report without its findings: what `wf list` reads. */
const model = (report: ProjectReport) => ({
  ...report,
  files: report.files.map(({ findings: _findings, ...file }) => file),
});

describe('checkProject with findings: false (the model wf list reads)', () => {
  it.each(trees)(
    '%s: the same workflows, directories, barrel exports, registrations and parse errors as the full check',
    (tree) => {
      const root = path.join(fixtures, tree);
      const full = checkProject([root]);
      const modelOnly = checkProject([root], { findings: false });
      expect(model(modelOnly)).toEqual(model(full));
      expect(modelOnly.files.flatMap((file) => file.findings)).toEqual([]);
    },
  );

  it('runs no rule: the violations tree, full of findings, gives none', () => {
    const root = path.join(fixtures, 'violations');
    expect(checkProject([root]).files.flatMap((file) => file.findings).length).toBeGreaterThan(20);
    const modelOnly = checkProject([root], { findings: false });
    expect(modelOnly.files.flatMap((file) => file.findings)).toEqual([]);
    // Still the model: a workflow its barrel leaves out is known as not exported.
    expect(modelOnly.workflows.some((workflow) => workflow.exported === false)).toBe(true);
    expect(modelOnly.files.some((file) => file.parseError !== undefined)).toBe(true);
  });
});
