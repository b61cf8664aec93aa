/**
 * What `npm pack` puts in each published tarball, and the metadata a registry page and `npm install`
 * read: the package works from its tarball alone, with no build caches and no links into the clone.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import wfkit from '@wfkit/eslint-plugin';
import { beforeAll, describe, expect, it } from 'vitest';
import { pack, publishedPackages, repoRoot, type PackResult } from './packages.js';

const repositoryUrl = 'https://github.com/wfkit/wfkit';
const packages = publishedPackages();
let tarballs: Map<string, string[]>;

beforeAll(async () => {
  const results: PackResult[] = await pack({ dryRun: true });
  tarballs = new Map(results.map(({ name, files }) => [name, files.map((file) => file.path)]));
});

/** Every file path a manifest points at: main, types, bin and each `exports` target. */
function entryPoints(manifest: (typeof packages)[number]['manifest']): string[] {
  const targets: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk([manifest.main, manifest.types, manifest.bin, manifest.exports]);
  return [...new Set(targets.map((target) => path.posix.normalize(target)))];
}

/** Markdown link targets of a README, without anchors. */
function linksOf(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!.split('#')[0]!)
    .filter((link) => link !== '');
}

/** The repository path a github.com link of this repository's main branch names, if it is one. */
function repositoryPath(link: string): string | undefined {
  const match = new RegExp(`^${repositoryUrl}/(?:blob|tree)/main/(.+)$`).exec(link);
  return match?.[1];
}

it('publishes the four packages of the workspace', () => {
  expect(packages.map(({ manifest }) => manifest.name).sort()).toEqual([...tarballs.keys()].sort());
  expect(packages.length).toBeGreaterThanOrEqual(4);
});

describe.each(packages.map(({ dir, manifest }) => [manifest.name, dir, manifest] as const))(
  '%s',
  (name, dir, manifest) => {
    it('ships README, LICENSE, package.json, dist and every entry point, and no build cache or tests', () => {
      const files = tarballs.get(name)!;
      expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
      expect(files.some((file) => file.startsWith('dist/'))).toBe(true);
      for (const entry of entryPoints(manifest)) expect(files, `${name} exports ${entry}`).toContain(entry);
      expect(files.filter((file) => /\.tsbuildinfo$|(^|\/)test\/|\.test\.|(^|\/)node_modules\//.test(file))).toEqual(
        [],
      );
    });

    it('ships no compiled module whose source is gone (a dist left from an older build)', () => {
      // tsc -b never deletes what it emitted for a source that was removed since; npm pack would ship it.
      const sourceOf = (file: string): string =>
        file.replace(/^dist\/(?:cjs\/)?/, 'src/').replace(/\.(?:d\.ts|js|cjs)(?:\.map)?$/, '');
      const stale = tarballs
        .get(name)!
        .filter((file) => file.startsWith('dist/') && /\.(?:js|cjs|d\.ts)$/.test(file))
        .filter(
          (file) =>
            !['.ts', '.cts', '.mts'].some((extension) =>
              existsSync(path.join(repoRoot, dir, sourceOf(file) + extension)),
            ),
        );
      expect(stale, 'run `npm run clean && npm run build` before packing').toEqual([]);
    });

    it('carries the root LICENSE and its own README', () => {
      expect(readFileSync(path.join(repoRoot, dir, 'LICENSE'), 'utf8')).toBe(
        readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8'),
      );
      expect(manifest.license).toBe('MIT');
      expect(readFileSync(path.join(repoRoot, dir, 'README.md'), 'utf8')).toMatch(
        new RegExp(`^# ${name.replace('/', '\\/')}\\n`),
      );
    });

    it('names its repository, homepage, issue tracker and keywords', () => {
      expect(manifest.repository).toEqual({ type: 'git', url: `git+${repositoryUrl}.git`, directory: dir });
      expect(manifest.homepage).toBe(`${repositoryUrl}/tree/main/${dir}#readme`);
      expect(manifest.bugs).toEqual({ url: `${repositoryUrl}/issues` });
      expect(manifest.keywords).toEqual(expect.arrayContaining(['eslintplugin', 'eslint-plugin', 'temporal']));
      expect(manifest.description).toBeTruthy();
    });

    it('depends on typescript-eslint by a ^8 range, and on its sibling packages by their exact version', () => {
      const versions = new Map(packages.map((other) => [other.manifest.name, other.manifest.version]));
      for (const [dependency, range] of Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies })) {
        if (dependency.startsWith('@typescript-eslint/') || dependency === 'typescript-eslint')
          expect(range, dependency).toMatch(/^\^8\./);
        if (versions.has(dependency)) expect(range, dependency).toBe(versions.get(dependency));
      }
    });

    it('has README links that resolve: relative ones inside the tarball, the rest to files of the repository', () => {
      const files = tarballs.get(name)!;
      for (const link of linksOf(readFileSync(path.join(repoRoot, dir, 'README.md'), 'utf8'))) {
        if (/^[a-z]+:/.test(link)) {
          const inRepository = repositoryPath(link);
          if (inRepository !== undefined) expect(existsSync(path.join(repoRoot, inRepository)), link).toBe(true);
        } else {
          const target = path.posix.normalize(link);
          expect(
            files.some((file) => file === target || file.startsWith(`${target}/`)),
            `${name} README links ${link}`,
          ).toBe(true);
        }
      }
    });
  },
);

it('gives every command package a bin named after the package, so `npx <name>` runs it without an install', () => {
  const withBins = packages.filter(({ manifest }) => manifest.bin !== undefined);
  expect(withBins.map(({ manifest }) => manifest.name)).toContain('wfkit');
  for (const { manifest } of withBins)
    expect(Object.keys(manifest.bin!)).toContain(manifest.name.replace(/^@[^/]+\//, ''));
  expect(Object.keys(packages.find(({ manifest }) => manifest.name === 'wfkit')!.manifest.bin!)).toContain('wf');
});

it('ships the config schema in @wfkit/core, equal to the one in docs/', () => {
  expect(tarballs.get('@wfkit/core')).toContain('wfkit.config.schema.json');
  const shipped = readFileSync(path.join(repoRoot, 'packages/core/wfkit.config.schema.json'), 'utf8');
  expect(shipped).toBe(readFileSync(path.join(repoRoot, 'docs/wfkit.config.schema.json'), 'utf8'));
});

it("links every rule's meta.docs.url to its page in the repository's docs", () => {
  const rules = Object.entries(wfkit.rules);
  expect(rules.length).toBeGreaterThan(0);
  for (const [ruleName, rule] of rules) {
    const url = (rule.meta as { docs?: { url?: string } }).docs?.url ?? '';
    expect(repositoryPath(url), ruleName).toBe(`docs/rules/${ruleName}.md`);
    expect(existsSync(path.join(repoRoot, 'docs/rules', `${ruleName}.md`)), url).toBe(true);
  }
});

it('shows the same ESLint configs in the root README as in the plugin README users see on the registry', () => {
  const configBlocks = (file: string): string[] =>
    [
      ...readFileSync(path.join(repoRoot, file), 'utf8').matchAll(/```js\n(\/\/ eslint\.config\.[cm]js\n[\s\S]*?)```/g),
    ].map((match) => match[1]!);
  const plugin = configBlocks('packages/eslint-plugin/README.md');
  expect(plugin.map((block) => block.split('\n')[0])).toEqual(['// eslint.config.mjs', '// eslint.config.cjs']);
  expect(configBlocks('README.md')).toEqual(plugin);
});
