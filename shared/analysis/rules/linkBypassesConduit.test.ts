import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../testing/makeDocument';
import type { ZonewrightDocument } from '../../model/document';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'link-bypasses-conduit');

const zones = [
  { id: 'z-office', name: 'Office', kind: 'enterprise', slT: 1 },
  { id: 'z-dmz', name: 'DMZ', kind: 'dmz', slT: 2 },
  { id: 'z-cell', name: 'Cell 1', kind: 'control', slT: 2 },
];
const assets = [
  { id: 'a-pc', name: 'Office PC', type: 'it-workstation', zoneId: 'z-office' },
  { id: 'a-hist', name: 'DMZ historian', type: 'historian', zoneId: 'z-dmz' },
  { id: 'a-plc', name: 'PLC-1', type: 'plc', zoneId: 'z-cell' },
  { id: 'a-io', name: 'Remote IO', type: 'plc', zoneId: 'z-cell' },
];

describe('link-bypasses-conduit', () => {
  it('flags a cable from the office straight into a control zone with no conduit', () => {
    const doc = makeDocument({ zones, assets, links: [{ id: 'l1', source: 'a-pc', target: 'a-plc' }] });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', subjects: ['l1', 'a-pc', 'a-plc', 'z-office', 'z-cell'] });
    expect(found[0]?.message).toBe(
      'Link "Office PC" – "PLC-1" crosses from enterprise zone "Office" into control zone "Cell 1" outside any conduit.',
    );
  });

  it('flags a link put on a conduit that does not reach the zone it lands in', () => {
    const doc = makeDocument({
      zones,
      assets,
      conduits: [{ id: 'c1', name: 'Office – DMZ', zoneIds: ['z-office', 'z-dmz'] }],
      links: [{ id: 'l1', source: 'a-pc', target: 'a-plc', conduitId: 'c1' }],
    });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]?.subjects).toEqual(['l1', 'c1', 'z-cell', 'a-pc', 'a-plc']);
    expect(found[0]?.message).toContain('its conduit "Office – DMZ" does not join "Cell 1"');
    expect(found[0]?.remedy).toContain('"Office" and "Cell 1"');
  });

  it('stays quiet for links inside one zone and for crossings on a conduit that joins both zones', () => {
    const doc = makeDocument({
      zones,
      assets,
      conduits: [{ id: 'c1', name: 'Office – DMZ', zoneIds: ['z-office', 'z-dmz'] }],
      links: [
        { id: 'l1', source: 'a-plc', target: 'a-io' },
        { id: 'l2', source: 'a-pc', target: 'a-hist', conduitId: 'c1' },
      ],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('leaves links to unzoned assets to asset-unzoned', () => {
    const doc = makeDocument({
      zones,
      assets: [...assets, { id: 'a-laptop', name: 'Laptop', type: 'it-workstation' }],
      links: [{ id: 'l1', source: 'a-laptop', target: 'a-plc' }],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('treats a sub-zone as a zone of its own: a cable from its parent into it needs a conduit', () => {
    const doc = makeDocument({
      zones: [...zones, { id: 'z-sub', name: 'Cell 1 packaging', kind: 'control', parentId: 'z-cell', slT: 2 }],
      assets: [...assets, { id: 'a-plc2', name: 'PLC-2', type: 'plc', zoneId: 'z-sub' }],
      links: [{ id: 'l1', source: 'a-plc', target: 'a-plc2' }],
    });
    expect(hits(doc).map((f) => f.subjects[0])).toEqual(['l1']);
  });

  it('reports every offending link, in document order', () => {
    const doc = makeDocument({
      zones,
      assets,
      links: [
        { id: 'l2', source: 'a-hist', target: 'a-plc' },
        { id: 'l1', source: 'a-pc', target: 'a-plc' },
      ],
    });
    expect(hits(doc).map((f) => f.subjects[0])).toEqual(['l2', 'l1']);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
