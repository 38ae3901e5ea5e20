import { describe, expect, it } from 'vitest';
import { loadDocument } from '../model/load';
import { copyElements, pasteElements } from '../model/edits';
import type { ZonewrightDocument } from '../model/document';
import { uniformSl } from '../model/securityLevels';
import {
  acceptSuggestion,
  addIncident,
  addRiskScenario,
  addThreat,
  matrixChangeProblems,
  overrideSlT,
  removeIncident,
  removeRiskScenario,
  removeThreat,
  setAssetLifecycle,
  setRiskSettings,
  setSuc,
  threatUsage,
  updateIncident,
  updateRiskScenario,
  updateThreat,
} from './edits';
import { load } from './fixtures';
import { DEFAULT_RISK_MATRIX, slTDecisionStatus } from './risk';

const base = load({
  format: 'zonewright',
  version: 1,
  meta: { name: 'Cell' },
  zones: [
    { id: 'z1', name: 'Cell 1', kind: 'control', slT: 1 },
    { id: 'z2', name: 'Supervisory', kind: 'supervisory' },
  ],
  assets: [{ id: 'a1', name: 'PLC', type: 'plc', zoneId: 'z1' }],
  conduits: [{ id: 'c1', name: 'Sup – Cell', zoneIds: ['z2', 'z1'] }],
});

/** Whatever an edit returns must load. */
function loads(doc: ZonewrightDocument): ZonewrightDocument {
  const result = loadDocument(JSON.parse(JSON.stringify(doc)));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(result.doc).toEqual(doc);
  return doc;
}

const withRisk = loads(
  addRiskScenario(base, { elementId: 'z1', threatId: 'remote-access-compromise', consequence: { safety: 4 } }),
);

describe('risk register edits', () => {
  it('adds a threat scenario to a zone with the threat\'s typical likelihood', () => {
    expect(withRisk.zones[0]?.risks).toEqual([{ id: 'risk-1', threatId: 'remote-access-compromise', likelihood: 4, consequence: { safety: 4 } }]);
    const second = loads(addRiskScenario(withRisk, { elementId: 'c1', threatId: 'traffic-interception' }));
    expect(second.conduits[0]?.risks?.[0]).toMatchObject({ id: 'risk-2', likelihood: 2 });
  });

  it('refuses scenarios that would not load: unknown threat or element, ratings off the matrix, unknown categories', () => {
    expect(addRiskScenario(base, { elementId: 'z1', threatId: 'alien-invasion' })).toBe(base);
    expect(addRiskScenario(base, { elementId: 'a1', threatId: 'rogue-device' })).toBe(base);
    expect(addRiskScenario(base, { elementId: 'z1', threatId: 'rogue-device', likelihood: 6 })).toBe(base);
    expect(addRiskScenario(base, { elementId: 'z1', threatId: 'rogue-device', consequence: { morale: 2 } })).toBe(base);
    expect(updateRiskScenario(withRisk, { elementId: 'z1', id: 'risk-1', patch: { residualLikelihood: 0 } })).toBe(withRisk);
    expect(addRiskScenario(withRisk, { elementId: 'z1', threatId: 'rogue-device', id: 'risk-1' })).toBe(withRisk);
  });

  it('updates and removes a scenario, dropping an emptied register', () => {
    const rated = loads(updateRiskScenario(withRisk, { elementId: 'z1', id: 'risk-1', patch: { residualLikelihood: 1, countermeasures: 'MFA on the VPN', likelihood: undefined } }));
    expect(rated.zones[0]?.risks?.[0]).toEqual({ id: 'risk-1', threatId: 'remote-access-compromise', consequence: { safety: 4 }, residualLikelihood: 1, countermeasures: 'MFA on the VPN' });
    const removed = loads(removeRiskScenario(rated, { elementId: 'z1', id: 'risk-1' }));
    expect(removed.zones[0]).not.toHaveProperty('risks');
    expect(removeRiskScenario(rated, { elementId: 'z1', id: 'nope' })).toBe(rated);
  });

  it('lets the user add, change and remove a threat of their own, but not one still in use', () => {
    let doc = loads(addThreat(base, { title: 'Ageing HVAC link', frs: ['RDF', 'RA'], likelihood: 3 }));
    expect(doc.threats).toEqual([{ id: 'threat-1', title: 'Ageing HVAC link', frs: ['RDF', 'RA'], likelihood: 3 }]);
    expect(addThreat(base, { id: 'rogue-device', title: 'Mine', frs: ['SI'] })).toBe(base);
    doc = loads(updateThreat(doc, { id: 'threat-1', patch: { description: 'A vendor link nobody owns.' } }));
    doc = loads(addRiskScenario(doc, { elementId: 'z1', threatId: 'threat-1', consequence: { production: 2 } }));
    expect(threatUsage(doc, 'threat-1')).toBe(1);
    expect(removeThreat(doc, { id: 'threat-1' })).toBe(doc);
    const unused = removeRiskScenario(doc, { elementId: 'z1', id: 'risk-1' });
    expect(loads(removeThreat(unused, { id: 'threat-1' }))).not.toHaveProperty('threats');
  });

  it('sets the tolerable risk and the matrix, refusing a matrix the existing ratings do not fit', () => {
    const doc = loads(setRiskSettings(withRisk, { patch: { tolerableRisk: 6 } }));
    expect(doc.risk).toEqual({ tolerableRisk: 6 });
    expect(setRiskSettings(withRisk, { patch: { tolerableRisk: 26 } })).toBe(withRisk);
    const small = { ...DEFAULT_RISK_MATRIX, likelihoods: ['Low', 'High'], consequences: ['Low', 'High'], bands: [{ label: 'Low', minScore: 1, sl: 1 as const }] };
    expect(setRiskSettings(withRisk, { patch: { matrix: small } })).toBe(withRisk);
    expect(matrixChangeProblems(withRisk, small)).toEqual([
      'zones[0].risks[0].likelihood: must be at most 2, the number of likelihood steps of the risk matrix',
      'zones[0].risks[0].consequence.safety: must be at most 2, the number of consequence steps of the risk matrix',
    ]);
    expect(loads(setRiskSettings(base, { patch: { matrix: small } })).risk?.matrix).toEqual(small);
    expect(loads(setRiskSettings(doc, { patch: { tolerableRisk: undefined } }))).not.toHaveProperty('risk');
  });
});

describe('accepting or overriding the suggested SL-T', () => {
  it('sets the suggested SL-T and records who accepted it, when, and what it replaced', () => {
    const doc = loads(acceptSuggestion(withRisk, { elementId: 'z1', by: 'A. Owner', date: '2025-01-10' }));
    const suggested = { IAC: 3, UC: 3, SI: 1, DC: 1, RDF: 3, TRE: 3, RA: 1 };
    expect(doc.zones[0]?.slT).toEqual(suggested);
    expect(doc.zones[0]?.slTDecisions).toEqual([{ action: 'accepted', by: 'A. Owner', date: '2025-01-10', slT: suggested, suggested, previous: uniformSl(1) }]);
    expect(slTDecisionStatus(doc, 'z1').state).toBe('current');
    // Accepting the same suggestion again records nothing new.
    expect(acceptSuggestion(doc, { elementId: 'z1', by: 'A. Owner', date: '2025-01-11' })).toBe(doc);
  });

  it('cannot accept a suggestion that does not exist', () => {
    expect(acceptSuggestion(base, { elementId: 'z1', by: 'A. Owner', date: '2025-01-10' })).toBe(base);
  });

  it('records an override with who, when, why, the suggestion it overrode and the SL-T it replaced', () => {
    const doc = loads(overrideSlT(withRisk, { elementId: 'z1', slT: uniformSl(2), by: 'B. Engineer', date: '2025-01-12', reason: 'Compensated by the plant-wide MFA rollout.' }));
    expect(doc.zones[0]?.slT).toEqual(uniformSl(2));
    expect(doc.zones[0]?.slTDecisions?.[0]).toEqual({
      action: 'overridden',
      by: 'B. Engineer',
      date: '2025-01-12',
      slT: uniformSl(2),
      reason: 'Compensated by the plant-wide MFA rollout.',
      suggested: { IAC: 3, UC: 3, SI: 1, DC: 1, RDF: 3, TRE: 3, RA: 1 },
      previous: uniformSl(1),
    });
  });

  it('refuses an override without a reason', () => {
    expect(overrideSlT(withRisk, { elementId: 'z1', slT: uniformSl(2), by: 'B', date: '2025-01-12', reason: '  ' })).toBe(withRisk);
  });

  it('shows a decision as outdated once the risks or the SL-T change after it', () => {
    const decided = acceptSuggestion(withRisk, { elementId: 'z1', by: 'A. Owner', date: '2025-01-10' });
    const riskier = updateRiskScenario(decided, { elementId: 'z1', id: 'risk-1', patch: { likelihood: 5 } });
    expect(slTDecisionStatus(riskier, 'z1')).toMatchObject({ state: 'outdated', reason: expect.stringContaining('risk register changed') });
    const handSet = { ...decided, zones: decided.zones.map((z) => (z.id === 'z1' ? { ...z, slT: uniformSl(4) } : z)) };
    expect(slTDecisionStatus(handSet, 'z1')).toMatchObject({ state: 'outdated', reason: 'The SL-T was changed after the decision.' });
  });

  it('decides a conduit\'s SL-T from its own register', () => {
    const doc = loads(acceptSuggestion(addRiskScenario(base, { elementId: 'c1', threatId: 'traffic-interception', consequence: { production: 5 } }), { elementId: 'c1', by: 'A', date: '2025-01-10' }));
    expect(doc.conduits[0]?.slT).toEqual({ IAC: 3, UC: 1, SI: 3, DC: 3, RDF: 1, TRE: 1, RA: 1 }); // 2 × 5 = 10, High
    expect(doc.conduits[0]?.slTDecisions).toHaveLength(1);
  });
});

describe('maintenance and documentation edits', () => {
  it('keeps an incident log: add, close, remove', () => {
    let doc = loads(addIncident(base, { date: '2025-02-01', title: 'Unknown laptop on switch port 12', affected: ['a1'] }));
    expect(doc.incidents).toEqual([{ id: 'incident-1', date: '2025-02-01', title: 'Unknown laptop on switch port 12', affected: ['a1'], status: 'open' }]);
    doc = loads(updateIncident(doc, { id: 'incident-1', patch: { status: 'closed', description: 'A contractor\'s; removed.' } }));
    expect(doc.incidents?.[0]?.status).toBe('closed');
    expect(addIncident(base, { date: '2025-02-30', title: 'Bad date' })).toBe(base);
    expect(loads(removeIncident(doc, { id: 'incident-1' }))).not.toHaveProperty('incidents');
  });

  it('records patch status and date per asset, refusing values that would not load', () => {
    const doc = loads(setAssetLifecycle(base, { assetId: base.assets[0]!.id, patch: { patchStatus: 'unsupported', lastPatched: '2019-05-01', temporary: true } }));
    expect(doc.assets[0]).toMatchObject({ patchStatus: 'unsupported', lastPatched: '2019-05-01', temporary: true });
    expect(setAssetLifecycle(base, { assetId: base.assets[0]!.id, patch: { lastPatched: 'last week' } })).toBe(base);
  });

  it('describes the system under consideration, dropping an emptied description', () => {
    const doc = loads(setSuc(base, { patch: { scope: 'Line 1 only.' } }));
    expect(doc.suc).toEqual({ scope: 'Line 1 only.' });
    expect(loads(setSuc(doc, { patch: { scope: undefined } }))).not.toHaveProperty('suc');
  });
});

describe('registers of a pasted zone', () => {
  it('addresses a scenario by its zone, so a copied register with the same ids stays editable', () => {
    const copy = { ...withRisk.zones[0]!, id: 'z9' as never, name: 'Cell 1 copy' };
    const pasted = loads({ ...withRisk, zones: [...withRisk.zones, copy] });
    const edited = loads(updateRiskScenario(pasted, { elementId: 'z9', id: 'risk-1', patch: { likelihood: 1 } }));
    expect(edited.zones[0]?.risks?.[0]?.likelihood).toBe(4);
    expect(edited.zones[2]?.risks?.[0]?.likelihood).toBe(1);
    // And through the editor's own copy and paste.
    const viaClipboard = pasteElements(withRisk, { clip: copyElements(withRisk, { ids: ['z1', 'a1'] }) });
    expect(viaClipboard.zones).toHaveLength(3);
    loads(viaClipboard);
    // A new scenario still gets an id unused anywhere in the document.
    expect(addRiskScenario(pasted, { elementId: 'z9', threatId: 'rogue-device' }).zones[2]?.risks?.[1]?.id).toBe('risk-2');
  });
});
