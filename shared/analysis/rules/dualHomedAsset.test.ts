import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'dual-homed-asset');

const zones = [
  { id: 'z-ops', name: 'Site operations', kind: 'operations', slT: 2 },
  { id: 'z-cell', name: 'Cell 1', kind: 'control', slT: 2 },
];
const assets = [
  { id: 'a-ews', name: 'EWS-1', type: 'engineering-workstation', zoneId: 'z-ops' },
  { id: 'a-ops-sw', name: 'Ops switch', type: 'switch', zoneId: 'z-ops' },
  { id: 'a-cell-sw', name: 'Cell switch', type: 'switch', zoneId: 'z-cell' },
  { id: 'a-plc', name: 'PLC-1', type: 'plc', zoneId: 'z-cell' },
  { id: 'a-fw', name: 'Cell firewall', type: 'firewall', zoneId: 'z-cell' },
  { id: 'a-ids', name: 'IDS', type: 'ids', zoneId: 'z-ops' },
];

describe('dual-homed-asset', () => {
  it('warns about an engineering workstation with one leg in operations and one in the cell', () => {
    const doc = makeDocument({
      zones,
      assets,
      links: [
        { id: 'l1', source: 'a-ews', target: 'a-ops-sw' },
        { id: 'l2', source: 'a-cell-sw', target: 'a-ews' },
      ],
    });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', subjects: ['a-ews', 'z-ops', 'z-cell'] });
    expect(found[0]?.message).toBe('Asset "EWS-1" is linked directly to assets in 2 zones: "Site operations" and "Cell 1".');
  });

  it('does not count the firewall the workstation reaches the cell through', () => {
    const doc = makeDocument({
      zones,
      assets,
      links: [
        { id: 'l1', source: 'a-ews', target: 'a-ops-sw' },
        { id: 'l2', source: 'a-ews', target: 'a-fw' },
        { id: 'l3', source: 'a-fw', target: 'a-cell-sw' },
      ],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('lets firewalls and IDS sensors touch several zones, as is their job', () => {
    const doc = makeDocument({
      zones,
      assets,
      links: [
        { id: 'l1', source: 'a-fw', target: 'a-ops-sw' },
        { id: 'l2', source: 'a-fw', target: 'a-cell-sw' },
        { id: 'l3', source: 'a-ids', target: 'a-ops-sw' },
        { id: 'l4', source: 'a-ids', target: 'a-cell-sw' },
      ],
    });
    expect(hits(doc).map((f) => f.subjects[0])).not.toContain('a-fw');
    expect(hits(doc).map((f) => f.subjects[0])).not.toContain('a-ids');
  });

  it('stays quiet for an asset cabled only within its own zone, however many links it has', () => {
    const doc = makeDocument({
      zones,
      assets,
      links: [
        { id: 'l1', source: 'a-plc', target: 'a-cell-sw' },
        { id: 'l2', source: 'a-plc', target: 'a-fw' },
      ],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
