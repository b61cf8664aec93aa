import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ProjectCache } from '../src/cache/project-cache.js';
import { checkFile } from '../src/check/check-file.js';
import { checkProject } from '../src/check/check-project.js';
import { ruleIds } from '../src/check/rule-meta.js';
import { loadConfig } from '../src/config/load-config.js';
import { parseModule } from '../src/parse/parse-module.js';
import { checkFileMessages, findingsOf, onlyFinding } from './support/check-helpers.js';
import { writeTree } from './support/temp-tree.js';

/** Workflow code: a module of the directory imports the workflow runtime (and exports nothing, so no barrel line). */
const RUNTIME = "import '@temporalio/workflow';\n";
const bare = { 'package.json': '{ "name": "app" }' };
const pkg = { ...bare, 'billing/workflows/runtime.ts': RUNTIME };
const barrel = (lines: string) =>
  `/** The workflows a worker registers from this directory; \`wf barrel --fix\` keeps it complete. */\n\n${lines}`;

describe('checkFile on a workflow file', () => {
  it('accepts a file that follows the convention', () => {
    const root = writeTree({
      ...pkg,
      'presentation/edit/content/workflows/regenerate.ts':
        'export interface RegenerateContentInput { id: string }\nexport async function RegenerateContent(input: RegenerateContentInput) { return input.id; }\n',
      'presentation/edit/content/workflows/index.ts':
        "/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */\n\nexport { RegenerateContent, type RegenerateContentInput } from './regenerate';\n",
    });
    expect(findingsOf(root, 'presentation/edit/content/workflows/regenerate.ts')).toEqual([]);
    expect(findingsOf(root, 'presentation/edit/content/workflows/index.ts')).toEqual([]);
  });

  it('reports every workflow after the first, naming the ones before it and a file for it', () => {
    const root = writeTree({
      ...pkg,
      'billing/workflows/charge-card.ts':
        'export async function ChargeCard() {}\nexport const RefundCard = async () => {};\nexport function VoidCard(): Promise<void> { return Promise.resolve(); }\n',
      'billing/workflows/index.ts': barrel("export { ChargeCard, RefundCard, VoidCard } from './charge-card';\n"),
    });
    expect(findingsOf(root, 'billing/workflows/charge-card.ts')).toEqual([
      '2:14 one-workflow-per-file/extraWorkflow',
      '3:17 one-workflow-per-file/extraWorkflow',
    ]);
    const root2 = writeTree({
      ...pkg,
      'billing/workflows/charge-card.ts':
        'export async function ChargeCard() {}\nexport async function RefundCard() {}\n',
      'billing/workflows/index.ts': barrel("export { ChargeCard, RefundCard } from './charge-card';\n"),
    });
    expect(onlyFinding(root2, 'billing/workflows/charge-card.ts').message).toBe(
      "'RefundCard' is another workflow in a file that already holds 'ChargeCard'; one workflow per file. Move it to its own file 'refund-card.ts' in this directory.",
    );
  });

  it.each([
    [
      'pipeline.ts',
      'genericName',
      "File name 'pipeline.ts' is too generic to say which workflow it holds. Rename it to 'charge-card.ts' after its workflow 'ChargeCard'.",
    ],
    [
      'charge-credit-card.ts',
      'extraWords',
      "File name 'charge-credit-card.ts' has the word 'credit', which the workflow name 'ChargeCard' does not. Rename it to 'charge-card.ts'.",
    ],
    [
      'charge.ts',
      'missingWords',
      "File name 'charge.ts' leaves out the word 'card' of the workflow name 'ChargeCard', which the directory path does not give either. Rename it to 'charge-card.ts'.",
    ],
    ['chargeCard.ts', 'wrongCase', "File name 'chargeCard.ts' is not in kebab case. Rename it to 'charge-card.ts'."],
  ])('reports a file name %s as %s with a name that fits', (file, messageId, message) => {
    const root = writeTree({
      ...pkg,
      [`billing/workflows/${file}`]: 'export async function ChargeCard() {}\n',
      'billing/workflows/index.ts': '',
    });
    const finding = onlyFinding(root, `billing/workflows/${file}`);
    expect(finding).toMatchObject({ ruleId: 'filename-matches-workflow', messageId, message });
  });

  it('reports a default-exported function with a suggestion that names it', () => {
    const root = writeTree({
      ...pkg,
      'billing/workflows/charge-card.ts': 'export default async function chargeCard(id: string) {}\n',
      'billing/workflows/index.ts': '',
    });
    const finding = onlyFinding(root, 'billing/workflows/charge-card.ts');
    expect(finding).toMatchObject({
      ruleId: 'no-default-export',
      messageId: 'defaultExport',
      range: { start: 30, end: 40 },
    });
    expect(finding.suggestions).toEqual([
      {
        messageId: 'useNamedExport',
        data: { suggestion: 'ChargeCard' },
        message: "Export it as the named workflow 'ChargeCard'.",
        fix: {
          range: { start: 0, end: 'export default async function chargeCard'.length },
          text: 'export async function ChargeCard',
        },
      },
    ]);
  });

  it('leaves a synchronous helper module in a workflows directory alone, and out of the barrel', () => {
    const root = writeTree({
      ...pkg,
      'billing/workflows/helpers.ts': 'export function backoff(attempt: number) { return attempt * 2; }\n',
      'billing/workflows/index.ts': '',
    });
    expect(findingsOf(root, 'billing/workflows/helpers.ts')).toEqual([]);
    expect(findingsOf(root, 'billing/workflows/index.ts')).toEqual([]);
  });

  it('names a default export after the file when its own name does not match it', () => {
    const root = writeTree({
      ...pkg,
      'reports/workflows/send-report.ts': 'async function run() {}\nexport default run;\n',
      'reports/workflows/runtime.ts': RUNTIME,
      'reports/workflows/index.ts': '',
    });
    const finding = onlyFinding(root, 'reports/workflows/send-report.ts');
    expect(finding.message).toContain("Export it by name as 'SendReport'.");
    expect(finding.suggestions?.[0]?.fix).toEqual({
      range: { start: 24, end: 43 },
      text: 'export { run as SendReport };',
    });
  });

  it('removes a default export of a workflow that is already exported by name', () => {
    const text = 'export async function SendEmail() {}\nexport default SendEmail;\n';
    const root = writeTree({
      ...pkg,
      'mail/workflows/send-email.ts': text,
      'mail/workflows/runtime.ts': RUNTIME,
      'mail/workflows/index.ts': '',
    });
    const finding = onlyFinding(root, 'mail/workflows/send-email.ts');
    expect(finding).toMatchObject({ messageId: 'defaultExportOfNamed', data: { suggestion: 'SendEmail' } });
    const fix = finding.suggestions?.[0]?.fix;
    expect(fix && text.slice(0, fix.range.start) + fix.text + text.slice(fix.range.end)).toBe(
      'export async function SendEmail() {}\n',
    );
  });

  it('reports workflow names in the minority case by default, and in any other case than a configured one', () => {
    const workflow = (name: string) =>
      `import { sleep } from '@temporalio/workflow';\nexport async function ${name}() { await sleep(1); }\n`;
    const root = writeTree({
      ...pkg,
      'billing/workflows/charge-card.ts': workflow('chargeCard'),
      'billing/workflows/refund-card.ts': workflow('refundCard'),
      'billing/workflows/void-card.ts': workflow('VoidCard'),
      'billing/workflows/index.ts': '',
    });
    expect(findingsOf(root, 'billing/workflows/charge-card.ts')).toEqual([]);
    expect(checkFileMessages(root, 'billing/workflows/void-card.ts')).toContain(
      "Workflow name 'VoidCard' is not in camel case, the case most of this project's workflows use. Renaming it to 'voidCard' changes its workflow type, which breaks running executions, schedules and clients that use the old name: rename only with those migrated.",
    );
    const configured = writeTree({
      ...pkg,
      'wfkit.config.json': '{ "workflowNameCase": "pascal" }',
      'billing/workflows/charge-card.ts': workflow('chargeCard'),
      'billing/workflows/index.ts': '',
    });
    expect(checkFileMessages(configured, 'billing/workflows/charge-card.ts')).toContain(
      "Workflow name 'chargeCard' is not in pascal case, as configured (workflowNameCase). Renaming it to 'ChargeCard' changes its workflow type, which breaks running executions, schedules and clients that use the old name: rename only with those migrated.",
    );
  });

  it('reports SDK calls the facade replaces, unless allowed', () => {
    const root = writeTree({
      ...pkg,
      'billing/workflows/charge-card.ts': [
        "import { proxyActivities, startChild as start } from '@temporalio/workflow';",
        "const { charge } = proxyActivities<{ charge(): Promise<void> }>({ startToCloseTimeout: '1m' });",
        'export async function ChargeCard() { await charge(); await start("Receipt"); }',
        '',
      ].join('\n'),
      'billing/workflows/index.ts': '',
    });
    expect(findingsOf(root, 'billing/workflows/charge-card.ts')).toEqual([
      '2:20 use-facade/useFacade',
      '3:60 use-facade/useFacade',
    ]);
    expect(findingsOf(root, 'billing/workflows/charge-card.ts', { facade: { allow: ['proxyActivities'] } })).toEqual([
      '3:60 use-facade/useFacade',
    ]);
  });

  it('reports a missing barrel once, on the first workflow file of the directory', () => {
    const root = writeTree({
      ...pkg,
      'billing/workflows/charge-card.ts': 'export async function ChargeCard() {}\n',
      'billing/workflows/refund-card.ts': 'export async function RefundCard() {}\n',
    });
    expect(findingsOf(root, 'billing/workflows/charge-card.ts')).toEqual(['1:1 barrel-exports-all/missingBarrel']);
    expect(findingsOf(root, 'billing/workflows/refund-card.ts')).toEqual([]);
  });
});

describe('checkFile on other files', () => {
  it('reports functions exported by a file that imports the workflow runtime outside a workflows directory', () => {
    const root = writeTree({
      ...pkg,
      'src/billing/charge.ts':
        "import { sleep } from '@temporalio/workflow';\nexport async function ChargeCard() { await sleep(1); }\n",
      'src/billing/api.ts':
        "import { Temporal } from '@wfkit/temporal/client';\nexport async function charge() { return Temporal; }\n",
    });
    expect(onlyFinding(root, 'src/billing/charge.ts')).toMatchObject({
      ruleId: 'workflows-in-workflows-dir',
      message:
        "'ChargeCard' is a workflow (an exported function returning a Promise, in a module that imports the workflow runtime) outside a 'workflows/' directory. Move it to 'src/billing/workflows/charge-card.ts', one workflow per file, re-exported by that directory's barrel (`wf fix` moves it and updates its imports).",
    });
    expect(findingsOf(root, 'src/billing/api.ts')).toEqual([]);
  });

  it('leaves a shared async helper alone where the workers are known, and takes it for a workflow where they are not', () => {
    const helper =
      "import { sleep, isCancellation } from '@temporalio/workflow';\nexport async function sleepUntil(date: Date) { await sleep(date.getTime() - Date.now()); }\nexport { isCancellation };\n";
    const root = writeTree({
      ...pkg,
      'src/temporal/helpers.ts': helper,
      'src/worker.ts': "Worker.create({ workflowsPath: require.resolve('../billing/workflows') });\n",
      'billing/workflows/charge-card.ts':
        "import { sleepUntil } from '../../src/temporal/helpers';\nexport async function ChargeCard() { await sleepUntil(new Date()); }\n",
      'billing/workflows/index.ts':
        "/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */\n\nexport { ChargeCard } from './charge-card';\n",
    });
    expect(findingsOf(root, 'src/temporal/helpers.ts')).toEqual([]);
    const withoutWorkers = writeTree({ ...pkg, 'src/temporal/helpers.ts': helper });
    expect(findingsOf(withoutWorkers, 'src/temporal/helpers.ts')).toEqual([
      '2:23 workflows-in-workflows-dir/outsideWorkflowsDir',
    ]);
  });

  it('reports every function of a module named for workflows, whatever their case (Temporal samples layout)', () => {
    const root = writeTree({
      ...pkg,
      'src/workflows.ts':
        "import { proxyActivities } from '@temporalio/workflow';\nexport async function example(name: string) { return name; }\nexport const chargeCustomer = async () => {};\n",
    });
    expect(findingsOf(root, 'src/workflows.ts')).toEqual([
      '2:23 workflows-in-workflows-dir/outsideWorkflowsDir',
      '3:14 workflows-in-workflows-dir/outsideWorkflowsDir',
    ]);
  });

  it('leaves tests alone', () => {
    const root = writeTree({
      ...pkg,
      'billing/workflows/charge-card.test.ts':
        'export default function x() {}\nexport function a() {}\nexport function b() {}\n',
    });
    expect(findingsOf(root, 'billing/workflows/charge-card.test.ts')).toEqual([]);
  });
});

describe('checkFile on a barrel', () => {
  const files = {
    ...pkg,
    'billing/workflows/charge-card.ts':
      'export async function ChargeCard() {}\nexport type ChargeCardInput = { id: string };\n',
    'billing/workflows/refund-card.ts': 'export async function RefundCard() {}\n',
  };

  it('reports missing and stale exports and export *', () => {
    const root = writeTree({
      ...files,
      'billing/workflows/index.ts': barrel(
        "export { ChargeCard, VoidCard } from './charge-card';\nexport * from './refund-card';\n",
      ),
    });
    // Names passed on by `export *` are not missing: the star itself is the finding.
    expect(findingsOf(root, 'billing/workflows/index.ts')).toEqual([
      '3:1 barrel-exports-all/missingExport',
      '3:22 barrel-exports-all/staleExport',
      '4:1 barrel-exports-all/exportStar',
    ]);
  });

  it('names workflows written in the barrel itself, with a file for each, and checks their Temporal calls', () => {
    const root = writeTree({
      ...pkg,
      'notify/workflows/index.ts': [
        "import { proxyActivities } from '@temporalio/workflow';",
        "const { send } = proxyActivities<{ send(): Promise<void> }>({ startToCloseTimeout: '1m' });",
        'export async function NotifyUser() { await send(); }',
        '',
      ].join('\n'),
    });
    expect(findingsOf(root, 'notify/workflows/index.ts')).toEqual([
      '1:1 barrel-exports-all/foreignStatement',
      '2:1 barrel-exports-all/foreignStatement',
      '2:18 use-facade/useFacade',
      '3:23 barrel-exports-all/workflowInBarrel',
    ]);
  });

  it('reports hand-written statements and offers no fix then', async () => {
    const root = writeTree({
      ...files,
      'billing/workflows/index.ts': barrel(
        "export { ChargeCard } from './charge-card';\nexport const workflowsPath = 'x';\n",
      ),
    });
    const { checkFile } = await import('../src/check/check-file.js');
    const { loadConfig } = await import('../src/config/load-config.js');
    const { parseModule } = await import('../src/parse/parse-module.js');
    const { readFileSync } = await import('node:fs');
    const filePath = `${root}/billing/workflows/index.ts`;
    const text = readFileSync(filePath, 'utf8');
    const parsed = parseModule(filePath, text);
    if ('error' in parsed) throw new Error('parse');
    const findings = checkFile({ filePath, text, program: parsed.program, config: loadConfig(filePath) });
    expect(findings.map((finding) => finding.messageId).sort()).toEqual([
      'foreignStatement',
      'missingExport',
      'missingExport',
    ]);
    expect(findings.every((finding) => finding.fix === undefined)).toBe(true);
  });
});

describe('checkFile for some rules only', () => {
  const violations = fileURLToPath(new URL('../../../fixtures/violations/', import.meta.url));
  const files = readdirSync(violations, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(violations, file))
    .sort();

  it('gives, rule by rule, exactly the findings of a full check', () => {
    let compared = 0;
    for (const filePath of files) {
      const text = readFileSync(filePath, 'utf8');
      const parsed = parseModule(filePath, text);
      if ('error' in parsed) continue;
      const input = {
        filePath,
        text,
        program: parsed.program,
        config: loadConfig(filePath),
        cache: new ProjectCache(),
      };
      const all = checkFile(input);
      for (const ruleId of ruleIds) {
        expect(checkFile({ ...input, rules: new Set([ruleId]) }), `${filePath} ${ruleId}`).toEqual(
          all.filter((finding) => finding.ruleId === ruleId),
        );
      }
      compared += all.length;
    }
    expect(compared).toBeGreaterThanOrEqual(20);
  });

  it('reads no other file without barrel-exports-all', () => {
    const root = writeTree({
      ...pkg,
      // A configured case: `auto` would ask the project's workflows (once per lint, cached).
      'wfkit.config.json': '{ "workflowNameCase": "pascal" }',
      'billing/workflows/charge-card.ts':
        "import { sleep } from '@temporalio/workflow';\nexport async function ChargeCard() { await sleep(1); }\n",
      'billing/workflows/refund-card.ts': 'export async function RefundCard() {}\n',
      'billing/workflows/index.ts': barrel(
        "import { proxyActivities } from '@temporalio/workflow';\nexport { ChargeCard } from './charge-card';\n",
      ),
    });
    for (const file of ['billing/workflows/index.ts', 'billing/workflows/charge-card.ts']) {
      const filePath = path.join(root, file);
      const text = readFileSync(filePath, 'utf8');
      const parsed = parseModule(filePath, text);
      if ('error' in parsed) throw new Error(parsed.error.message);
      const cache = new ProjectCache();
      const read: string[] = [];
      for (const method of ['listDirectory', 'readText', 'readModule', 'fileExists'] as const) {
        const original = cache[method].bind(cache) as (...args: unknown[]) => unknown;
        (cache as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => (
          read.push(String(args[0])),
          original(...args)
        );
      }
      const rules = new Set(ruleIds.filter((ruleId) => ruleId !== 'barrel-exports-all'));
      checkFile({ filePath, text, program: parsed.program, config: loadConfig(filePath), cache, rules });
      expect(read, file).toEqual([]);
      checkFile({ filePath, text, program: parsed.program, config: loadConfig(filePath), cache });
      expect(read.length, file).toBeGreaterThan(0);
    }
  });
});

describe('checkFile on a file outside workflows directories', () => {
  it('looks at it only when its text names the workflow runtime, as wf check scans for it', () => {
    const root = writeTree({
      ...bare,
      'billing/direct.ts':
        "import { sleep } from '@temporalio/workflow';\nexport async function ChargeCard() { await sleep(1); }\n",
      // The same import spelled with an escape: neither tool reads this file as a workflow module.
      'billing/escaped.ts':
        "import { sleep } from '@temporalio\\u002fworkflow';\nexport async function RefundCard() { await sleep(1); }\n",
    });
    expect(findingsOf(root, 'billing/direct.ts')).toEqual(['2:23 workflows-in-workflows-dir/outsideWorkflowsDir']);
    expect(findingsOf(root, 'billing/escaped.ts')).toEqual([]);
    const report = checkProject([root]);
    expect(report.files.map((file) => path.relative(root, file.filePath))).toEqual(['billing/direct.ts']);
  });
});

describe('checkFile: names two files of a directory both export', () => {
  it('calls a signal defined twice a duplicated definition, and two workflows of one name a clash', () => {
    const signal =
      "import { defineSignal } from '@temporalio/workflow';\nexport const cancelled = defineSignal('cancelled');\n";
    const root = writeTree({
      ...pkg,
      'billing/workflows/charge-card.ts': `${signal}export async function ChargeCard() {}\n`,
      'billing/workflows/refund.ts': `${signal}export async function Refund() {}\nexport async function ChargeCard() {}\n`,
      'billing/workflows/index.ts': barrel(
        "export { cancelled, ChargeCard } from './charge-card';\nexport { cancelled, ChargeCard, Refund } from './refund';\n",
      ),
    });
    const messages = checkFileMessages(root, 'billing/workflows/index.ts');
    expect(messages).toContain(
      "'cancelled' is defined in both 'charge-card.ts' and 'refund.ts', and the barrel can export only one. Define it once (a signal, query or update in one module) and import it where it is needed.",
    );
    expect(messages).toContain(
      "'ChargeCard' is exported by both 'charge-card.ts' and 'refund.ts'; a worker can register only one workflow of a name. Rename one of them.",
    );
  });
});
