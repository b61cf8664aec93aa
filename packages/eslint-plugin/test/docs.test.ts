import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const pluginDir = fileURLToPath(new URL('..', import.meta.url));

// The rule docs' headers and the README's tables are generated; CI fails when they are stale.
it('rule docs and the README rule table are up to date (npm run docs)', async () => {
  expect(existsSync(new URL('../dist/index.js', import.meta.url)), 'build first: npm run build').toBe(true);
  const run = promisify(execFile)('npm', ['run', '--silent', 'docs:check'], { cwd: pluginDir });
  await expect(run).resolves.toBeDefined();
});
