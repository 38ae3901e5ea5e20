import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'conduit-slt-below-zones');

const zones = [
  { id: 'z-sup', name: 'Area supervisory', kind: 'supervisory', slT: 2 },
  { id: 'z-cell', name: 'Cell 1', kind: 'control', slT: { IAC: 2, UC: 2, SI: 3, DC: 1, RDF: 3, TRE: 2, RA: 3 } },
];

describe('conduit-slt-below-zones', () => {
  it('warns about a conduit targeted below the cell it leads into, naming the FRs', () => {
    const doc = makeDocument({ zones, conduits: [{ id: 'c1', name: 'SCADA – Cell 1', zoneIds: ['z-sup', 'z-cell'], slT: 2 }] });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', subjects: ['c1', 'z-cell'] });
    expect(found[0]?.message).toBe(
      'Conduit "SCADA – Cell 1" has SL-T below the highest of its zones: FR3 SI 2 < 3, FR5 RDF 2 < 3, FR7 RA 2 < 3.',
    );
  });

  it('compares per FR, so a conduit above on one FR can still fall short on another', () => {
    const doc = makeDocument({
      zones,
      conduits: [{ id: 'c1', name: 'SCADA – Cell 1', zoneIds: ['z-sup', 'z-cell'], slT: { IAC: 4, UC: 4, SI: 3, DC: 1, RDF: 3, TRE: 1, RA: 3 } }],
    });
    const found = hits(doc);
    expect(found[0]?.message).toContain(': FR4 DC 1 < 2, FR6 TRE 1 < 2.');
    expect(found[0]?.subjects).toEqual(['c1', 'z-sup', 'z-cell']);
  });

  it('stays quiet for a conduit that matches its most demanding zone or inherits from it', () => {
    const doc = makeDocument({
      zones,
      conduits: [
        { id: 'c1', name: 'SCADA – Cell 1', zoneIds: ['z-sup', 'z-cell'], slT: 3 },
        { id: 'c2', name: 'SCADA – Cell 1 (backup)', zoneIds: ['z-sup', 'z-cell'] },
      ],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
