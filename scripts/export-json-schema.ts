import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderJsonSchema } from './renderJsonSchema';

// Writes data/dateline.schema.json from DataFileSchema; tests/unit/data-file checks the committed file is current.
const target = fileURLToPath(new URL('../data/dateline.schema.json', import.meta.url));
writeFileSync(target, renderJsonSchema());
process.stderr.write(`wrote ${target}\n`);
