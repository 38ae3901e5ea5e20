/**
 * The lifecycle of the IEC 62443 series in three phases, each with its activities and a progress
 * computed from the document: Assess (inventory, zones and conduits, risk, SL-T, documentation,
 * approval: the ZCR steps), Develop & Implement (a sound architecture, countermeasures rolled up
 * into SL-A, capable components, residual risk), and Maintain (versions, patches per
 * IEC 62443-2-3, periodic reviews, incidents, an approval that still holds).
 */
import { analyze } from '../analysis/analyze';
import type { AnalysisResult } from '../analysis/types';
import { capitalized, quoted, zoneLabel } from '../analysis/rules/helpers';
import type { ElementId, ProjectPhase, ZonewrightDocument } from '../model/document';
import { frsBelow, type SlVector } from '../model/securityLevels';
import { approvalStatus } from './approval';
import { isOverdue, dateOnly } from './dates';
import { riskRegister } from './risk';
import { zcrWorkflow, type StepStatus, type WorkflowStep } from './workflow';

export interface Activity {
  readonly id: string;
  readonly title: string;
  readonly status: StepStatus;
  /** 0 … 1. */
  readonly progress: number;
  readonly done: readonly string[];
  readonly missing: readonly string[];
  /** Elements named by the missing items. */
  readonly subjects: readonly ElementId[];
  /** The ZCR steps the activity stands for, when it is one of them. */
  readonly zcr?: readonly string[];
}

export interface Phase {
  readonly id: ProjectPhase;
  readonly title: string;
  /** Mean progress of the activities, 0 … 1. */
  readonly progress: number;
  readonly status: StepStatus;
  readonly activities: readonly Activity[];
}

export interface LifecycleOptions {
  readonly analysis?: AnalysisResult;
  /** Today's date (`2025-03-31`); without it no review counts as overdue. */
  readonly today?: string;
  /** The ZCR steps of the same document, when the caller has them already. */
  readonly workflow?: readonly WorkflowStep[];
}

export const PHASE_TITLES: Readonly<Record<ProjectPhase, string>> = {
  assess: 'Assess',
  implement: 'Develop & Implement',
  maintain: 'Maintain',
};

function statusOf(done: number, missing: number): StepStatus {
  if (missing === 0 && done > 0) return 'done';
  return done > 0 ? 'partial' : 'missing';
}

/** An activity measured by a count of units done out of a total (progress 1 when there is nothing to do). */
function counted(id: string, title: string, ok: number, total: number, done: string[], missing: string[], subjects: Iterable<ElementId> = []): Activity {
  return {
    id,
    title,
    status: statusOf(done.length, missing.length),
    progress: total === 0 ? (missing.length === 0 ? 1 : 0) : ok / total,
    done,
    missing,
    subjects: [...new Set(subjects)],
  };
}

const STEP_WEIGHT: Readonly<Record<StepStatus, number>> = { done: 1, partial: 0.5, missing: 0 };

/** An activity standing for ZCR steps: progress is the share of their leaf steps done (partial counts half). */
function fromSteps(id: string, title: string, steps: readonly WorkflowStep[]): Activity {
  const leaves = steps.flatMap((s) => (s.subSteps.length > 0 ? s.subSteps : [s]));
  const own = steps.filter((s) => s.subSteps.length > 0 && s.done.length + s.missing.length > 0);
  const all = [...own, ...leaves];
  const done = all.flatMap((s) => s.done);
  const missing = all.flatMap((s) => s.missing);
  const statuses = all.map((s) => s.status);
  const status: StepStatus = statuses.every((s) => s === 'done') ? 'done' : statuses.every((s) => s === 'missing') ? 'missing' : 'partial';
  return {
    id,
    title,
    status,
    progress: all.length === 0 ? 0 : all.reduce((sum, s) => sum + STEP_WEIGHT[s.status], 0) / all.length,
    done,
    missing,
    subjects: [...new Set(steps.flatMap((s) => s.subjects))],
    zcr: steps.map((s) => s.id),
  };
}

function phase(id: ProjectPhase, activities: Activity[]): Phase {
  const progress = activities.length === 0 ? 0 : activities.reduce((s, a) => s + a.progress, 0) / activities.length;
  const statuses = activities.map((a) => a.status);
  const status: StepStatus = statuses.every((s) => s === 'done') ? 'done' : statuses.every((s) => s === 'missing') ? 'missing' : 'partial';
  return { id, title: PHASE_TITLES[id], progress, status, activities };
}

const shortfall = (slA: SlVector, slT: SlVector) => frsBelow(slA, slT).map((fr) => `${fr} ${slA[fr]} < ${slT[fr]}`).join(', ');

/** The three phases with their activities. */
export function lifecycleProgress(doc: ZonewrightDocument, options: LifecycleOptions = {}): Phase[] {
  const analysis = options.analysis ?? analyze(doc);
  const steps = options.workflow ?? zcrWorkflow(doc, { analysis });
  const byId = new Map(steps.map((s) => [s.id, s]));
  const pick = (...ids: string[]) => ids.map((id) => byId.get(id)).filter((s): s is WorkflowStep => s !== undefined);
  const zoneById = new Map(doc.zones.map((z) => [z.id as string, z]));
  const conduitById = new Map(doc.conduits.map((c) => [c.id as string, c]));
  const assetCount = doc.assets.length;

  // Assess.
  const inventoried = doc.assets.filter((a) => a.vendor?.trim() && a.model?.trim());
  const bare = doc.assets.filter((a) => !(a.vendor?.trim() && a.model?.trim()));
  const inventory = counted(
    'inventory',
    'Asset inventory',
    inventoried.length,
    assetCount,
    assetCount === 0 ? [] : inventoried.length > 0 ? [`${inventoried.length} of ${assetCount} assets have vendor and model.`] : [],
    assetCount === 0 ? ['List the assets of the system.'] : bare.length > 0 ? [`Record vendor and model of ${bare.length} asset${bare.length === 1 ? '' : 's'}: ${bare.slice(0, 5).map((a) => quoted(a.name)).join(', ')}${bare.length > 5 ? ' …' : ''}.`] : [],
    bare.map((a) => a.id),
  );
  const assess = phase('assess', [
    fromSteps('scope', 'System under consideration', pick('ZCR 1')),
    inventory,
    fromSteps('partition', 'Zones and conduits', pick('ZCR 3')),
    fromSteps('risk', 'Risk assessment and SL-T', pick('ZCR 2', 'ZCR 4', 'ZCR 5')),
    fromSteps('documentation', 'Cybersecurity requirements specification', pick('ZCR 6')),
    fromSteps('approval', 'Asset owner approval', pick('ZCR 7')),
  ]);

  // Develop & Implement.
  const errors = analysis.findings.filter((f) => f.severity === 'error');
  const flagged = new Set<string>(errors.flatMap((f) => f.subjects));
  const assetIds = new Set<string>(doc.assets.map((a) => a.id));
  const elements = doc.zones.length + doc.conduits.length + assetCount;
  const architecture = counted(
    'architecture',
    'Segmented architecture',
    elements - [...flagged].filter((id) => zoneById.has(id) || conduitById.has(id) || assetIds.has(id)).length,
    elements,
    errors.length === 0 && elements > 0 ? ['No error in the segmentation.'] : [],
    errors.length > 0 ? errors.map((f) => f.message) : elements === 0 ? ['Model the zones, conduits and assets.'] : [],
    errors.flatMap((f) => f.subjects),
  );

  let required = 0;
  let met = 0;
  const cmDone: string[] = [];
  const cmMissing: string[] = [];
  const cmSubjects: ElementId[] = [];
  for (const z of analysis.requirements.zones) {
    const zone = zoneById.get(z.zoneId);
    if (!zone || !z.slT) continue;
    const total = z.items.length;
    const open = z.status.planned;
    required += total;
    met += total - open;
    const gap = shortfall(z.slA, z.slT);
    if (!gap) cmDone.push(`${capitalized(zoneLabel(zone))}: SL-A meets the SL-T (${total - open} of ${total} requirements met).`);
    else {
      cmMissing.push(`${capitalized(zoneLabel(zone))}: SL-A below SL-T on ${gap}; ${open} of ${total} requirements open.`);
      cmSubjects.push(zone.id);
    }
  }
  for (const c of analysis.requirements.conduits) {
    const conduit = conduitById.get(c.conduitId);
    if (!conduit || !c.slT) continue;
    const total = c.items.length;
    const open = c.status.planned;
    required += total;
    met += total - open;
    const gap = shortfall(c.slA, c.slT);
    if (!gap) cmDone.push(`Conduit ${quoted(conduit.name)}: SL-A meets the SL-T.`);
    else {
      cmMissing.push(`Conduit ${quoted(conduit.name)}: SL-A below SL-T on ${gap}; ${open} of ${total} requirements open.`);
      cmSubjects.push(conduit.id);
    }
  }
  if (required === 0) cmMissing.push('Set SL-Ts first: the requirements to implement follow from them.');
  const countermeasures = counted('countermeasures', 'Countermeasures (requirements to SL-A)', met, required, cmDone, cmMissing, cmSubjects);

  let assessed = 0;
  let withoutGap = 0;
  const gapAssets = new Set<string>(analysis.gaps.map((g) => g.assetId));
  const noSlC: string[] = [];
  for (const a of doc.assets) {
    const zone = a.zoneId === undefined ? undefined : zoneById.get(a.zoneId);
    if (!zone?.slT) continue;
    if (!a.slC) {
      noSlC.push(a.id);
      continue;
    }
    assessed++;
    if (!gapAssets.has(a.id)) withoutGap++;
  }
  const inTargetZones = assessed + noSlC.length;
  const components = counted(
    'components',
    'Component capability (SL-C)',
    withoutGap,
    inTargetZones,
    withoutGap > 0 ? [`${withoutGap} of ${inTargetZones} assets are capable of their zone's SL-T.`] : [],
    [
      ...(gapAssets.size > 0 ? [`${gapAssets.size} asset${gapAssets.size === 1 ? '' : 's'} below their zone's SL-T (see the SL-C gaps).`] : []),
      ...(noSlC.length > 0 ? [`Record the SL-C of ${noSlC.length} asset${noSlC.length === 1 ? '' : 's'}.`] : []),
      ...(inTargetZones === 0 ? ['Set zone SL-Ts and asset SL-Cs to compare them.'] : []),
    ],
    [...gapAssets, ...noSlC] as ElementId[],
  );

  let componentRequired = 0;
  let componentMet = 0;
  for (const a of analysis.requirements.assets) {
    componentRequired += a.items.length;
    componentMet += a.items.length - a.status.planned;
  }
  const configuration = counted(
    'configuration',
    'Secure configuration (62443-4-2 requirements)',
    componentMet,
    componentRequired,
    componentMet > 0 ? [`${componentMet} of ${componentRequired} component requirements met.`] : [],
    componentRequired === 0 ? ['Set zone SL-Ts first: the component requirements follow from them.'] : componentMet < componentRequired ? [`${componentRequired - componentMet} component requirements open.`] : [],
  );

  const register = riskRegister(doc);
  let ratedCount = 0;
  let tolerableNow = 0;
  const rrDone: string[] = [];
  const rrMissing: string[] = [];
  const rrSubjects: ElementId[] = [];
  for (const r of register) {
    const rated = r.scenarios.filter((s) => s.current);
    if (rated.length === 0) continue;
    ratedCount += rated.length;
    tolerableNow += rated.length - r.currentAboveTolerable;
    const name = r.kind === 'zone' ? zoneLabel(zoneById.get(r.elementId)!) : `conduit ${quoted(r.name)}`;
    if (r.currentAboveTolerable === 0) rrDone.push(`${capitalized(name)}: every risk within the tolerable risk.`);
    else {
      rrMissing.push(`${capitalized(name)}: ${r.currentAboveTolerable} risk${r.currentAboveTolerable === 1 ? '' : 's'} above the tolerable risk.`);
      rrSubjects.push(r.elementId);
    }
  }
  if (ratedCount === 0) rrMissing.push('Rate the threat scenarios first.');
  const residual = counted('residual-risk', 'Residual risk within tolerable', tolerableNow, ratedCount, rrDone, rrMissing, rrSubjects);

  const implement = phase('implement', [architecture, countermeasures, components, configuration, residual]);

  // Maintain.
  const withFirmware = doc.assets.filter((a) => a.firmware?.trim());
  const firmware = counted(
    'versions',
    'Firmware and software versions',
    withFirmware.length,
    assetCount,
    withFirmware.length > 0 ? [`${withFirmware.length} of ${assetCount} assets have their version recorded.`] : [],
    assetCount > withFirmware.length ? [`Record the firmware or software version of ${assetCount - withFirmware.length} asset${assetCount - withFirmware.length === 1 ? '' : 's'}.`] : assetCount === 0 ? ['List the assets of the system.'] : [],
    doc.assets.filter((a) => !a.firmware?.trim()).map((a) => a.id),
  );

  const byStatus = { current: [] as string[], pending: [] as string[], unsupported: [] as string[], unknown: [] as string[] };
  const patchSubjects: ElementId[] = [];
  for (const a of doc.assets) {
    const s = a.patchStatus ?? 'unknown';
    byStatus[s].push(a.name);
    if (s !== 'current') patchSubjects.push(a.id);
  }
  const names = (list: string[]) => `${list.slice(0, 5).map(quoted).join(', ')}${list.length > 5 ? ' …' : ''}`;
  const patches = counted(
    'patches',
    'Patch management (IEC 62443-2-3)',
    byStatus.current.length,
    assetCount,
    byStatus.current.length > 0 ? [`${byStatus.current.length} of ${assetCount} assets are patched to current.`] : [],
    [
      ...(byStatus.pending.length > 0 ? [`Patches pending on ${byStatus.pending.length}: ${names(byStatus.pending)}.`] : []),
      ...(byStatus.unsupported.length > 0 ? [`No longer supported by the vendor: ${names(byStatus.unsupported)}; plan compensating countermeasures or replacement.`] : []),
      ...(byStatus.unknown.length > 0 ? [`Patch status unknown for ${byStatus.unknown.length} asset${byStatus.unknown.length === 1 ? '' : 's'}.`] : []),
      ...(assetCount === 0 ? ['List the assets of the system.'] : []),
    ],
    patchSubjects,
  );

  const reviewDone: string[] = [];
  const reviewMissing: string[] = [];
  const reviewSubjects: ElementId[] = [];
  let reviewOk = 0;
  let reviewTotal = 1;
  const m = doc.maintenance;
  if (m?.lastReview) reviewDone.push(`Last reviewed on ${dateOnly(m.lastReview)}.`);
  if (!m?.nextReassessment) reviewMissing.push('Schedule the next reassessment of the project.');
  else if (options.today && isOverdue(m.nextReassessment, options.today)) reviewMissing.push(`The reassessment due on ${dateOnly(m.nextReassessment)} is overdue.`);
  else {
    reviewOk++;
    reviewDone.push(`Next reassessment due on ${dateOnly(m.nextReassessment)}.`);
  }
  for (const z of doc.zones) {
    if (!z.nextReassessment) continue;
    reviewTotal++;
    if (options.today && isOverdue(z.nextReassessment, options.today)) {
      reviewMissing.push(`The reassessment of ${zoneLabel(z)} due on ${dateOnly(z.nextReassessment)} is overdue.`);
      reviewSubjects.push(z.id);
    } else reviewOk++;
  }
  const review = counted('review', 'Periodic review and reassessment', reviewOk, reviewTotal, reviewDone, reviewMissing, reviewSubjects);

  const incidents = doc.incidents ?? [];
  const unresolved = incidents.filter((i) => i.status !== 'closed');
  const incidentLog = counted(
    'incidents',
    'Incident handling',
    incidents.length - unresolved.length,
    incidents.length,
    incidents.length === 0 ? ['No incident recorded.'] : incidents.length > unresolved.length ? [`${incidents.length - unresolved.length} of ${incidents.length} incidents closed.`] : [],
    unresolved.map((i) => `Incident "${i.title}" of ${dateOnly(i.date)} is ${i.status}.`),
    unresolved.flatMap((i) => (i.affected ?? []) as ElementId[]),
  );

  const approval = approvalStatus(doc);
  const approvalKept = counted(
    'approval-current',
    'Approval kept current',
    approval === 'valid' ? 1 : 0,
    1,
    approval === 'valid' ? ['The approval matches the model.'] : [],
    approval === 'stale' ? ['The model changed since it was approved: have the changes approved.'] : approval === 'none' ? ['The model has no approval yet.'] : [],
  );

  const maintain = phase('maintain', [firmware, patches, review, incidentLog, approvalKept]);
  return [assess, implement, maintain];
}
