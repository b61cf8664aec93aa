import { writeFileSync } from 'node:fs';
import * as core from '@wfkit/core';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import plugin from '../src/index.js';
import { createTree, RUNTIME_MODULE } from './temp-tree.js';

// Count core's work without changing it.
vi.mock('@wfkit/core', async (importOriginal) => {
  const original = await importOriginal<typeof core>();
  return { ...original, checkFile: vi.fn(original.checkFile), analyzeModule: vi.fn(original.analyzeModule) };
});

const tree = createTree({
  'orders/workflows/index.ts': "/** Orders. */\n\nexport { PlaceOrder } from './place-order.js';\n",
  'orders/workflows/runtime.ts': RUNTIME_MODULE,
});
const filename = tree.file('orders/workflows/place-order.ts');
const code = 'export async function PlaceOrder() {}\nexport async function cancelOrder() {}\n';

function verify(settings: Record<string, unknown> = {}, file: string | null = filename) {
  const config = [
    { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, settings },
    plugin.configs.strict,
  ] as Linter.Config[];
  return new Linter({ cwd: tree.root }).verify(code, config, file ?? undefined);
}

describe('core findings per lint pass', () => {
  // Braces: a function returned from beforeEach would be run as a teardown.
  beforeEach(() => {
    vi.mocked(core.checkFile).mockClear();
    vi.mocked(core.analyzeModule).mockClear();
  });

  it('are computed once for the barrel rule and once for the six others, from one analysis', () => {
    const messages = verify();
    expect(messages.map((message) => message.ruleId).sort()).toEqual([
      'wfkit/one-workflow-per-file',
      'wfkit/workflow-name-case',
    ]);
    // Two groups, so that TIMING charges the barrel rule's directory reads to that rule alone.
    const groups = vi.mocked(core.checkFile).mock.calls.map(([input]) => [...(input.rules ?? [])].sort());
    expect(groups).toEqual(
      expect.arrayContaining([
        ['barrel-exports-all'],
        core.ruleIds.filter((ruleId) => ruleId !== 'barrel-exports-all').sort(),
      ]),
    );
    expect(groups).toHaveLength(2);
    expect(core.analyzeModule).toHaveBeenCalledTimes(1);
  });

  it('analyse a file outside workflows directories only when it names the workflow runtime', () => {
    const lint = (file: string, text: string) =>
      new Linter({ cwd: tree.root }).verify(
        text,
        [
          { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
          plugin.configs.strict,
        ] as Linter.Config[],
        tree.file(file),
      );
    expect(lint('orders/service.ts', 'export async function PlaceOrderLater() {}\n')).toEqual([]);
    expect(core.analyzeModule).not.toHaveBeenCalled();
    const messages = lint(
      'orders/stray.ts',
      "import { sleep } from '@temporalio/workflow';\nexport async function PlaceOrderLater() { await sleep(1); }\n",
    );
    expect(messages.map((message) => message.ruleId)).toEqual(['wfkit/workflows-in-workflows-dir']);
    expect(core.analyzeModule).toHaveBeenCalledTimes(1);
  });

  it('are computed again for a new parse and for other settings', () => {
    verify();
    verify();
    expect(core.checkFile).toHaveBeenCalledTimes(4);
    expect(verify({ wfkit: { workflowNameCase: 'camel' } }).map((message) => message.ruleId)).toContain(
      'wfkit/workflow-name-case',
    );
    expect(core.checkFile).toHaveBeenCalledTimes(6);
  });

  it('hand a workflow file as saved to the shared cache, so that its barrel does not parse it again', () => {
    const file = tree.file('orders/workflows/ship-order.ts');
    writeFileSync(file, 'export async function ShipOrder() {}\n');
    const lint = (text: string) =>
      new Linter({ cwd: tree.root }).verify(
        text,
        [
          { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
          plugin.configs.strict,
        ] as Linter.Config[],
        file,
      );
    const stored = vi.spyOn(core.defaultCache, 'storeModuleIfCurrent');
    lint('export async function ShipOrder() {}\n');
    // An unsaved buffer is not what the barrel's other readers see.
    lint('export async function ShipOrderLater() {}\n');
    expect(
      stored.mock.calls.map(([filePath, , result]) => [
        filePath,
        'info' in result && result.info.workflows.map((workflow) => workflow.name),
      ]),
    ).toEqual([
      [file, ['ShipOrder']],
      [file, ['ShipOrderLater']],
    ]);
    expect(stored.mock.results.map((result) => result.value)).toEqual([true, false]);
    const module = core.defaultCache.readModule(file, core.loadConfig(file));
    expect(module && 'info' in module ? module.info.workflows.map((workflow) => workflow.name) : []).toEqual([
      'ShipOrder',
    ]);
    stored.mockRestore();
  });

  it('are not asked for text without a file name (stdin): the rules are about where a file is', () => {
    expect(verify({}, null)).toEqual([]);
    expect(core.checkFile).not.toHaveBeenCalled();
  });
});
