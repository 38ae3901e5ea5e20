import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'dmz-bypassed');

const zones = [
  { id: 'z-net', name: 'Internet', kind: 'untrusted' },
  { id: 'z-office', name: 'Office', kind: 'enterprise', slT: 1 },
  { id: 'z-dmz', name: 'DMZ', kind: 'dmz', slT: 2 },
  { id: 'z-ops', name: 'Site operations', kind: 'operations', slT: 2 },
  { id: 'z-cell', name: 'Cell 1', kind: 'control', slT: 2 },
  { id: 'z-field', name: 'Sensors', kind: 'field', slT: 2 },
];

describe('dmz-bypassed', () => {
  it('flags an office conduit that lands straight in a control zone', () => {
    const doc = makeDocument({ zones, conduits: [{ id: 'c1', name: 'ERP link', zoneIds: ['z-office', 'z-cell'] }] });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', subjects: ['c1', 'z-office', 'z-cell'], clause: 'IEC 62443-3-2 ZCR 3.2' });
    expect(found[0]?.message).toBe('Conduit "ERP link" joins enterprise zone "Office" with control zone "Cell 1" directly.');
  });

  it('flags an Internet conduit into the field, and into site operations', () => {
    const doc = makeDocument({
      zones,
      conduits: [
        { id: 'c1', name: 'Cellular modem', zoneIds: ['z-field', 'z-net'] },
        { id: 'c2', name: 'Cloud sync', zoneIds: ['z-net', 'z-ops'] },
      ],
    });
    expect(hits(doc).map((f) => f.subjects)).toEqual([
      ['c1', 'z-net', 'z-field'],
      ['c2', 'z-net', 'z-ops'],
    ]);
  });

  it('reports a conduit joining several zones once, naming them all', () => {
    const doc = makeDocument({ zones, conduits: [{ id: 'c1', name: 'Flat network', zoneIds: ['z-office', 'z-dmz', 'z-cell', 'z-field'] }] });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe(
      'Conduit "Flat network" joins enterprise zone "Office" with control zone "Cell 1" and field zone "Sensors" directly.',
    );
  });

  it('stays quiet when the office and the IACS meet only in the DMZ', () => {
    const doc = makeDocument({
      zones,
      conduits: [
        { id: 'c1', name: 'Office – DMZ', zoneIds: ['z-office', 'z-dmz'] },
        { id: 'c2', name: 'DMZ – Ops', zoneIds: ['z-dmz', 'z-ops'] },
      ],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
