import { writeFileSync } from 'node:fs';
import { DEFAULT_CACHE_LIFETIME_MS, defaultCache } from '@wfkit/core';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import plugin from '../src/index.js';
import { cacheFor } from '../src/util/cache-settings.js';
import { createTree } from './temp-tree.js';

const barrelText = "/** Orders. */\n\nexport { PlaceOrder } from './place-order.js';\n";
const workflowText =
  "import { sleep } from '@temporalio/workflow';\nexport async function PlaceOrder() { await sleep(1); }\n";

function lintBarrel(root: string, barrel: string, settings: Record<string, unknown>): string[] {
  const config = [
    { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, settings },
    plugin.configs.strict,
  ] as Linter.Config[];
  return new Linter({ cwd: root })
    .verify(barrelText, config, barrel)
    .map((message) => message.messageId ?? message.message);
}

describe("settings['wfkit/cache']", () => {
  it('sets the lifetime, in seconds, of the cache the rules read through', () => {
    expect(cacheFor({})).toBe(defaultCache);
    expect(cacheFor({ 'wfkit/cache': {} }).lifetime).toBe(DEFAULT_CACHE_LIFETIME_MS);
    expect(cacheFor({ 'wfkit/cache': { lifetime: 30 } }).lifetime).toBe(30_000);
    // One cache per lifetime, whichever settings object names it.
    expect(cacheFor({ 'wfkit/cache': { lifetime: 30 } })).toBe(cacheFor({ 'wfkit/cache': { lifetime: 30 } }));
    expect(cacheFor({ 'wfkit/cache': { lifetime: Infinity } }).isSnapshot).toBe(true);
    expect(cacheFor({ 'wfkit/cache': { lifetime: 'Infinity' } }).isSnapshot).toBe(true);
    expect(cacheFor({ 'wfkit/cache': { lifetime: 0 } }).lifetime).toBe(0);
  });

  it('with lifetime 0, a workflow file added beside a barrel is seen by the next lint; by default, once the lifetime has passed', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => void vi.useRealTimers());
    for (const settings of [{ 'wfkit/cache': { lifetime: 0 } }, {}]) {
      const tree = createTree({
        'orders/workflows/index.ts': barrelText,
        'orders/workflows/place-order.ts': workflowText,
      });
      const barrel = tree.file('orders/workflows/index.ts');
      expect(lintBarrel(tree.root, barrel, settings)).toEqual([]);
      writeFileSync(tree.file('orders/workflows/ship-order.ts'), workflowText.replace('PlaceOrder', 'ShipOrder'));
      // Within the default lifetime (the clock stands still) the answer read before the write is served.
      expect(lintBarrel(tree.root, barrel, settings)).toEqual('wfkit/cache' in settings ? ['missingExport'] : []);
      vi.advanceTimersByTime(DEFAULT_CACHE_LIFETIME_MS);
      expect(lintBarrel(tree.root, barrel, settings)).toEqual(['missingExport']);
    }
  });

  it.each([
    [
      { lifetime: -1 },
      'settings["wfkit/cache"]: "lifetime": expected a number of seconds, 0 or more, or Infinity, found number -1. Use e.g. 1 for an editor, Infinity for a CI run.',
    ],
    [
      { lifetime: '30' },
      'settings["wfkit/cache"]: "lifetime": expected a number of seconds, 0 or more, or Infinity, found the string "30".',
    ],
    [
      { lifetme: 30 },
      'settings["wfkit/cache"]: "lifetme": expected only the key "lifetime", found an unknown key "lifetme". Remove it.',
    ],
    [
      30,
      'settings["wfkit/cache"]: expected an object such as { lifetime: 30 }, found number 30. Set "lifetime" (seconds) in it, or remove the setting.',
    ],
  ])('stops linting with an error naming the setting for %j', (setting, message) => {
    const tree = createTree({
      'orders/workflows/index.ts': barrelText,
      'orders/workflows/place-order.ts': workflowText,
    });
    expect(() => lintBarrel(tree.root, tree.file('orders/workflows/index.ts'), { 'wfkit/cache': setting })).toThrow(
      message,
    );
  });
});
