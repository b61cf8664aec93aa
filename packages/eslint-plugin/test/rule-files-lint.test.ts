import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './eslint-harness.js';

const rulesDir = path.join(repoRoot, 'packages/eslint-plugin/src/rules');
const ruleFiles = readdirSync(rulesDir).filter((file) => file.endsWith('.ts') && file !== 'index.ts');

// The repository's own config runs eslint-plugin-eslint-plugin on the rule files. Its rules only
// look at what they recognise as a rule (`createRule({ meta, create })`), so a rule file it could
// not see would pass silently: each file, with its `meta.type` taken out, must be reported.
describe('eslint-plugin-eslint-plugin on the rule files', () => {
  const eslint = new ESLint({ cwd: repoRoot });

  it.each(ruleFiles)('%s passes, and is seen as a rule', async (file) => {
    const filePath = path.join(rulesDir, file);
    const text = readFileSync(filePath, 'utf8');
    const [clean] = await eslint.lintText(text, { filePath });
    expect(clean!.messages).toEqual([]);
    const withoutType = text.replace(/type: '(?:problem|suggestion)',?\s*/, '');
    expect(withoutType).not.toBe(text);
    const [probe] = await eslint.lintText(withoutType, { filePath });
    expect(probe!.messages.map(({ ruleId }) => ruleId)).toEqual(['eslint-plugin/require-meta-type']);
  });
});
