import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'monitoring-missing');

const zones = [
  { id: 'z-ops', name: 'Site operations', kind: 'operations', slT: 2 },
  { id: 'z-cell', name: 'Cell 1', kind: 'control', slT: { IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 2, TRE: 3, RA: 2 } },
  { id: 'z-office', name: 'Office', kind: 'enterprise', slT: 1 },
];
const assets = [
  { id: 'a-plc', name: 'PLC-1', type: 'plc', zoneId: 'z-cell' },
  { id: 'a-fw', name: 'Cell firewall', type: 'firewall', zoneId: 'z-cell' },
  { id: 'a-ids', name: 'OT IDS', type: 'ids', zoneId: 'z-ops' },
];

describe('monitoring-missing', () => {
  it('warns about zones that need continuous monitoring but have no IDS', () => {
    const doc = makeDocument({ zones, assets: assets.filter((a) => a.id !== 'a-ids') });
    const found = hits(doc);
    expect(found.map((f) => f.subjects)).toEqual([['z-ops'], ['z-cell']]);
    expect(found[1]).toMatchObject({ severity: 'warning', clause: 'IEC 62443-3-3 SR 6.2' });
    expect(found[1]?.message).toBe('Control zone "Cell 1" has SL-T TRE 3 but no IDS in it or on any of its conduits.');
  });

  it('accepts an IDS in the zone itself', () => {
    const doc = makeDocument({ zones: zones.filter((z) => z.id !== 'z-cell'), assets: assets.filter((a) => a.id === 'a-ids') });
    expect(hits(doc)).toEqual([]);
  });

  it('accepts an IDS tapped into one of the zone\'s conduits', () => {
    const doc = makeDocument({
      zones,
      assets,
      conduits: [{ id: 'c1', name: 'Ops – Cell 1', zoneIds: ['z-ops', 'z-cell'], boundaryDevices: ['a-fw'] }],
      links: [{ id: 'l1', source: 'a-ids', target: 'a-fw', conduitId: 'c1' }],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('does not count an IDS elsewhere in the plant that no conduit of the zone carries', () => {
    const doc = makeDocument({
      zones,
      assets,
      conduits: [{ id: 'c1', name: 'Ops – Cell 1', zoneIds: ['z-ops', 'z-cell'], boundaryDevices: ['a-fw'] }],
    });
    expect(hits(doc).map((f) => f.subjects[0])).toEqual(['z-cell']);
  });

  it('asks nothing of zones below TRE 2', () => {
    const doc = makeDocument({ zones: zones.filter((z) => z.id === 'z-office') });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
