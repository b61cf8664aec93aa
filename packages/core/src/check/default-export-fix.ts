import type { TSESTree } from '@typescript-eslint/types';
import type { TextEdit } from '../types.js';

/**
 * The edit that turns a default-exported function into the named export `name`, or `undefined`
 * when the default export is not a function this can rewrite safely. `exportedLocals` are local
 * names the module already exports by name: `export default foo` of one of them is just removed,
 * since exporting it twice by name would not compile.
 */
export function namedExportEdit(
  program: TSESTree.Program,
  text: string,
  name: string,
  exportedLocals: ReadonlySet<string>,
): TextEdit | undefined {
  const statement = program.body.find(
    (node): node is TSESTree.ExportDefaultDeclaration => node.type === 'ExportDefaultDeclaration',
  );
  if (statement === undefined) return undefined;
  const [start] = statement.range;
  const declaration = statement.declaration;
  switch (declaration.type) {
    case 'FunctionDeclaration':
    case 'FunctionExpression': {
      // Replace everything up to the parameters (or type parameters): `export default async function foo`.
      const paramsStart =
        declaration.typeParameters?.range[0] ?? text.indexOf('(', declaration.id?.range[1] ?? declaration.range[0]);
      if (paramsStart < 0) return undefined;
      const head = `export ${declaration.async ? 'async ' : ''}function${declaration.generator ? '*' : ''} ${name}`;
      return { range: { start, end: paramsStart }, text: head };
    }
    case 'ArrowFunctionExpression':
      return { range: { start, end: declaration.range[0] }, text: `export const ${name} = ` };
    case 'Identifier': {
      const end = statement.range[1];
      const local = declaration.name;
      if (exportedLocals.has(local)) return { range: { start, end: lineEnd(text, end) }, text: '' };
      return {
        range: { start, end },
        text: local === name ? `export { ${local} };` : `export { ${local} as ${name} };`,
      };
    }
    default:
      return undefined;
  }
}

/** The offset after the line break that ends the line containing `offset` (or the text's end). */
function lineEnd(text: string, offset: number): number {
  const match = /[^\S\r\n]*(?:\r\n|\n|\r)?/y;
  match.lastIndex = offset;
  match.exec(text);
  return match.lastIndex;
}
