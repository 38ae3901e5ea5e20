import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../testing/makeDocument';
import { analyze } from '../analyze';

describe('asset-unzoned', () => {
  it('reports an asset that sits in no zone', () => {
    const doc = makeDocument({
      zones: [{ id: 'z1', name: 'Cell', kind: 'control', slT: 1 }],
      assets: [
        { id: 'a1', name: 'PLC-1', type: 'plc', zoneId: 'z1' },
        { id: 'a2', name: 'Stray laptop', type: 'it-workstation' },
      ],
    });
    const hits = analyze(doc).findings.filter((f) => f.rule === 'asset-unzoned');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: 'error', subjects: ['a2'], clause: expect.stringContaining('ZCR 3.1') });
    expect(hits[0]?.message).toContain('Stray laptop');
  });

  it('stays quiet when every asset has a zone', () => {
    const doc = makeDocument({
      zones: [{ id: 'z1', name: 'Cell', kind: 'control', slT: 1 }],
      assets: [{ id: 'a1', name: 'PLC-1', type: 'plc', zoneId: 'z1' }],
    });
    expect(analyze(doc).findings.filter((f) => f.rule === 'asset-unzoned')).toEqual([]);
  });
});
