/**
 * Compiles the type test files with the TypeScript compiler during the test run: the
 * `expectTypeOf` assertions and `@ts-expect-error` cases must hold, and every expected error must
 * be the one its comment names (a case that fails for another reason proves nothing).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const errorsFile = here('types/type-errors.ts');
const inferredFile = here('types/inferred-types.ts');
const DIRECTIVE = /\/\/ @ts-expect-error (TS\d+) (.+)$/;

interface ExpectedError {
  line: number;
  code: string;
  why: string;
}

function compilerOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    here('tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (parsed === undefined) throw new Error('cannot read test/tsconfig.json');
  return parsed.options;
}

/** Diagnostics of `file` in `program`, as `TS1234 line: message`. */
function diagnosticsOf(program: ts.Program, file: string): Array<{ code: string; line: number; text: string }> {
  const source = program.getSourceFile(file);
  if (source === undefined) throw new Error(`${file} is not in the program`);
  return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => ({
    code: `TS${d.code}`,
    line: source.getLineAndCharacterOfPosition(d.start ?? 0).line + 1,
    text: ts.flattenDiagnosticMessageText(d.messageText, ' '),
  }));
}

const options = compilerOptions();
let program: ts.Program;
let expected: ExpectedError[];
let withoutDirectives: ReturnType<typeof diagnosticsOf>;

beforeAll(() => {
  program = ts.createProgram([errorsFile, inferredFile], options);

  const lines = readFileSync(errorsFile, 'utf8').split('\n');
  expected = lines.flatMap((text, index) => {
    const match = DIRECTIVE.exec(text.trim());
    // The directive covers the next line (1-based: index + 2).
    return match ? [{ line: index + 2, code: match[1]!, why: match[2]! }] : [];
  });

  // Same file with the directives turned into plain comments, so the errors show.
  const stripped = lines.map((text) => text.replace('// @ts-expect-error', '// expect-error')).join('\n');
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) =>
    fileName === errorsFile
      ? ts.createSourceFile(fileName, stripped, languageVersion, true)
      : getSourceFile(fileName, languageVersion, ...rest);
  withoutDirectives = diagnosticsOf(ts.createProgram([errorsFile], options, host, program), errorsFile);
});

describe('type tests compiled by tsc', () => {
  it('hold: every expectTypeOf passes and every @ts-expect-error is used', () => {
    expect(diagnosticsOf(program, inferredFile)).toEqual([]);
    expect(diagnosticsOf(program, errorsFile)).toEqual([]);
  });

  it('cover the misuses the facade promises to reject', () => {
    expect(expected.length).toBeGreaterThanOrEqual(16);
  });

  it('fail for the reason each case names, and only on the marked lines', () => {
    const unexpected = withoutDirectives.filter((d) => !expected.some((e) => e.line === d.line));
    expect(unexpected).toEqual([]);
    for (const { line, code, why } of expected) {
      const codes = withoutDirectives.filter((d) => d.line === line).map((d) => d.code);
      expect(codes, `line ${line}: ${why}`).toContain(code);
    }
  });
});
