import type { PlannedStatement } from './code-plan.js';
import type { CodeStyle } from './code-style.js';
import { printStatements, quoted } from './text-printer.js';
import { addTypeImports, type TypeImport } from './type-import.js';

export type { TypeImport } from './type-import.js';

export interface ActivityStub {
  kind: 'activity';
  name: string;
  workflow: string;
  inputType: string;
  outputType: string | undefined;
}

export interface TypeStub {
  kind: 'type';
  name: string;
  workflow: string;
  role: 'input' | 'output';
}

export type Stub = ActivityStub | TypeStub;

/**
 * Adds typed stubs to a module (`tasks.ts` / `models.ts`), creating it when `currentText` is
 * undefined. Only two places change: the imports the stubs need (added to an existing import of
 * the same module when there is one) and the stubs themselves, appended at the end. Everything
 * else in the file stays byte for byte.
 */
export function addStubs(
  filePath: string,
  currentText: string | undefined,
  stubs: readonly Stub[],
  imports: readonly TypeImport[],
  style: CodeStyle,
): string {
  const withImports = addTypeImports(filePath, currentText ?? '', imports, style);
  return appendBlock(withImports, printStatements(stubStatements(stubs, style), style), style.eol);
}

/** What the stubs say. */
export function stubStatements(stubs: readonly Stub[], style: CodeStyle): PlannedStatement[] {
  return stubs.map((stub): PlannedStatement => {
    if (stub.kind === 'type') {
      return {
        kind: 'interface',
        doc: `${stub.role === 'input' ? 'Input' : 'Result'} of the ${stub.workflow} workflow: a stub, list its fields.`,
        name: stub.name,
        index: { key: 'field', keyType: 'string', valueType: 'unknown' },
      };
    }
    return {
      kind: 'function',
      doc: `Activity of the ${stub.workflow} workflow: a stub, implement it.`,
      name: stub.name,
      parameters: [{ name: 'input', type: stub.inputType }],
      returnType: `Promise<${stub.outputType ?? 'void'}>`,
      statements: [
        // Uses `input` so that no-unused-vars stays quiet until the real body exists.
        'void input',
        `throw new Error(${quoted(`${stub.name}: not implemented yet.`, style.quote)})`,
      ],
    };
  });
}

/**
 * `text` followed by a blank line and `block`: nothing in `text` changes, not even its last line
 * ending or trailing blank lines (a line ending is only added to a last line that has none).
 */
function appendBlock(text: string, block: string, eol: string): string {
  if (text.trim() === '') return block;
  if (/(?:\r?\n)[ \t]*\r?\n$/.test(text)) return `${text}${block}`;
  if (/\r?\n$/.test(text)) return `${text}${eol}${block}`;
  return `${text}${eol}${eol}${block}`;
}
