// dist/cjs holds the CommonJS build inside a `"type": "module"` package: this marker makes Node
// and TypeScript read its .js and .d.ts files as CommonJS. Run after `tsc -b` (npm run build does).
import { mkdirSync, writeFileSync } from 'node:fs';

const dir = new URL('../dist/cjs/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL('package.json', dir), `${JSON.stringify({ type: 'commonjs' })}\n`);
