/**
 * What the risk register view needs beyond the core: colour tones for the matrix's bands, the
 * SL-T decision state as a word, matrix resizing, the heat map's cells, and refused matrix changes
 * put in the user's terms. Pure functions; the numbers themselves come from `shared/lifecycle`.
 */
import {
  riskLevel,
  riskScore,
  type EvaluatedScenario,
  type RiskMatrix,
  type SlTDecisionStatus,
  type SlVector,
  type ZonewrightDocument,
  findThreat,
  FR_KEYS,
  frLabel,
  type FrKey,
} from '../../../../shared';

/** Four colour tones, green to red; any number of bands is spread over them. */
export type RiskTone = 0 | 1 | 2 | 3;

export function bandTone(index: number, bandCount: number): RiskTone {
  if (bandCount <= 1) return 0;
  return Math.max(0, Math.min(3, Math.round((index * 3) / (bandCount - 1)))) as RiskTone;
}

/** The tone of a score on a matrix. */
export function scoreTone(score: number, matrix: RiskMatrix): RiskTone {
  return bandTone(riskLevel(score, matrix).index, matrix.bands.length);
}

export type DecisionState = 'no-risk' | 'pending' | 'accepted' | 'overridden' | 'outdated';

export const DECISION_LABEL: Readonly<Record<DecisionState, string>> = {
  'no-risk': 'No rated risk',
  pending: 'Pending',
  accepted: 'Accepted',
  overridden: 'Overridden',
  outdated: 'Outdated',
};

/** Where an element's SL-T decision stands, in one word for the list. */
export function decisionState(status: SlTDecisionStatus): DecisionState {
  if (status.state === 'outdated') return 'outdated';
  if (status.state === 'current') return status.decision!.action;
  return status.suggestion ? 'pending' : 'no-risk';
}

/** True when both vectors are set and differ on some FR, or one is set and the other not. */
export function slDiffers(a: SlVector | undefined, b: SlVector | undefined): boolean {
  if (!a || !b) return a !== b;
  return FR_KEYS.some((fr) => a[fr] !== b[fr]);
}

/**
 * The matrix with `likelihoods` × `consequences` steps: existing labels kept, new steps labelled
 * `Level n`, and bands that would start above the new highest score dropped (the first stays).
 */
export function resizeMatrix(matrix: RiskMatrix, likelihoods: number, consequences: number): RiskMatrix {
  const resize = (labels: readonly string[], n: number) => Array.from({ length: n }, (_, i) => labels[i] ?? `Level ${i + 1}`);
  const top = likelihoods * consequences;
  return {
    ...matrix,
    likelihoods: resize(matrix.likelihoods, likelihoods),
    consequences: resize(matrix.consequences, consequences),
    bands: matrix.bands.filter((b, i) => i === 0 || b.minScore <= top),
  };
}

/** One cell of the heat map, with the scenarios placed in it. */
export interface HeatCell {
  readonly likelihood: number;
  readonly consequence: number;
  readonly score: number;
  readonly tone: RiskTone;
  readonly tolerable: boolean;
  /** 1-based positions in the register of the scenarios whose unmitigated risk is here. */
  readonly unmitigated: readonly number[];
  /** …and of those whose residual risk is here. */
  readonly residual: readonly number[];
}

/** Rows of the heat map, highest likelihood first (as risk matrices are drawn). */
export function heatMap(matrix: RiskMatrix, tolerableRisk: number, scenarios: readonly EvaluatedScenario[]): HeatCell[][] {
  const rows: HeatCell[][] = [];
  for (let l = matrix.likelihoods.length; l >= 1; l--) {
    const row: HeatCell[] = [];
    for (let c = 1; c <= matrix.consequences.length; c++) {
      const score = riskScore(l, c);
      const at = (pick: (s: EvaluatedScenario) => { likelihood: number; consequence: number } | undefined) =>
        scenarios.flatMap((s, i) => {
          const r = pick(s);
          return r && r.likelihood === l && r.consequence === c ? [i + 1] : [];
        });
      row.push({
        likelihood: l,
        consequence: c,
        score,
        tone: scoreTone(score, matrix),
        tolerable: score <= tolerableRisk,
        unmitigated: at((s) => s.unmitigated),
        residual: at((s) => s.residual),
      });
    }
    rows.push(row);
  }
  return rows;
}

/** FRs that share a reason, listed once: "FR1 IAC, FR2 UC: SL 3 from …". */
export function groupedReasons(reasons: Readonly<Record<FrKey, string>>): { frs: FrKey[]; reason: string }[] {
  const groups: { frs: FrKey[]; reason: string }[] = [];
  for (const fr of FR_KEYS) {
    // The baseline reason names its FR; group those by their shared wording.
    const reason = reasons[fr];
    const key = reason.replace(frLabel(fr), '{FR}');
    const group = groups.find((g) => g.reason.replace(frLabel(g.frs[0]!), '{FR}') === key);
    if (group) group.frs.push(fr);
    else groups.push({ frs: [fr], reason });
  }
  return groups.map((g) => (g.frs.length > 1 && g.reason.includes(frLabel(g.frs[0]!)) ? { ...g, reason: g.reason.replace(frLabel(g.frs[0]!), 'these FRs') } : g));
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  likelihood: 'likelihood',
  residualLikelihood: 'residual likelihood',
  consequence: 'consequence',
  residualConsequence: 'residual consequence',
};

/**
 * A problem from `matrixChangeProblems` (`zones[2].risks[0].likelihood: must be at most 3, …`)
 * in the user's terms: which zone or conduit, which scenario, which rating and its value.
 */
export function describeMatrixProblem(doc: ZonewrightDocument, matrix: RiskMatrix, problem: string): string {
  const sep = problem.indexOf(': ');
  if (sep < 0) return problem;
  const path = problem.slice(0, sep);
  const message = problem.slice(sep + 2);
  const risk = /^(zones|conduits)\[(\d+)\]\.risks\[(\d+)\]\.(\w+)(?:\.(\w+)|\["(.+)"\])?$/.exec(path);
  if (risk) {
    const [, list, i, j, field, dotted, bracketed] = risk;
    const element = (list === 'zones' ? doc.zones : doc.conduits)[Number(i)];
    const scenario = element?.risks?.[Number(j)];
    if (!element || !scenario) return problem;
    const current = doc.risk?.matrix ?? matrix;
    const title = findThreat(doc, current, scenario.threatId)?.title ?? scenario.threatId;
    const category = dotted ?? bracketed;
    const categoryLabel = category ? (current.categories.find((c) => c.id === category)?.label ?? category) : undefined;
    const raw = scenario[field as keyof typeof scenario];
    const value = category && raw && typeof raw === 'object' ? (raw as Record<string, number>)[category] : raw;
    const what = `${FIELD_WORDS[field!] ?? field}${categoryLabel ? ` (${categoryLabel})` : ''}`;
    return `${list === 'zones' ? 'Zone' : 'Conduit'} “${element.name}”, scenario “${title}”: the ${what} is ${String(value)} and ${message}.`;
  }
  const threat = /^threats\[(\d+)\]\.likelihood$/.exec(path);
  if (threat) {
    const t = doc.threats?.[Number(threat[1])];
    return t ? `Custom threat “${t.title}”: its suggested likelihood is ${t.likelihood} and ${message}.` : problem;
  }
  if (path === 'risk.tolerableRisk') return `The tolerable risk ${doc.risk?.tolerableRisk} ${message}.`;
  return problem;
}
