import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'control-to-control');

const zones = [
  { id: 'z-sup', name: 'Area supervisory', kind: 'supervisory', slT: 2 },
  { id: 'z-c1', name: 'Cell 1', kind: 'control', slT: 2 },
  { id: 'z-c2', name: 'Cell 2', kind: 'control', slT: 2 },
  { id: 'z-sis', name: 'SIS', kind: 'safety', slT: 3 },
];

describe('control-to-control', () => {
  it('warns about a conduit wired straight between two cells', () => {
    const doc = makeDocument({ zones, conduits: [{ id: 'c1', name: 'Cell 1 – Cell 2', zoneIds: ['z-c1', 'z-c2'] }] });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', subjects: ['c1', 'z-c1', 'z-c2'] });
    expect(found[0]?.message).toBe('Conduit "Cell 1 – Cell 2" joins control zone "Cell 1" and control zone "Cell 2" directly.');
  });

  it('stays quiet when cells meet only through the supervisory zone, or a cell talks to its SIS', () => {
    const doc = makeDocument({
      zones,
      conduits: [
        { id: 'c1', name: 'SCADA – Cell 1', zoneIds: ['z-sup', 'z-c1'] },
        { id: 'c2', name: 'SCADA – Cell 2', zoneIds: ['z-sup', 'z-c2'] },
        { id: 'c3', name: 'Cell 1 – SIS', zoneIds: ['z-c1', 'z-sis'] },
      ],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
