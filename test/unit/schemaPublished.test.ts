import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText } from '../../shared/model/schema';

describe('the published JSON Schema', () => {
  it('docs/zonewright.schema.json is the schema the app validates with (run `npm run schema` after a change)', () => {
    const published = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'zonewright.schema.json'), 'utf8');
    expect(published).toBe(jsonSchemaText());
  });

  it('lists every zone kind and asset type a file may use', () => {
    const schema = JSON.parse(jsonSchemaText());
    const text = JSON.stringify(schema);
    for (const word of ['remote-access', 'safety-controller', 'remote-access-gateway', 'cloud-service']) expect(text).toContain(word);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'meta']));
  });
});
