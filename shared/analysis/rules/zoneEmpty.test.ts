import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'zone-empty');

describe('zone-empty', () => {
  it('notes a zone that holds no asset', () => {
    const doc = makeDocument({
      zones: [
        { id: 'z1', name: 'Cell 1', kind: 'control', slT: 2 },
        { id: 'z2', name: 'Spare cell', kind: 'control', slT: 2 },
      ],
      assets: [{ id: 'a1', name: 'PLC-1', type: 'plc', zoneId: 'z1' }],
    });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', subjects: ['z2'] });
    expect(found[0]?.message).toBe('Control zone "Spare cell" holds no asset.');
  });

  it('does not call a parent zone empty when its sub-zones (at any depth) hold assets', () => {
    const doc = makeDocument({
      zones: [
        { id: 'z-site', name: 'Site', kind: 'other', slT: 1 },
        { id: 'z-area', name: 'Area A', kind: 'supervisory', slT: 2, parentId: 'z-site' },
        { id: 'z-cell', name: 'Cell A1', kind: 'control', slT: 2, parentId: 'z-area' },
        { id: 'z-spare', name: 'Cell A2', kind: 'control', slT: 2, parentId: 'z-area' },
      ],
      assets: [{ id: 'a1', name: 'PLC-1', type: 'plc', zoneId: 'z-cell' }],
    });
    expect(hits(doc).map((f) => f.subjects[0])).toEqual(['z-spare']);
  });

  it('stays quiet when every zone holds an asset', () => {
    const doc = makeDocument({
      zones: [{ id: 'z1', name: 'Cell 1', kind: 'control', slT: 2 }],
      assets: [{ id: 'a1', name: 'PLC-1', type: 'plc', zoneId: 'z1' }],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
