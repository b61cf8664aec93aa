import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './fixture.js';

/** `tsc -p <dir> --noEmit` with the repository's TypeScript; throws with the compiler's output when it fails. */
export function typeCheck(dir: string): void {
  try {
    execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', dir, '--noEmit'], {
      encoding: 'utf8',
    });
  } catch (error) {
    throw new Error(`tsc -p ${dir} failed:\n${(error as { stdout?: string }).stdout ?? String(error)}`);
  }
}
