/**
 * How far a project has come through the zone-and-conduit requirements of IEC 62443-3-2
 * (ZCR 1 … ZCR 7 and their sub-requirements), computed from the document alone. Each step lists
 * what is done and what is missing in plain sentences, and the elements the missing items concern
 * (for highlighting on the canvas). The separation checks of ZCR 3.2–3.6 come from the analysis.
 */
import { analyze } from '../analysis/analyze';
import type { AnalysisResult, Finding } from '../analysis/types';
import { listText, quoted, zoneLabel } from '../analysis/rules/helpers';
import { ZCR_ROWS } from '../catalog/referenceData';
import type { Conduit, ElementId, Zone, ZonewrightDocument } from '../model/document';
import { IACS_ZONE_KINDS, type AssetType } from '../model/kinds';
import { formatSl, maxSl } from '../model/securityLevels';
import { approvalStatus } from './approval';
import { riskRegister, riskSettings, slTDecisionStatus, type ElementRisk, type EvaluatedScenario } from './risk';

export type StepStatus = 'done' | 'partial' | 'missing';

export interface WorkflowStep {
  /** `ZCR 1`, `ZCR 3.2` … */
  readonly id: string;
  readonly title: string;
  /** Clause of IEC 62443-3-2, e.g. `4.4.3`. */
  readonly clause: string;
  /**
   * `done`: something is done and nothing missing; `partial`: both; `missing`: nothing done yet.
   * A step with sub-steps combines its own checks with theirs.
   */
  readonly status: StepStatus;
  /** What the document already shows, one sentence each. */
  readonly done: readonly string[];
  /** What is still to do, one sentence each. */
  readonly missing: readonly string[];
  /** Elements named by the missing items, for highlighting. */
  readonly subjects: readonly ElementId[];
  readonly subSteps: readonly WorkflowStep[];
}

export interface WorkflowOptions {
  /** The analysis of the same document, when the caller has it already. */
  readonly analysis?: AnalysisResult;
}

const ZCR = new Map(ZCR_ROWS.map((r) => [r.id, r]));

class Check {
  readonly done: string[] = [];
  readonly missing: string[] = [];
  readonly subjects = new Set<ElementId>();
  ok(text: string): this {
    this.done.push(text);
    return this;
  }
  miss(text: string, ...subjects: readonly ElementId[]): this {
    this.missing.push(text);
    for (const s of subjects) this.subjects.add(s);
    return this;
  }
  /** Every finding of the rules as a missing item. */
  findings(list: readonly Finding[]): this {
    for (const f of list) this.miss(f.message, ...f.subjects);
    return this;
  }
}

function statusOf(done: number, missing: number): StepStatus {
  if (missing === 0 && done > 0) return 'done';
  return done > 0 ? 'partial' : 'missing';
}

function step(id: string, check: Check, subSteps: readonly WorkflowStep[] = []): WorkflowStep {
  const row = ZCR.get(id);
  const subjects = new Set(check.subjects);
  let status = check.done.length + check.missing.length > 0 ? statusOf(check.done.length, check.missing.length) : undefined;
  for (const s of subSteps) {
    for (const e of s.subjects) subjects.add(e);
    if (status === undefined) status = s.status;
    else if (status !== s.status) status = 'partial';
  }
  return {
    id,
    title: row?.title ?? id,
    clause: row?.clause ?? '',
    status: status ?? 'missing',
    done: check.done,
    missing: check.missing,
    subjects: [...subjects],
    subSteps,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function elementLabel(doc: ZonewrightDocument, risk: ElementRisk): string {
  if (risk.kind === 'conduit') return `conduit ${quoted(risk.name)}`;
  const zone = doc.zones.find((z) => z.id === risk.elementId);
  return zone ? zoneLabel(zone) : quoted(risk.name);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Business (IT) assets that have no place inside an IACS zone (ZCR 3.2). */
const BUSINESS_TYPES: ReadonlySet<AssetType> = new Set<AssetType>(['it-workstation']);
/**
 * Assets that live on networks outside the SUC and so never belong inside an IACS zone (ZCR 3.6).
 * Modems are left out: a cellular router terminating a telemetry conduit at a remote station is
 * common, and the conduit's own checks cover it.
 */
const EXTERNAL_TYPES: ReadonlySet<AssetType> = new Set<AssetType>(['cloud-service']);

/** The ZCR 1 … ZCR 7 steps of a document, with their sub-steps. */
export function zcrWorkflow(doc: ZonewrightDocument, options: WorkflowOptions = {}): WorkflowStep[] {
  const analysis = options.analysis ?? analyze(doc);
  const byRule = new Map<string, Finding[]>();
  for (const f of analysis.findings) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const findingsOf = (...rules: string[]) => rules.flatMap((r) => byRule.get(r) ?? []);
  const zoneById = new Map(doc.zones.map((z) => [z.id as string, z]));
  const zoneOf = (zoneId: string | undefined) => (zoneId === undefined ? undefined : zoneById.get(zoneId));
  const settings = riskSettings(doc);
  const register = riskRegister(doc);
  const assessedZones = doc.zones.filter((z) => z.kind !== 'untrusted');
  const assessedIds = new Set<string>(assessedZones.map((z) => z.id));
  // Zones to assess (all but untrusted ones), and conduits that have a register of their own.
  const registers = register.filter((r) => (r.kind === 'zone' ? assessedIds.has(r.elementId) : r.scenarios.length > 0));
  const withScenarios = registers.filter((r) => r.scenarios.length > 0);
  const scenarios: { risk: ElementRisk; s: EvaluatedScenario }[] = withScenarios.flatMap((risk) => risk.scenarios.map((s) => ({ risk, s })));
  const rated = scenarios.filter(({ s }) => s.unmitigated);
  const label = (r: ElementRisk) => elementLabel(doc, r);
  const tolerable = settings.tolerableRisk;

  // ZCR 1: the system under consideration.
  const zcr1 = new Check();
  if (doc.meta.description?.trim()) zcr1.ok('The system under consideration is described.');
  else zcr1.miss('Describe the system under consideration (the project description).');
  if (doc.suc?.scope?.trim()) zcr1.ok('Its scope is stated.');
  else zcr1.miss('State the scope: what belongs to the system under consideration and what does not.');
  if (doc.assets.length > 0) zcr1.ok(`${plural(doc.assets.length, 'asset')} in the inventory.`);
  else zcr1.miss('List the assets of the system.');
  const zcr11 = new Check();
  const outside = (z: Zone) => z.kind === 'untrusted' || z.kind === 'remote-access';
  for (const c of doc.conduits) {
    const zones = c.zoneIds.map(zoneOf).filter((z): z is Zone => z !== undefined);
    const ext = zones.filter(outside);
    const inner = zones.filter((z) => !outside(z));
    if (ext.length > 0 && inner.length > 0) {
      zcr11.ok(`Access point: conduit ${quoted(c.name)} from ${listText(ext.map(zoneLabel))} to ${listText(inner.map(zoneLabel))}.`);
    }
  }
  if (zcr11.done.length === 0) {
    zcr11.miss('No access point is modelled: add the untrusted and remote-access networks the system connects to, with their conduits (or state in the scope that it is isolated).');
  }

  // ZCR 2: initial risk.
  const zcr21 = new Check();
  if (rated.length > 0) {
    const top = rated.reduce((a, b) => (b.s.unmitigated!.score > a.s.unmitigated!.score ? b : a));
    zcr21.ok(`${plural(rated.length, 'threat scenario')} rated; the highest unmitigated risk is ${top.s.unmitigated!.score} (${top.s.unmitigated!.level.label}), "${top.s.title}" on ${label(top.risk)}.`);
  } else zcr21.miss('Rate at least one threat scenario (likelihood and consequence) in a risk register.');
  const unrated = scenarios.length - rated.length;
  if (unrated > 0) zcr21.miss(`${plural(unrated, 'threat scenario')} not rated yet.`, ...new Set(scenarios.filter(({ s }) => !s.unmitigated).map(({ risk }) => risk.elementId)));

  // ZCR 3: partitioning.
  const zcr31 = new Check();
  if (assessedZones.length > 0) zcr31.ok(`${plural(assessedZones.length, 'zone')} established.`);
  else zcr31.miss('Group the assets into zones.');
  if (doc.conduits.length > 0) zcr31.ok(`${plural(doc.conduits.length, 'conduit')} between them.`);
  else if (doc.zones.length > 1) zcr31.miss('Join the zones that communicate through conduits.');
  const partitionFindings = findingsOf('asset-unzoned', 'conduit-dangling', 'link-bypasses-conduit');
  if (doc.assets.length > 0 && findingsOf('asset-unzoned').length === 0) zcr31.ok('Every asset is in a zone.');
  zcr31.findings(partitionFindings);

  const zcr32 = new Check();
  for (const a of doc.assets) {
    const z = zoneOf(a.zoneId);
    if (z && BUSINESS_TYPES.has(a.type) && IACS_ZONE_KINDS.has(z.kind)) zcr32.miss(`Business asset ${quoted(a.name)} sits in ${zoneLabel(z)}.`, a.id, z.id);
  }
  if (zcr32.missing.length === 0) zcr32.ok('No business asset sits inside an IACS zone.');
  const dmz = findingsOf('dmz-bypassed');
  if (dmz.length === 0 && doc.zones.some((z) => z.kind === 'enterprise')) zcr32.ok('No conduit bypasses the DMZ between business and control networks.');
  zcr32.findings(dmz);

  const zcr33 = new Check();
  const safetyZones = doc.zones.filter((z) => z.kind === 'safety');
  const safety = findingsOf('safety-not-isolated');
  if (safety.length === 0) {
    if (safetyZones.length > 0) zcr33.ok(`Safety-related assets are in ${listText(safetyZones.map(zoneLabel))}, joined only to the zones they serve.`);
    else if (!doc.assets.some((a) => a.type === 'safety-controller')) zcr33.ok('No safety-related asset in the model.');
  }
  zcr33.findings(safety);

  const zcr34 = new Check();
  const temporary = doc.assets.filter((a) => a.temporary);
  if (temporary.length === 0) zcr34.ok('No asset is marked as temporarily connected (mark maintenance laptops and test gear to have them checked).');
  else {
    const permanentIn = new Set<string>();
    for (const a of doc.assets) if (!a.temporary && a.zoneId !== undefined) permanentIn.add(a.zoneId);
    for (const a of temporary) {
      const z = zoneOf(a.zoneId);
      if (!z) zcr34.miss(`Temporary device ${quoted(a.name)} is in no zone.`, a.id);
      else if (permanentIn.has(z.id)) zcr34.miss(`Temporary device ${quoted(a.name)} shares ${zoneLabel(z)} with permanently installed assets.`, a.id, z.id);
    }
    if (zcr34.missing.length === 0) zcr34.ok(`${plural(temporary.length, 'temporarily connected device')} kept in zones of their own.`);
  }

  const zcr35 = new Check();
  const wireless = findingsOf('wireless-in-safety-or-control');
  if (wireless.length === 0) {
    const any = doc.assets.some((a) => a.type === 'wireless-ap') || doc.links.some((l) => l.medium === 'wireless');
    zcr35.ok(any ? 'Wireless devices are kept out of control, safety and field zones.' : 'No wireless device or link in the model.');
  }
  zcr35.findings(wireless);

  const zcr36 = new Check();
  for (const a of doc.assets) {
    const z = zoneOf(a.zoneId);
    if (z && EXTERNAL_TYPES.has(a.type) && IACS_ZONE_KINDS.has(z.kind)) {
      zcr36.miss(`Cloud service ${quoted(a.name)}, outside the system, sits in ${zoneLabel(z)}.`, a.id, z.id);
    }
  }
  const remote = findingsOf('remote-access-unmediated');
  if (remote.length === 0 && zcr36.missing.length === 0) {
    zcr36.ok(doc.zones.some(outside) ? 'Networks outside the system are reached only through mediated conduits.' : 'No network outside the system in the model.');
  }
  zcr36.findings(remote);

  if (doc.assets.length === 0) {
    for (const check of [zcr32, zcr33, zcr34, zcr35, zcr36]) {
      check.done.length = 0;
      check.missing.length = 0;
      check.miss('No asset in the model yet.');
    }
  }

  // ZCR 4: initial risk against tolerable risk.
  const zcr41 = new Check();
  if (settings.tolerableRiskSet) zcr41.ok(`Tolerable risk is set: scores up to ${tolerable}.`);
  else zcr41.miss(`Set the tolerable risk (the default, scores up to ${tolerable}, is in use).`);
  if (rated.length > 0) {
    const above = rated.filter(({ s }) => !s.unmitigated!.tolerable).length;
    zcr41.ok(`${above} of ${plural(rated.length, 'rated scenario')} ${above === 1 ? 'is' : 'are'} above the tolerable risk before countermeasures.`);
  } else zcr41.miss('No rated threat scenario to compare with the tolerable risk.');

  // ZCR 5: detailed risk, per zone (and per conduit that has a register).
  const none = 'No threat scenario in any risk register yet.';
  const perElement = (check: Check, test: (s: EvaluatedScenario) => boolean, doneText: (r: ElementRisk) => string, missText: (r: ElementRisk, bad: readonly EvaluatedScenario[]) => string) => {
    if (withScenarios.length === 0) return check.miss(none);
    for (const r of withScenarios) {
      const bad = r.scenarios.filter((s) => !test(s));
      if (bad.length === 0) check.ok(doneText(r));
      else check.miss(missText(r, bad), r.elementId);
    }
    return check;
  };
  const titles = (bad: readonly EvaluatedScenario[]) => listText(bad.map((s) => `"${s.title}"`));

  const zcr51 = new Check();
  for (const r of registers) {
    if (r.scenarios.length > 0) zcr51.ok(`${capital(label(r))}: ${plural(r.scenarios.length, 'threat scenario')}.`);
    else zcr51.miss(`${capital(label(r))} has no threat scenario.`, r.elementId);
  }
  if (registers.length === 0) zcr51.miss('No zone to assess yet.');

  const zcr52 = perElement(
    new Check(),
    (s) => !!s.scenario.vulnerabilities?.trim(),
    (r) => `${capital(label(r))}: vulnerabilities noted for every scenario.`,
    (r, bad) => `${capital(label(r))}: no vulnerability noted for ${titles(bad)}.`,
  );
  const zcr53 = perElement(
    new Check(),
    (s) => s.unmitigated !== undefined || (s.scenario.consequence !== undefined && Object.keys(s.scenario.consequence).length > 0),
    (r) => `${capital(label(r))}: consequences rated.`,
    (r, bad) => `${capital(label(r))}: rate the consequence of ${titles(bad)}.`,
  );
  const zcr54 = perElement(
    new Check(),
    (s) => s.scenario.likelihood !== undefined,
    (r) => `${capital(label(r))}: likelihoods rated.`,
    (r, bad) => `${capital(label(r))}: rate the likelihood of ${titles(bad)}.`,
  );
  const zcr55 = perElement(
    new Check(),
    (s) => s.unmitigated !== undefined,
    (r) => `${capital(label(r))}: highest unmitigated risk ${r.highestUnmitigated!.score} (${r.highestUnmitigated!.level.label}).`,
    (r, bad) => `${capital(label(r))}: unmitigated risk unknown for ${titles(bad)}.`,
  );

  const zcr56 = new Check();
  for (const r of registers) {
    const element: Zone | Conduit | undefined = r.kind === 'zone' ? zoneById.get(r.elementId) : doc.conduits.find((c) => c.id === r.elementId);
    if (!element) continue;
    const status = slTDecisionStatus(doc, r.elementId, settings);
    const what = capital(label(r));
    if (!element.slT) {
      zcr56.miss(status.suggestion ? `${what} has no SL-T: accept or override the suggested ${formatSl(status.suggestion.slT)}.` : `${what} has no SL-T.`, r.elementId);
      continue;
    }
    if (status.state === 'current') {
      const d = status.decision!;
      zcr56.ok(`${what}: SL-T ${formatSl(element.slT)} ${d.action} by ${d.by} on ${d.date.slice(0, 10)}.`);
    } else if (status.state === 'outdated') {
      zcr56.ok(`${what}: SL-T ${formatSl(element.slT)} set.`);
      zcr56.miss(`${what}: the SL-T decision is outdated. ${status.reason}`, r.elementId);
    } else {
      zcr56.ok(`${what}: SL-T ${formatSl(element.slT)} set.`);
      zcr56.miss(
        status.suggestion
          ? `${what}: confirm the SL-T from the risk register (accept or override the suggested ${formatSl(status.suggestion.slT)}).`
          : `${what}: the SL-T rests on no rated threat scenario.`,
        r.elementId,
      );
    }
  }
  if (registers.length === 0) zcr56.miss('No zone to set an SL-T for yet.');

  const zcr57 = new Check();
  if (!settings.tolerableRiskSet) zcr57.miss(`Set the tolerable risk (the default, scores up to ${tolerable}, is in use).`);
  if (rated.length === 0) zcr57.miss('No rated threat scenario to compare.');
  for (const r of withScenarios) {
    const n = r.scenarios.filter((s) => s.unmitigated).length;
    if (n > 0) zcr57.ok(`${capital(label(r))}: ${r.aboveTolerable} of ${plural(n, 'rated scenario')} above the tolerable risk.`);
  }

  // Scenarios whose unmitigated risk is above tolerable need countermeasures and a residual.
  const needsMitigation = (s: EvaluatedScenario) => s.unmitigated !== undefined && !s.unmitigated.tolerable;
  const mitigated = (check: Check, test: (s: EvaluatedScenario) => boolean, doneText: (r: ElementRisk, n: number) => string, missText: (r: ElementRisk, bad: readonly EvaluatedScenario[]) => string) => {
    if (rated.length === 0) return check.miss('No rated threat scenario yet.');
    let any = false;
    for (const r of withScenarios) {
      const due = r.scenarios.filter(needsMitigation);
      if (due.length === 0) continue;
      any = true;
      const bad = due.filter((s) => !test(s));
      if (bad.length === 0) check.ok(doneText(r, due.length));
      else check.miss(missText(r, bad), r.elementId);
    }
    if (!any) check.ok('No scenario is above the tolerable risk before countermeasures.');
    return check;
  };
  const zcr58 = mitigated(
    new Check(),
    (s) => !!s.scenario.countermeasures?.trim(),
    (r, n) => `${capital(label(r))}: existing countermeasures recorded for ${plural(n, 'scenario')} above tolerable risk.`,
    (r, bad) => `${capital(label(r))}: record the existing countermeasures against ${titles(bad)}.`,
  );
  const zcr59 = mitigated(
    new Check(),
    (s) => s.scenario.residualLikelihood !== undefined,
    (r, n) => `${capital(label(r))}: likelihood and impact re-evaluated for ${plural(n, 'scenario')}.`,
    (r, bad) => `${capital(label(r))}: re-evaluate likelihood and impact of ${titles(bad)} with the countermeasures in place.`,
  );
  const zcr510 = mitigated(
    new Check(),
    (s) => s.residual !== undefined && s.warnings.length === 0,
    (r) => `${capital(label(r))}: residual risk determined, highest ${r.highestCurrent!.score} (${r.highestCurrent!.level.label}).`,
    (r, bad) =>
      `${capital(label(r))}: ${bad
        .map((s) => (s.residual ? `"${s.title}": ${s.warnings.join(' ')}` : `residual risk of "${s.title}" not determined.`))
        .join(' ')}`,
  );

  const zcr511 = new Check();
  if (rated.length === 0) zcr511.miss('No rated threat scenario yet.');
  for (const r of withScenarios) {
    const above = r.scenarios.filter((s) => s.current && !s.current.tolerable);
    const ratedHere = r.scenarios.filter((s) => s.current).length;
    if (ratedHere === 0) continue;
    if (above.length === 0) zcr511.ok(`${capital(label(r))}: every rated risk is within the tolerable risk.`);
    else zcr511.miss(`${capital(label(r))}: ${titles(above)} still above the tolerable risk ${tolerable}.`, r.elementId);
  }

  const zcr512 = new Check();
  for (const r of withScenarios) {
    const above = r.scenarios.filter((s) => s.current && !s.current.tolerable);
    const bare = above.filter((s) => !s.scenario.additionalCountermeasures?.trim());
    if (above.length === 0) continue;
    if (bare.length === 0) zcr512.ok(`${capital(label(r))}: additional countermeasures planned for ${plural(above.length, 'scenario')} above tolerable risk.`);
    else zcr512.miss(`${capital(label(r))}: plan additional countermeasures against ${titles(bare)}.`, r.elementId);
  }
  zcr512.findings(findingsOf('slc-below-slt'));
  if (zcr512.done.length + zcr512.missing.length === 0) {
    if (rated.length > 0) zcr512.ok('No residual risk above tolerable and no component below its zone\'s target: nothing more is needed.');
    else zcr512.miss('No rated threat scenario yet.');
  }

  const zcr5Subs = [
    step('ZCR 5.1', zcr51),
    step('ZCR 5.2', zcr52),
    step('ZCR 5.3', zcr53),
    step('ZCR 5.4', zcr54),
    step('ZCR 5.5', zcr55),
    step('ZCR 5.6', zcr56),
    step('ZCR 5.7', zcr57),
    step('ZCR 5.8', zcr58),
    step('ZCR 5.9', zcr59),
    step('ZCR 5.10', zcr510),
    step('ZCR 5.11', zcr511),
    step('ZCR 5.12', zcr512),
  ];
  const zcr513 = new Check();
  const open = zcr5Subs.filter((s) => s.status !== 'done');
  if (open.length === 0) zcr513.ok(`The detailed risk assessment is complete and recorded in the project: ${plural(scenarios.length, 'threat scenario')} in ${plural(withScenarios.length, 'register')}.`);
  else {
    if (scenarios.length > 0) zcr513.ok(`${plural(scenarios.length, 'threat scenario')} recorded in the project.`);
    zcr513.miss(`Complete ${listText(open.map((s) => s.id))} before the results can be communicated.`);
  }
  zcr5Subs.push(step('ZCR 5.13', zcr513));

  // ZCR 6: documentation.
  const zcr61 = new Check();
  const noSlT = assessedZones.filter((z) => !z.slT);
  const conduitNoSlT = doc.conduits.filter((c) => !c.slT && !maxSl(c.zoneIds.map((id) => zoneOf(id)?.slT).filter((v) => v !== undefined)));
  if (assessedZones.length === 0) zcr61.miss('No zone to specify yet.');
  else if (noSlT.length === 0 && conduitNoSlT.length === 0) zcr61.ok('The cybersecurity requirements specification can be generated: every zone and conduit has an SL-T, so its requirements follow.');
  if (noSlT.length > 0) zcr61.miss(`Set the SL-T of ${listText(noSlT.map(zoneLabel))}.`, ...noSlT.map((z) => z.id));
  if (conduitNoSlT.length > 0) zcr61.miss(`Conduit${conduitNoSlT.length === 1 ? '' : 's'} ${listText(conduitNoSlT.map((c) => quoted(c.name)))} get${conduitNoSlT.length === 1 ? 's' : ''} no SL-T, neither own nor from a zone.`, ...conduitNoSlT.map((c) => c.id));

  const zcr62 = new Check();
  if (doc.meta.description?.trim()) zcr62.ok('The project description describes the system under consideration.');
  else zcr62.miss('Describe the system under consideration (the project description).');

  const zcr63 = new Check();
  if (doc.zones.length > 0) zcr63.ok(`The diagram shows ${plural(doc.zones.length, 'zone')} and ${plural(doc.conduits.length, 'conduit')} (drawn from the model).`);
  else zcr63.miss('Draw the zones and conduits.');

  const zcr64 = new Check();
  const noDescription = assessedZones.filter((z) => !z.description?.trim());
  const noOwner = assessedZones.filter((z) => !z.owner?.trim());
  const noFlows = doc.conduits.filter((c) => !c.flows?.length);
  if (assessedZones.length > 0 && noDescription.length === 0) zcr64.ok('Every zone is described.');
  if (assessedZones.length > 0 && noOwner.length === 0) zcr64.ok('Every zone has an accountable owner.');
  if (doc.conduits.length > 0 && noFlows.length === 0) zcr64.ok('Every conduit lists the data flows it allows.');
  if (noDescription.length > 0) zcr64.miss(`Describe ${listText(noDescription.map(zoneLabel))}.`, ...noDescription.map((z) => z.id));
  if (noOwner.length > 0) zcr64.miss(`Name the owner of ${listText(noOwner.map(zoneLabel))}.`, ...noOwner.map((z) => z.id));
  if (noFlows.length > 0) zcr64.miss(`List the data flows of ${listText(noFlows.map((c) => `conduit ${quoted(c.name)}`))}.`, ...noFlows.map((c) => c.id));
  if (assessedZones.length === 0) zcr64.miss('No zone to characterize yet.');

  const text = (check: Check, value: string | undefined, done: string, missing: string) => (value?.trim() ? check.ok(done) : check.miss(missing));
  const zcr65 = text(new Check(), doc.suc?.assumptions, 'Operating environment assumptions are documented.', 'Document the assumptions about the operating environment.');
  const zcr66 = text(new Check(), doc.suc?.threatEnvironment, 'The threat environment is described.', 'Describe the threat environment (who might attack, and how).');
  if (scenarios.length > 0) zcr66.ok(`${plural(new Set(scenarios.map(({ s }) => s.scenario.threatId)).size, 'threat')} in the risk registers.`);
  const zcr67 = text(new Check(), doc.suc?.policies, 'The organizational security policies that apply are named.', 'Name the organizational security policies that apply.');
  const zcr68 = new Check();
  if (settings.tolerableRiskSet) zcr68.ok(`Tolerable risk: scores up to ${tolerable} on the ${settings.matrix.likelihoods.length}×${settings.matrix.consequences.length} risk matrix.`);
  else zcr68.miss('Set the tolerable risk of the project.');
  const zcr69 = text(new Check(), doc.suc?.regulations, 'The regulatory requirements are named.', 'Name the regulatory requirements that apply (or state that none do).');

  // ZCR 7: approval.
  const zcr71 = new Check();
  const approval = doc.approval;
  const status = approvalStatus(doc);
  const who = approval ? `${approval.by}${approval.role ? ` (${approval.role})` : ''} on ${approval.date.slice(0, 10)}` : '';
  if (status === 'valid') zcr71.ok(`Approved by ${who}${approval?.revision ? `, revision ${approval.revision}` : ''}.`);
  else if (status === 'stale') zcr71.miss(`The approval by ${who} no longer matches the model: it changed since. Have the asset owner approve it again.`);
  else zcr71.miss('Have the asset owner approve the results.');

  return [
    step('ZCR 1', zcr1, [step('ZCR 1.1', zcr11)]),
    step('ZCR 2', new Check(), [step('ZCR 2.1', zcr21)]),
    step('ZCR 3', new Check(), [
      step('ZCR 3.1', zcr31),
      step('ZCR 3.2', zcr32),
      step('ZCR 3.3', zcr33),
      step('ZCR 3.4', zcr34),
      step('ZCR 3.5', zcr35),
      step('ZCR 3.6', zcr36),
    ]),
    step('ZCR 4', new Check(), [step('ZCR 4.1', zcr41)]),
    step('ZCR 5', new Check(), zcr5Subs),
    step('ZCR 6', new Check(), [
      step('ZCR 6.1', zcr61),
      step('ZCR 6.2', zcr62),
      step('ZCR 6.3', zcr63),
      step('ZCR 6.4', zcr64),
      step('ZCR 6.5', zcr65),
      step('ZCR 6.6', zcr66),
      step('ZCR 6.7', zcr67),
      step('ZCR 6.8', zcr68),
      step('ZCR 6.9', zcr69),
    ]),
    step('ZCR 7', new Check(), [step('ZCR 7.1', zcr71)]),
  ];
}

/** Every step and sub-step in order, flattened (ZCR 1, ZCR 1.1, ZCR 2, …). */
export function flattenSteps(steps: readonly WorkflowStep[]): WorkflowStep[] {
  return steps.flatMap((s) => [s, ...flattenSteps(s.subSteps)]);
}
