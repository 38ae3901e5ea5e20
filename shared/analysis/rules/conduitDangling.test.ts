import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'conduit-dangling');

const zones = [
  { id: 'z1', name: 'Site operations', kind: 'operations', slT: 2 },
  { id: 'z2', name: 'Cell 1', kind: 'control', slT: 2 },
];

describe('conduit-dangling', () => {
  it('flags a conduit drawn from a zone to nowhere', () => {
    const doc = makeDocument({ zones, conduits: [{ id: 'c1', name: 'Half-drawn', zoneIds: ['z1'] }] });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', subjects: ['c1', 'z1'] });
    expect(found[0]?.message).toBe('Conduit "Half-drawn" joins only operations zone "Site operations".');
  });

  it('flags a conduit that names the same zone twice, since it crosses no boundary', () => {
    const doc = makeDocument({ zones, conduits: [{ id: 'c1', name: 'Loop', zoneIds: ['z2', 'z2'] }] });
    expect(hits(doc).map((f) => f.subjects)).toEqual([['c1', 'z2']]);
  });

  it('flags a conduit with no zone at all', () => {
    const doc = makeDocument({ zones, conduits: [{ id: 'c1', name: 'Orphan', zoneIds: [] }] });
    expect(hits(doc)).toMatchObject([{ subjects: ['c1'], message: 'Conduit "Orphan" joins no zone.' }]);
  });

  it('stays quiet for a conduit between two zones', () => {
    const doc = makeDocument({ zones, conduits: [{ id: 'c1', name: 'Ops – Cell', zoneIds: ['z1', 'z2'] }] });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
