import type { CommanderError } from 'commander';

const COMMANDS = new Set(['new', 'barrel', 'check', 'list']);

/**
 * Commander's own error (unknown command or option, missing argument, bad option value) as the one
 * line every `wf` error is: the problem, then where to look for the fix. Commander's text is
 * `error: <problem>`, sometimes followed by a `(Did you mean …?)` line, which is kept on the same line.
 */
export function formatCommanderError(error: CommanderError, argv: readonly string[]): string {
  const lines = error.message
    .replace(/^error:\s*/, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const [problem = 'invalid arguments', ...hints] = lines;
  const hint =
    hints.length === 0
      ? ''
      : ` ${hints.map((line) => line.replace(/^\((\w)/, (_whole, first: string) => `(${first.toLowerCase()}`)).join(' ')}`;
  const command = error.code === 'commander.unknownCommand' ? undefined : argv.find((arg) => COMMANDS.has(arg));
  const fix = command === undefined ? 'Run wf --help for the commands.' : `Run wf ${command} --help for its usage.`;
  return `${problem.replace(/\.$/, '')}${hint}. ${fix}`;
}
