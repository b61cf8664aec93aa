/** A `wfkit.config.json` (or ESLint `settings.wfkit`) that cannot be used, with where and why. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    /** The file (or `settings.wfkit`) the bad value came from. */
    readonly file: string,
    /** Dotted path of the bad key, `''` for the whole document. */
    readonly keyPath: string,
    readonly expected: string,
    readonly received: string,
    /** What to do about it. */
    readonly hint = 'Fix the value or remove the key to use the default.',
  ) {
    const where = keyPath === '' ? file : `${file}: "${keyPath}"`;
    super(`${where}: expected ${expected}, found ${received}. ${hint}`);
  }
}
