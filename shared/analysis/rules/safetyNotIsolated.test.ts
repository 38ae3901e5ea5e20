import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'safety-not-isolated');

const zones = [
  { id: 'z-ops', name: 'Site operations', kind: 'operations', slT: 2 },
  { id: 'z-sup', name: 'Area supervisory', kind: 'supervisory', slT: 2 },
  { id: 'z-cell', name: 'Cell 1', kind: 'control', slT: 2 },
  { id: 'z-sis', name: 'SIS', kind: 'safety', slT: 3 },
  { id: 'z-sis2', name: 'SIS unit 2', kind: 'safety', slT: 3 },
];

describe('safety-not-isolated', () => {
  it('flags a safety controller sitting among the PLCs of a control zone', () => {
    const doc = makeDocument({ zones, assets: [{ id: 'a1', name: 'SIS-1', type: 'safety-controller', zoneId: 'z-cell' }] });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', subjects: ['a1', 'z-cell'], clause: 'IEC 62443-3-2 ZCR 3.3' });
    expect(found[0]?.message).toBe('Safety controller "SIS-1" sits in control zone "Cell 1", outside every safety zone.');
  });

  it('flags a safety controller in no zone at all', () => {
    const doc = makeDocument({ zones, assets: [{ id: 'a1', name: 'SIS-1', type: 'safety-controller' }] });
    expect(hits(doc)).toMatchObject([{ subjects: ['a1'], message: 'Safety controller "SIS-1" is in no zone, so outside every safety zone.' }]);
  });

  it('accepts a safety controller in a sub-zone of a safety zone', () => {
    const doc = makeDocument({
      zones: [...zones, { id: 'z-sub', name: 'SIS rack 2', kind: 'other', parentId: 'z-sis', slT: 3 }],
      assets: [
        { id: 'a1', name: 'SIS-1', type: 'safety-controller', zoneId: 'z-sis' },
        { id: 'a2', name: 'SIS-2', type: 'safety-controller', zoneId: 'z-sub' },
      ],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('flags a conduit from site operations straight into the safety zone', () => {
    const doc = makeDocument({ zones, conduits: [{ id: 'c1', name: 'SIS historian feed', zoneIds: ['z-ops', 'z-sis'] }] });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]?.subjects).toEqual(['c1', 'z-sis', 'z-ops']);
    expect(found[0]?.message).toBe('Conduit "SIS historian feed" joins safety zone "SIS" with operations zone "Site operations".');
  });

  it('accepts conduits from the safety zone to the control and supervisory zones it serves, and to another safety zone', () => {
    const doc = makeDocument({
      zones,
      conduits: [
        { id: 'c1', name: 'DCS – SIS', zoneIds: ['z-cell', 'z-sis'] },
        { id: 'c2', name: 'SIS HMI', zoneIds: ['z-sis', 'z-sup'] },
        { id: 'c3', name: 'SIS peer-to-peer', zoneIds: ['z-sis', 'z-sis2'] },
      ],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('treats a zone nested in a safety zone as part of the safety system', () => {
    const doc = makeDocument({
      zones: [...zones, { id: 'z-rack', name: 'SIS rack room', kind: 'other', parentId: 'z-sis', slT: 3 }],
      conduits: [
        { id: 'c1', name: 'SIS – rack room', zoneIds: ['z-sis', 'z-rack'] },
        { id: 'c2', name: 'Rack room – Ops', zoneIds: ['z-rack', 'z-ops'] },
      ],
    });
    expect(hits(doc).map((f) => f.subjects)).toEqual([['c2', 'z-rack', 'z-ops']]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
