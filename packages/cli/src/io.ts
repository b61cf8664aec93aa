import { describeFileProblem } from './fs/write-problems.js';

/**
 * Where a command reads its surroundings from and writes to. `bin.ts` wires the real process;
 * tests pass buffers, so every command runs in-process exactly as from a shell.
 */
export interface Io {
  /** Directory that relative paths are resolved from (`--cwd` replaces it). */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is used only then, unless forced). */
  isTTY: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The running process as an {@link Io}, and whether writing its output failed (exit 2 then). */
export function processIo(): Io & { outputFailed: () => boolean } {
  let failed = false;
  const stdout = guardedWriter(process.stdout, (error) => {
    failed = true;
    const [reason, fix] = describeFileProblem(error);
    process.stderr.write(`wf: cannot write the output: ${reason} (${error.code ?? error.message}); ${fix}.\n`);
    // The error may arrive after `bin.ts` set the command's exit code.
    process.exitCode = 2;
  });
  // Nowhere left to report a failing stderr: stop writing to it.
  const stderr = guardedWriter(process.stderr, () => undefined);
  return {
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stdout,
    stderr,
    outputFailed: () => failed,
  };
}

/**
 * Writes to `stream` until it fails. A reader that closed the pipe (`wf check | head -1`) ends
 * the output quietly, so the exit code is the command's; any other failure is reported once.
 */
function guardedWriter(
  stream: NodeJS.WriteStream,
  onFailure: (error: NodeJS.ErrnoException) => void,
): (text: string) => void {
  let open = true;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (!open) return;
    open = false;
    if (error.code !== 'EPIPE') onFailure(error);
  });
  return (text) => {
    if (open) stream.write(text);
  };
}

/**
 * Whether to colour, as ESLint and Node decide: the last `--color`/`--no-color` in `argv`, else
 * `FORCE_COLOR` (`0` or `false` off, any other value on), else never with a non-empty `NO_COLOR`
 * (https://no-color.org), else on a terminal that is not `TERM=dumb`.
 */
export function useColor(io: Pick<Io, 'env' | 'isTTY'>, argv: readonly string[] = []): boolean {
  const end = argv.indexOf('--');
  const flags = (end === -1 ? argv : argv.slice(0, end)).filter((arg) => arg === '--color' || arg === '--no-color');
  if (flags.length > 0) return flags.at(-1) === '--color';
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  return io.isTTY && io.env.TERM !== 'dumb';
}
