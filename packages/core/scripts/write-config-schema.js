// Writes the JSON Schema of wfkit.config.json from the zod schema (run after `npm run build`):
// docs/wfkit.config.schema.json (committed, linked from the docs), or with `--package` the copy the
// @wfkit/core tarball ships (written by `prepack`), which users refer to from node_modules.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '../dist/index.js';

const forPackage = process.argv.includes('--package');
const into = forPackage ? '../wfkit.config.schema.json' : '../../../docs/wfkit.config.schema.json';
const target = fileURLToPath(new URL(into, import.meta.url));
writeFileSync(target, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
// Quiet under `prepack`: `npm pack --json` prints to the same stdout.
if (!forPackage) console.log(`wrote ${target}`);
