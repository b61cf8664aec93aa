import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ProjectCache } from '../../src/cache/project-cache.js';
import { checkFile } from '../../src/check/check-file.js';
import { loadConfig } from '../../src/config/load-config.js';
import { parseModule } from '../../src/parse/parse-module.js';
import { offsetToPosition } from '../../src/parse/position.js';
import type { Finding } from '../../src/types.js';

/** Findings of one file on disk as `line:column ruleId/messageId`, in position order. */
export function findingsOf(root: string, relative: string, overrides?: unknown): string[] {
  const filePath = path.join(root, relative);
  const text = readFileSync(filePath, 'utf8');
  const parsed = parseModule(filePath, text);
  if ('error' in parsed) throw new Error(`${relative} does not parse: ${parsed.error.message}`);
  return describe(
    checkFile({
      filePath,
      text,
      program: parsed.program,
      config: loadConfig(filePath, overrides),
      cache: new ProjectCache(),
    }),
    text,
  );
}

export function describe(findings: readonly Finding[], text: string): string[] {
  return [...findings]
    .sort((a, b) => a.range.start - b.range.start)
    .map((finding) => {
      const { line, column } = offsetToPosition(text, finding.range.start);
      return `${line}:${column} ${finding.ruleId}/${finding.messageId}`;
    });
}

/** The single finding of a file, with its message. */
export function onlyFinding(root: string, relative: string): Finding {
  const filePath = path.join(root, relative);
  const text = readFileSync(filePath, 'utf8');
  const parsed = parseModule(filePath, text);
  if ('error' in parsed) throw new Error(parsed.error.message);
  const findings = checkFile({
    filePath,
    text,
    program: parsed.program,
    config: loadConfig(filePath),
    cache: new ProjectCache(),
  });
  if (findings.length !== 1)
    throw new Error(`expected one finding, got ${JSON.stringify(findings.map((f) => f.messageId))}`);
  return findings[0]!;
}

/** The messages of one file's findings, in position order. */
export function checkFileMessages(root: string, relative: string): string[] {
  const filePath = path.join(root, relative);
  const text = readFileSync(filePath, 'utf8');
  const parsed = parseModule(filePath, text);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return checkFile({ filePath, text, program: parsed.program, config: loadConfig(filePath), cache: new ProjectCache() })
    .sort((a, b) => a.range.start - b.range.start)
    .map((finding) => finding.message);
}
