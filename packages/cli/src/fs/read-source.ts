import { createHash } from 'node:crypto';
import { closeSync, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { UsageError } from '../errors.js';
import { describeFileProblem, isErrnoException } from './write-problems.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A file as a command read it: what it planned from, and what it checks before replacing it. */
export interface SourceSnapshot {
  filePath: string;
  /** Where the file really is (a symbolic link resolved): the file that is replaced. */
  realPath: string;
  /** The text, decoded losslessly as UTF-8, without a byte order mark. */
  text: string;
  /** The file starts with a UTF-8 byte order mark, which a rewrite keeps. */
  bom: boolean;
  /** The exact bytes, to restore the file if a later write of the command fails. */
  bytes: Buffer;
  size: number;
  mtimeMs: number;
  mode: number;
  sha256: string;
}

/**
 * An existing file a command needs cannot be read or is not UTF-8: a refusal (exit 2) naming the
 * file, the cause and the fix. Nothing was written.
 */
export class SourceFileError extends UsageError {
  constructor(
    readonly filePath: string,
    readonly reason: string,
    readonly fix: string,
  ) {
    super(`${filePath} ${reason}. Nothing was written; ${fix}, then run wf again.`);
  }
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Reads a file a command may rewrite; `undefined` only when it does not exist. A file that exists
 * but cannot be read, or whose bytes are not UTF-8, throws a {@link SourceFileError}: such a file
 * is never taken for missing, and never decoded lossily (a rewrite would corrupt every byte that
 * did not decode). `label` names the file in messages (a path relative to the working directory).
 */
export function readSource(filePath: string, label: string = filePath): SourceSnapshot | undefined {
  let fd: number;
  try {
    fd = openSync(filePath, 'r');
  } catch (error) {
    if (isErrnoException(error) && error.code === 'ENOENT') {
      const link = danglingLink(filePath);
      if (link === undefined) return undefined;
      throw new SourceFileError(
        label,
        `is a symbolic link to ${link}, which does not exist`,
        'create the file it points to, or remove the link',
      );
    }
    throw readProblem(error, label);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new SourceFileError(label, 'is a directory', 'move the directory away');
    const bytes = readFileSync(fd);
    const bom = bytes.subarray(0, 3).equals(BOM);
    const body = bom ? bytes.subarray(3) : bytes;
    if (!isUtf8(body)) throw notUtf8(body, label);
    return {
      filePath,
      realPath: realpathSync.native(filePath),
      text: body.toString('utf8'),
      bom,
      bytes,
      size: stats.size,
      mtimeMs: stats.mtimeMs,
      mode: stats.mode & 0o7777,
      sha256: sha256(bytes),
    };
  } catch (error) {
    throw readProblem(error, label);
  } finally {
    closeSync(fd);
  }
}

/** The text a snapshot's file has as Node's lossless `utf8` read gives it (a BOM is U+FEFF). */
export const textWithBom = (snapshot: SourceSnapshot): string =>
  snapshot.bom ? `\uFEFF${snapshot.text}` : snapshot.text;

function readProblem(error: unknown, label: string): unknown {
  if (error instanceof SourceFileError || !isErrnoException(error)) return error;
  const [reason, fix] = describeFileProblem(error);
  return new SourceFileError(label, `cannot be read: ${reason}`, fix);
}

function danglingLink(filePath: string): string | undefined {
  try {
    return lstatSync(filePath).isSymbolicLink() ? readlinkSync(filePath) : undefined;
  } catch {
    return undefined;
  }
}

/** Where decoding fails, and the advice to convert (a Latin-1 or Windows-1252 file is text, not binary). */
function notUtf8(body: Buffer, label: string): SourceFileError {
  const offset = firstInvalidUtf8(body);
  const before = body.subarray(0, offset).toString('utf8').split('\n');
  const position = `${before.length}:${before.at(-1)!.length + 1}`;
  const byte = `0x${body[offset]!.toString(16).toUpperCase().padStart(2, '0')}`;
  return new SourceFileError(
    label,
    `is not UTF-8 (byte ${byte} at ${position}; Latin-1 or Windows-1252 text?), and wf rewrites only files it can decode without loss`,
    'convert it to UTF-8 (e.g. `iconv -f latin1 -t utf-8`)',
  );
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0 || offset + length > bytes.length || !isUtf8(bytes.subarray(offset, offset + length)))
      return offset;
    offset += length;
  }
  return offset;
}
