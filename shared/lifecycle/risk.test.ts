import { describe, expect, it } from 'vitest';
import type { RiskMatrix, ZonewrightDocument } from '../model/document';
import { uniformSl } from '../model/securityLevels';
import { load } from './fixtures';
import {
  DEFAULT_RISK_MATRIX,
  elementRisk,
  riskLevel,
  riskRegister,
  riskScore,
  suggestSlT,
  consequenceOf,
  evaluateScenario,
  riskSettings,
  riskElement,
} from './risk';
import { allThreats, findThreat, rescaleLikelihood, THREAT_LIBRARY } from './threats';

/** One control zone whose register holds the given scenarios. */
function cell(risks: Record<string, unknown>[], extra: Record<string, unknown> = {}): ZonewrightDocument {
  return load({ format: 'zonewright', version: 1, meta: { name: 'Cell' }, zones: [{ id: 'z1', name: 'Cell 1', kind: 'control', risks }], ...extra });
}
const risk = (doc: ZonewrightDocument) => elementRisk(doc, 'z1')!;

describe('risk scores on the matrix', () => {
  it('scores a risk as likelihood times consequence', () => {
    expect(riskScore(4, 5)).toBe(20);
    expect(riskScore(1, 1)).toBe(1);
  });

  it('puts scores in the bands of the default 5×5 matrix: Low up to 4, Medium 5–9, High 10–19, Critical from 20', () => {
    expect([1, 4, 5, 9, 10, 16, 19, 20, 25].map((s) => riskLevel(s).label)).toEqual([
      'Low', 'Low', 'Medium', 'Medium', 'High', 'High', 'High', 'Critical', 'Critical',
    ]);
    expect(riskLevel(16).sl).toBe(3);
  });

  it('uses the bands of a project\'s own matrix', () => {
    const matrix: RiskMatrix = { ...DEFAULT_RISK_MATRIX, likelihoods: ['Low', 'High'], consequences: ['Low', 'High'], bands: [{ label: 'OK', minScore: 1, sl: 1 }, { label: 'Bad', minScore: 3, sl: 3 }] };
    expect(riskLevel(2, matrix)).toMatchObject({ label: 'OK', sl: 1, index: 0 });
    expect(riskLevel(4, matrix)).toMatchObject({ label: 'Bad', sl: 3, index: 1 });
  });

  it('takes the worst consequence category as the scenario\'s consequence', () => {
    expect(consequenceOf({ safety: 2, production: 5, finance: 3 }, DEFAULT_RISK_MATRIX)).toBe(5);
    expect(consequenceOf({}, DEFAULT_RISK_MATRIX)).toBeUndefined();
  });

  it('shows unmitigated and residual risk, and whether each is tolerable', () => {
    const doc = cell([{ id: 'r1', threatId: 'remote-access-compromise', likelihood: 4, consequence: { safety: 4 }, residualLikelihood: 1 }], { risk: { tolerableRisk: 6 } });
    const [s] = risk(doc).scenarios;
    expect(s?.unmitigated).toMatchObject({ score: 16, tolerable: false, level: { label: 'High' } });
    // The consequence carries over when no residual consequence is entered.
    expect(s?.residual).toMatchObject({ likelihood: 1, consequence: 4, score: 4, tolerable: true });
    expect(s?.current?.score).toBe(4);
    expect(risk(doc)).toMatchObject({ aboveTolerable: 1, currentAboveTolerable: 0, tolerableRisk: 6 });
  });

  it('leaves a scenario unrated until both likelihood and a consequence are entered', () => {
    const [s] = risk(cell([{ id: 'r1', threatId: 'insider-misuse', likelihood: 2 }])).scenarios;
    expect(s?.unmitigated).toBeUndefined();
    expect(s?.suggestedSl).toBeUndefined();
  });

  it('warns when the residual risk counts on countermeasures that SL-A does not show yet', () => {
    const raw = { id: 'r1', threatId: 'rogue-device', likelihood: 4, consequence: { production: 4 }, residualLikelihood: 1 };
    const implementing = load({ format: 'zonewright', version: 1, meta: { name: 'Cell', phase: 'implement' }, zones: [{ id: 'z1', name: 'Cell 1', kind: 'control', slT: 2, risks: [raw] }] });
    const [s] = risk(implementing).scenarios;
    expect(s?.warnings.join(' ')).toContain('SL-A is still below SL-T on FR1 IAC (0 < 2), FR3 SI (0 < 2), FR5 RDF (0 < 2)');
    // While assessing, requirement states are not tracked yet, so there is nothing to cross-check.
    expect(risk(cell([raw])).scenarios[0]?.warnings).toEqual([]);
  });

  it('warns when a residual risk is above the unmitigated one', () => {
    const [s] = risk(cell([{ id: 'r1', threatId: 'rogue-device', likelihood: 2, consequence: { production: 2 }, residualLikelihood: 4 }])).scenarios;
    expect(s?.warnings).toEqual(['Residual risk 8 is above the unmitigated risk 4.']);
  });

  it('lists a register for every zone and conduit, empty ones included', () => {
    const doc = load({
      format: 'zonewright', version: 1, meta: { name: 'P' },
      zones: [{ id: 'z1', name: 'A', kind: 'control' }, { id: 'z2', name: 'B', kind: 'supervisory' }],
      conduits: [{ id: 'c1', name: 'A–B', zoneIds: ['z1', 'z2'], risks: [{ id: 'r1', threatId: 'denial-of-service', likelihood: 3, consequence: { production: 3 } }] }],
    });
    expect(riskRegister(doc).map((r) => [r.elementId, r.kind, r.scenarios.length])).toEqual([['z1', 'zone', 0], ['z2', 'zone', 0], ['c1', 'conduit', 1]]);
  });
});

describe('suggested SL-T from the risk register', () => {
  it('suggests no SL-T while no scenario is rated', () => {
    expect(suggestSlT(risk(cell([])))).toBeUndefined();
    expect(suggestSlT(risk(cell([{ id: 'r1', threatId: 'insider-misuse' }])))).toBeUndefined();
  });

  it('raises the FRs a threat affects to the SL of its risk band, and keeps the others at the SL 1 baseline', () => {
    // Remote-access compromise affects IAC, UC, RDF and TRE; 4 × 4 = 16 is High: SL 3.
    const s = suggestSlT(risk(cell([{ id: 'r1', threatId: 'remote-access-compromise', likelihood: 4, consequence: { safety: 4 } }])))!;
    expect(s.slT).toEqual({ IAC: 3, UC: 3, SI: 1, DC: 1, RDF: 3, TRE: 3, RA: 1 });
    expect(s.reasons.IAC).toBe('SL 3 from "Remote-access compromise": unmitigated risk 16 (likelihood 4 × consequence 4) is High, above the tolerable 4.');
    expect(s.reasons.DC).toBe('SL 1 baseline: no rated threat scenario affects FR4 DC.');
    expect(s.basis.IAC).toEqual(['r1']);
    expect(s.basis.DC).toEqual([]);
  });

  it('takes per FR the highest level over the zone\'s scenarios and says which scenario set it', () => {
    const s = suggestSlT(
      risk(
        cell([
          { id: 'r1', threatId: 'denial-of-service', likelihood: 3, consequence: { production: 3 } }, // 9 Medium: SL 2 on RA, RDF, TRE
          { id: 'r2', threatId: 'ransomware-from-it', likelihood: 5, consequence: { finance: 5 } }, // 25 Critical: SL 4 on RDF, SI, RA
          { id: 'r3', threatId: 'rogue-device', likelihood: 5, consequence: { production: 5 } }, // 25 Critical: SL 4 on IAC, RDF, SI
        ]),
      ),
    )!;
    expect(s.slT).toEqual({ IAC: 4, UC: 1, SI: 4, DC: 1, RDF: 4, TRE: 2, RA: 4 });
    expect(s.basis.RDF).toEqual(['r2', 'r3']);
    expect(s.reasons.RDF).toContain('SL 4 from "Ransomware spreading from IT"');
    expect(s.reasons.RDF).toContain('1 more scenario also calls for SL 4.');
    expect(s.reasons.TRE).toContain('SL 2 from "Loss of view or control by denial of service"');
  });

  it('asks only for the baseline SL 1 where a risk is already tolerable', () => {
    const doc = cell([{ id: 'r1', threatId: 'denial-of-service', likelihood: 3, consequence: { production: 3 } }], { risk: { tolerableRisk: 9 } });
    const s = suggestSlT(risk(doc))!;
    expect(s.slT).toEqual(uniformSl(1));
    expect(s.reasons.RA).toContain('within the tolerable 9, so baseline protection suffices');
  });

  it('follows the FRs a scenario names itself instead of its threat\'s', () => {
    const s = suggestSlT(risk(cell([{ id: 'r1', threatId: 'denial-of-service', frs: ['DC'], likelihood: 3, consequence: { production: 3 } }])))!;
    expect(s.slT).toEqual({ ...uniformSl(1), DC: 2 });
  });

  it('gives a conduit a suggestion from its own register', () => {
    const doc = load({
      format: 'zonewright', version: 1, meta: { name: 'P' },
      zones: [{ id: 'z1', name: 'A', kind: 'control' }, { id: 'z2', name: 'B', kind: 'supervisory' }],
      conduits: [{ id: 'c1', name: 'A–B', zoneIds: ['z1', 'z2'], risks: [{ id: 'r1', threatId: 'traffic-interception', likelihood: 3, consequence: { production: 3 } }] }],
    });
    expect(suggestSlT(elementRisk(doc, 'c1')!)?.slT).toEqual({ IAC: 2, UC: 1, SI: 2, DC: 2, RDF: 1, TRE: 1, RA: 1 });
  });
});

describe('the threat library', () => {
  it('offers the common OT threats, each with FRs and a likelihood, under stable unique ids', () => {
    const ids = THREAT_LIBRARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['remote-access-compromise', 'engineering-workstation-malware', 'rogue-device', 'insider-misuse', 'denial-of-service', 'unauthorized-logic-change', 'removable-media-malware', 'supply-chain-compromise', 'wireless-intrusion', 'ransomware-from-it']) {
      expect(ids).toContain(id);
    }
    for (const t of THREAT_LIBRARY) {
      expect(t.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(t.frs.length).toBeGreaterThan(0);
      expect(t.description.length).toBeGreaterThan(40);
    }
  });

  it('rescales a threat\'s typical likelihood to a project\'s matrix', () => {
    expect([1, 2, 3, 4, 5].map((l) => rescaleLikelihood(l, 3))).toEqual([1, 2, 2, 3, 3]);
    expect(rescaleLikelihood(5, 10)).toBe(10);
    const matrix = { ...DEFAULT_RISK_MATRIX, likelihoods: ['Low', 'Medium', 'High'], bands: [{ label: 'Low', minScore: 1, sl: 1 }, { label: 'High', minScore: 6, sl: 3 }] };
    const doc = cell([], { risk: { matrix } });
    expect(findThreat(doc, riskSettings(doc).matrix, 'remote-access-compromise')?.likelihood).toBe(3);
  });

  it('lists the project\'s own threats after the library, and lets scenarios use them', () => {
    const doc = cell([{ id: 'r1', threatId: 'hvac-vendor', likelihood: 2, consequence: { safety: 5 } }], {
      threats: [{ id: 'hvac-vendor', title: 'HVAC vendor cloud link', frs: ['RDF'], likelihood: 2 }],
    });
    expect(allThreats(doc, DEFAULT_RISK_MATRIX).at(-1)).toMatchObject({ id: 'hvac-vendor', custom: true, likelihood: 2 });
    const s = evaluateScenario(doc, riskElement(doc, 'z1')!, doc.zones[0]!.risks![0]!);
    expect(s).toMatchObject({ title: 'HVAC vendor cloud link', frs: ['RDF'], suggestedSl: 3 });
  });
});
