/**
 * The example app (fixtures/slides-app) uses the facade in every workflow. Each of its workflows
 * barrels must bundle the way its worker loads it, with no activity code inside.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundle } from './helpers/bundle.js';

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

  it.each(barrels.map((barrel) => [relative(appDir, barrel), barrel]))('%s bundles without activity code', async (_name, barrel) => {
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
  });
});
