/** `analyze(doc)`: findings, requirements, gaps and metrics of a document. Pure and deterministic. */
import type { ZonewrightDocument } from '../model/document';
import { COMPONENT_CLASSES } from '../model/kinds';
import { FR_KEYS } from '../model/securityLevels';
import { componentRequirementsFor, systemRequirementsFor, type Requirement } from '../catalog/requirements';
import { buildContext, componentClassOf, type AnalysisContext } from './context';
import { RULES } from './rules';
import { statusCounts, systemAchievedLevel } from './achieved';
import type { Rule } from './rule';
import type {
  AnalysisOptions,
  AnalysisResult,
  AssetRequirements,
  ConduitRequirements,
  Finding,
  Gap,
  Metrics,
  Severity,
  ZoneRequirements,
} from './types';

const idsCache = new WeakMap<readonly Requirement[], readonly string[]>();
/** Id lists are shared between elements with the same selection, like the selections themselves. */
function ids(reqs: readonly Requirement[]): readonly string[] {
  let out = idsCache.get(reqs);
  if (!out) idsCache.set(reqs, (out = reqs.map((r) => r.id)));
  return out;
}

const NONE: readonly string[] = [];

export function runRules(ctx: AnalysisContext, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check(ctx, (hit) =>
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        message: hit.message,
        subjects: hit.subjects,
        clause: rule.clause,
        rationale: rule.rationale,
        remedy: hit.remedy ?? rule.remedy,
      }),
    );
  }
  return findings;
}

export function deriveGaps(ctx: AnalysisContext): Gap[] {
  const { assets } = ctx.doc;
  // Which FRs fall short, per asset, first: the list is then allocated once at its final size
  // (on big plants, growing it was a quarter of the gaps' memory).
  const shortFrs = new Uint8Array(assets.length);
  let count = 0;
  for (let i = 0; i < assets.length; i++) {
    const slC = assets[i]!.slC;
    const slT = ctx.zoneAt(i)?.slT;
    if (!slC || !slT) continue;
    let mask = 0;
    for (let k = 0; k < FR_KEYS.length; k++) {
      const fr = FR_KEYS[k]!;
      if (slC[fr] < slT[fr]) {
        mask |= 1 << k;
        count++;
      }
    }
    shortFrs[i] = mask;
  }
  const gaps = new Array<Gap>(count);
  let g = 0;
  for (let i = 0; i < assets.length; i++) {
    const mask = shortFrs[i]!;
    if (mask === 0) continue;
    const { slC, id } = assets[i]!;
    const zone = ctx.zoneAt(i)!;
    for (let k = 0; k < FR_KEYS.length; k++) {
      const fr = FR_KEYS[k]!;
      if (mask & (1 << k)) gaps[g++] = { assetId: id, zoneId: zone.id, fr, slT: zone.slT![fr], slC: slC![fr] };
    }
  }
  return gaps;
}

/** Findings, requirements, gaps and metrics of `doc`; `options.today` enables the date-dependent rules. */
export function analyze(doc: ZonewrightDocument, options: AnalysisOptions = {}): AnalysisResult {
  const ctx = buildContext(doc, options);
  const findings = runRules(ctx);

  const zones: ZoneRequirements[] = doc.zones.map((z) => {
    const items = z.slT ? ids(systemRequirementsFor(z.slT)) : NONE;
    return { zoneId: z.id, slT: z.slT, items, slA: systemAchievedLevel(z.requirements), status: statusCounts(items, z.requirements) };
  });
  const conduits: ConduitRequirements[] = doc.conduits.map((c) => {
    const { slT, inherited } = ctx.conduitLevel(c);
    const items = slT ? ids(systemRequirementsFor(slT)) : NONE;
    return { conduitId: c.id, slT, inherited, items, slA: systemAchievedLevel(c.requirements), status: statusCounts(items, c.requirements) };
  });
  // Assets of one zone and class share one list; look it up per zone and class, not per asset.
  const classes = COMPONENT_CLASSES.length;
  const shared = new Array<readonly string[] | undefined>(doc.zones.length * classes);
  const assets: AssetRequirements[] = doc.assets.map((a, i) => {
    const zone = ctx.zoneAt(i);
    const componentClass = componentClassOf(a);
    let items = NONE;
    if (zone?.slT) {
      const key = ctx.assetZone[i]! * classes + COMPONENT_CLASSES.indexOf(componentClass);
      items = shared[key] ??= ids(componentRequirementsFor(componentClass, zone.slT));
    }
    return { assetId: a.id, componentClass, zoneId: zone?.id, slT: zone?.slT, items, status: statusCounts(items, a.requirements) };
  });
  const gaps = deriveGaps(ctx);
  return { findings, requirements: { zones, conduits, assets }, gaps, metrics: computeMetrics(ctx, findings, zones, gaps) };
}

function computeMetrics(ctx: AnalysisContext, findings: readonly Finding[], zones: readonly ZoneRequirements[], gaps: readonly Gap[]): Metrics {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) bySeverity[f.severity]++;
  const requirementsPerZone: Record<string, number> = {};
  for (const z of zones) requirementsPerZone[z.zoneId] = z.items.length;
  let assessed = 0;
  for (let i = 0; i < ctx.doc.assets.length; i++) if (ctx.doc.assets[i]!.slC && ctx.zoneAt(i)?.slT) assessed++;
  // Gaps come grouped by asset (ids are unique in a loaded document): count where the asset changes.
  let withGap = 0;
  for (let g = 0; g < gaps.length; g++) if (g === 0 || gaps[g]!.assetId !== gaps[g - 1]!.assetId) withGap++;
  return {
    zones: ctx.doc.zones.length,
    conduits: ctx.doc.conduits.length,
    assets: ctx.doc.assets.length,
    links: ctx.doc.links.length,
    findings: bySeverity,
    requirementsPerZone,
    assetsAssessed: assessed,
    assetsWithoutGapShare: assessed === 0 ? null : (assessed - withGap) / assessed,
  };
}
