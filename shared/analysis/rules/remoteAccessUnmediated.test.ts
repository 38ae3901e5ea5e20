import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'remote-access-unmediated');

const zones = [
  { id: 'z-net', name: 'Internet', kind: 'untrusted' },
  { id: 'z-vendor', name: 'Vendor access', kind: 'remote-access', slT: 2 },
  { id: 'z-dmz', name: 'DMZ', kind: 'dmz', slT: 2 },
  { id: 'z-bare', name: 'Web DMZ', kind: 'dmz', slT: 2 },
  { id: 'z-cell', name: 'Cell 1', kind: 'control', slT: 2 },
  { id: 'z-office', name: 'Office', kind: 'enterprise', slT: 1 },
];
const assets = [
  { id: 'a-jump', name: 'Jump host', type: 'jump-host', zoneId: 'z-dmz' },
  { id: 'a-web', name: 'Web server', type: 'server', zoneId: 'z-bare' },
];

describe('remote-access-unmediated', () => {
  it('flags a vendor VPN conduit that lands straight in a control zone', () => {
    const doc = makeDocument({ zones, assets, conduits: [{ id: 'c1', name: 'Vendor VPN', zoneIds: ['z-net', 'z-cell'] }] });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', subjects: ['c1', 'z-net', 'z-cell'], clause: 'IEC 62443-3-3 SR 1.13' });
    expect(found[0]?.message).toBe('Conduit "Vendor VPN" joins untrusted zone "Internet" with control zone "Cell 1" directly.');
  });

  it('flags remote access into a DMZ that has no jump host or gateway to end the session on', () => {
    const doc = makeDocument({ zones, assets, conduits: [{ id: 'c1', name: 'Vendor portal', zoneIds: ['z-vendor', 'z-bare'] }] });
    const found = hits(doc);
    expect(found.map((f) => f.subjects)).toEqual([['c1', 'z-vendor', 'z-bare']]);
    expect(found[0]?.message).toBe(
      'Conduit "Vendor portal" joins remote-access zone "Vendor access" with DMZ zone "Web DMZ", which holds no jump host or remote-access gateway.',
    );
  });

  it('accepts remote access that ends in a DMZ holding a jump host', () => {
    const doc = makeDocument({ zones, assets, conduits: [{ id: 'c1', name: 'Vendor VPN', zoneIds: ['z-net', 'z-dmz'] }] });
    expect(hits(doc)).toEqual([]);
  });

  it('accepts a remote-access gateway kept in a sub-zone of the DMZ', () => {
    const doc = makeDocument({
      zones: [...zones, { id: 'z-ra', name: 'Remote-access segment', kind: 'other', parentId: 'z-bare', slT: 2 }],
      assets: [...assets, { id: 'a-rag', name: 'RA gateway', type: 'remote-access-gateway', zoneId: 'z-ra' }],
      conduits: [{ id: 'c1', name: 'Vendor VPN', zoneIds: ['z-net', 'z-bare'] }],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('leaves conduits between trusted zones alone', () => {
    const doc = makeDocument({ zones, assets, conduits: [{ id: 'c1', name: 'Office – Web DMZ', zoneIds: ['z-office', 'z-bare'] }] });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
