import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'purdue-level-skip');

const zones = [
  { id: 'z-office', name: 'Office', kind: 'enterprise', slT: 1 },
  { id: 'z-dmz', name: 'DMZ', kind: 'dmz', slT: 2 },
  { id: 'z-ops', name: 'Site operations', kind: 'operations', slT: 2 },
  { id: 'z-sup', name: 'Area supervisory', kind: 'supervisory', slT: 2 },
  { id: 'z-cell', name: 'Cell 1', kind: 'control', slT: 2 },
  { id: 'z-field', name: 'Sensors', kind: 'field', slT: 2 },
  { id: 'z-vendor', name: 'Vendor access', kind: 'remote-access', slT: 2 },
];

describe('purdue-level-skip', () => {
  it('warns when a site server talks straight to the controllers', () => {
    const doc = makeDocument({ zones, conduits: [{ id: 'c1', name: 'Ops – Cell 1', zoneIds: ['z-cell', 'z-ops'] }] });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', subjects: ['c1', 'z-ops', 'z-cell'] });
    expect(found[0]?.message).toBe(
      'Conduit "Ops – Cell 1" joins operations zone "Site operations" (level 3) with control zone "Cell 1" (level 1), skipping a Purdue level.',
    );
  });

  it('warns when the DMZ reaches past site operations (level 3.5 to 2)', () => {
    const doc = makeDocument({ zones, conduits: [{ id: 'c1', name: 'DMZ – SCADA', zoneIds: ['z-dmz', 'z-sup'] }] });
    expect(hits(doc).map((f) => f.subjects)).toEqual([['c1', 'z-dmz', 'z-sup']]);
  });

  it('stays quiet between neighbouring levels', () => {
    const doc = makeDocument({
      zones,
      conduits: [
        { id: 'c1', name: 'Office – DMZ', zoneIds: ['z-office', 'z-dmz'] },
        { id: 'c2', name: 'DMZ – Ops', zoneIds: ['z-dmz', 'z-ops'] },
        { id: 'c3', name: 'Ops – SCADA', zoneIds: ['z-ops', 'z-sup'] },
        { id: 'c4', name: 'SCADA – Cell', zoneIds: ['z-sup', 'z-cell'] },
        { id: 'c5', name: 'Cell – Sensors', zoneIds: ['z-cell', 'z-field'] },
      ],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('follows a zone\'s own Purdue level over its kind\'s', () => {
    const doc = makeDocument({
      zones: [
        { id: 'z-ops', name: 'Packaging servers', kind: 'operations', purdueLevel: 2, slT: 2 },
        { id: 'z-cell', name: 'Cell 1', kind: 'control', slT: 2 },
        { id: 'z-lab', name: 'Lab', kind: 'other', purdueLevel: 3, slT: 2 },
      ],
      conduits: [
        { id: 'c1', name: 'Packaging', zoneIds: ['z-ops', 'z-cell'] },
        { id: 'c2', name: 'Lab link', zoneIds: ['z-lab', 'z-cell'] },
      ],
    });
    expect(hits(doc).map((f) => f.subjects[0])).toEqual(['c2']);
  });

  it('leaves an office-to-control conduit to dmz-bypassed', () => {
    const doc = makeDocument({ zones, conduits: [{ id: 'c1', name: 'ERP link', zoneIds: ['z-office', 'z-cell'] }] });
    expect(hits(doc)).toEqual([]);
    expect(findingsOf(doc, 'dmz-bypassed')).toHaveLength(1);
  });

  it('ignores zones outside the hierarchy, such as remote access', () => {
    const doc = makeDocument({ zones, conduits: [{ id: 'c1', name: 'Vendor – Sensors', zoneIds: ['z-vendor', 'z-field'] }] });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
