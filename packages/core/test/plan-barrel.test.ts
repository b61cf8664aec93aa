import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectCache } from '../src/cache/project-cache.js';
import { checkFile } from '../src/check/check-file.js';
import { planBarrel } from '../src/check/plan-barrel.js';
import { loadConfig } from '../src/config/load-config.js';
import { parseModule } from '../src/parse/parse-module.js';
import { writeTree } from './support/temp-tree.js';

const app = {
  'package.json': '{ "name": "app", "type": "module" }',
  'tsconfig.json': '{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext" } }',
  'billing/workflows/charge-card.ts':
    'export async function ChargeCard() {}\nexport interface ChargeCardInput { id: string }\n',
  'billing/workflows/refund-card.ts':
    "import { sleep } from '@temporalio/workflow';\nexport async function RefundCard() { await sleep(1); }\n",
};
const canonical = [
  '/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */',
  '',
  "export { ChargeCard, type ChargeCardInput } from './charge-card.js';",
  "export { RefundCard } from './refund-card.js';",
  '',
].join('\n');
const dirOf = (root: string) => path.join(root, 'billing/workflows');
const plan = (root: string, options = {}) =>
  planBarrel(dirOf(root), loadConfig(dirOf(root)), { cache: new ProjectCache(), ...options });

describe('planBarrel', () => {
  it('creates a missing barrel with a doc comment from the path and .js specifiers from tsconfig', () => {
    const result = plan(writeTree(app));
    expect(result).toMatchObject({ exists: false, changed: true, nextText: canonical, parseErrors: [] });
    expect(result.findings.map((finding) => finding.messageId)).toEqual(['missingBarrel']);
  });

  it('leaves a barrel that exports the same names alone, however it is formatted', () => {
    const text =
      '/** Mine. */\nexport {RefundCard} from \'./refund-card.js\'\nexport { type ChargeCardInput, ChargeCard } from "./charge-card.js";\n';
    const result = plan(writeTree({ ...app, 'billing/workflows/index.ts': text }));
    expect(result).toMatchObject({ exists: true, changed: false, findings: [], nextText: text });
  });

  it('rewrites a wrong barrel canonically, keeping its doc comment', () => {
    const result = plan(
      writeTree({ ...app, 'billing/workflows/index.ts': "/** Billing. */\nexport * from './charge-card.js';\n" }),
    );
    expect(result.changed).toBe(true);
    expect(result.nextText).toBe(
      canonical.replace(
        '/** The workflows a worker registers from this directory; `wf barrel --fix` keeps it complete. */',
        '/** Billing. */',
      ),
    );
  });

  it('refuses to rewrite a barrel with hand-written code, naming the statement', () => {
    const result = plan(
      writeTree({
        ...app,
        'billing/workflows/index.ts': "export { ChargeCard } from './charge-card.js';\nconsole.log('hi');\n",
      }),
    );
    expect(result.nextText).toBeUndefined();
    expect(result.blockedBy.map((finding) => finding.messageId)).toEqual(['foreignStatement']);
  });

  it('refuses to rewrite when the barrel or a workflow file does not parse', () => {
    const brokenBarrel = plan(writeTree({ ...app, 'billing/workflows/index.ts': 'export { ChargeCard from' }));
    expect(brokenBarrel.nextText).toBeUndefined();
    expect(brokenBarrel.parseErrors.map((error) => path.basename(error.filePath))).toEqual(['index.ts']);
    const brokenFile = plan(
      writeTree({ ...app, 'billing/workflows/void-card.ts': 'export async function VoidCard( {' }),
    );
    expect(brokenFile.nextText).toBeUndefined();
    expect(brokenFile.parseErrors.map((error) => path.basename(error.filePath))).toEqual(['void-card.ts']);
  });

  it('does not call an export of a file that does not parse stale', () => {
    const result = plan(
      writeTree({
        ...app,
        'billing/workflows/void-card.ts': 'export async function VoidCard( {',
        'billing/workflows/index.ts': `${canonical}export { VoidCard } from './void-card.js';\n`,
      }),
    );
    expect(result.findings).toEqual([]);
    expect(result.nextText).toBeUndefined();
  });

  it('counts files about to be written', () => {
    const root = writeTree({ ...app, 'billing/workflows/index.ts': canonical });
    const result = plan(root, {
      extraFiles: [{ filePath: path.join(dirOf(root), 'void-card.ts'), text: 'export async function VoidCard() {}\n' }],
    });
    expect(result.nextText).toBe(`${canonical}export { VoidCard } from './void-card.js';\n`);
  });

  it('is what the ESLint-facing fix writes, so both agree to the byte', () => {
    const root = writeTree({
      ...app,
      'billing/workflows/index.ts': "/** Billing. */\nexport { ChargeCard, Gone } from './charge-card.js';\n",
    });
    const barrelPath = path.join(dirOf(root), 'index.ts');
    const text = readFileSync(barrelPath, 'utf8');
    const parsed = parseModule(barrelPath, text);
    if ('error' in parsed) throw new Error(parsed.error.message);
    const findings = checkFile({
      filePath: barrelPath,
      text,
      program: parsed.program,
      config: loadConfig(barrelPath),
      cache: new ProjectCache(),
    });
    const fixes = new Set(findings.map((finding) => finding.fix?.text));
    expect(fixes).toEqual(new Set([plan(root).nextText]));
    expect(findings[0]?.fix?.range).toEqual({ start: 0, end: text.length });
  });
});

describe('planBarrel under bundler resolution', () => {
  const bundler = {
    ...app,
    'tsconfig.json': '{ "compilerOptions": { "module": "esnext", "moduleResolution": "bundler" } }',
  };

  it('takes ./file.js and ./file.ts for the extensionless ./file, and leaves such a barrel alone', () => {
    const text =
      "export { ChargeCard, type ChargeCardInput } from './charge-card.js';\nexport { RefundCard } from './refund-card.ts';\n";
    const result = plan(writeTree({ ...bundler, 'billing/workflows/index.ts': text }));
    expect(result).toMatchObject({ findings: [], changed: false, nextText: text });
  });

  it('writes extensionless specifiers in a new barrel', () => {
    expect(plan(writeTree(bundler)).nextText).toBe(canonical.replaceAll('.js', ''));
  });
});
