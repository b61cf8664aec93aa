import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, DefaultLogger, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

/** Absolute path of a file under test/fixtures. */
export function fixture(relativePath: string): string {
  return fileURLToPath(new URL(`../fixtures/${relativePath}`, import.meta.url));
}

export interface BundleOutcome {
  bundle: WorkflowBundleWithSourceMap;
  /** What the bundler logged at warning level or above (webpack's errors land here). */
  log: string[];
}

/**
 * Bundles workflow code the way a worker does. Bundling takes seconds: bundle once per test file
 * and share the result.
 */
export async function bundle(
  workflowsPath: string,
  workflowInterceptorModules: string[] = [],
  options: { nodeModules?: string } = {},
): Promise<BundleOutcome> {
  const log: string[] = [];
  const logger = new DefaultLogger('WARN', (entry) => log.push(entry.message));
  const { nodeModules } = options;
  const result = await bundleWorkflowCode({
    workflowsPath,
    workflowInterceptorModules,
    logger,
    // Code outside the repository (a generated project in a temporary directory) resolves the
    // facade and the SDK from the repository's node_modules.
    ...(nodeModules === undefined
      ? {}
      : {
          webpackConfigHook: (config) => ({
            ...config,
            resolve: { ...config.resolve, modules: [...(config.resolve?.modules ?? []), nodeModules] },
          }),
        }),
  });
  return { bundle: result, log };
}

/** Bundles code that must be refused; returns the bundler's error and log. */
export async function bundleError(workflowsPath: string): Promise<{ error: Error; log: string }> {
  const log: string[] = [];
  const logger = new DefaultLogger('WARN', (entry) => log.push(entry.message));
  try {
    await bundleWorkflowCode({ workflowsPath, logger });
  } catch (error) {
    if (error instanceof Error) return { error, log: log.join('\n') };
    throw error;
  }
  throw new Error(`expected bundling ${workflowsPath} to fail, but it succeeded`);
}
