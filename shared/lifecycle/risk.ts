/**
 * The risk register (IEC 62443-3-2 ZCR 2, 4 and 5): risk scores on the project's matrix, their
 * comparison with the tolerable risk, and the SL-T each zone or conduit's risks suggest.
 *
 * Method, kept transparent so that a user can check every number by hand:
 * - A scenario's consequence is the highest of its per-category ratings; its risk score is
 *   likelihood × consequence (1 … 25 on the default 5×5 matrix). The score falls in a band of
 *   the matrix (default Low 1–4, Medium 5–9, High 10–19, Critical 20–25).
 * - Unmitigated risk uses `likelihood` and `consequence`. Residual risk is what the user enters
 *   after weighing the countermeasures (ZCR 5.8–5.10): `residualLikelihood`, and
 *   `residualConsequence` where the countermeasures also limit the damage. It is never derived
 *   from SL-A: an achieved level says requirements are met, not how likely this scenario still is.
 *   The register cross-checks the two instead: once the project is in implementation or
 *   maintenance (when requirement states are tracked), a residual below the unmitigated risk on
 *   a zone whose SL-A falls short of its SL-T on the scenario's FRs carries a warning.
 * - SL-T suggestion (ZCR 5.6), per scenario from its unmitigated risk: at or below the tolerable
 *   risk it asks for SL 1 (protection against casual violation); above it, for the SL of its band
 *   (default Low 1, Medium 2, High 3, Critical 4: the higher the risk, the more capable the
 *   attacker the zone must withstand, as the SL definitions of 62443-3-3 grade them). The level
 *   applies to the FRs the scenario affects. Per FR the zone takes the highest level over its
 *   scenarios; an FR no rated scenario affects gets SL 1 as a baseline. Without any rated
 *   scenario there is no suggestion.
 */
import { systemAchievedLevel } from '../analysis/achieved';
import type {
  Conduit,
  ConduitId,
  RiskBand,
  RiskMatrix,
  RiskScenario,
  SlTDecision,
  Zone,
  ZoneId,
  ZonewrightDocument,
} from '../model/document';
import { FR_KEYS, frLabel, maxSl, slEquals, type FrKey, type SecurityLevel, type SlVector } from '../model/securityLevels';
import { findThreat, type Threat } from './threats';

/** The default 5×5 matrix with the five consequence categories of the issue. */
export const DEFAULT_RISK_MATRIX: RiskMatrix = {
  likelihoods: ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'],
  consequences: ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'],
  categories: [
    { id: 'safety', label: 'Health and safety' },
    { id: 'environment', label: 'Environment' },
    { id: 'production', label: 'Production' },
    { id: 'finance', label: 'Finance' },
    { id: 'reputation', label: 'Reputation' },
  ],
  bands: [
    { label: 'Low', minScore: 1, sl: 1 },
    { label: 'Medium', minScore: 5, sl: 2 },
    { label: 'High', minScore: 10, sl: 3 },
    { label: 'Critical', minScore: 20, sl: 4 },
  ],
};

/** Default tolerable risk: the Low band of the default matrix. */
export const DEFAULT_TOLERABLE_RISK = 4;

/** The SL an FR gets when no rated scenario affects it. */
export const BASELINE_SL: SecurityLevel = 1;

/** The risk method in force: the document's settings, defaults filling the gaps. */
export interface EffectiveRiskSettings {
  readonly matrix: RiskMatrix;
  readonly tolerableRisk: number;
  /** Whether the document sets the matrix itself, and the tolerable risk (ZCR 6.8 asks for the latter). */
  readonly matrixSet: boolean;
  readonly tolerableRiskSet: boolean;
}

export function riskSettings(doc: ZonewrightDocument): EffectiveRiskSettings {
  const r = doc.risk;
  return {
    matrix: r?.matrix ?? DEFAULT_RISK_MATRIX,
    tolerableRisk: r?.tolerableRisk ?? DEFAULT_TOLERABLE_RISK,
    matrixSet: r?.matrix !== undefined,
    tolerableRiskSet: r?.tolerableRisk !== undefined,
  };
}

/** The risk score of a likelihood and a consequence step: their product. */
export function riskScore(likelihood: number, consequence: number): number {
  return likelihood * consequence;
}

/** The highest score of a matrix. */
export function maxRiskScore(matrix: RiskMatrix): number {
  return matrix.likelihoods.length * matrix.consequences.length;
}

export interface RiskLevel extends RiskBand {
  /** Position of the band in the matrix, 0 for the lowest. */
  readonly index: number;
}

/** The band a score falls in: the last band whose `minScore` it reaches (the first band below that). */
export function riskLevel(score: number, matrix: RiskMatrix = DEFAULT_RISK_MATRIX): RiskLevel {
  let index = 0;
  for (let i = 1; i < matrix.bands.length; i++) if (score >= matrix.bands[i]!.minScore) index = i;
  return { ...matrix.bands[index]!, index };
}

/** The highest rating over the matrix's categories; undefined when no category is rated. */
export function consequenceOf(ratings: Readonly<Record<string, number>> | undefined, matrix: RiskMatrix): number | undefined {
  if (!ratings) return undefined;
  let max: number | undefined;
  for (const c of matrix.categories) {
    const v = ratings[c.id];
    if (v !== undefined && (max === undefined || v > max)) max = v;
  }
  return max;
}

/** One risk (unmitigated or residual) of a scenario. */
export interface RiskAssessment {
  readonly likelihood: number;
  readonly consequence: number;
  readonly score: number;
  readonly level: RiskLevel;
  /** At or below the tolerable risk. */
  readonly tolerable: boolean;
}

function assess(likelihood: number | undefined, consequence: number | undefined, settings: EffectiveRiskSettings): RiskAssessment | undefined {
  if (likelihood === undefined || consequence === undefined) return undefined;
  const score = riskScore(likelihood, consequence);
  return { likelihood, consequence, score, level: riskLevel(score, settings.matrix), tolerable: score <= settings.tolerableRisk };
}

/** A scenario with its numbers worked out. */
export interface EvaluatedScenario {
  readonly scenario: RiskScenario;
  /** The zone or conduit whose register holds it. */
  readonly elementId: ZoneId | ConduitId;
  /** Undefined only for a document the loader would refuse (an unknown threat id). */
  readonly threat: Threat | undefined;
  /** The threat's title, for lists. */
  readonly title: string;
  /** The FRs the scenario affects: its own list, else its threat's. */
  readonly frs: readonly FrKey[];
  /** Undefined until likelihood and at least one consequence category are rated. */
  readonly unmitigated: RiskAssessment | undefined;
  /** Undefined until a residual likelihood is entered. */
  readonly residual: RiskAssessment | undefined;
  /** The risk as it stands: residual when assessed, else unmitigated. */
  readonly current: RiskAssessment | undefined;
  /** The SL the scenario asks for on its FRs (see the method above); undefined when not rated. */
  readonly suggestedSl: SecurityLevel | undefined;
  /** Inconsistencies worth a second look, in plain words. */
  readonly warnings: readonly string[];
}

export type RiskElement = { readonly kind: 'zone'; readonly element: Zone } | { readonly kind: 'conduit'; readonly element: Conduit };

/** The zone or conduit with this id. */
export function riskElement(doc: ZonewrightDocument, id: string): RiskElement | undefined {
  const zone = doc.zones.find((z) => z.id === id);
  if (zone) return { kind: 'zone', element: zone };
  const conduit = doc.conduits.find((c) => c.id === id);
  return conduit ? { kind: 'conduit', element: conduit } : undefined;
}

/** The SL-T in force: the element's own, or for a conduit without one the per-FR highest of its zones. */
export function effectiveSlT(doc: ZonewrightDocument, target: RiskElement): SlVector | undefined {
  if (target.element.slT || target.kind === 'zone') return target.element.slT;
  const zoneIds = new Set<string>(target.element.zoneIds);
  return maxSl(doc.zones.filter((z) => zoneIds.has(z.id) && z.slT).map((z) => z.slT!));
}

export function evaluateScenario(
  doc: ZonewrightDocument,
  target: RiskElement,
  scenario: RiskScenario,
  settings: EffectiveRiskSettings = riskSettings(doc),
): EvaluatedScenario {
  const { matrix } = settings;
  const threat = findThreat(doc, matrix, scenario.threatId);
  const frs = scenario.frs ?? threat?.frs ?? [];
  const unmitigated = assess(scenario.likelihood, consequenceOf(scenario.consequence, matrix), settings);
  const residualConsequence = consequenceOf(scenario.residualConsequence, matrix) ?? unmitigated?.consequence;
  const residual = assess(scenario.residualLikelihood, residualConsequence, settings);
  const warnings: string[] = [];
  if (residual && unmitigated && residual.score > unmitigated.score) {
    warnings.push(`Residual risk ${residual.score} is above the unmitigated risk ${unmitigated.score}.`);
  }
  const implementing = doc.meta.phase === 'implement' || doc.meta.phase === 'maintain';
  if (implementing && residual && unmitigated && residual.score < unmitigated.score) {
    const slT = effectiveSlT(doc, target);
    if (slT) {
      const slA = systemAchievedLevel(target.element.requirements);
      const short = FR_KEYS.filter((fr) => frs.includes(fr) && slA[fr] < slT[fr]);
      if (short.length > 0) {
        warnings.push(
          `Residual risk counts on countermeasures, but SL-A is still below SL-T on ${short.map((fr) => `${frLabel(fr)} (${slA[fr]} < ${slT[fr]})`).join(', ')}.`,
        );
      }
    }
  }
  return {
    scenario,
    elementId: target.element.id,
    threat,
    title: threat?.title ?? scenario.threatId,
    frs,
    unmitigated,
    residual,
    current: residual ?? unmitigated,
    suggestedSl: unmitigated ? (unmitigated.tolerable ? BASELINE_SL : unmitigated.level.sl) : undefined,
    warnings,
  };
}

/** A zone's or conduit's register, worked out. */
export interface ElementRisk {
  readonly elementId: ZoneId | ConduitId;
  readonly kind: 'zone' | 'conduit';
  readonly name: string;
  readonly scenarios: readonly EvaluatedScenario[];
  /** The highest unmitigated risk among the rated scenarios. */
  readonly highestUnmitigated: RiskAssessment | undefined;
  /** The highest current risk (residual where assessed) among the rated scenarios. */
  readonly highestCurrent: RiskAssessment | undefined;
  /** Rated scenarios whose unmitigated risk is above the tolerable risk. */
  readonly aboveTolerable: number;
  /** Rated scenarios whose current risk is still above the tolerable risk. */
  readonly currentAboveTolerable: number;
  readonly tolerableRisk: number;
}

function higher(a: RiskAssessment | undefined, b: RiskAssessment | undefined): RiskAssessment | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
}

function toElementRisk(doc: ZonewrightDocument, target: RiskElement, settings: EffectiveRiskSettings): ElementRisk {
  const scenarios = (target.element.risks ?? []).map((s) => evaluateScenario(doc, target, s, settings));
  let highestUnmitigated: RiskAssessment | undefined;
  let highestCurrent: RiskAssessment | undefined;
  let aboveTolerable = 0;
  let currentAboveTolerable = 0;
  for (const s of scenarios) {
    highestUnmitigated = higher(highestUnmitigated, s.unmitigated);
    highestCurrent = higher(highestCurrent, s.current);
    if (s.unmitigated && !s.unmitigated.tolerable) aboveTolerable++;
    if (s.current && !s.current.tolerable) currentAboveTolerable++;
  }
  return {
    elementId: target.element.id,
    kind: target.kind,
    name: target.element.name,
    scenarios,
    highestUnmitigated,
    highestCurrent,
    aboveTolerable,
    currentAboveTolerable,
    tolerableRisk: settings.tolerableRisk,
  };
}

/** The register of one zone or conduit; undefined when the id names neither. */
export function elementRisk(doc: ZonewrightDocument, elementId: string, settings: EffectiveRiskSettings = riskSettings(doc)): ElementRisk | undefined {
  const target = riskElement(doc, elementId);
  return target ? toElementRisk(doc, target, settings) : undefined;
}

/** The registers of every zone, then every conduit, in document order (empty ones included). */
export function riskRegister(doc: ZonewrightDocument): ElementRisk[] {
  const settings = riskSettings(doc);
  return [
    ...doc.zones.map((z) => toElementRisk(doc, { kind: 'zone', element: z }, settings)),
    ...doc.conduits.map((c) => toElementRisk(doc, { kind: 'conduit', element: c }, settings)),
  ];
}

/** The SL-T the register suggests, with the reason for each FR in words. */
export interface SlTSuggestion {
  readonly slT: SlVector;
  readonly reasons: Readonly<Record<FrKey, string>>;
  /** Per FR, the ids of the scenarios that set its level (none for the baseline). */
  readonly basis: Readonly<Record<FrKey, readonly string[]>>;
}

function scoreText(s: EvaluatedScenario): string {
  const u = s.unmitigated!;
  return `unmitigated risk ${u.score} (likelihood ${u.likelihood} × consequence ${u.consequence})`;
}

/**
 * The suggested SL-T of a zone or conduit from its rated scenarios (see the method at the top of
 * this file); undefined when none is rated.
 */
export function suggestSlT(risk: ElementRisk): SlTSuggestion | undefined {
  const rated = risk.scenarios.filter((s) => s.suggestedSl !== undefined);
  if (rated.length === 0) return undefined;
  const slT = {} as Record<FrKey, SecurityLevel>;
  const reasons = {} as Record<FrKey, string>;
  const basis = {} as Record<FrKey, string[]>;
  for (const fr of FR_KEYS) {
    let level: SecurityLevel = BASELINE_SL;
    let setters: EvaluatedScenario[] = [];
    for (const s of rated) {
      if (!s.frs.includes(fr)) continue;
      const sl = s.suggestedSl!;
      if (setters.length === 0 || sl > level) {
        level = sl;
        setters = [s];
      } else if (sl === level) setters.push(s);
    }
    slT[fr] = level;
    basis[fr] = setters.map((s) => s.scenario.id);
    const first = setters[0];
    if (!first) {
      reasons[fr] = `SL ${BASELINE_SL} baseline: no rated threat scenario affects ${frLabel(fr)}.`;
      continue;
    }
    const u = first.unmitigated!;
    const why = u.tolerable
      ? `${scoreText(first)} is within the tolerable ${risk.tolerableRisk}, so baseline protection suffices`
      : `${scoreText(first)} is ${u.level.label}, above the tolerable ${risk.tolerableRisk}`;
    const more = setters.length - 1;
    reasons[fr] = `SL ${level} from "${first.title}": ${why}.${more > 0 ? ` ${more} more scenario${more === 1 ? '' : 's'} also call${more === 1 ? 's' : ''} for SL ${level}.` : ''}`;
  }
  return { slT, reasons, basis };
}

/** Whether the SL-T of an element rests on a recorded decision that still matches the register. */
export interface SlTDecisionStatus {
  /** `none`: never decided; `current`: the last decision stands; `outdated`: the SL-T or the risks changed since. */
  readonly state: 'none' | 'current' | 'outdated';
  readonly decision: SlTDecision | undefined;
  readonly suggestion: SlTSuggestion | undefined;
  /** Why the decision is outdated. */
  readonly reason?: string;
}

function sameSl(a: SlVector | undefined, b: SlVector | undefined): boolean {
  return a === undefined || b === undefined ? a === b : slEquals(a, b);
}

export function slTDecisionStatus(doc: ZonewrightDocument, elementId: string, settings: EffectiveRiskSettings = riskSettings(doc)): SlTDecisionStatus {
  const target = riskElement(doc, elementId);
  if (!target) return { state: 'none', decision: undefined, suggestion: undefined };
  const suggestion = suggestSlT(toElementRisk(doc, target, settings));
  const decisions = target.element.slTDecisions ?? [];
  const decision = decisions[decisions.length - 1];
  if (!decision) return { state: 'none', decision, suggestion };
  if (!sameSl(target.element.slT, decision.slT)) return { state: 'outdated', decision, suggestion, reason: 'The SL-T was changed after the decision.' };
  if (!sameSl(suggestion?.slT, decision.suggested)) {
    return { state: 'outdated', decision, suggestion, reason: 'The risk register changed after the decision: the suggestion is now different.' };
  }
  return { state: 'current', decision, suggestion };
}
