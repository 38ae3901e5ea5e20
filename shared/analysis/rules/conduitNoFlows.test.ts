import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'conduit-no-flows');

const zones = [
  { id: 'z1', name: 'Area supervisory', kind: 'supervisory', slT: 2 },
  { id: 'z2', name: 'Cell 1', kind: 'control', slT: 2 },
];

describe('conduit-no-flows', () => {
  it('warns about a conduit with no flow written down, whether the list is missing or empty', () => {
    const doc = makeDocument({
      zones,
      conduits: [
        { id: 'c1', name: 'SCADA – Cell 1', zoneIds: ['z1', 'z2'] },
        { id: 'c2', name: 'Spare', zoneIds: ['z1', 'z2'], flows: [] },
      ],
    });
    const found = hits(doc);
    expect(found.map((f) => f.subjects)).toEqual([['c1'], ['c2']]);
    expect(found[0]).toMatchObject({ severity: 'warning', clause: 'IEC 62443-3-3 SR 5.2' });
    expect(found[0]?.message).toBe('Conduit "SCADA – Cell 1" explicitly allows no flow.');
  });

  it('stays quiet once the conduit lists a flow', () => {
    const doc = makeDocument({
      zones,
      conduits: [{ id: 'c1', name: 'SCADA – Cell 1', zoneIds: ['z1', 'z2'], flows: [{ protocol: 'Modbus/TCP', port: 502 }] }],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
