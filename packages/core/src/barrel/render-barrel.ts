import type { BarrelEntry, BarrelModel } from './barrel-model.js';
import { compareCodeUnits } from './compare.js';

/** Lines longer than this list one name per line, as Prettier's default print width would. */
export const BARREL_LINE_WIDTH = 100;

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

/**
 * The canonical barrel text: the doc comment, a blank line, then one named re-export per file with
 * names, in code-unit order, types marked inline with `type`; LF line endings and a final newline.
 * A directory with no exported names gets `export {};` so the barrel is still a module.
 */
export function renderBarrel(model: Pick<BarrelModel, 'docComment' | 'entries'>): string {
  const statements = model.entries.map(renderEntry).filter((line) => line !== undefined);
  if (statements.length === 0) statements.push('export {};');
  return `${model.docComment.replace(/\r\n?/g, '\n')}\n\n${statements.join('\n')}\n`;
}

function renderEntry(entry: BarrelEntry): string | undefined {
  const typeNames = new Set(entry.types);
  const names = [...entry.values, ...entry.types]
    .sort(compareCodeUnits)
    .map((name) => (typeNames.has(name) ? `type ${renderName(name)}` : renderName(name)));
  if (names.length === 0) return undefined;
  const from = `from ${quote(entry.specifier)};`;
  const oneLine = `export { ${names.join(', ')} } ${from}`;
  if (oneLine.length <= BARREL_LINE_WIDTH) return oneLine;
  return `export {\n${names.map((name) => `  ${name},\n`).join('')}} ${from}`;
}

/** An export name: an identifier, or (ES2022) a string literal for anything else. */
function renderName(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

function quote(specifier: string): string {
  return `'${specifier.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
