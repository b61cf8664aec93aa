import type { TSESTree } from '@typescript-eslint/types';
import type { SourceRange } from '../types.js';
import type { BarrelEntry, BarrelModel } from './barrel-model.js';
import { compareCodeUnits } from './compare.js';
import { readBarrelAgainst, type BarrelExport, type BarrelOddity } from './read-barrel.js';

/**
 * Why a barrel export is stale:
 * - `unknown-file`: the specifier is not a workflow file of this directory (deleted, moved,
 *   excluded, or outside the directory);
 * - `missing-extension`: the specifier names a workflow file without the `.js` extension that
 *   node16/nodenext resolution requires;
 * - `name-gone`: the file no longer exports the name;
 * - `renamed`: `export { A as B }` registers the workflow under a name that is not its own;
 * - `wrong-kind`: a type exported as a value (fails at runtime) or a value exported as a type
 *   (the worker never sees it).
 */
export type StaleReason = 'unknown-file' | 'missing-extension' | 'name-gone' | 'renamed' | 'wrong-kind';

/** A way a barrel differs from its model. Ranges are in the barrel. */
export type BarrelFinding =
  | {
      kind: 'missing-export';
      /** Workflow file (relative to the workflows directory) that exports the name. */
      file: string;
      specifier: string;
      name: string;
      isType: boolean;
      /** The barrel's statement for that file, or undefined when it has none. */
      range: SourceRange | undefined;
    }
  | { kind: 'stale-export'; specifier: string; name: string; isType: boolean; reason: StaleReason; range: SourceRange }
  | {
      kind: 'duplicate-name';
      name: string;
      /** Files (relative) that export the name; the first keeps it. */
      files: string[];
      /** Where the barrel exports the name a second time, else where it exports it, else undefined. */
      range: SourceRange | undefined;
    }
  /** A comment attached to an export a rewrite would remove (see `readBarrelComments`). */
  | { kind: 'orphan-comment'; specifier: string; name: string; range: SourceRange }
  | BarrelOddity;

const key = (specifier: string, name: string): string => `${specifier}\0${name}`;

/**
 * Compares a barrel with its model by meaning: statement order, grouping and formatting do not
 * matter; every exported name, where it comes from, and whether it is a type do. A name that
 * only an `export *` passes through is missing too: the barrel must list it. Findings are in
 * barrel order; findings with no place in the barrel come last.
 */
export function analyzeBarrel(program: TSESTree.Program, model: BarrelModel): BarrelFinding[] {
  const { exports, oddities } = readBarrelAgainst(
    program,
    model.entries.map((entry) => entry.specifier),
  );
  const findings: BarrelFinding[] = [...oddities];

  const entryBySpecifier = new Map(model.entries.map((entry) => [entry.specifier, entry]));
  const expected = new Map<string, { entry: BarrelEntry; isType: boolean }>();
  for (const entry of model.entries) {
    for (const name of entry.values) expected.set(key(entry.specifier, name), { entry, isType: false });
    for (const name of entry.types) expected.set(key(entry.specifier, name), { entry, isType: true });
  }
  const fileBySpecifier = new Map(model.entries.map((entry) => [entry.specifier, entry.file]));
  const duplicateByName = new Map(model.duplicates.map((duplicate) => [duplicate.name, duplicate]));

  const present = new Set<string>();
  const reportedDuplicates = new Set<string>();
  const byName = new Map<string, BarrelExport[]>();
  for (const item of exports) {
    const items = byName.get(item.name);
    if (items === undefined) byName.set(item.name, [item]);
    else items.push(item);
  }
  const fileOf = (item: BarrelExport): string => fileBySpecifier.get(item.specifier) ?? item.specifier;

  for (const [name, items] of byName) {
    const duplicate = duplicateByName.get(name);
    // The export the model asks for, wherever it stands: which copy comes first must not matter.
    const keeper = items.find((item) => expected.has(key(item.specifier, name)) && item.local === name);
    const extra = items.length > 1 ? items.find((item) => item !== keeper) : undefined;
    const fromLosingFile =
      items.length === 1 && keeper === undefined && duplicate?.files.includes(fileOf(items[0]!)) === true;
    if (extra !== undefined || fromLosingFile) {
      // Exported more than once, or from a file that lost the name to an earlier file.
      reportedDuplicates.add(name);
      const others = [...new Set(items.filter((item) => item !== keeper).map(fileOf))].sort(compareCodeUnits);
      const files = duplicate?.files ?? (keeper === undefined ? others : [fileOf(keeper), ...others]);
      findings.push({ kind: 'duplicate-name', name, files, range: (extra ?? items[0]!).range });
      if (keeper === undefined) continue;
    }
    for (const item of keeper === undefined ? items : [keeper]) {
      const stale = (reason: StaleReason): void => {
        findings.push({
          kind: 'stale-export',
          specifier: item.specifier,
          name,
          isType: item.isType,
          reason,
          range: item.range,
        });
      };
      const expectation = expected.get(key(item.specifier, name));
      if (expectation === undefined) {
        const known = entryBySpecifier.has(item.specifier);
        const extensionMissing =
          !known &&
          /\.[cm]?js$/.test(
            [...entryBySpecifier.keys()].find((specifier) => specifier.startsWith(`${item.specifier}.`)) ?? '',
          );
        stale(
          extensionMissing
            ? 'missing-extension'
            : !known
              ? 'unknown-file'
              : item.local !== name
                ? 'renamed'
                : 'name-gone',
        );
      } else if (item.local !== name) {
        stale('renamed');
      } else {
        // Right name from the right file: a wrong `type` marker is the only thing left to get wrong.
        present.add(key(item.specifier, name));
        if (expectation.isType !== item.isType) stale('wrong-kind');
      }
    }
  }

  const statementOf = new Map<string, SourceRange>();
  for (const item of exports)
    if (!statementOf.has(item.specifier)) statementOf.set(item.specifier, item.statementRange);
  // `export *` does pass a file's names on (the `export-star` finding says why it is still wrong).
  // `export type *` passes types only, and `export * as ns` passes none of the names themselves.
  const stars = oddities.filter((oddity) => oddity.kind === 'export-star' && oddity.namespace === undefined);
  const passedOn = (specifier: string, isType: boolean): boolean =>
    stars.some((star) => star.kind === 'export-star' && star.specifier === specifier && (isType || !star.typeOnly));
  for (const [expectedKey, { entry, isType }] of expected) {
    if (present.has(expectedKey) || passedOn(entry.specifier, isType)) continue;
    const name = expectedKey.slice(entry.specifier.length + 1);
    findings.push({
      kind: 'missing-export',
      file: entry.file,
      specifier: entry.specifier,
      name,
      isType,
      range: statementOf.get(entry.specifier),
    });
  }
  for (const duplicate of model.duplicates) {
    if (reportedDuplicates.has(duplicate.name)) continue;
    findings.push({
      kind: 'duplicate-name',
      name: duplicate.name,
      files: duplicate.files,
      range: byName.get(duplicate.name)?.[0]?.range,
    });
  }

  // Stable sort: barrel order first, then findings without a place in the barrel in model order.
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => (a.finding.range?.start ?? Infinity) - (b.finding.range?.start ?? Infinity) || a.index - b.index)
    .map(({ finding }) => finding);
}
