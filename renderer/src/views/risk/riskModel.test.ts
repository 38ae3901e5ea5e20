import { describe, expect, it } from 'vitest';
import {
  addRiskScenario,
  DEFAULT_RISK_MATRIX,
  elementRisk,
  matrixChangeProblems,
  riskSettings,
  slTDecisionStatus,
  suggestSlT,
  updateRiskScenario,
  acceptSuggestion,
  overrideSlT,
  uniformSl,
} from '../../../../shared';
import { assessedPlant } from '../../../../shared/lifecycle/fixtures';
import { bandTone, decisionState, describeMatrixProblem, groupedReasons, heatMap, resizeMatrix, slDiffers } from './riskModel';

describe('band tones', () => {
  it('colours the default four bands green, yellow, orange, red', () => {
    expect([0, 1, 2, 3].map((i) => bandTone(i, 4))).toEqual([0, 1, 2, 3]);
  });
  it('spreads fewer or more bands over the same four tones, lowest green and highest red', () => {
    expect([0, 1].map((i) => bandTone(i, 2))).toEqual([0, 3]);
    expect([0, 1, 2].map((i) => bandTone(i, 3))).toEqual([0, 2, 3]);
    expect(bandTone(0, 1)).toBe(0);
    expect(bandTone(5, 6)).toBe(3);
  });
});

describe('SL-T decision state', () => {
  const doc = assessedPlant();
  it('is pending while the register suggests an SL-T that nobody decided on', () => {
    expect(decisionState(slTDecisionStatus(doc, 'z-ctl'))).toBe('pending');
  });
  it('says there is no rated risk when nothing suggests an SL-T', () => {
    expect(decisionState(slTDecisionStatus(doc, 'z-internet'))).toBe('no-risk');
  });
  it('follows accept and override, and turns outdated when the register changes afterwards', () => {
    const accepted = acceptSuggestion(doc, { elementId: 'z-ctl', by: 'A', date: '2025-01-01' });
    expect(decisionState(slTDecisionStatus(accepted, 'z-ctl'))).toBe('accepted');
    const overridden = overrideSlT(accepted, { elementId: 'z-ctl', by: 'A', date: '2025-01-02', slT: uniformSl(4), reason: 'Toxic inventory' });
    expect(decisionState(slTDecisionStatus(overridden, 'z-ctl'))).toBe('overridden');
    const rerated = updateRiskScenario(accepted, { elementId: 'z-ctl', id: 'r-ctl-1', patch: { likelihood: 5, consequence: { safety: 5 } } });
    expect(decisionState(slTDecisionStatus(rerated, 'z-ctl'))).toBe('outdated');
  });
});

describe('slDiffers', () => {
  it('compares FR by FR, and an unset SL-T differs from a set one', () => {
    expect(slDiffers(uniformSl(2), { ...uniformSl(2) })).toBe(false);
    expect(slDiffers(uniformSl(2), { ...uniformSl(2), RA: 3 })).toBe(true);
    expect(slDiffers(undefined, uniformSl(1))).toBe(true);
    expect(slDiffers(undefined, undefined)).toBe(false);
  });
});

describe('resizeMatrix', () => {
  it('keeps the labels it can, names new steps, and drops bands above the new highest score', () => {
    const small = resizeMatrix(DEFAULT_RISK_MATRIX, 3, 3);
    expect(small.likelihoods).toEqual(['Rare', 'Unlikely', 'Possible']);
    expect(small.bands.map((b) => b.label)).toEqual(['Low', 'Medium']);
    const big = resizeMatrix(DEFAULT_RISK_MATRIX, 6, 5);
    expect(big.likelihoods.at(-1)).toBe('Level 6');
    expect(big.bands).toHaveLength(4);
  });
});

describe('heatMap', () => {
  it('draws the highest likelihood first and places each scenario by number, unmitigated and residual apart', () => {
    const doc = assessedPlant();
    const risk = elementRisk(doc, 'z-ctl')!;
    const rows = heatMap(DEFAULT_RISK_MATRIX, 4, risk.scenarios);
    expect(rows.map((r) => r[0]!.likelihood)).toEqual([5, 4, 3, 2, 1]);
    // r-ctl-1: 4 × 4 unmitigated, 1 × 4 residual; r-ctl-2: 3 × 3, residual 1 × 3.
    const cell = (l: number, c: number) => rows.find((r) => r[0]!.likelihood === l)![c - 1]!;
    expect(cell(4, 4).unmitigated).toEqual([1]);
    expect(cell(1, 4).residual).toEqual([1]);
    expect(cell(3, 3).unmitigated).toEqual([2]);
    expect(cell(1, 3).residual).toEqual([2]);
    expect(cell(2, 2)).toMatchObject({ score: 4, tolerable: true, unmitigated: [], residual: [] });
    expect(cell(5, 5)).toMatchObject({ score: 25, tone: 3, tolerable: false });
  });
});

describe('groupedReasons', () => {
  it('lists FRs with the same reason together and keeps different reasons apart', () => {
    const doc = addRiskScenario(assessedPlant(), { elementId: 'z-internet', threatId: 'denial-of-service', likelihood: 4, consequence: { production: 4 } });
    const groups = groupedReasons(suggestSlT(elementRisk(doc, 'z-internet')!)!.reasons);
    expect(groups.map((g) => g.frs)).toEqual([['IAC', 'UC', 'SI', 'DC'], ['RDF', 'TRE', 'RA']]);
    expect(groups[0]!.reason).toBe('SL 1 baseline: no rated threat scenario affects these FRs.');
    expect(groups[1]!.reason).toMatch(/^SL 3 from "Loss of view or control by denial of service": unmitigated risk 16/);
  });
});

describe('describeMatrixProblem', () => {
  it('names the zone, the scenario, the rating and its value when a smaller matrix would not fit', () => {
    const doc = assessedPlant();
    const smaller = resizeMatrix(riskSettings(doc).matrix, 3, 5);
    const problems = matrixChangeProblems(doc, smaller).map((p) => describeMatrixProblem(doc, smaller, p));
    expect(problems).toContain('Zone “Cell 1”, scenario “Unauthorized change of control logic”: the likelihood is 4 and must be at most 3, the number of likelihood steps of the risk matrix.');
  });
  it('names the consequence category', () => {
    const doc = assessedPlant();
    const fewer = resizeMatrix(riskSettings(doc).matrix, 5, 3);
    const problems = matrixChangeProblems(doc, fewer).map((p) => describeMatrixProblem(doc, fewer, p));
    expect(problems).toContain('Zone “Cell 1”, scenario “Unauthorized change of control logic”: the consequence (Health and safety) is 4 and must be at most 3, the number of consequence steps of the risk matrix.');
  });
  it('leaves a problem it does not know as it is', () => {
    expect(describeMatrixProblem(assessedPlant(), DEFAULT_RISK_MATRIX, 'meta: odd')).toBe('meta: odd');
  });
});
