import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument } from '../../testing/makeDocument';
import { findingsOf, goodPlant } from './fixtures';

const hits = (doc: ZonewrightDocument) => findingsOf(doc, 'flow-endpoint-outside-conduit');

const zones = [
  { id: 'z-office', name: 'Office', kind: 'enterprise', slT: 1 },
  { id: 'z-dmz', name: 'DMZ', kind: 'dmz', slT: 2 },
  { id: 'z-ops', name: 'Site operations', kind: 'operations', slT: 2 },
];
const assets = [
  { id: 'a-erp', name: 'ERP server', type: 'server', zoneId: 'z-office' },
  { id: 'a-mirror', name: 'DMZ historian', type: 'historian', zoneId: 'z-dmz' },
  { id: 'a-hist', name: 'Plant historian', type: 'historian', zoneId: 'z-ops' },
  { id: 'a-fw', name: 'OT firewall', type: 'firewall', zoneId: 'z-office' },
  { id: 'a-laptop', name: 'Laptop', type: 'it-workstation' },
];
const dmzOps = (flows: Record<string, unknown>[]) => ({
  id: 'c1',
  name: 'DMZ – Ops',
  zoneIds: ['z-dmz', 'z-ops'],
  boundaryDevices: ['a-fw'],
  flows,
});

describe('flow-endpoint-outside-conduit', () => {
  it('warns about a flow from the ERP server written on the DMZ-to-operations conduit', () => {
    const doc = makeDocument({ zones, assets, conduits: [dmzOps([{ protocol: 'SQL', port: 1433, from: 'a-erp', to: 'a-hist' }])] });
    const found = hits(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', subjects: ['c1', 'a-erp'] });
    expect(found[0]?.message).toBe(
      'Flow "SQL 1433" on conduit "DMZ – Ops" reaches "ERP server" (in enterprise zone "Office"), outside the zones the conduit joins.',
    );
  });

  it('names both ends when neither belongs, including an unzoned one', () => {
    const doc = makeDocument({ zones, assets, conduits: [dmzOps([{ protocol: 'SMB', from: 'a-laptop', to: 'a-erp' }])] });
    expect(hits(doc)[0]?.subjects).toEqual(['c1', 'a-laptop', 'a-erp']);
    expect(hits(doc)[0]?.message).toContain('"Laptop" (in no zone) and "ERP server"');
  });

  it('accepts flows between the joined zones, to a boundary device on the conduit, and flows with no endpoints given', () => {
    const doc = makeDocument({
      zones,
      assets,
      conduits: [
        dmzOps([
          { protocol: 'OPC UA', from: 'a-hist', to: 'a-mirror' },
          { protocol: 'SNMP', from: 'a-hist', to: 'a-fw' },
          { protocol: 'NTP', port: 123 },
        ]),
      ],
    });
    expect(hits(doc)).toEqual([]);
  });

  it('does not fire on a well-designed plant', () => {
    expect(hits(goodPlant)).toEqual([]);
  });
});
