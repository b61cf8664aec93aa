// @ts-check
import { capitalize } from './workflow-sources.js';

/**
 * Ordinary application files: what wfkit must read past (or skip) and leave alone. Their size
 * varies with a seeded count of helpers, so parsers see files of realistic, uneven length.
 */

/**
 * @typedef {object} AppContext
 * @property {string} domain
 * @property {string} feature
 * @property {string} noun what the file is about
 * @property {import('./random.js').Random} random
 * @property {{ name: string; barrel: string } | undefined} workflow a workflow an API file may start, with the barrel's path relative to the file
 */

/** @typedef {'service' | 'repository' | 'api' | 'mapper' | 'view' | 'job' | 'test' | 'json' | 'markdown'} AppKind */

/** How often each kind occurs, in parts of 100. @type {Array<[AppKind, number]>} */
export const appKindWeights = [
  ['service', 24],
  ['repository', 14],
  ['api', 12],
  ['mapper', 14],
  ['view', 12],
  ['job', 8],
  ['test', 12],
  ['json', 2],
  ['markdown', 2],
];

/** @param {AppKind} kind @param {string} noun */
export function appFileName(kind, noun) {
  switch (kind) {
    case 'test':
      return `${noun}-service.test.ts`;
    case 'json':
      return `${noun}.fixture.json`;
    case 'markdown':
      return `${noun}.md`;
    default:
      return `${noun}-${kind}.ts`;
  }
}

/** @param {AppKind} kind @param {AppContext} ctx */
export function appFileSource(kind, ctx) {
  const type = capitalize(ctx.noun);
  const helpers = Array.from({ length: ctx.random.int(1, 6) }, (_, i) => helper(type, i, ctx.random));
  switch (kind) {
    case 'service':
      return `import type { ${type} } from '../mappers/${ctx.noun}-mapper.js';

/** Business rules for ${ctx.domain} ${ctx.feature} ${ctx.noun}s. */
export class ${type}Service {
  readonly #items = new Map<string, ${type}>();

  constructor(private readonly region: string) {}

  get(id: string): ${type} | undefined {
    return this.#items.get(id);
  }

  put(item: ${type}): void {
    if (item.id.length === 0) throw new Error('${type} needs an id');
    this.#items.set(item.id, { ...item, region: this.region });
  }

  list(filter: Partial<${type}> = {}): ${type}[] {
    return [...this.#items.values()].filter((item) =>
      Object.entries(filter).every(([key, value]) => item[key as keyof ${type}] === value),
    );
  }
}

${helpers.join('\n\n')}
`;
    case 'repository':
      return `/** Storage of ${ctx.noun}s of ${ctx.domain} ${ctx.feature}. */
export interface ${type}Row {
  id: string;
  createdAt: string;
  amount: number;
  tags: string[];
}

export async function find${type}(db: { query(sql: string, args: unknown[]): Promise<${type}Row[]> }, id: string) {
  const rows = await db.query('select * from ${ctx.domain}_${ctx.noun} where id = $1', [id]);
  return rows[0];
}

${helpers.join('\n\n')}
`;
    case 'api': {
      const start =
        ctx.workflow === undefined
          ? `  return { status: 202, body: { id: request.id } };`
          : `  const { workflowId } = await Temporal.startWorkflow(${ctx.workflow.name}, [{ id: request.id, minimumVersion: 1 }]);\n  return { status: 202, body: { workflowId } };`;
      const imports =
        ctx.workflow === undefined
          ? ''
          : `import { Temporal } from '@wfkit/temporal/client';\nimport { ${ctx.workflow.name} } from '${ctx.workflow.barrel}';\n\n`;
      return `${imports}/** HTTP handlers of ${ctx.domain} ${ctx.feature}: ${ctx.noun}. */
export interface ${type}Request {
  id: string;
  user: { id: string; roles: string[] };
}

export async function post${type}(request: ${type}Request): Promise<{ status: number; body: unknown }> {
  if (!request.user.roles.includes('${ctx.domain}:write')) return { status: 403, body: { error: 'forbidden' } };
${start}
}

${helpers.join('\n\n')}
`;
    }
    case 'mapper':
      return `/** ${type} as stored and as shown. */
export interface ${type} {
  id: string;
  region: string;
  title: string;
  amount: number;
}

export function to${type}(row: Record<string, unknown>): ${type} {
  return {
    id: String(row['id']),
    region: String(row['region'] ?? 'eu'),
    title: String(row['title'] ?? ''),
    amount: Number(row['amount'] ?? 0),
  };
}

${helpers.join('\n\n')}
`;
    case 'view':
      return `import type { ${type} } from '../mappers/${ctx.noun}-mapper.js';

/** Renders ${ctx.noun}s of ${ctx.domain} ${ctx.feature} as HTML rows. */
export function render${type}Rows(items: readonly ${type}[]): string {
  return items
    .map((item) => \`<tr data-id="\${item.id}"><td>\${item.title}</td><td>\${item.amount.toFixed(2)}</td></tr>\`)
    .join('\\n');
}

${helpers.join('\n\n')}
`;
    case 'job':
      return `/** Nightly clean-up of ${ctx.domain} ${ctx.feature} ${ctx.noun}s (a cron job, not a workflow). */
export const schedule = '0 3 * * *';

export async function expireOld${type}s(now: Date, items: Array<{ id: string; updatedAt: Date }>): Promise<string[]> {
  const limit = now.getTime() - 30 * 24 * 3600 * 1000;
  return items.filter((item) => item.updatedAt.getTime() < limit).map((item) => item.id);
}

${helpers.join('\n\n')}
`;
    case 'test':
      return `import { describe, expect, it } from 'vitest';
import { ${type}Service } from './${ctx.noun}-service.js';

describe('${type}Service', () => {
  it('keeps what it is given', () => {
    const service = new ${type}Service('eu');
    service.put({ id: 'a', region: 'us', title: 'A', amount: 1 });
    expect(service.get('a')?.region).toBe('eu');
  });
});
`;
    case 'json':
      return `${JSON.stringify({ id: `${ctx.noun}-1`, domain: ctx.domain, feature: ctx.feature, amount: ctx.random.int(1, 999) }, null, 2)}\n`;
    case 'markdown':
      return `# ${capitalize(ctx.domain)} ${ctx.feature}: ${ctx.noun}s\n\nNotes for the team that owns this module.\n`;
  }
}

/** A worker module that loads one workflows directory through its barrel. @param {string} subject */
export function workerSource(subject) {
  return `import { Worker } from '@temporalio/worker';
import * as activities from './tasks.js';

/** The worker of ${subject}: it loads exactly the workflows its barrel exports. */
export async function runWorker(taskQueue: string): Promise<void> {
  const worker = await Worker.create({
    workflowsPath: new URL('./workflows/index.js', import.meta.url).pathname,
    activities,
    taskQueue,
  });
  await worker.run();
}
`;
}

/** @param {string} type @param {number} index @param {import('./random.js').Random} random */
function helper(type, index, random) {
  const limit = random.int(2, 50);
  return `export function summarize${type}${index}(values: readonly number[]): { total: number; top: number[] } {
  let total = 0;
  for (const value of values) total += value > ${limit} ? ${limit} : value;
  const top = [...values].sort((a, b) => b - a).slice(0, ${random.int(1, 9)});
  return { total, top };
}`;
}
