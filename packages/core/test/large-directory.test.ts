import { describe, expect, test } from 'vitest';
import { ProjectCache, type DirectoryEntry } from '../src/cache/project-cache.js';
import { checkProject } from '../src/check/check-project.js';
import { writeTree } from './support/temp-tree.js';

/** A snapshot cache that counts how many directory entries the checks look at. */
class CountingCache extends ProjectCache {
  entriesRead = 0;
  readonly #counted = new WeakMap<DirectoryEntry[], DirectoryEntry[]>();

  override listDirectory(dir: string): DirectoryEntry[] {
    const listing = super.listDirectory(dir);
    let counted = this.#counted.get(listing);
    if (counted === undefined) {
      counted = new Proxy(listing, {
        get: (target, key, receiver) => {
          if (typeof key === 'string' && /^\d+$/.test(key)) this.entriesRead += 1;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      this.#counted.set(listing, counted);
    }
    return counted;
  }
}

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];

/** One workflows directory of `count` workflow files, with or without its barrel. */
function oneLargeDirectory(count: number, withBarrel: boolean): string {
  const files: Record<string, string> = {
    'package.json': '{ "type": "module" }\n',
    'wfkit.config.json': '{ "importExtension": ".js" }\n',
  };
  const exports: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const words = [0, 1, 2].map((power) => WORDS[Math.floor(index / 10 ** power) % 10]!);
    const name = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
    files[`workflows/${words.join('-')}.ts`] =
      `import { sleep } from '@temporalio/workflow';\n\nexport async function ${name}(): Promise<void> {\n  await sleep(1);\n}\n`;
    exports.push(`export { ${name} } from './${words.join('-')}.js';`);
  }
  if (withBarrel)
    files['workflows/index.ts'] =
      `/** The workflows a worker registers from this directory; \`wf barrel --fix\` keeps it complete. */\n\n${exports.sort().join('\n')}\n`;
  return writeTree(files);
}

function entriesReadBy(count: number, withBarrel: boolean): number {
  const root = oneLargeDirectory(count, withBarrel);
  const cache = new CountingCache({ lifetime: Infinity });
  const report = checkProject(['.'], { cwd: root, cache });
  // The check did its work: every workflow is found, and a missing barrel is reported once.
  expect(report.workflowDirs[0]!.workflows).toHaveLength(count);
  const missingBarrel = report.files
    .flatMap((file) => file.findings)
    .filter((finding) => finding.messageId === 'missingBarrel');
  expect(missingBarrel).toHaveLength(withBarrel ? 0 : 1);
  return cache.entriesRead;
}

describe('one large workflows directory', () => {
  // Twice the files must mean about twice the directory entries looked at, not four times.
  test.each([false, true])(
    'the checks read each directory entry a bounded number of times (barrel: %s)',
    (withBarrel) => {
      const small = entriesReadBy(100, withBarrel);
      const large = entriesReadBy(200, withBarrel);
      expect(large / small).toBeLessThan(2.3);
      expect(large).toBeLessThan(200 * 20);
    },
  );
});
