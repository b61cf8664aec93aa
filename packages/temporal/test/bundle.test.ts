/**
 * Bundles workflow code with the SDK's own bundler, as a worker would. Workflows that use the
 * facade must bundle without activity code; workflow code that reaches client or activity code
 * must be refused at bundle time rather than fail later in production.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle, bundleError, fixture, type BundleOutcome } from './helpers/bundle.js';

describe('a workflows barrel that uses @wfkit/temporal/workflow', () => {
  let outcome: BundleOutcome;
  beforeAll(async () => {
    outcome = await bundle(fixture('workflows/index.ts'));
  });

  it('bundles, with every workflow and the facade in it', () => {
    const { code } = outcome.bundle;
    for (const workflow of ['PublishPresentation', 'RegenerateContent', 'SendDownloadEmail']) {
      expect(code).toContain(`function ${workflow}(`);
    }
    expect(code).toContain('packages/temporal/dist/workflow/run.js');
    expect(outcome.log.filter((line) => /error/i.test(line))).toEqual([]);
  });

  it('contains no activity code: activities are referenced by name only', () => {
    const marker = /IMPLEMENTATION_MARKER = '([^']+)'/.exec(readFileSync(fixture('tasks.ts'), 'utf8'))?.[1];
    expect(marker).toBeTruthy();
    expect(outcome.bundle.code).not.toContain(marker);
    expect(outcome.bundle.code).not.toContain('fixtures/tasks.ts');
    // Nor the client half of the facade, nor the SDK's client.
    expect(outcome.bundle.code).not.toContain('dist/client/');
    expect(outcome.bundle.code).not.toContain('@temporalio/client');
  });
});

describe('workflow code the bundler must refuse', () => {
  it('rejects a workflow that imports @wfkit/temporal/client', async () => {
    const { error } = await bundleError(fixture('rejected/imports-client.ts'));
    expect(error.message).toContain('disallowed modules');
    expect(error.message).toContain(`'@temporalio/client'`);
  });

  it('rejects a workflow that imports an activity implementation using Node built-ins', async () => {
    const { log } = await bundleError(fixture('rejected/imports-activity-implementation.ts'));
    expect(log).toMatch(/ERROR in node:fs\/promises/);
  });
});
