import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../../shared/testing/makeDocument';
import { uniformSl } from '../../../shared';
import { conduitCapability, countsByFr, describeCounts, totalCounts, zoneCapability } from './requirementLevels';

const doc = makeDocument({
  zones: [
    { id: 'cell', name: 'Cell', kind: 'control', slT: 2 },
    { id: 'ops', name: 'Ops', kind: 'operations', slT: 2 },
  ],
  assets: [
    { id: 'plc', name: 'PLC', type: 'plc', zoneId: 'cell', slC: { IAC: 2, UC: 1, SI: 3, DC: 2, RDF: 2, TRE: 1, RA: 2 } },
    { id: 'hmi', name: 'HMI', type: 'hmi', zoneId: 'cell', slC: 3 },
    { id: 'sensor', name: 'Sensor', type: 'sensor', zoneId: 'cell' },
    { id: 'fw', name: 'FW', type: 'firewall', zoneId: 'ops', slC: 3 },
    { id: 'fw2', name: 'FW 2', type: 'firewall', zoneId: 'cell', slC: 1 },
  ],
  conduits: [
    { id: 'c1', name: 'Cell to ops', zoneIds: ['cell', 'ops'], boundaryDevices: ['fw'] },
    { id: 'c2', name: 'Bare', zoneIds: ['cell', 'ops'] },
    { id: 'c3', name: 'Through FW 2', zoneIds: ['cell', 'ops'] },
  ],
  links: [{ id: 'l1', source: 'fw2', target: 'fw', conduitId: 'c3' }],
});

describe('capability', () => {
  it('a zone: per FR, the lowest SL-C among the assets that state one', () => {
    const cap = zoneCapability(doc, doc.zones[0]!);
    expect(cap).toEqual({ slC: { IAC: 1, UC: 1, SI: 1, DC: 1, RDF: 1, TRE: 1, RA: 1 }, known: 3, total: 4 });
    expect(zoneCapability({ ...doc, assets: doc.assets.filter((a) => a.id !== 'fw2') }, doc.zones[0]!)).toEqual({
      slC: { IAC: 2, UC: 1, SI: 3, DC: 2, RDF: 2, TRE: 1, RA: 2 },
      known: 2,
      total: 3,
    });
    expect(zoneCapability(doc, { ...doc.zones[1]!, id: 'empty' as never })).toEqual({ slC: undefined, known: 0, total: 0 });
  });

  it('a conduit: the lowest SL-C of its boundary devices, listed or at an end of its links', () => {
    expect(conduitCapability(doc, doc.conduits[0]!)).toEqual({ slC: uniformSl(3), known: 1, total: 1 });
    expect(conduitCapability(doc, doc.conduits[1]!).slC).toBeUndefined();
    expect(conduitCapability(doc, doc.conduits[2]!)).toEqual({ slC: uniformSl(1), known: 2, total: 2 });
  });
});

describe('countsByFr', () => {
  it('counts statuses per FR, no entry being planned', () => {
    const counts = countsByFr(['SR 1.1', 'SR 1.2', 'SR 7.1', 'SR 7.2'], {
      'SR 1.1': { status: 'implemented' },
      'SR 7.1': { status: 'not-applicable', justification: 'x' },
    });
    expect(counts.get('IAC')).toEqual({ total: 2, met: 1, byStatus: { planned: 1, implemented: 1, 'not-applicable': 0, compensated: 0 } });
    expect(describeCounts(counts.get('RA')!)).toBe('1 of 2 met: 0 implemented, 1 not applicable, 0 compensated, 1 planned');
    expect(counts.has('UC')).toBe(false);
    expect(totalCounts(counts.values())).toMatchObject({ total: 4, met: 2 });
  });
});
