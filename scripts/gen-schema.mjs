// Writes content/quickscan.schema.json (JSON Schema for editors) from the zod content schema in lib/.
import { writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { contentSchema } from '../lib/content/schema.js';

const schema = z.toJSONSchema(contentSchema, { io: 'input', unrepresentable: 'any' });
schema.$id = 'https://unpkg.com/sociale-veiligheid-quickscan/content/quickscan.schema.json';
schema.title = 'Quickscan content (<sociale-veiligheid-quickscan>)';
writeFileSync(new URL('../content/quickscan.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log('JSON Schema -> content/quickscan.schema.json');
