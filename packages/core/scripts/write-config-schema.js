// Writes docs/wfkit.config.schema.json from the zod schema (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '../dist/index.js';

const target = fileURLToPath(new URL('../../../docs/wfkit.config.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
