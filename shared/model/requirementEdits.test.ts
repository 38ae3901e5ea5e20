// Recording how far requirements are met, and the project phase: pure edits the requirements panel applies.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { systemRequirementsFor } from '../catalog/requirements';
import { makeDocument } from '../testing/makeDocument';
import type { AssetId, ConduitId, ZoneId, ZonewrightDocument } from './document';
import { loadDocument } from './load';
import { uniformSl } from './securityLevels';
import { serializeDocument } from './serialize';
import { requirementTextProblem, setProjectPhase, setRequirementState, setRequirementStates, updateAsset } from './edits';

const Z = (s: string) => s as ZoneId;
const A = (s: string) => s as AssetId;
const C = (s: string) => s as ConduitId;

function expectLoadable(doc: ZonewrightDocument) {
  const result = loadDocument(JSON.parse(serializeDocument(doc)));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  expect(result.doc).toEqual(doc);
}

const plant = () =>
  makeDocument({
    zones: [
      { id: 'cell', name: 'Cell', kind: 'control', slT: 1 },
      { id: 'ops', name: 'Ops', kind: 'operations', slT: 2 },
    ],
    assets: [
      { id: 'plc', name: 'PLC', type: 'plc', zoneId: 'cell' },
      { id: 'sw', name: 'Switch', type: 'switch', zoneId: 'cell' },
    ],
    conduits: [{ id: 'c1', name: 'Cell to ops', zoneIds: ['cell', 'ops'] }],
  });

const zone = (doc: ZonewrightDocument, id = 'cell') => doc.zones.find((z) => z.id === id)!;

describe('setRequirementState', () => {
  it('records an implemented SR on a zone, and removing it (planned) leaves no trace', () => {
    const doc = plant();
    const done = setRequirementState(doc, { id: Z('cell'), requirementId: 'SR 1.1', state: { status: 'implemented' } });
    expect(zone(done).requirements).toEqual({ 'SR 1.1': { status: 'implemented' } });
    expectLoadable(done);
    const back = setRequirementState(done, { id: Z('cell'), requirementId: 'SR 1.1', state: { status: 'planned' } });
    expect(zone(back)).not.toHaveProperty('requirements');
    expect(back.zones[1]).toBe(doc.zones[1]);
  });

  it('refuses "not applicable" without a justification, and "compensated" without a countermeasure', () => {
    const doc = plant();
    expect(setRequirementState(doc, { id: Z('cell'), requirementId: 'SR 1.1', state: { status: 'not-applicable' } })).toBe(doc);
    expect(setRequirementState(doc, { id: Z('cell'), requirementId: 'SR 1.1', state: { status: 'not-applicable', justification: '   ' } })).toBe(doc);
    expect(setRequirementState(doc, { id: Z('cell'), requirementId: 'SR 1.1', state: { status: 'compensated' } })).toBe(doc);
    expect(setRequirementState(doc, { id: Z('cell'), requirementId: 'SR 1.1', state: { status: 'compensated', compensatingCountermeasure: '' } })).toBe(doc);
    expect(setRequirementState(doc, { id: Z('cell'), requirementId: 'SR 1.1', state: { status: 'not-applicable', justification: 'x'.repeat(4001) } })).toBe(doc);
  });

  it('stores the justification or countermeasure trimmed, and only the one its status uses', () => {
    const doc = plant();
    const na = setRequirementState(doc, {
      id: Z('cell'),
      requirementId: 'SR 1.1',
      state: { status: 'not-applicable', justification: '  No human users in this zone. ', compensatingCountermeasure: 'stray' },
    });
    expect(zone(na).requirements?.['SR 1.1']).toEqual({ status: 'not-applicable', justification: 'No human users in this zone.' });
    const comp = setRequirementState(na, {
      id: Z('cell'),
      requirementId: 'SR 1.1',
      state: { status: 'compensated', compensatingCountermeasure: 'Locked cabinet, badge access', justification: 'old' },
    });
    expect(zone(comp).requirements?.['SR 1.1']).toEqual({ status: 'compensated', compensatingCountermeasure: 'Locked cabinet, badge access' });
    expectLoadable(comp);
  });

  it('returns the same document when the state is already recorded', () => {
    const doc = setRequirementState(plant(), { id: Z('cell'), requirementId: 'SR 1.1', state: { status: 'implemented' } });
    expect(setRequirementState(doc, { id: Z('cell'), requirementId: 'SR 1.1', state: { status: 'implemented' } })).toBe(doc);
    expect(setRequirementState(plant(), { id: Z('cell'), requirementId: 'SR 1.1', state: undefined })).toEqual(plant());
  });

  it('accepts only requirements of the right part: 3-3 SRs on zones and conduits, 4-2 requirements of its class on assets', () => {
    const doc = plant();
    expect(setRequirementState(doc, { id: Z('cell'), requirementId: 'CR 1.1', state: { status: 'implemented' } })).toBe(doc);
    expect(setRequirementState(doc, { id: Z('cell'), requirementId: 'SR 99.9', state: { status: 'implemented' } })).toBe(doc);
    expect(setRequirementState(doc, { id: A('plc'), requirementId: 'SR 1.1', state: { status: 'implemented' } })).toBe(doc);
    // A PLC is an embedded device: EDR yes, NDR no.
    expect(setRequirementState(doc, { id: A('plc'), requirementId: 'NDR 1.13', state: { status: 'implemented' } })).toBe(doc);
    const plc = setRequirementState(doc, { id: A('plc'), requirementId: 'CR 1.1', state: { status: 'implemented' } });
    expect(plc.assets[0]?.requirements).toEqual({ 'CR 1.1': { status: 'implemented' } });
    const conduit = setRequirementState(doc, { id: C('c1'), requirementId: 'SR 5.1', state: { status: 'compensated', compensatingCountermeasure: 'Unidirectional gateway' } });
    expect(conduit.conduits[0]?.requirements?.['SR 5.1']?.status).toBe('compensated');
    expectLoadable(conduit);
    expect(setRequirementState(doc, { id: Z('nowhere'), requirementId: 'SR 1.1', state: { status: 'implemented' } })).toBe(doc);
  });

  it('marks several requirements as one edit, or none of them when one is refused', () => {
    const doc = plant();
    const ids = systemRequirementsFor(uniformSl(1)).filter((r) => r.fr === 'RA').map((r) => r.id);
    const all = setRequirementStates(doc, { id: Z('cell'), states: Object.fromEntries(ids.map((id) => [id, { status: 'implemented' as const }])) });
    expect(Object.keys(zone(all).requirements ?? {})).toEqual(ids);
    const refused = setRequirementStates(doc, { id: Z('cell'), states: { 'SR 1.1': { status: 'implemented' }, 'SR 1.2': { status: 'not-applicable' } } });
    expect(refused).toBe(doc);
  });

  it('moves SL-A: every SL 1 requirement of an FR met lifts that FR to 1', () => {
    const doc = plant();
    const ra = systemRequirementsFor(uniformSl(1)).filter((r) => r.fr === 'RA');
    const [first, ...rest] = ra;
    let next = setRequirementStates(doc, { id: Z('cell'), states: Object.fromEntries(rest.map((r) => [r.id, { status: 'implemented' as const }])) });
    expect(analyze(next).requirements.zones[0]?.slA.RA).toBe(0);
    next = setRequirementState(next, { id: Z('cell'), requirementId: first!.id, state: { status: 'not-applicable', justification: 'No such resource here.' } });
    const zr = analyze(next).requirements.zones[0]!;
    expect(zr.slA).toEqual({ ...uniformSl(0), RA: 1 });
    expect(zr.status.implemented).toBe(rest.length);
    expect(zr.status['not-applicable']).toBe(1);
  });
});

describe('requirementTextProblem', () => {
  it('explains what is missing at the field', () => {
    expect(requirementTextProblem('justification', '')).toMatch(/why/);
    expect(requirementTextProblem('compensatingCountermeasure', '  ')).toMatch(/countermeasure/);
    expect(requirementTextProblem('justification', 'Not used')).toBeUndefined();
    expect(requirementTextProblem('note', '')).toBeUndefined();
    expect(requirementTextProblem('note', 'x'.repeat(4001))).toMatch(/4000/);
  });
});

describe('changing an asset type', () => {
  it('drops the states of class-specific requirements the new type does not have, keeping the common CRs', () => {
    let doc = setRequirementStates(plant(), {
      id: A('plc'),
      states: { 'CR 1.1': { status: 'implemented' }, 'EDR 2.13': { status: 'implemented' } },
    });
    doc = updateAsset(doc, { id: A('plc'), patch: { type: 'server' } });
    expect(doc.assets[0]?.requirements).toEqual({ 'CR 1.1': { status: 'implemented' } });
    expectLoadable(doc);
  });
});

describe('setProjectPhase', () => {
  it('marks the project as in implementation, which turns on the SL-A check', () => {
    const doc = plant();
    expect(analyze(doc).findings.some((f) => f.rule === 'sla-below-slt')).toBe(false);
    const next = setProjectPhase(doc, { phase: 'implement' });
    expect(next.meta.phase).toBe('implement');
    expect(analyze(next).findings.filter((f) => f.rule === 'sla-below-slt').map((f) => f.subjects[0])).toEqual(expect.arrayContaining(['cell', 'ops', 'c1']));
    expect(setProjectPhase(next, { phase: 'implement' })).toBe(next);
    expect(setProjectPhase(next, { phase: undefined }).meta).not.toHaveProperty('phase');
    expect(setProjectPhase(doc, { phase: 'later' as never })).toBe(doc);
  });
});
