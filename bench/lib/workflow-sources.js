// @ts-check

/**
 * Source text of the files of one workflows directory: the workflow files, their sibling
 * `tasks.ts` (activities) and `models.ts` (types), and the barrel in wfkit's canonical form.
 */

/**
 * @typedef {object} WorkflowSpec
 * @property {string} file file name in the workflows directory, e.g. `approve-note.ts`
 * @property {string} name the workflow (exported function) name
 * @property {string} activity the activity the workflow calls
 * @property {'function' | 'arrow'} form how the workflow is declared
 * @property {string | undefined} signal an exported signal next to the workflow, if any
 * @property {string | undefined} optionsType an exported interface next to the workflow, if any
 * @property {string | undefined} extraWorkflow a second workflow in the same file (a planted violation)
 * @property {boolean} defaultExport the workflow is the default export (a planted violation)
 * @property {boolean} proxyActivities activities come from the SDK, not the facade (a planted violation)
 */

/** @param {string} a @param {string} b */
export const compareCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** @param {string} word */
export const capitalize = (word) => word.charAt(0).toUpperCase() + word.slice(1);

/** @param {WorkflowSpec} spec @param {string} subject words of the directory, e.g. `billing invoice` */
export function workflowSource(spec, subject) {
  const { name, activity } = spec;
  const imports = spec.proxyActivities
    ? ["import { proxyActivities } from '@temporalio/workflow';"]
    : ["import { Temporal } from '@wfkit/temporal/workflow';"];
  if (spec.signal !== undefined) imports.push("import { defineSignal } from '@temporalio/workflow';");
  imports.push(`import type { ${name}Input, ${name}Result } from '../models.js';`);
  imports.push("import type * as tasks from '../tasks.js';");

  const activities = spec.proxyActivities
    ? `const { ${activity}, loadRecord, saveRecord } = proxyActivities<typeof tasks>({ startToCloseTimeout: '1 minute' });`
    : `const { ${activity}, loadRecord, saveRecord } = Temporal.activities<typeof tasks>();`;
  const call = (/** @type {string} */ fn, /** @type {string} */ args) =>
    spec.proxyActivities ? `${fn}(${args})` : `Temporal.run(${fn}, [${args}])`;

  const parts = [imports.join('\n'), activities];
  if (spec.optionsType !== undefined) {
    parts.push(
      `/** How ${name} behaves; callers pass it with the input. */\nexport interface ${spec.optionsType} {\n  dryRun: boolean;\n  attempts: number;\n}`,
    );
  }
  if (spec.signal !== undefined) {
    parts.push(
      `/** Sent to stop ${name} before it saves. */\nexport const ${spec.signal} = defineSignal('${spec.signal}');`,
    );
  }
  const body = [
    `  const current = await ${call('loadRecord', 'input.id')};`,
    `  const next = await ${call(activity, 'input, current')};`,
    `  if (next.changed) await ${call('saveRecord', 'next')};`,
    '  return { id: input.id, changed: next.changed, version: next.version };',
  ].join('\n');
  const signature = `(input: ${name}Input): Promise<${name}Result>`;
  const doc = `/** ${name.replace(/([a-z0-9])([A-Z])/g, '$1 $2')}: one step of ${subject}. */`;
  if (spec.defaultExport) parts.push(`${doc}\nexport default async function ${signature} {\n${body}\n}`);
  else if (spec.form === 'arrow') parts.push(`${doc}\nexport const ${name} = async ${signature} => {\n${body}\n};`);
  else parts.push(`${doc}\nexport async function ${name}${signature} {\n${body}\n}`);
  if (spec.extraWorkflow !== undefined) {
    parts.push(
      `export async function ${spec.extraWorkflow}(input: ${name}Input): Promise<${name}Result> {\n  return ${name}(input);\n}`,
    );
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * The activities of a directory: one per workflow, plus the shared load and save.
 * @param {WorkflowSpec[]} specs @param {string} subject
 */
export function tasksSource(specs, subject) {
  const activities = specs.map(
    ({ name, activity }) =>
      `export async function ${activity}(input: ${name}Input, current: StoredRecord): Promise<StoredRecord & { changed: boolean }> {\n` +
      `  const changed = current.version < input.minimumVersion;\n` +
      `  return { ...current, version: changed ? current.version + 1 : current.version, changed };\n}`,
  );
  const inputs = specs.map(({ name }) => `${name}Input`).sort(compareCodeUnits);
  return [
    `/** Activities of ${subject}: they run in the worker, never in the workflow sandbox. */`,
    `import type { ${inputs.join(', ')}, StoredRecord } from './models.js';`,
    '',
    'const store = new Map<string, StoredRecord>();',
    '',
    'export async function loadRecord(id: string): Promise<StoredRecord> {',
    '  return store.get(id) ?? { id, version: 0, payload: {} };',
    '}',
    '',
    'export async function saveRecord(record: StoredRecord): Promise<void> {',
    '  store.set(record.id, record);',
    '}',
    '',
    activities.join('\n\n'),
    '',
  ].join('\n');
}

/** @param {WorkflowSpec[]} specs @param {string} subject */
export function modelsSource(specs, subject) {
  const types = specs.map(
    ({ name }) =>
      `export interface ${name}Input {\n  id: string;\n  minimumVersion: number;\n}\n\n` +
      `export interface ${name}Result {\n  id: string;\n  changed: boolean;\n  version: number;\n}`,
  );
  return [
    `/** Inputs and outputs of the ${subject} workflows and their activities. */`,
    '',
    'export interface StoredRecord {',
    '  id: string;',
    '  version: number;',
    '  payload: Record<string, unknown>;',
    '}',
    '',
    types.join('\n\n'),
    '',
  ].join('\n');
}

// A new barrel's doc comment, as wfkit writes it (the corpus test holds the two to the byte).
const BARREL_DOC_COMMENT =
  '/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */';

/**
 * The barrel exactly as wfkit renders it (so `wf barrel --fix` on a clean tree changes nothing):
 * entries by file name, names in code-unit order with `type` on types, one line up to 100 columns.
 * @param {Array<{ file: string; values: string[]; types: string[] }>} entries
 */
export function barrelSource(entries) {
  const lines = [...entries]
    .sort((a, b) => compareCodeUnits(a.file, b.file))
    .filter((entry) => entry.values.length + entry.types.length > 0)
    .map((entry) => {
      const types = new Set(entry.types);
      const names = [...entry.values, ...entry.types]
        .sort(compareCodeUnits)
        .map((n) => (types.has(n) ? `type ${n}` : n));
      const from = `from './${entry.file.replace(/\.ts$/, '.js')}';`;
      const oneLine = `export { ${names.join(', ')} } ${from}`;
      return oneLine.length <= 100 ? oneLine : `export {\n${names.map((n) => `  ${n},\n`).join('')}} ${from}`;
    });
  return `${BARREL_DOC_COMMENT}\n\n${lines.join('\n')}\n`;
}

/** What a workflow file exports, for its barrel line. @param {WorkflowSpec} spec */
export function exportsOf(spec) {
  const values = spec.defaultExport ? [] : [spec.name];
  if (spec.signal !== undefined) values.push(spec.signal);
  if (spec.extraWorkflow !== undefined) values.push(spec.extraWorkflow);
  return { file: spec.file, values, types: spec.optionsType === undefined ? [] : [spec.optionsType] };
}
