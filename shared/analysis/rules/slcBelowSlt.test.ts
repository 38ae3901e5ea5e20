import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'slc-below-slt');

const zones = [
  { id: 'z-cell', name: 'Cell 1', kind: 'control', slT: { IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 2, TRE: 1, RA: 2 } },
  { id: 'z-new', name: 'Cell 2', kind: 'control' },
];

describe('slc-below-slt', () => {
  it('warns about a PLC whose certified capability falls short of its zone, naming each FR', () => {
    const doc = makeDocument({
      zones,
      assets: [{ id: 'a1', name: 'PLC-1', type: 'plc', zoneId: 'z-cell', slC: { IAC: 1, UC: 2, SI: 2, DC: 1, RDF: 1, TRE: 1, RA: 2 } }],
    });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', subjects: ['a1', 'z-cell'] });
    expect(found[0]?.message).toBe('Asset "PLC-1" has SL-C below the SL-T of control zone "Cell 1": FR1 IAC 1 < 2, FR5 RDF 1 < 2.');
  });

  it('stays quiet when the capability meets or exceeds the target', () => {
    const doc = makeDocument({
      zones,
      assets: [
        { id: 'a1', name: 'PLC-1', type: 'plc', zoneId: 'z-cell', slC: { IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 2, TRE: 1, RA: 2 } },
        { id: 'a2', name: 'PLC-2', type: 'plc', zoneId: 'z-cell', slC: 3 },
      ],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('says nothing where the comparison cannot be made: no SL-C, no zone SL-T, or no zone', () => {
    const doc = makeDocument({
      zones,
      assets: [
        { id: 'a1', name: 'Legacy PLC', type: 'plc', zoneId: 'z-cell' },
        { id: 'a2', name: 'New PLC', type: 'plc', zoneId: 'z-new', slC: 1 },
        { id: 'a3', name: 'Spare PLC', type: 'plc', slC: 0 },
      ],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
