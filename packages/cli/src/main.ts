import path from 'node:path';
import { CommanderError } from 'commander';
import { ConfigError, listenForConfigWarnings, PathNotFoundError } from '@wfkit/core';
import { WfError } from './errors.js';
import { useColor, type Io } from './io.js';
import { formatFileError, isErrnoException } from './fs/write-problems.js';
import { colors, type Colors } from './output/colors.js';
import { formatCommanderError } from './output/format-commander-error.js';
import { createProgram } from './program.js';

/**
 * Runs `wf` with `argv` (without node and script) and returns the exit code: 0 done, 1 problems
 * found, 2 usage or configuration error. Errors become one line on stderr; stacks only with `--debug`.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const color = useColor(io, argv);
  const c = colors(color);
  const program = createProgram(io, color);
  // A configuration wfkit works around (a tsconfig it cannot read) is one line on stderr.
  const stopListening = listenForConfigWarnings((message) => io.stderr(`${c.yellow('wf: warning:')} ${message}\n`));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return handleError(error, io, argv, c);
  } finally {
    stopListening();
  }
}

function handleError(error: unknown, io: Io, argv: readonly string[], c: Colors): number {
  const debug = argv.includes('--debug');
  if (error instanceof CommanderError) {
    // Help and version were printed by commander; its errors are printed here, as one line like every other.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    if (error.code === 'commander.help') return 2; // `wf` alone: the help went to stderr.
    io.stderr(`${c.red('wf:')} ${formatCommanderError(error, argv)}\n`);
    return 2;
  }
  const stack = debug && error instanceof Error && error.stack !== undefined ? `\n${c.dim(error.stack)}` : '';
  if (error instanceof WfError) {
    // Problems were printed by the command itself; the exit code says the rest.
    if (error.exitCode === 2) io.stderr(`${c.red('wf:')} ${error.message}${stack}\n`);
    else if (debug) io.stderr(`${c.dim(error.message)}${stack}\n`);
    return error.exitCode;
  }
  if (error instanceof ConfigError || error instanceof PathNotFoundError) {
    io.stderr(`${c.red('wf:')} ${error.message}${stack}\n`);
    return 2;
  }
  // A file or directory that cannot be read (or written) outside the planned writes: name it, not the errno.
  const fileError = isErrnoException(error)
    ? formatFileError(error, (file) => path.relative(io.cwd, file).split(path.sep).join('/') || '.')
    : undefined;
  if (fileError !== undefined) {
    io.stderr(`${c.red('wf:')} ${fileError}${stack}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`${c.red('wf: internal error:')} ${message}${stack || c.dim(' (run with --debug for the stack trace)')}\n`);
  return 2;
}
