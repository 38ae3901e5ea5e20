import { describe, expect, it } from 'vitest';
import { addAsset, addZone, compareDocuments, emptyDocument, updateZone, type ZoneId } from '../../../../shared';
import { groupChanges, highlightLabel } from './changeGroups';

describe('groupChanges', () => {
  it('groups a comparison into zones, assets and security levels, in that order', () => {
    const before = addZone(emptyDocument('Plant'), { id: 'z1', name: 'Cell' });
    let after = updateZone(before, { id: 'z1' as ZoneId, patch: { slT: { IAC: 2, UC: 2, SI: 2, DC: 2, RDF: 2, TRE: 2, RA: 2 } } });
    after = addAsset(after, { id: 'a1', type: 'plc', name: 'PLC-7', zoneId: 'z1' as ZoneId });
    after = addZone(after, { id: 'z2', name: 'Boiler house' });
    const groups = groupChanges(compareDocuments(before, after));
    expect(groups.map((g) => g.title)).toEqual(['Zones', 'Assets', 'Security levels (SL-T, SL-C)']);
    expect(groups[0]!.changes[0]!.summary).toMatch(/Boiler house/);
    expect(groups[1]!.changes[0]!.summary).toMatch(/PLC-7/);
    expect(groups[2]!.changes[0]!.summary).toMatch(/^SL-T of/);
  });

  it('leaves nothing when the two are the same', () => {
    const doc = addZone(emptyDocument('Plant'), { id: 'z1', name: 'Cell' });
    expect(groupChanges(compareDocuments(doc, doc))).toEqual([]);
  });
});

describe('highlightLabel', () => {
  it('names the revision the changes are measured from', () => {
    expect(highlightLabel({ kind: 'revision', name: 'Design review' }, { kind: 'current' })).toBe('Changes since revision ‘Design review’');
    expect(highlightLabel({ kind: 'revision', name: 'A' }, { kind: 'revision', name: 'B' })).toBe('Changes from revision ‘A’ to ‘B’');
  });
});
