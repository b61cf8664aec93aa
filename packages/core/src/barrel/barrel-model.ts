import path from 'node:path';
import type { ModuleInfo, ResolvedConfig } from '../types.js';
import { isBarrelName } from '../scan/source-files.js';
import { compareCodeUnits } from './compare.js';
import { BARREL_DOC_COMMENT } from './doc-comment.js';

/** One workflow file as its barrel re-exports it. */
export interface BarrelEntry {
  /** Path relative to the workflows directory, with `/` separators (`slide.ts`, `sub/step.ts`). */
  file: string;
  /** Module specifier in the barrel (`./slide.js`). */
  specifier: string;
  /** Value names (workflows first among them in meaning, but all sorted by code unit). */
  values: string[];
  /** Type names, re-exported with the inline `type` modifier. */
  types: string[];
}

/** What a workflows directory's barrel must say. */
export interface BarrelModel {
  workflowsDir: string;
  barrelPath: string;
  /** The doc comment the barrel starts with: the existing one, else `BARREL_DOC_COMMENT`. */
  docComment: string;
  /**
   * One entry per workflow file, sorted by `file`. A file whose names are all taken by earlier
   * files (or that exports nothing) has an entry with no names, and no line in the barrel.
   */
  entries: BarrelEntry[];
  /** Names exported by more than one file; only the first file (in entry order) keeps the name. */
  duplicates: Array<{ name: string; files: string[] }>;
}

export interface BarrelModelOptions {
  /** Extension written on specifiers, as `resolveImportExtension` gives it for the directory. */
  importExtension: '' | '.js';
  /** The existing barrel's leading doc comment (see `extractLeadingDocComment`), kept as it is. */
  docComment?: string | undefined;
}

type ModelConfig = Pick<ResolvedConfig, 'rootDir' | 'workflowDirs' | 'barrelFile'>;

/**
 * The canonical barrel of a workflows directory from its workflow files (as `classifyFile` picks
 * them; `file` absolute or relative to `workflowsDir`). Pure: the caller reads the files. Files
 * that belong to no barrel here are skipped: the barrel itself and files of a nested workflows
 * directory (that directory has its own barrel). A file's re-exports and default export are not
 * part of its entry: only names it declares are.
 */
export function buildBarrelModel(
  workflowsDir: string,
  files: ReadonlyArray<{ file: string; info: ModuleInfo }>,
  config: ModelConfig,
  options: BarrelModelOptions,
): BarrelModel {
  const workflowDirNames = new Set(config.workflowDirs);
  const candidates = files
    .map(({ file, info }) => ({ file: toRelative(workflowsDir, file), info }))
    .filter(({ file }) => {
      const directories = file.split('/').slice(0, -1);
      return (
        !isBarrelName(file, config.barrelFile) &&
        !file.startsWith('../') &&
        !directories.some((dir) => workflowDirNames.has(dir))
      );
    })
    .sort((a, b) => compareCodeUnits(a.file, b.file));

  const owner = new Map<string, string>();
  const duplicates = new Map<string, string[]>();
  const entries = candidates.map(({ file, info }): BarrelEntry => {
    const values = uniqueNames([...info.workflows, ...info.values].map((item) => item.name));
    const valueSet = new Set(values);
    // A value and a type of one name (declaration merging) are one export: the value carries both.
    const types = uniqueNames(info.types.map((item) => item.name)).filter((name) => !valueSet.has(name));
    const keep = (name: string): boolean => {
      const first = owner.get(name);
      if (first === undefined) {
        owner.set(name, file);
        return true;
      }
      const files = duplicates.get(name) ?? [first];
      files.push(file);
      duplicates.set(name, files);
      return false;
    };
    return {
      file,
      specifier: specifierFor(file, options.importExtension),
      values: values.filter(keep),
      types: types.filter(keep),
    };
  });

  return {
    workflowsDir,
    barrelPath: path.join(workflowsDir, config.barrelFile),
    docComment: options.docComment ?? BARREL_DOC_COMMENT,
    entries,
    duplicates: [...duplicates].map(([name, files]) => ({ name, files })),
  };
}

/** `./sub/step.js` for `sub/step.ts` (and `sub/step.js`): sources are imported by their emitted name. */
export function specifierFor(file: string, importExtension: '' | '.js'): string {
  const match = /\.([cm]?)[jt]sx?$/.exec(file);
  const stem = match ? file.slice(0, match.index) : file;
  const extension = importExtension === '' ? '' : `.${match?.[1] ?? ''}js`;
  return `./${stem}${extension}`;
}

function toRelative(workflowsDir: string, file: string): string {
  const relative = path.isAbsolute(file) ? path.relative(workflowsDir, file) : file;
  return relative.split(path.sep).join('/');
}

function uniqueNames(names: string[]): string[] {
  return [...new Set(names)].filter((name) => name !== 'default').sort(compareCodeUnits);
}
