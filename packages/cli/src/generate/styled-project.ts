import type { IndentationText, Project as TsMorphProject, SourceFile, ts as Ts } from 'ts-morph';
import type { CodeStyle } from './code-style.js';
import { loadTsMorph } from './ts-morph.js';

// ts-morph indents only by these steps; any other width falls back to the nearest it offers.
function indentationText(indent: string): IndentationText {
  const { IndentationText } = loadTsMorph();
  if (indent.startsWith('\t')) return IndentationText.Tab;
  if (indent.length >= 8) return IndentationText.EightSpaces;
  if (indent.length >= 4) return IndentationText.FourSpaces;
  return IndentationText.TwoSpaces;
}

/** An in-memory ts-morph project that prints new code in `style`. Nothing in it touches the disk. */
export function styledProject(style: CodeStyle): TsMorphProject {
  const { NewLineKind, Project, QuoteKind } = loadTsMorph();
  return new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      quoteKind: style.quote === '"' ? QuoteKind.Double : QuoteKind.Single,
      indentationText: indentationText(style.indent),
      useTrailingCommas: false,
      newLineKind: style.eol === '\r\n' ? NewLineKind.CarriageReturnLineFeed : NewLineKind.LineFeed,
    },
  });
}

/**
 * Brings nodes printed by ts-morph (which always ends statements with `;`) in line with a style
 * without semicolons. Only the given nodes are formatted: the rest of an existing file stays as it is.
 */
export function applySemicolonStyle(style: CodeStyle, nodes: ReadonlyArray<{ formatText(settings?: Ts.FormatCodeSettings): void }>): void {
  if (style.semicolons) return;
  const tabs = style.indent.startsWith('\t');
  const size = tabs ? 4 : Math.max(1, style.indent.length);
  for (const node of nodes) {
    node.formatText({
      semicolons: loadTsMorph().ts.SemicolonPreference.Remove,
      convertTabsToSpaces: !tabs,
      indentSize: size,
      tabSize: size,
      newLineCharacter: style.eol,
    });
  }
}

/** Prints statements with `build` into a scratch file and returns the text, in `style`. */
export function printInStyle(style: CodeStyle, build: (sourceFile: SourceFile) => void): string {
  const project = styledProject(style);
  const sourceFile = project.createSourceFile('/scratch.ts', '');
  build(sourceFile);
  applySemicolonStyle(style, [sourceFile]);
  return sourceFile.getFullText().replace(/\r?\n/g, style.eol);
}
