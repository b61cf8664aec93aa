/**
 * The test that a release works: every package is packed with `npm pack`, the tarballs are
 * installed into fresh projects outside the repository (an ES module one and a CommonJS one), and
 * what the READMEs tell a user to run is run there: `wf new`, `wf check`, `wf barrel`, ESLint with
 * the plugin README's config, `tsc` (CommonJS under node16 and nodenext too) and Temporal's
 * `bundleWorkflowCode`; and `npm exec` runs the packed `wfkit` where nothing is installed, as
 * `npx wfkit check` would. Dependencies come from npm's cache where it has them (`--prefer-offline`:
 * after `npm ci` the cache holds them; npm asks the registry only for what it lacks).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack, publishedPackages, repoRoot } from '../release/packages.js';

const workDir = mkdtempSync(path.join(os.tmpdir(), 'wfkit-install-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
let tarballs: string[] = [];
const tarballOf = new Map<string, string>();

beforeAll(async () => {
  for (const { name, filename } of await pack({ destination: workDir }))
    tarballOf.set(name, path.join(workDir, filename));
  tarballs = [...tarballOf.values()];
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command in a project as a user's shell would, without npm's variables from this run. */
function run(cwd: string, command: string, args: string[]): Run {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The exit code, with the output in the failure message so that CI shows what went wrong. */
function expectExit(result: Run, code: number): void {
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(code);
}

/** `npx --no -- <bin> …`: only what the project installed, never a registry package of that name. */
const npx = (cwd: string, bin: string, ...args: string[]): Run => run(cwd, 'npx', ['--no', '--', bin, ...args]);

/** The version this repository develops with, so the projects test what CI tested. */
const repoVersionOf = (name: string): string =>
  (createRequire(path.join(repoRoot, 'package.json'))(`${name}/package.json`) as { version: string }).version;

/** What the READMEs tell a user to install besides the tarballs: tools, the SDK peers, the worker. */
function thirdPartyDevDependencies(): string[] {
  const peers = publishedPackages().flatMap(({ manifest }) => Object.keys(manifest.peerDependencies ?? {}));
  const tools = ['eslint', 'typescript-eslint', 'typescript', '@types/node', '@temporalio/worker'];
  return [...new Set([...peers, ...tools])].map((name) => `${name}@${repoVersionOf(name)}`);
}

/** An ESLint flat config as the plugin's README (the one in its tarball) shows it. */
function readmeEslintConfig(project: string, file: 'eslint.config.mjs' | 'eslint.config.cjs'): string {
  const readme = readFileSync(path.join(project, 'node_modules/@wfkit/eslint-plugin/README.md'), 'utf8');
  const block = [...readme.matchAll(/```js\n([\s\S]*?)```/g)]
    .map((match) => match[1]!)
    .find((code) => code.startsWith(`// ${file}\n`));
  if (block === undefined) throw new Error(`the plugin README shows no ${file}`);
  return block;
}

const variants = [
  { type: 'module', module: 'nodenext', eslintConfig: 'eslint.config.mjs', bundleScript: 'bundle.mjs' },
  { type: 'commonjs', module: 'node16', eslintConfig: 'eslint.config.cjs', bundleScript: 'bundle.cjs' },
] as const;

describe.each(variants)(
  'a "type": "$type" project with the packed tarballs',
  ({ type, module, eslintConfig, bundleScript }) => {
    const project = path.join(workDir, `project-${type}`);
    const workflowsDir = path.join(project, 'src/content/workflows');

    beforeAll(() => {
      mkdirSync(project);
      writeFileSync(
        path.join(project, 'package.json'),
        JSON.stringify({ name: `wfkit-install-${type}`, private: true, type }, null, 2),
      );
      writeFileSync(
        path.join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'es2022',
            module,
            strict: true,
            skipLibCheck: true,
            noEmit: true,
            types: ['node'],
          },
          include: ['src'],
        }),
      );
      const install = run(project, 'npm', [
        'install',
        '--save-dev',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        ...tarballs,
        ...thirdPartyDevDependencies(),
      ]);
      expect(install.stderr + install.stdout, 'npm install').not.toMatch(/npm error/);
      expectExit(install, 0);
    });

    it('installs the `wf` and `wfkit` commands, which print the packed version', () => {
      const { version } = publishedPackages().find(({ manifest }) => manifest.name === 'wfkit')!.manifest;
      expect(npx(project, 'wfkit', '--version').stdout.trim()).toBe(version);
      expect(npx(project, 'wf', '--version').stdout.trim()).toBe(version);
    });

    it('wf new scaffolds a workflow that calls the facade', () => {
      const created = npx(project, 'wf', 'new', 'RegenerateContent', '--in', 'src/content');
      expect(created.stderr).toBe('');
      expectExit(created, 0);
      expect(created.stdout).toContain('src/content/workflows/regenerate.ts (workflow RegenerateContent)');
      expect(readFileSync(path.join(workflowsDir, 'regenerate.ts'), 'utf8')).toContain(
        "from '@wfkit/temporal/workflow'",
      );
      expect(readFileSync(path.join(workflowsDir, 'index.ts'), 'utf8')).toMatch(
        /export \{ RegenerateContent \} from '\.\/regenerate(\.js)?';/,
      );
    });

    it('wf check passes, with wfkit.config.json pointing $schema into node_modules', () => {
      const schema = './node_modules/@wfkit/core/wfkit.config.schema.json';
      expect(JSON.parse(readFileSync(path.join(project, schema), 'utf8'))).toHaveProperty(
        'properties.workflowNameCase',
      );
      writeFileSync(
        path.join(project, 'wfkit.config.json'),
        JSON.stringify({ $schema: schema, workflowNameCase: 'pascal' }),
      );
      const check = npx(project, 'wf', 'check');
      expect(check.stderr).toBe('');
      expectExit(check, 0);
    });

    it(`ESLint passes with the README's ${eslintConfig}`, () => {
      writeFileSync(path.join(project, eslintConfig), readmeEslintConfig(project, eslintConfig));
      const lint = npx(project, 'eslint', '--format', 'json', '.');
      expect(lint.stderr).toBe('');
      expectExit(lint, 0);
      const results = JSON.parse(lint.stdout) as Array<{ filePath: string }>;
      expect(results.map(({ filePath }) => path.relative(project, filePath))).toContain(
        path.join('src/content/workflows/index.ts'),
      );
    });

    it(`tsc type-checks the workflow and client code that imports the facade (module ${module})`, () => {
      writeFileSync(
        path.join(project, 'src/start.ts'),
        [
          "import { Temporal } from '@wfkit/temporal/client';",
          "import { DEFAULT_TASK_QUEUE } from '@wfkit/temporal';",
          `import { RegenerateContent } from './content/workflows/index${type === 'module' ? '.js' : ''}';`,
          '',
          'export const taskQueue: string = DEFAULT_TASK_QUEUE;',
          'export async function start(): Promise<string> {',
          '  const handle = await Temporal.startWorkflow(RegenerateContent, [{}]);',
          '  return handle.workflowId;',
          '}',
          '',
        ].join('\n'),
      );
      const compile = npx(project, 'tsc', '-p', '.');
      expect(compile.stdout).toBe('');
      expectExit(compile, 0);
    });

    if (type === 'commonjs') {
      it('tsc also type-checks the CommonJS project under module nodenext', () => {
        const check = npx(project, 'tsc', '-p', '.', '--module', 'nodenext', '--moduleResolution', 'nodenext');
        expect(check.stdout).toBe('');
        expectExit(check, 0);
      });
    }

    it(`Node loads the facade's ${type === 'module' ? 'ES module' : 'CommonJS'} build in this project`, () => {
      const load =
        type === 'module'
          ? [
              '--input-type=module',
              '-e',
              "import { Temporal } from '@wfkit/temporal/client'; import { DEFAULT_TASK_QUEUE } from '@wfkit/temporal';" +
                " console.log(typeof Temporal.startWorkflow, DEFAULT_TASK_QUEUE, new URL(import.meta.resolve('@wfkit/temporal/client')).pathname);",
            ]
          : [
              '-e',
              "const { Temporal } = require('@wfkit/temporal/client'); const { DEFAULT_TASK_QUEUE } = require('@wfkit/temporal');" +
                " console.log(typeof Temporal.startWorkflow, DEFAULT_TASK_QUEUE, require.resolve('@wfkit/temporal/client'));",
            ];
      const loaded = run(project, process.execPath, load);
      expect(loaded.stderr).toBe('');
      const [startWorkflow, taskQueue, resolved] = loaded.stdout.trim().split(' ');
      expect([startWorkflow, taskQueue]).toEqual(['function', 'default']);
      expect(resolved).toMatch(
        type === 'module'
          ? /\/@wfkit\/temporal\/dist\/client\/index\.js$/
          : /\/@wfkit\/temporal\/dist\/cjs\/client\/index\.js$/,
      );
    });

    it("Temporal's bundleWorkflowCode bundles the generated workflows with the facade", () => {
      const script =
        type === 'module'
          ? [
              "import { bundleWorkflowCode } from '@temporalio/worker';",
              "const { code } = await bundleWorkflowCode({ workflowsPath: new URL('./src/content/workflows/index.ts', import.meta.url).pathname });",
            ]
          : [
              "const { bundleWorkflowCode } = require('@temporalio/worker');",
              "bundleWorkflowCode({ workflowsPath: require('node:path').join(__dirname, 'src/content/workflows/index.ts') }).then(({ code }) => {",
            ];
      const report =
        "console.log(JSON.stringify({ workflow: code.includes('RegenerateContent'), facade: code.includes('activityRef') }))";
      writeFileSync(
        path.join(project, bundleScript),
        [...script, type === 'module' ? report : `${report}; });`, ''].join('\n'),
      );
      const bundled = run(project, process.execPath, [bundleScript]);
      expectExit(bundled, 0);
      expect(JSON.parse(bundled.stdout.trim().split('\n').at(-1)!)).toEqual({ workflow: true, facade: true });
    });

    it('finds a workflow missing from the barrel with wf check and ESLint alike, and wf barrel --fix adds it', () => {
      const regenerate = readFileSync(path.join(workflowsDir, 'regenerate.ts'), 'utf8');
      writeFileSync(
        path.join(workflowsDir, 'summarize.ts'),
        regenerate.replaceAll('RegenerateContent', 'SummarizeContent'),
      );
      const check = npx(project, 'wf', 'check');
      expectExit(check, 1);
      expect(check.stdout).toMatch(/SummarizeContent[\s\S]*barrel-exports-all/);
      const lint = npx(project, 'eslint', '.');
      expectExit(lint, 1);
      expect(lint.stdout).toContain('wfkit/barrel-exports-all');
      expectExit(npx(project, 'wf', 'barrel', '--fix'), 0);
      expect(readFileSync(path.join(workflowsDir, 'index.ts'), 'utf8')).toContain('SummarizeContent');
      expectExit(npx(project, 'wf', 'check'), 0);
      expectExit(npx(project, 'eslint', '.'), 0);
    });

    it('resolved every @wfkit package to its tarball, not to the registry', () => {
      for (const { manifest } of publishedPackages()) {
        const installed = path.join(project, 'node_modules', manifest.name, 'package.json');
        expect(existsSync(installed), manifest.name).toBe(true);
        expect(existsSync(path.join(project, 'node_modules', manifest.name, 'dist')), manifest.name).toBe(true);
      }
      const lock = readFileSync(path.join(project, 'package-lock.json'), 'utf8');
      for (const tarball of tarballs) expect(lock).toContain(path.basename(tarball));
    });
  },
);

it('npx runs the packed wfkit where nothing is installed, as `npx wfkit check` does from the registry', () => {
  const dir = path.join(workDir, 'no-project');
  cpSync(path.join(repoRoot, 'fixtures/violations'), path.join(dir, 'app'), { recursive: true });
  const packages = ['wfkit', '@wfkit/core'].map((name) => `--package=${tarballOf.get(name)}`);
  // With several --package options npm exec needs the command named; it is the bin named after the package.
  const checked = run(dir, 'npm', ['exec', '--yes', '--prefer-offline', ...packages, '--', 'wfkit', 'check', 'app']);
  expectExit(checked, 1);
  expect(checked.stdout).toContain('wfkit/barrel-exports-all');
  expect(existsSync(path.join(dir, 'node_modules'))).toBe(false);
});
