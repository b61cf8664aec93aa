import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ListResult } from '../src/commands/list.js';
import { copyFixture, removeCopies } from './helpers/fixture.js';
import { wf } from './helpers/run.js';

afterEach(removeCopies);

const CONTENT = 'presentation/edit/content/workflows';

describe('wf list and files that do not parse', () => {
  it('names a workflow file that does not parse instead of leaving its workflow out silently', async () => {
    const app = copyFixture('slides-app');
    writeFileSync(path.join(app, CONTENT, 'translate.ts'), 'export async function TranslatePresentationContent( {\n');
    const result = await wf(app, 'list');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(
        `\\nFiles that do not parse \\(workflows in them are not listed; fix their syntax\\):\\n  ${CONTENT}/translate\\.ts:\\d+:\\d+ .+\\n$`,
      ),
    );
    const json = JSON.parse((await wf(app, 'list', '--json')).stdout) as ListResult;
    expect(json.unparsed).toEqual([
      {
        file: `${CONTENT}/translate.ts`,
        message: expect.any(String) as unknown,
        line: 2,
        column: expect.any(Number) as unknown,
      },
    ]);
  });

  it('says the barrel does not parse rather than calling every workflow "not in barrel"', async () => {
    const app = copyFixture('slides-app');
    writeFileSync(path.join(app, CONTENT, 'index.ts'), "export { RegenerateContent from './regenerate.js';\n");
    const result = await wf(app, 'list', 'presentation/edit/content');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${CONTENT}/ (barrel ${CONTENT}/index.ts does not parse)\n`);
    expect(result.stdout).toContain('unknown: barrel does not parse');
    expect(result.stdout).not.toContain('not in barrel');
    expect(result.stdout).toMatch(new RegExp(`  ${CONTENT}/index\\.ts:1:\\d+ `));
  });
});
