import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { barrel } from './commands/barrel.js';
import { check } from './commands/check.js';
import { list } from './commands/list.js';
import { ProblemsFoundError, UsageError } from './errors.js';
import { useColor, type Io } from './io.js';
import { colors } from './output/colors.js';
import { formatBarrelResult } from './output/format-barrel.js';
import { formatGithub } from './output/format-github.js';
import { formatJson } from './output/format-json.js';
import { formatList } from './output/format-list.js';
import { formatStylish } from './output/format-stylish.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

interface GlobalOptions {
  cwd?: string;
  debug?: boolean;
}

const examples = (...lines: string[]): string => `\nExamples:\n${lines.map((line) => `  ${line}`).join('\n')}\n`;

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number of warnings, such as 0.');
  return Number(value);
}

/** The `wf` program: one command per file in `commands/`, wired to the output formatters here. */
export function createProgram(io: Io, color = useColor(io)): Command {
  const c = colors(color);
  const program = new Command('wf')
    .description(
      'Keep Temporal workflow code in one layout: scaffold workflows, check the convention, fix barrels and layouts.',
    )
    .version(version, '-v, --version', 'print the version of wf')
    .option('--cwd <dir>', 'run as if started in <dir> (paths and wfkit.config.json are found from there)')
    .option('--debug', 'print stack traces of errors')
    // Read from argv before parsing (`useColor`), so errors of the parse are coloured alike.
    .option('--color', 'colour the output even when it is not a terminal (FORCE_COLOR=1 does too)')
    .option('--no-color', 'never colour the output (NO_COLOR=1 or FORCE_COLOR=0 do too)')
    .helpOption('-h, --help', 'show help for wf or a command')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      // Printed by the top-level handler as one `wf:` line (main.ts), not here.
      outputError: () => undefined,
    })
    .addHelpText(
      'after',
      examples(
        'wf new RegenerateContent --in presentation/edit/content',
        'wf check fixtures/slides-app',
        'wf barrel --fix',
        'wf fix --dry-run',
        'wf list --json',
      ),
    );

  /** The working directory: `--cwd` (which must exist) or where wf was started. */
  const cwdOf = (command: Command): string => {
    const { cwd } = command.optsWithGlobals<GlobalOptions>();
    if (cwd === undefined) return io.cwd;
    const resolved = path.resolve(io.cwd, cwd);
    if (!statSync(resolved, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`--cwd ${cwd}: no such directory. Pass an existing directory.`);
    return resolved;
  };

  program
    .command('new')
    .description('scaffold a workflow that calls through the facade, with typed stubs and its barrel line')
    .argument('<WorkflowName>', 'the workflow (and exported function) name, e.g. RegenerateContent')
    .option('--in <dir>', 'feature directory that holds the workflows directory (or that directory itself)', '.')
    .option(
      '--file <name>',
      'file name in the workflows directory (default: the shortest name the naming rule accepts)',
    )
    .option('--activity <name>', 'activity the workflow runs (default: camelCase of the workflow name)')
    .option('--input <Type>', "input type (default: the existing activity's parameters, else <WorkflowName>Input)")
    .option('--output <Type>', "result type (default: the activity's result type)")
    .option('--tasks <module>', 'activities module (default: tasks.* or activities.* next to the workflows directory)')
    .option('--models <module>', 'types module (default: models.ts next to the workflows directory)')
    .option('--no-stubs', 'do not add stubs of a missing activity or type to the tasks and models modules')
    .option('--force', 'overwrite the workflow file if it exists')
    .option('--dry-run', 'print the new files and a diff of changed ones; write nothing')
    .addHelpText(
      'after',
      examples(
        'wf new SummarizePresentationNotes --in presentation/edit/content',
        '  → presentation/edit/content/workflows/summarize-notes.ts, exported from workflows/index.ts',
        'wf new TranslateSpeakerNotes --in presentation/edit/content --activity translateTexts --dry-run',
        'wf new ResendDownloadEmail --in modules/email --activity sendDownloadEmail --no-stubs',
      ),
    )
    .action(async (name: string, options: Record<string, string | boolean | undefined>, command: Command) => {
      const cwd = cwdOf(command);
      // Loaded here, not at the top: only `new` needs its generators (and, on its rare paths,
      // ts-morph with TypeScript, which they load on first use; the other commands never do).
      const [{ newWorkflow }, { formatNewResult }] = await Promise.all([
        import('./commands/new.js'),
        import('./output/format-new.js'),
      ]);
      const result = await newWorkflow({
        cwd,
        name,
        in: options.in as string,
        file: options.file as string | undefined,
        activity: options.activity as string | undefined,
        input: options.input as string | undefined,
        output: options.output as string | undefined,
        tasks: options.tasks as string | undefined,
        models: options.models as string | undefined,
        stubs: options.stubs !== false,
        force: options.force === true,
        dryRun: options.dryRun === true,
      });
      io.stdout(formatNewResult(result, cwd, c));
    });

  program
    .command('barrel')
    .description(
      "compare each workflows directory's barrel with the canonical one; --fix writes the missing or wrong ones",
    )
    .argument('[paths...]', 'files or directories to look under', ['.'])
    .addOption(
      new Option(
        '--fix',
        'write barrels that are missing or wrong (formatting-only differences are left alone)',
      ).conflicts('check'),
    )
    .addOption(new Option('--check', 'only report, with a diff of what --fix would write (the default)'))
    .addHelpText(
      'after',
      examples(
        'wf barrel                     # report missing or stale barrels with a diff; exit 1 if any',
        'wf barrel --fix src/          # write them',
        'wf barrel --check fixtures/slides-app',
      ),
    )
    .action(async (paths: string[], options: { fix?: boolean }, command: Command) => {
      const cwd = cwdOf(command);
      const fix = options.fix === true;
      const result = await barrel({ cwd, paths, fix });
      io.stdout(formatBarrelResult(result, cwd, fix, c));
      if (result.problemCount > 0)
        throw new ProblemsFoundError(
          `${result.problemCount} barrel(s) ${fix ? 'could not be fixed' : 'missing or out of date'}`,
        );
    });

  program
    .command('fix')
    .description(
      'move an existing codebase onto the convention: split, relocate and rename workflow modules, update imports and barrels',
    )
    .argument('[paths...]', 'files or directories whose findings to fix', ['.'])
    .option('--dry-run', 'print the moves, new files and a diff of changed ones; write nothing')
    .option('--allow-dirty', 'write even over files git shows with uncommitted changes')
    .addHelpText(
      'after',
      `${examples(
        'wf fix --dry-run              # see the plan and the diff first',
        'wf fix                        # src/workflows.ts → src/workflows/<one file per workflow> + index.ts',
        'wf fix src/billing            # only what is found under src/billing',
        'wf fix --allow-dirty          # also over uncommitted changes (review with git diff)',
      )}\nWorkflow names never change (they are workflow types). What cannot be moved safely is reported and\nleft alone (exit 1). Refused with nothing written (exit 2): uncommitted changes in files it would\ntouch, a barrel holding other code. Step by step: docs/migrating.md\n`,
    )
    .action(async (paths: string[], options: { dryRun?: boolean; allowDirty?: boolean }, command: Command) => {
      const cwd = cwdOf(command);
      // Loaded here: only `fix` needs ts-morph.
      const [{ fix }, { formatFixResult }] = await Promise.all([
        import('./commands/fix.js'),
        import('./output/format-fix.js'),
      ]);
      const dryRun = options.dryRun === true;
      const result = fix({ cwd, paths, dryRun, allowDirty: options.allowDirty === true });
      io.stdout(formatFixResult(result, cwd, dryRun, c));
      if (result.unfixable.length > 0) throw new ProblemsFoundError(`${result.unfixable.length} module(s) not fixed`);
    });

  program
    .command('check')
    .description('run every rule of the convention (without ESLint) and report the findings')
    .argument('[paths...]', 'files or directories to check', ['.'])
    .addOption(
      new Option('--format <format>', 'output format').choices(['stylish', 'json', 'github']).default('stylish'),
    )
    .option('--max-warnings <number>', 'also exit 1 when there are more warnings than this', nonNegativeInteger)
    .option('--allow-empty', 'exit 0 when the paths hold no file to check (by default that is an error, exit 2)')
    .addHelpText(
      'after',
      examples(
        'wf check fixtures/slides-app',
        'wf check --format json > wfkit-report.json',
        'wf check --format github     # annotations in GitHub Actions',
        'wf check --max-warnings 0    # fail on warnings too',
      ),
    )
    .action(
      async (
        paths: string[],
        options: { format: 'stylish' | 'json' | 'github'; maxWarnings?: number; allowEmpty?: boolean },
        command: Command,
      ) => {
        const cwd = cwdOf(command);
        const result = await check({ cwd, paths });
        // A mistyped path in CI must not pass as "no problems", as ESLint's unmatched pattern does not.
        if (result.results.length === 0 && options.allowEmpty !== true) {
          throw new UsageError(
            `no files to check under ${paths.join(', ')}: no workflows directory, and no file that imports the workflow runtime. Check the path, or pass --allow-empty if nothing to check is expected.`,
          );
        }
        const text =
          options.format === 'json'
            ? formatJson(result.results)
            : options.format === 'github'
              ? formatGithub(result.results, cwd)
              : formatStylish(result.results, cwd, c);
        io.stdout(text);
        const tooManyWarnings = options.maxWarnings !== undefined && result.warningCount > options.maxWarnings;
        if (tooManyWarnings && options.format === 'stylish') {
          io.stderr(`wf check found too many warnings (maximum: ${options.maxWarnings}).\n`);
        }
        if (result.errorCount > 0 || tooManyWarnings)
          throw new ProblemsFoundError(`${result.errorCount} error(s), ${result.warningCount} warning(s)`);
      },
    );

  program
    .command('list')
    .description(
      'list every workflow: name, file, workflows directory, whether its barrel exports it, the workers that register it and their task queues; and duplicate names',
    )
    .argument('[paths...]', 'files or directories to look under', ['.'])
    .option('--json', 'print JSON: { workflows: [...], duplicates: [...], unparsed: [...] }')
    .addHelpText('after', examples('wf list', 'wf list presentation --json'))
    .action(async (paths: string[], options: { json?: boolean }, command: Command) => {
      const cwd = cwdOf(command);
      const result = await list({ cwd, paths });
      io.stdout(options.json === true ? `${JSON.stringify(result, null, 2)}\n` : formatList(result, c));
    });

  return program;
}
