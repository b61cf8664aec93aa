import type { CodeStyle } from './code-style.js';
import type {
  PlannedConst,
  PlannedFunction,
  PlannedImport,
  PlannedInterface,
  PlannedLine,
  PlannedStatement,
  WrappableLine,
} from './code-plan.js';

/**
 * Prints planned statements from templates in a code style: its quotes, semicolons, indentation
 * and line endings, lists wrapped one item a line where a line would pass the print width. When
 * the project has Prettier configured, its output is then formatted by it (`prettier.ts`).
 */
export function printStatements(statements: readonly PlannedStatement[], style: CodeStyle): string {
  if (statements.length === 0) return '';
  const blocks = statements.map((statement) => printStatement(statement, style));
  // Consecutive imports stay together; a blank line separates everything else.
  const text = blocks
    .map((block, index) => `${index === 0 ? '' : separator(statements[index - 1]!, statements[index]!)}${block}`)
    .join('');
  return `${text}\n`.replace(/\n/g, style.eol);
}

const separator = (previous: PlannedStatement, next: PlannedStatement): string =>
  previous.kind === 'import' && next.kind === 'import' ? '\n' : '\n\n';

function printStatement(statement: PlannedStatement, style: CodeStyle): string {
  switch (statement.kind) {
    case 'import':
      return printLine(importLine(statement, style), '', style);
    case 'const':
      return printConst(statement, style);
    case 'function':
      return printFunction(statement, style);
    case 'interface':
      return printInterface(statement, style);
  }
}

/** An import statement as a line whose list of names may wrap. */
export function importLine(statement: PlannedImport, style: CodeStyle): PlannedLine {
  const keyword = statement.typeOnly ? 'import type' : 'import';
  const from = `from ${quoted(statement.specifier, style.quote)}`;
  if ('namespace' in statement.names) return `${keyword} * as ${statement.names.namespace} ${from}`;
  return { head: `${keyword} {`, items: statement.names, tail: `} ${from}` };
}

/** `const { a } = init;` on one line, else broken after `=`, else with the pattern one name a line (as Prettier breaks it). */
function printConst(statement: PlannedConst, style: CodeStyle): string {
  const binding =
    statement.property === statement.local ? statement.property : `${statement.property}: ${statement.local}`;
  const line = { head: 'const {', items: [binding], tail: `} = ${statement.initializer}` };
  const oneLine = printLine(line, '', style);
  if (columns(oneLine) <= style.printWidth) return oneLine;
  const initializer = printLine(statement.initializer, style.indent, style);
  if (columns(`const { ${binding} } =`) <= style.printWidth && columns(initializer) <= style.printWidth) {
    return `const { ${binding} } =\n${initializer}`;
  }
  return printLine(line, '', style, { wrap: true });
}

function printFunction(statement: PlannedFunction, style: CodeStyle): string {
  const parameters = statement.parameters.map(
    (parameter) => `${parameter.rest === true ? '...' : ''}${parameter.name}: ${parameter.type}`,
  );
  const header = printLine(
    { head: `export async function ${statement.name}(`, items: parameters, tail: `): ${statement.returnType} {` },
    '',
    style,
    { end: false },
  );
  const body = statement.statements.map((line) => `${printLine(line, style.indent, style)}\n`).join('');
  return `${docComment(statement.doc, style)}${header}\n${body}}`;
}

function printInterface(statement: PlannedInterface, style: CodeStyle): string {
  const { key, keyType, valueType } = statement.index;
  const member = `${style.indent}[${key}: ${keyType}]: ${valueType}${style.semicolons ? ';' : ''}`;
  return `${docComment(statement.doc, style)}export interface ${statement.name} {\n${member}\n}`;
}

export interface LineOptions {
  /** End the line as a statement (`;` in a style with semicolons); false for a line that opens a block. */
  end?: boolean;
  /** Wrap the list even if it fits. */
  wrap?: boolean;
}

/** A statement at `indent`: on one line when it fits the print width, else with its list one item a line. */
export function printLine(line: PlannedLine, indent: string, style: CodeStyle, options: LineOptions = {}): string {
  const end = options.end !== false && style.semicolons ? ';' : '';
  if (typeof line === 'string') return `${indent}${line}${end}`;
  const oneLine = `${indent}${joinedList(line)}${end}`;
  if (line.items.length === 0 || (options.wrap !== true && columns(oneLine) <= style.printWidth)) return oneLine;
  // A rest parameter cannot be followed by a comma.
  const comma = style.trailingCommas && !line.items.at(-1)!.startsWith('...') ? ',' : '';
  const items = line.items.map(
    (item, index) => `${indent}${style.indent}${item}${index === line.items.length - 1 ? comma : ','}`,
  );
  return [`${indent}${line.head}`, ...items, `${indent}${line.tail}${end}`].join('\n');
}

/** `{ a, b }` inside braces, `(a, b)` and `[a, b]` inside other brackets. */
function joinedList(line: WrappableLine): string {
  const space = line.head.endsWith('{') && line.items.length > 0 ? ' ' : '';
  return `${line.head}${space}${line.items.join(', ')}${space}${line.tail}`;
}

/** A doc comment on one line when it fits, else wrapped at words into a block. */
function docComment(doc: string | undefined, style: CodeStyle): string {
  if (doc === undefined) return '';
  const oneLine = `/** ${doc} */`;
  if (columns(oneLine) <= style.printWidth) return `${oneLine}\n`;
  const lines: string[] = [];
  for (const word of doc.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && columns(` * ${last} ${word}`) <= style.printWidth)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return `/**\n${lines.map((line) => ` * ${line}`).join('\n')}\n */\n`;
}

/** Columns a line takes, a tab counted as two (Prettier's default tab width). */
export const columns = (line: string): number => [...line.replaceAll('\t', '  ')].length;

/** `text` as a string literal in `quote`. */
export function quoted(text: string, quote: CodeStyle['quote']): string {
  const escaped = text
    .replaceAll('\\', '\\\\')
    .replaceAll(quote, `\\${quote}`)
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r');
  return `${quote}${escaped}${quote}`;
}
