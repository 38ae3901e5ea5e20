// The shipped sample projects: they load, the realistic ones are sound, the flawed one fires every rule.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, formatProblems, loadDocumentText, RULES } from '../../shared';

const dir = join(import.meta.dirname, '..', '..', 'assets', 'samples');
const files = readdirSync(dir).filter((f) => f.endsWith('.zonewright.json'));

function load(file: string) {
  const result = loadDocumentText(readFileSync(join(dir, file), 'utf8'));
  if (!result.ok) throw new Error(`${file}:\n${formatProblems(result.problems)}`);
  return result.doc;
}

describe('samples', () => {
  it('ships at least three realistic samples and one flawed model', () => {
    expect(files.filter((f) => !f.startsWith('flawed')).length).toBeGreaterThanOrEqual(3);
    expect(files).toContain('flawed-plant.zonewright.json');
  });

  it.each(files.filter((f) => !f.startsWith('flawed')))('%s loads and has no error finding', (file) => {
    const doc = load(file);
    const errors = analyze(doc).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.message)).toEqual([]);
    // Every zone a real plant would set has its SL-T, and every asset and zone has a place on the diagram.
    expect(doc.zones.filter((z) => z.kind !== 'untrusted' && !z.slT)).toEqual([]);
    expect(doc.assets.filter((a) => !a.position)).toEqual([]);
    expect(doc.zones.filter((z) => !z.position || !z.size)).toEqual([]);
  });

  it('the flawed plant fires every rule of the analysis', () => {
    // With a date, so that the rules that need one (reassessment-overdue) can fire too.
    const fired = new Set(analyze(load('flawed-plant.zonewright.json'), { today: '2026-01-15' }).findings.map((f) => f.rule));
    expect(RULES.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});
