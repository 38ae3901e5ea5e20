import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'boundary-unprotected');

const zones = [
  { id: 'z-net', name: 'Internet', kind: 'untrusted' },
  { id: 'z-dmz', name: 'DMZ', kind: 'dmz', slT: 2 },
  { id: 'z-ops', name: 'Site operations', kind: 'operations', slT: { IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 3, TRE: 2, RA: 2 } },
  { id: 'z-ops2', name: 'Site services', kind: 'operations', slT: 2 },
];
const assets = [
  { id: 'a-fw', name: 'FW-1', type: 'firewall', zoneId: 'z-dmz' },
  { id: 'a-sw', name: 'Core switch', type: 'switch', zoneId: 'z-dmz' },
  { id: 'a-srv', name: 'Server', type: 'server', zoneId: 'z-ops' },
];

describe('boundary-unprotected', () => {
  it('flags a conduit between zones of different targets with nothing enforcing it, naming the FRs', () => {
    const doc = makeDocument({ zones, assets, conduits: [{ id: 'c1', name: 'DMZ – Ops', zoneIds: ['z-dmz', 'z-ops'] }] });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', subjects: ['c1', 'z-dmz', 'z-ops'] });
    expect(found[0]?.message).toBe(
      'Conduit "DMZ – Ops" joins DMZ zone "DMZ" and operations zone "Site operations", whose SL-T differ on FR4 DC and FR5 RDF, yet no boundary device is on it.',
    );
  });

  it('says "every FR" rather than listing all seven', () => {
    const doc = makeDocument({
      zones: [...zones, { id: 'z-office', name: 'Office', kind: 'enterprise', slT: 1 }],
      assets,
      conduits: [{ id: 'c1', name: 'Office – DMZ', zoneIds: ['z-office', 'z-dmz'] }],
    });
    expect(hits(doc)[0]?.message).toContain('whose SL-T differ on every FR, yet');
  });

  it('flags a conduit to the Internet with no boundary device', () => {
    const doc = makeDocument({ zones, assets, conduits: [{ id: 'c1', name: 'Uplink', zoneIds: ['z-net', 'z-dmz'] }] });
    expect(hits(doc)[0]?.message).toBe('Conduit "Uplink" joins untrusted zone "Internet" and DMZ zone "DMZ", yet no boundary device is on it.');
  });

  it('accepts a firewall listed as the conduit\'s boundary device', () => {
    const doc = makeDocument({
      zones,
      assets,
      conduits: [{ id: 'c1', name: 'Uplink', zoneIds: ['z-net', 'z-dmz'], boundaryDevices: ['a-fw'] }],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('accepts a firewall that is only cabled into the conduit', () => {
    const doc = makeDocument({
      zones,
      assets,
      conduits: [{ id: 'c1', name: 'DMZ – Ops', zoneIds: ['z-dmz', 'z-ops'] }],
      links: [{ id: 'l1', source: 'a-fw', target: 'a-srv', conduitId: 'c1' }],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('does not take a switch on the conduit for a boundary device', () => {
    const doc = makeDocument({
      zones,
      assets,
      conduits: [{ id: 'c1', name: 'DMZ – Ops', zoneIds: ['z-dmz', 'z-ops'], boundaryDevices: ['a-sw'] }],
    });
    expect(hits(doc).map((f) => f.subjects[0])).toEqual(['c1']);
  });

  it('stays quiet between trusted zones with the same target', () => {
    const doc = makeDocument({ zones, assets, conduits: [{ id: 'c1', name: 'DMZ – Services', zoneIds: ['z-dmz', 'z-ops2'] }] });
    expect(hits(doc)).toEqual([]);
  });

  it('leaves a conduit with a single zone to conduit-dangling', () => {
    const doc = makeDocument({ zones, assets, conduits: [{ id: 'c1', name: 'Stub', zoneIds: ['z-net'] }] });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
