import { describe, expect, it } from 'vitest';
import { systemRequirementsFor } from '../../catalog/requirements';
import { uniformSl } from '../../model/securityLevels';
import { makeDocument } from '../../testing/makeDocument';
import { analyze } from '../analyze';

const allImplemented = Object.fromEntries(systemRequirementsFor(uniformSl(2)).map((r) => [r.id, { status: 'implemented' }]));
const plant = (phase: string, requirements?: Record<string, unknown>) =>
  makeDocument({
    meta: { phase },
    zones: [{ id: 'z1', name: 'Cell', kind: 'control', slT: 2, ...(requirements ? { requirements } : {}) }],
    assets: [{ id: 'a1', name: 'PLC', type: 'plc', zoneId: 'z1' }],
  });
const hits = (doc: ReturnType<typeof plant>) => analyze(doc).findings.filter((f) => f.rule === 'sla-below-slt');

describe('sla-below-slt', () => {
  it('warns, naming the FRs, when a zone in implementation has open requirements', () => {
    const open = { ...allImplemented, 'SR 5.2 RE 1': { status: 'planned' } };
    const [hit, ...rest] = hits(plant('implement', open));
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ severity: 'warning', subjects: ['z1'] });
    expect(hit?.message).toContain('FR5 RDF 1 < 2');
    expect(hit?.message).not.toContain('IAC');
  });

  it('stays quiet while the project is still being assessed', () => {
    expect(hits(plant('assess'))).toEqual([]);
  });

  it('stays quiet once every requirement up to the SL-T is met', () => {
    expect(hits(plant('maintain', allImplemented))).toEqual([]);
  });

  it('reports the zone SL-A in the requirements output', () => {
    const zone = analyze(plant('implement', allImplemented)).requirements.zones[0];
    expect(zone?.slA.IAC).toBeGreaterThanOrEqual(2);
    expect(zone?.status).toMatchObject({ implemented: zone?.items.length, planned: 0 });
  });
});
