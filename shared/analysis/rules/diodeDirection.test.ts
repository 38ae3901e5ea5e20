import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'diode-direction');

const zones = [
  { id: 'z-dmz', name: 'DMZ', kind: 'dmz', slT: { IAC: 2, UC: 2, SI: 1, DC: 1, RDF: 2, TRE: 1, RA: 1 } },
  { id: 'z-ops', name: 'Site operations', kind: 'operations', slT: { IAC: 2, UC: 2, SI: 3, DC: 1, RDF: 2, TRE: 2, RA: 2 } },
];
const assets = [
  { id: 'a-mirror', name: 'DMZ historian', type: 'historian', zoneId: 'z-dmz' },
  { id: 'a-hist', name: 'Plant historian', type: 'historian', zoneId: 'z-ops' },
  { id: 'a-diode', name: 'Diode-1', type: 'data-diode', zoneId: 'z-ops' },
  { id: 'a-fw', name: 'FW-1', type: 'firewall', zoneId: 'z-ops' },
];
const conduit = (flows: Record<string, unknown>[], devices = ['a-diode']) => ({
  id: 'c1',
  name: 'Historian replication',
  zoneIds: ['z-dmz', 'z-ops'],
  boundaryDevices: devices,
  flows,
});

describe('diode-direction', () => {
  it('warns about a flow pushed from the DMZ into operations through a data diode', () => {
    const doc = makeDocument({ zones, assets, conduits: [conduit([{ protocol: 'OPC UA', port: 4840, from: 'a-mirror', to: 'a-hist' }])] });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', subjects: ['c1', 'a-mirror', 'a-hist', 'a-diode'] });
    expect(found[0]?.message).toBe(
      'Flow "OPC UA 4840" on conduit "Historian replication" runs from "DMZ historian" in zone "DMZ" (highest SL-T 2) into "Plant historian" in zone "Site operations" (highest SL-T 3), against data diode "Diode-1".',
    );
  });

  it('stays quiet for replication out of operations into the DMZ', () => {
    const doc = makeDocument({ zones, assets, conduits: [conduit([{ protocol: 'OPC UA', port: 4840, from: 'a-hist', to: 'a-mirror' }])] });
    expect(hits(doc)).toEqual([]);
  });

  it('warns about a bidirectional flow over a diode, since its answers flow back in', () => {
    const doc = makeDocument({
      zones,
      assets,
      conduits: [conduit([{ protocol: 'OPC UA', from: 'a-hist', to: 'a-mirror', bidirectional: true }])],
    });
    expect(hits(doc)[0]?.message).toContain('is bidirectional, so it also runs from "DMZ historian"');
  });

  it('finds the diode when it is only cabled into the conduit', () => {
    const doc = makeDocument({
      zones,
      assets,
      conduits: [conduit([{ protocol: 'Syslog', port: 514, from: 'a-mirror', to: 'a-hist' }], [])],
      links: [{ id: 'l1', source: 'a-diode', target: 'a-mirror', conduitId: 'c1' }],
    });
    expect(hits(doc).map((f) => f.subjects[0])).toEqual(['c1']);
  });

  it('leaves inbound flows through a plain firewall alone', () => {
    const doc = makeDocument({
      zones,
      assets,
      conduits: [conduit([{ protocol: 'OPC UA', from: 'a-mirror', to: 'a-hist' }], ['a-fw'])],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
