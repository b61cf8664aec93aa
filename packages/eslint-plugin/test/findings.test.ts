import * as core from '@wfkit/core';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import plugin from '../src/index.js';
import { createTree } from './temp-tree.js';

// Count core's work without changing it.
vi.mock('@wfkit/core', async (importOriginal) => {
  const original = await importOriginal<typeof core>();
  return { ...original, checkFile: vi.fn(original.checkFile) };
});

const tree = createTree({ 'orders/workflows/index.ts': "/** Orders. */\n\nexport { PlaceOrder } from './place-order.js';\n" });
const filename = tree.file('orders/workflows/place-order.ts');
const code = 'export async function PlaceOrder() {}\nexport async function cancelOrder() {}\n';

function verify(settings: Record<string, unknown> = {}, file: string | null = filename) {
  const config = [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, settings }, plugin.configs.strict] as Linter.Config[];
  return new Linter({ cwd: tree.root }).verify(code, config, file ?? undefined);
}

describe('core findings per lint pass', () => {
  // Braces: a function returned from beforeEach would be run as a teardown.
  beforeEach(() => {
    vi.mocked(core.checkFile).mockClear();
  });

  it('are computed once for all seven rules', () => {
    const messages = verify();
    expect(messages.map((message) => message.ruleId).sort()).toEqual([
      'wfkit/one-workflow-per-file',
      'wfkit/workflow-name-case',
    ]);
    expect(core.checkFile).toHaveBeenCalledTimes(1);
  });

  it('are computed again for a new parse and for other settings', () => {
    verify();
    verify();
    expect(core.checkFile).toHaveBeenCalledTimes(2);
    expect(verify({ wfkit: { workflowNameCase: 'camel' } }).map((message) => message.ruleId)).toContain('wfkit/workflow-name-case');
    expect(core.checkFile).toHaveBeenCalledTimes(3);
  });

  it('are not asked for text without a file name (stdin): the rules are about where a file is', () => {
    expect(verify({}, null)).toEqual([]);
    expect(core.checkFile).not.toHaveBeenCalled();
  });
});
