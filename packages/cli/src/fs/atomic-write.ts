import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that readers see the old content or the new one, never half of it: the text
 * goes to a temporary file in the same directory (same file system, so `rename` is atomic) and is
 * renamed over the target. An existing file's permissions are kept.
 */
export function writeFileAtomic(filePath: string, text: string): void {
  const dir = path.dirname(filePath);
  mkdirSync(dir, { recursive: true });
  const mode = statSync(filePath, { throwIfNoEntry: false })?.mode;
  const temporary = path.join(dir, `.${path.basename(filePath)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temporary, text, mode === undefined ? {} : { mode: mode & 0o7777 });
    renameSync(temporary, filePath);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
