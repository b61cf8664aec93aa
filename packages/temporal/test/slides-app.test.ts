/**
 * The example app (fixtures/slides-app) uses the facade in every workflow. Each of its workflows
 * barrels must bundle the way its worker loads it, with no activity code inside, and its workflows
 * replay.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundle, fixture } from './helpers/bundle.js';
import { HistoryBuilder } from './helpers/history.js';
import { replay } from './helpers/replay.js';

const appDir = fileURLToPath(new URL('../../../fixtures/slides-app/', import.meta.url));
const barrels = readdirSync(appDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith(join('workflows', 'index.ts')) && !file.includes('node_modules'))
  .map((file) => join(appDir, file))
  .sort();

/** Names a barrel exports, from its `export { A, type B } from` lines (types excluded). */
function exportedWorkflows(barrel: string): string[] {
  const names = [...readFileSync(barrel, 'utf8').matchAll(/export \{([^}]*)\}/g)].flatMap((match) =>
    (match[1] ?? '').split(',').map((name) => name.trim()),
  );
  return names.filter((name) => name !== '' && !name.startsWith('type ') && /^[A-Z]/.test(name));
}

describe('fixtures/slides-app', () => {
  it('has workflows barrels', () => {
    expect(existsSync(appDir)).toBe(true);
    expect(barrels.length).toBeGreaterThanOrEqual(2);
  });

  it.each(barrels.map((barrel) => [relative(appDir, barrel), barrel]))(
    '%s bundles without activity code',
    async (_name, barrel) => {
      const { bundle: output } = await bundle(barrel);
      const workflows = exportedWorkflows(barrel);
      expect(workflows.length).toBeGreaterThan(0);
      for (const workflow of workflows) expect(output.code).toContain(`function ${workflow}(`);
      // The activities next to the workflows directory are imported as types only.
      // Modules appear in the bundle under their path from the repository root, the barrel included.
      const repoRoot = join(appDir, '..', '..');
      expect(output.code).toContain(relative(repoRoot, barrel));
      expect(output.code).toContain('packages/temporal/dist/workflow/');
      expect(output.code).not.toContain(relative(repoRoot, join(dirname(dirname(barrel)), 'tasks.ts')));
    },
  );
});

describe('fixtures/slides-app replays', () => {
  it('ProcessDocument: two activities and a child workflow, with the facade defaults and its own options', async () => {
    const { bundle: ingestion } = await bundle(join(appDir, 'document/ingestion/workflows/index.ts'), [
      fixture('record-commands.ts'),
    ]);
    const queue = 'document-ingestion';
    const input = { name: 'deck.pdf', sourceUrl: 'https://example.test/deck.pdf' };
    const downloaded = () =>
      new HistoryBuilder('ProcessDocument', queue, [input]).activity({
        activityType: 'downloadDocument',
        taskQueue: queue,
        startToCloseTimeoutMs: 120_000,
        maximumAttempts: 4,
        result: 'aGVsbG8gd29ybGQ=',
      });
    // The child's id comes from the workflow's deterministic random stream: read it off a first replay.
    const { children } = await replay(ingestion, downloaded().build());
    const childId = children[0]?.workflowId ?? '';
    expect(childId).toMatch(/^StoreDocument-[0-9a-f-]{36}$/);

    const stored = { documentId: 'doc-1', url: 'https://example.test/doc-1' };
    const history = downloaded()
      .childStarted({
        workflowType: 'StoreDocument',
        workflowId: childId,
        taskQueue: queue,
        parentClosePolicy: 'TERMINATE',
      })
      .completed(stored)
      .activity({
        activityType: 'countWords',
        taskQueue: queue,
        startToCloseTimeoutMs: 60_000,
        maximumAttempts: 4,
        result: 2,
      })
      .completed({ ...stored, wordCount: 2 });
    const recorded = await replay(ingestion, history);
    expect(
      recorded.activities.map(({ activityType, startToCloseTimeout, retry }) => [
        activityType,
        startToCloseTimeout,
        retry?.maximumAttempts,
      ]),
    ).toEqual([
      ['downloadDocument', 120_000, 4],
      ['countWords', 60_000, 4],
    ]);
    expect(recorded.children.map(({ workflowType, workflowId }) => [workflowType, workflowId])).toEqual([
      ['StoreDocument', childId],
    ]);
    expect(recorded.results).toEqual([{ documentId: 'doc-1', url: 'https://example.test/doc-1', wordCount: 2 }]);
  });
});
