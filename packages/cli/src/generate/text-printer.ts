import type { CodeStyle } from './code-style.js';
import type { PlannedImport, PlannedParameter, PlannedStatement } from './code-plan.js';

// Prints planned statements from templates, byte for byte as ts-morph and TypeScript's formatter
// print them (the equivalence test holds it to that), without loading TypeScript. Whatever it is
// not sure of, it declines (undefined) and the caller falls back to ts-morph.

const IDENTIFIER = /^[\p{ID_Start}_$][\p{ID_Continue}$\u200c\u200d]*$/u;
// Characters a string literal would need escaped, or that end a line: left to ts-morph.
const NEEDS_ESCAPE = /['"\\\p{Cc}\u2028\u2029]/u;

/** The statements as ts-morph would print them into a new file in `style`, or undefined when unsure. */
export function printAsText(statements: readonly PlannedStatement[], style: CodeStyle): string | undefined {
  if (!statements.every(isPlain)) return undefined;
  const end = style.semicolons ? ';' : '';
  const indent = printedIndent(style);
  const blocks = statements.map((statement) => {
    switch (statement.kind) {
      case 'import':
        return `${importLine(statement, style)}${end}`;
      case 'const': {
        const binding = statement.property === statement.local ? statement.property : `${statement.property}: ${statement.local}`;
        return `const { ${binding} } = ${statement.initializer}${end}`;
      }
      case 'function': {
        const body = statement.statements.map((line) => `${indent}${style.semicolons ? line : line.slice(0, -1)}\n`).join('');
        return `/** ${statement.doc} */\nexport async function ${statement.name}(${statement.parameters.map(parameterText).join(', ')}): ${statement.returnType} {\n${body}}`;
      }
      case 'interface': {
        const { key, keyType, valueType } = statement.index;
        return `/** ${statement.doc} */\nexport interface ${statement.name} {\n${indent}[${key}: ${keyType}]: ${valueType}${end}\n}`;
      }
    }
  });
  // ts-morph keeps consecutive imports together and puts a blank line between any other statements.
  const text = blocks.map((block, index) => (index === 0 ? '' : statements[index - 1]!.kind === 'import' && statements[index]!.kind === 'import' ? '\n' : '\n\n') + block).join('');
  return statements.length === 0 ? '' : `${text}\n`.replace(/\n/g, style.eol);
}

function importLine(statement: PlannedImport, style: CodeStyle): string {
  const what = 'namespace' in statement.names ? `* as ${statement.names.namespace}` : `{ ${statement.names.join(', ')} }`;
  return `import ${statement.typeOnly ? 'type ' : ''}${what} from ${style.quote}${statement.specifier}${style.quote}`;
}

function parameterText(parameter: PlannedParameter): string {
  return `${parameter.rest === true ? '...' : ''}${parameter.name}: ${parameter.type}`;
}

/**
 * One level of indentation as printed: ts-morph indents by 2, 4 or 8 spaces or a tab; without
 * semicolons TypeScript's formatter then re-indents by the style's own width (`styled-project.ts`).
 */
function printedIndent(style: CodeStyle): string {
  if (style.indent.startsWith('\t')) return '\t';
  const width = style.indent.length;
  if (!style.semicolons) return ' '.repeat(Math.max(1, width));
  return ' '.repeat(width >= 8 ? 8 : width >= 4 ? 4 : 2);
}

/** Whether every name, type, specifier and comment of a statement is one the templates print as ts-morph would. */
function isPlain(statement: PlannedStatement): boolean {
  switch (statement.kind) {
    case 'import':
      return !NEEDS_ESCAPE.test(statement.specifier) && ('namespace' in statement.names ? [statement.names.namespace] : statement.names).every(isIdentifier);
    case 'const':
      return isIdentifier(statement.property) && isIdentifier(statement.local);
    case 'function':
      return isDoc(statement.doc) && isIdentifier(statement.name) && isPlainType(statement.returnType) && statement.parameters.every((parameter) => isIdentifier(parameter.name) && isPlainType(parameter.type));
    case 'interface':
      return isDoc(statement.doc) && isIdentifier(statement.name) && isIdentifier(statement.index.key) && isPlainType(statement.index.keyType) && isPlainType(statement.index.valueType);
  }
}

const isIdentifier = (name: string): boolean => IDENTIFIER.test(name);
const isDoc = (doc: string): boolean => !/[\r\n\u2028\u2029]|\*\//.test(doc);

const TYPE_TOKEN = /typeof |[\p{ID_Start}_$][\p{ID_Continue}$\u200c\u200d]*(?:\.[\p{ID_Start}_$][\p{ID_Continue}$\u200c\u200d]*)*|\d+|, |[<>[\]]/uy;

/**
 * Whether a type is written as the formatter leaves it, in the forms `wf new` writes: names
 * (`tasks.Name`), `typeof name`, type arguments (`A<B, C>`), `[]` and `[0]`. Anything else (object
 * types, unions, other spacing) may be re-spaced by TypeScript's formatter, so it is left to it.
 */
export function isPlainType(type: string): boolean {
  const tokens: string[] = [];
  TYPE_TOKEN.lastIndex = 0;
  while (TYPE_TOKEN.lastIndex < type.length) {
    const match = TYPE_TOKEN.exec(type);
    if (match === null) return false;
    tokens.push(match[0]);
  }
  let position = 0;
  const isName = (token: string | undefined): boolean => token !== undefined && /^[\p{ID_Start}_$]/u.test(token) && token !== 'typeof';
  // Type := ('typeof ' Name | Name ('<' Type (', ' Type)* '>')?) ('[' Digits? ']')*
  const parseType = (): boolean => {
    if (tokens[position] === 'typeof ') {
      position += 1;
      if (!isName(tokens[position])) return false;
      position += 1;
    } else {
      if (!isName(tokens[position])) return false;
      position += 1;
      if (tokens[position] === '<') {
        do {
          position += 1;
          if (!parseType()) return false;
        } while (tokens[position] === ', ');
        if (tokens[position] !== '>') return false;
        position += 1;
      }
    }
    while (tokens[position] === '[') {
      position += /^\d+$/.test(tokens[position + 1] ?? '') ? 2 : 1;
      if (tokens[position] !== ']') return false;
      position += 1;
    }
    return true;
  };
  return parseType() && position === tokens.length;
}
