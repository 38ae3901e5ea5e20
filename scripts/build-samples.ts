// Writes the sample projects of assets/samples/ from their builders in scripts/samples/.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems, loadDocument, serializeDocument } from '../shared';
import { purdue } from './samples/purdue';
import { water } from './samples/water';
import { machine } from './samples/machine';
import { flawed } from './samples/flawed';

const samples: Record<string, Record<string, unknown>> = {
  'purdue-reference-plant': purdue,
  'water-utility': water,
  'machine-builder-cell': machine,
  'flawed-plant': flawed,
};

const dir = join(import.meta.dirname, '..', 'assets', 'samples');
for (const [name, raw] of Object.entries(samples)) {
  const result = loadDocument(raw);
  if (!result.ok) throw new Error(`${name}:\n${formatProblems(result.problems)}`);
  writeFileSync(join(dir, `${name}.zonewright.json`), serializeDocument(result.doc));
  console.log(`wrote ${name}.zonewright.json`);
}
