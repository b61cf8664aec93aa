import { CommanderError } from 'commander';
import { ConfigError, PathNotFoundError } from '@wfkit/core';
import { WfError } from './errors.js';
import { useColor, type Io } from './io.js';
import { colors } from './output/colors.js';
import { createProgram } from './program.js';

/**
 * Runs `wf` with `argv` (without node and script) and returns the exit code: 0 done, 1 problems
 * found, 2 usage or configuration error. Errors become one line on stderr; stacks only with `--debug`.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return handleError(error, io, argv.includes('--debug'));
  }
}

function handleError(error: unknown, io: Io, debug: boolean): number {
  const c = colors(useColor(io));
  if (error instanceof CommanderError) {
    // Commander printed its own message (or the help/version); only the exit code is left to decide.
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
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
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`${c.red('wf: internal error:')} ${message}${stack || c.dim(' (run with --debug for the stack trace)')}\n`);
  return 2;
}
