import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'zone-slt-missing');

describe('zone-slt-missing', () => {
  it('flags a control zone whose target level was never set', () => {
    const doc = makeDocument({
      zones: [
        { id: 'z1', name: 'Cell 1', kind: 'control' },
        { id: 'z2', name: 'Cell 2', kind: 'control', slT: 2 },
      ],
    });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', subjects: ['z1'], clause: 'IEC 62443-3-2 ZCR 5.6' });
    expect(found[0]?.message).toBe('Control zone "Cell 1" has no target security level (SL-T).');
  });

  it('does not ask the Internet for a target level', () => {
    const doc = makeDocument({ zones: [{ id: 'z1', name: 'Internet', kind: 'untrusted' }] });
    expect(hits(doc)).toEqual([]);
  });

  it('asks every other kind, including remote-access and other zones', () => {
    const doc = makeDocument({
      zones: [
        { id: 'z1', name: 'Vendors', kind: 'remote-access' },
        { id: 'z2', name: 'Lab', kind: 'other' },
      ],
    });
    expect(hits(doc).map((f) => f.subjects[0])).toEqual(['z1', 'z2']);
  });

  it('accepts a zone whose SL-T is 0 on every FR, since that is a decision, not a gap', () => {
    const doc = makeDocument({ zones: [{ id: 'z1', name: 'Guest', kind: 'other', slT: 0 }] });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
