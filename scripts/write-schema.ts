// Writes the published JSON Schema of the document format (docs/zonewright.schema.json).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaText } from '../shared/model/schema';

const target = join(import.meta.dirname, '..', 'docs', 'zonewright.schema.json');
writeFileSync(target, jsonSchemaText());
console.log(`wrote ${target}`);
