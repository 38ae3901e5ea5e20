import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'wireless-in-safety-or-control');

const zones = [
  { id: 'z-cell', name: 'Cell 1', kind: 'control', slT: 2 },
  { id: 'z-field', name: 'Tank farm', kind: 'field', slT: 2 },
  { id: 'z-wifi', name: 'Cell 1 wireless', kind: 'other', parentId: 'z-cell', slT: 2 },
  { id: 'z-ops', name: 'Site operations', kind: 'operations', slT: 2 },
];
const assets = [
  { id: 'a-plc', name: 'PLC-1', type: 'plc', zoneId: 'z-cell' },
  { id: 'a-ap', name: 'AP-3', type: 'wireless-ap', zoneId: 'z-cell' },
  { id: 'a-s1', name: 'Level sensor', type: 'sensor', zoneId: 'z-field' },
  { id: 'a-s2', name: 'Radio gateway', type: 'rtu', zoneId: 'z-field' },
  { id: 'a-ap2', name: 'AP-4', type: 'wireless-ap', zoneId: 'z-wifi' },
  { id: 'a-tab', name: 'Tablet', type: 'hmi', zoneId: 'z-wifi' },
  { id: 'a-fw', name: 'Wireless firewall', type: 'firewall', zoneId: 'z-wifi' },
  { id: 'a-ap3', name: 'Office AP', type: 'wireless-ap', zoneId: 'z-ops' },
];

describe('wireless-in-safety-or-control', () => {
  it('warns about an access point dropped straight into a control zone, once, not once per radio link', () => {
    const doc = makeDocument({
      zones,
      assets,
      links: [
        { id: 'l1', source: 'a-ap', target: 'a-plc', medium: 'wireless' },
        { id: 'l2', source: 'a-plc', target: 'a-ap', medium: 'wireless' },
      ],
    });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', subjects: ['a-ap', 'z-cell'], clause: 'IEC 62443-3-2 ZCR 3.5' });
    expect(found[0]?.message).toBe('Wireless access point "AP-3" sits directly in control zone "Cell 1", not in a wireless zone of its own.');
  });

  it('warns about a radio link between two devices inside a field zone', () => {
    const doc = makeDocument({ zones, assets, links: [{ id: 'l1', source: 'a-s1', target: 'a-s2', medium: 'wireless' }] });
    const found = hits(doc).filter((f) => f.subjects[0] === 'l1');
    expect(found).toHaveLength(1);
    expect(found[0]?.subjects).toEqual(['l1', 'a-s1', 'a-s2', 'z-field']);
    expect(found[0]?.message).toBe('Wireless link "Level sensor" – "Radio gateway" runs inside field zone "Tank farm" without a zone or conduit of its own.');
  });

  it('accepts wireless kept in its own sub-zone and joined to the cell by a conduit', () => {
    const doc = makeDocument({
      zones,
      assets: assets.filter((a) => a.id !== 'a-ap'),
      conduits: [{ id: 'c1', name: 'Wireless – Cell 1', zoneIds: ['z-wifi', 'z-cell'], boundaryDevices: ['a-fw'] }],
      links: [
        { id: 'l1', source: 'a-tab', target: 'a-ap2', medium: 'wireless' },
        { id: 'l2', source: 'a-fw', target: 'a-plc', conduitId: 'c1' },
      ],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('leaves wireless outside control, safety and field zones, and wired links, alone', () => {
    const doc = makeDocument({
      zones,
      assets: assets.filter((a) => a.id !== 'a-ap'),
      links: [{ id: 'l1', source: 'a-s1', target: 'a-s2', medium: 'wired' }],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
