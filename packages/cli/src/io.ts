/**
 * Where a command reads its surroundings from and writes to. `bin.ts` wires the real process;
 * tests pass buffers, so every command runs in-process exactly as from a shell.
 */
export interface Io {
  /** Directory that relative paths are resolved from (`--cwd` replaces it). */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is used only then). */
  isTTY: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The running process as an {@link Io}. */
export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}

/** Colour only on a terminal, and never when `NO_COLOR` is set and non-empty (https://no-color.org). */
export function useColor(io: Pick<Io, 'env' | 'isTTY'>): boolean {
  const noColor = io.env.NO_COLOR;
  return io.isTTY && (noColor === undefined || noColor === '');
}
