/**
 * Writes packages/graph/graph.schema.json, the JSON Schema of a flow file, from the zod schema and WhatsApp's
 * limits. Run with `npm run schema` after changing the schema; a test fails while the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGraphJsonSchema } from '../src/validate/jsonSchema.ts';

const target = fileURLToPath(new URL('../graph.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(buildGraphJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target}`);
