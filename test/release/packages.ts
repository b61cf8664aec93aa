/** The packages this repository publishes, read from the workspaces rather than listed by hand. */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  description?: string;
  license?: string;
  keywords?: string[];
  repository?: { type: string; url: string; directory: string };
  homepage?: string;
  bugs?: { url: string };
  bin?: Record<string, string>;
  files?: string[];
  main?: string;
  types?: string;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export interface PublishedPackage {
  /** The package's directory, relative to the repository root (`packages/cli`). */
  dir: string;
  manifest: Manifest;
}

/** Every workspace package that is not private, from the root `workspaces` globs of the form `dir/*`. */
export function publishedPackages(): PublishedPackage[] {
  const root = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { workspaces: string[] };
  const dirs = root.workspaces.flatMap((pattern) =>
    pattern.endsWith('/*')
      ? readdirSync(path.join(repoRoot, pattern.slice(0, -2))).map((name) => `${pattern.slice(0, -2)}/${name}`)
      : [pattern],
  );
  return dirs
    .filter((dir) => existsSync(path.join(repoRoot, dir, 'package.json')))
    .map((dir) => ({
      dir,
      manifest: JSON.parse(readFileSync(path.join(repoRoot, dir, 'package.json'), 'utf8')) as Manifest,
    }))
    .filter(({ manifest }) => manifest.private !== true);
}

export interface PackResult {
  name: string;
  filename: string;
  files: Array<{ path: string }>;
}

/**
 * `npm pack` of every published package, with its lifecycle scripts (`prepack` writes the config
 * schema). With `dryRun`, lists what the tarballs would hold; otherwise writes them into `destination`.
 */
export async function pack(options: { dryRun: true } | { destination: string }): Promise<PackResult[]> {
  const args = ['pack', '--json', ...publishedPackages().map(({ manifest }) => `--workspace=${manifest.name}`)];
  if ('dryRun' in options) args.push('--dry-run');
  else args.push('--pack-destination', options.destination);
  const { stdout } = await promisify(execFile)('npm', args, { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as PackResult[];
}
