import { describe, expect, it } from 'vitest';
import { analyze, COMPONENT_REQUIREMENTS, SYSTEM_REQUIREMENTS } from '../../../../shared';
import { ZCR_ROWS } from '../../../../shared/catalog/referenceData';
import { SAMPLES } from '../../files/samples';
import { entryIdForClause, filterEntries, REFERENCE_ENTRIES, referenceEntry } from './referenceEntries';

describe('clause to reference entry', () => {
  it('maps the clauses findings cite to their requirement', () => {
    expect(entryIdForClause('IEC 62443-3-3 SR 5.1')).toBe('SR 5.1');
    expect(entryIdForClause('IEC 62443-3-3 SR 1.13')).toBe('SR 1.13');
    expect(entryIdForClause('IEC 62443-3-2 ZCR 5.12')).toBe('ZCR 5.12');
    expect(entryIdForClause('IEC 62443-3-2 ZCR 3.2')).toBe('ZCR 3.2');
    expect(entryIdForClause('IEC 62443-4-2 EDR 2.4 RE 1')).toBe('EDR 2.4 RE 1');
  });

  it('reads enhancements written the 2013 way, and FRs', () => {
    expect(entryIdForClause('IEC 62443-3-3 SR 1.1 (1)')).toBe('SR 1.1 RE 1');
    expect(entryIdForClause('SR 1.1 RE 2')).toBe('SR 1.1 RE 2');
    expect(entryIdForClause('IEC 62443-3-3 FR 3')).toBe('FR3');
    expect(entryIdForClause('FR5')).toBe('FR5');
  });

  it('finds a ZCR by its 3-2 clause number', () => {
    expect(entryIdForClause('IEC 62443-3-2 4.4.3')).toBe('ZCR 3.2');
    expect(entryIdForClause('IEC 62443-3-2 clause 4.6.7')).toBe('ZCR 5.6');
  });

  it('falls back to the base requirement, then to the part of the series', () => {
    expect(entryIdForClause('IEC 62443-3-3 SR 5.1 RE 9')).toBe('SR 5.1');
    expect(entryIdForClause('IEC 62443-3-3 SR 9.9')).toBe('62443-3-3');
    expect(entryIdForClause('IEC TR 62443-2-3:2015')).toBe('62443-2-3');
    expect(entryIdForClause('IEC 62443-2-3 patch management')).toBe('62443-2-3');
  });

  it('gives nothing for what is not a 62443 reference', () => {
    expect(entryIdForClause('ISO 27001 A.5')).toBeUndefined();
    expect(entryIdForClause('')).toBeUndefined();
  });

  it('resolves the clause of every finding on the flawed plant', () => {
    const { findings } = analyze(SAMPLES.find((s) => s.file === 'flawed-plant.zonewright.json')!.doc!, { today: '2026-01-01' });
    expect(findings.length).toBeGreaterThan(10);
    for (const f of findings) expect(referenceEntry(entryIdForClause(f.clause) ?? ''), f.clause).toBeDefined();
  });
});

describe('reference entries', () => {
  it('hold every requirement, every ZCR, seven FRs and four SLs, each once', () => {
    const ids = REFERENCE_ENTRIES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of [...SYSTEM_REQUIREMENTS, ...COMPONENT_REQUIREMENTS]) expect(referenceEntry(r.id)?.text, r.id).toBe(r.guidance);
    for (const z of ZCR_ROWS) expect(referenceEntry(z.id)).toBeDefined();
    expect(REFERENCE_ENTRIES.filter((e) => /^FR\d$/.test(e.id))).toHaveLength(7);
    expect(REFERENCE_ENTRIES.filter((e) => /^SL\d$/.test(e.id))).toHaveLength(4);
  });

  it('filter by FR and by every word of the search', () => {
    const dc = filterEntries(REFERENCE_ENTRIES, '', 'DC');
    expect(dc.length).toBeGreaterThan(5);
    expect(dc.every((e) => e.fr === 'DC')).toBe(true);
    const hits = filterEntries(REFERENCE_ENTRIES, 'multifactor untrusted', 'all').map((e) => e.id);
    expect(hits).toContain('SR 1.1 RE 2');
    expect(hits).not.toContain('SR 1.1');
    expect(filterEntries(REFERENCE_ENTRIES, 'session lock', 'UC').map((e) => e.id)).toContain('SR 2.5');
    expect(filterEntries(REFERENCE_ENTRIES, 'session lock', 'RA')).toHaveLength(0);
  });
});
