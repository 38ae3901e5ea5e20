/**
 * Pure edits of the lifecycle parts of a document: `(doc, args) => doc`, with the same contract as
 * `shared/model/edits.ts`: every edit is total (arguments that would make the document invalid
 * leave it unchanged and the same object is returned), whatever it returns is accepted by
 * `loadDocument`, and unchanged parts keep their identity.
 *
 * Patches follow the model edits: a field whose patch value is `undefined` is removed.
 */
import type {
  Asset,
  AssetId,
  Conduit,
  Incident,
  IsoDate,
  Maintenance,
  RiskScenario,
  RiskSettings,
  SlTDecision,
  SucDescription,
  ThreatDefinition,
  Zone,
  ZoneId,
  ZonewrightDocument,
} from '../model/document';
import { checkLifecycle } from '../model/load';
import { lifecycleSchemas } from '../model/schema';
import { slEquals, type SlVector } from '../model/securityLevels';
import { makeApproval, type ApproveArgs } from './approval';
import { elementRisk, riskElement, riskSettings, suggestSlT } from './risk';
import { findThreat, isLibraryThreat } from './threats';

type Doc = ZonewrightDocument;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Patch<T> = Partial<Mutable<T>>;

/** Copies `base` with `patch` applied; a key whose patch value is undefined is removed. */
function patched<T extends object>(base: T, patch: Partial<NoInfer<T>>): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out as T;
}

function noChange<T extends object>(base: T, patch: Partial<NoInfer<T>>): boolean {
  return Object.entries(patch).every(([key, value]) => (base as Record<string, unknown>)[key] === value);
}

/** Sets (or with undefined removes) one optional top-level part. */
function withPart<K extends 'suc' | 'risk' | 'threats' | 'maintenance' | 'incidents' | 'approval'>(doc: Doc, key: K, value: Doc[K]): Doc {
  const out = { ...doc } as Mutable<Doc>;
  if (value === undefined) delete out[key];
  else out[key] = value;
  return out;
}

/** A value passes its schema. */
function fits(schema: { safeParse(v: unknown): { success: boolean } }, value: unknown): boolean {
  return schema.safeParse(value).success;
}

/** The value as the loader would read it (labels trimmed, SL shorthand expanded), or undefined when invalid. */
function parsed<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** The lifecycle reference checks pass (ratings within the matrix, known threats, unique ids). */
function consistent(doc: Doc): boolean {
  return checkLifecycle(doc).length === 0;
}

/** An empty object part is dropped rather than saved as `{}`. */
function orNothing<T extends object>(value: T): T | undefined {
  return Object.keys(value).length === 0 ? undefined : value;
}

/** `prefix-n`, unused among `taken`. */
function freshId(taken: Iterable<string>, prefix: string): string {
  const ids = new Set(taken);
  let n = 1;
  while (ids.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

function scenarioIds(doc: Doc): string[] {
  const out: string[] = [];
  for (const list of [doc.zones, doc.conduits]) for (const e of list) for (const r of e.risks ?? []) out.push(r.id);
  return out;
}

function replaceZone(doc: Doc, id: string, update: (z: Zone) => Zone): Doc {
  let changed = false;
  const zones = doc.zones.map((z) => {
    if (z.id !== id) return z;
    const next = update(z);
    if (next !== z) changed = true;
    return next;
  });
  return changed ? { ...doc, zones } : doc;
}

function replaceConduit(doc: Doc, id: string, update: (c: Conduit) => Conduit): Doc {
  let changed = false;
  const conduits = doc.conduits.map((c) => {
    if (c.id !== id) return c;
    const next = update(c);
    if (next !== c) changed = true;
    return next;
  });
  return changed ? { ...doc, conduits } : doc;
}

/** Applies `update` to the zone or conduit with this id. */
function replaceRiskElement(doc: Doc, id: string, update: <E extends Zone | Conduit>(e: E) => E): Doc {
  const target = riskElement(doc, id);
  if (!target) return doc;
  return target.kind === 'zone' ? replaceZone(doc, id, update) : replaceConduit(doc, id, update);
}

// ---------------------------------------------------------------------------------------------
// Risk method and threats.

/** Sets the risk matrix and the tolerable risk. Refused when existing ratings would not fit the new matrix. */
export function setRiskSettings(doc: Doc, args: { readonly patch: Patch<RiskSettings> }): Doc {
  const current = doc.risk ?? {};
  if (noChange(current, args.patch)) return doc;
  const wanted = orNothing(patched(current, args.patch));
  const risk = wanted && parsed(lifecycleSchemas.riskSettings, wanted);
  if (wanted !== undefined && risk === undefined) return doc;
  const next = withPart(doc, 'risk', risk);
  return consistent(next) ? next : doc;
}

/** What stands in the way of a new matrix: ratings above its steps, or categories it lacks. */
export function matrixChangeProblems(doc: Doc, matrix: RiskSettings['matrix']): string[] {
  return checkLifecycle(withPart(doc, 'risk', { ...doc.risk, matrix })).map((p) => `${p.path}: ${p.message}`);
}

export interface AddThreatArgs {
  readonly id?: string;
  readonly title: string;
  readonly description?: string;
  readonly frs: ThreatDefinition['frs'];
  readonly likelihood?: number;
}

/** Adds a custom threat; its id defaults to `threat-n`. */
export function addThreat(doc: Doc, args: AddThreatArgs): Doc {
  const taken = (doc.threats ?? []).map((t) => t.id);
  const id = args.id ?? freshId(taken, 'threat');
  if (isLibraryThreat(id) || taken.includes(id)) return doc;
  const threat: Mutable<ThreatDefinition> = { id, title: args.title.trim(), frs: args.frs };
  if (args.description !== undefined) threat.description = args.description;
  if (args.likelihood !== undefined) threat.likelihood = args.likelihood;
  if (!fits(lifecycleSchemas.threat, threat)) return doc;
  const next = withPart(doc, 'threats', [...(doc.threats ?? []), threat]);
  return consistent(next) ? next : doc;
}

export function updateThreat(doc: Doc, args: { readonly id: string; readonly patch: Patch<Omit<ThreatDefinition, 'id'>> }): Doc {
  const threats = doc.threats ?? [];
  const i = threats.findIndex((t) => t.id === args.id);
  const threat = threats[i];
  if (!threat || noChange(threat, args.patch)) return doc;
  const updated = patched(threat, args.patch.title === undefined ? args.patch : { ...args.patch, title: args.patch.title.trim() });
  if (!fits(lifecycleSchemas.threat, updated)) return doc;
  const next = withPart(doc, 'threats', threats.map((t, j) => (j === i ? updated : t)));
  return consistent(next) ? next : doc;
}

/** How many scenarios name a threat. */
export function threatUsage(doc: Doc, threatId: string): number {
  let n = 0;
  for (const list of [doc.zones, doc.conduits]) for (const e of list) for (const r of e.risks ?? []) if (r.threatId === threatId) n++;
  return n;
}

/** Removes a custom threat; refused while a scenario names it (remove or re-point those first). */
export function removeThreat(doc: Doc, args: { readonly id: string }): Doc {
  const threats = doc.threats ?? [];
  if (!threats.some((t) => t.id === args.id) || threatUsage(doc, args.id) > 0) return doc;
  const kept = threats.filter((t) => t.id !== args.id);
  return withPart(doc, 'threats', kept.length > 0 ? kept : undefined);
}

// ---------------------------------------------------------------------------------------------
// Risk scenarios.

export type ScenarioPatch = Patch<Omit<RiskScenario, 'id'>>;

export interface AddRiskScenarioArgs extends ScenarioPatch {
  /** The zone or conduit whose register gets the scenario. */
  readonly elementId: string;
  readonly threatId: string;
  readonly id?: string;
}

/**
 * Adds a threat scenario to a zone's or conduit's register. Without a likelihood it takes the
 * threat's suggested one; consequences start unrated.
 */
export function addRiskScenario(doc: Doc, args: AddRiskScenarioArgs): Doc {
  const { elementId, id: wanted, ...fields } = args;
  if (!riskElement(doc, elementId)) return doc;
  const threat = findThreat(doc, riskSettings(doc).matrix, args.threatId);
  if (!threat) return doc;
  // Fresh ids are unique in the whole document; a chosen id need only be new in its register.
  const id = wanted ?? freshId(scenarioIds(doc), 'risk');
  if (findScenario(doc, { elementId, id })) return doc;
  const likelihood = fields.likelihood ?? threat.likelihood;
  const scenario = patched({ id, threatId: args.threatId } as RiskScenario, { ...fields, likelihood });
  if (!fits(lifecycleSchemas.riskScenario, scenario)) return doc;
  const next = replaceRiskElement(doc, elementId, (e) => ({ ...e, risks: [...(e.risks ?? []), scenario] }));
  return consistent(next) ? next : doc;
}

/** Which scenario: the zone or conduit whose register holds it, and its id there. */
export interface ScenarioRef {
  readonly elementId: string;
  readonly id: string;
}

function findScenario(doc: Doc, ref: ScenarioRef): RiskScenario | undefined {
  return riskElement(doc, ref.elementId)?.element.risks?.find((r) => r.id === ref.id);
}

/** Changes a scenario's fields (threat, ratings, countermeasures …). */
export function updateRiskScenario(doc: Doc, args: ScenarioRef & { readonly patch: ScenarioPatch }): Doc {
  const scenario = findScenario(doc, args);
  if (!scenario || noChange(scenario, args.patch)) return doc;
  if ('threatId' in args.patch && args.patch.threatId === undefined) return doc;
  const updated = patched(scenario, args.patch);
  if (!fits(lifecycleSchemas.riskScenario, updated)) return doc;
  const next = replaceRiskElement(doc, args.elementId, (e) => ({ ...e, risks: e.risks!.map((r) => (r === scenario ? updated : r)) }));
  return consistent(next) ? next : doc;
}

export function removeRiskScenario(doc: Doc, args: ScenarioRef): Doc {
  const scenario = findScenario(doc, args);
  if (!scenario) return doc;
  return replaceRiskElement(doc, args.elementId, (e) => {
    const risks = e.risks!.filter((r) => r !== scenario);
    return patched(e, { risks: risks.length > 0 ? risks : undefined } as Partial<typeof e>);
  });
}

// ---------------------------------------------------------------------------------------------
// SL-T decisions.

export interface DecisionArgs {
  /** The zone or conduit. */
  readonly elementId: string;
  /** Who decides. */
  readonly by: string;
  readonly date: IsoDate;
}

function decide(doc: Doc, elementId: string, decision: SlTDecision): Doc {
  if (!fits(lifecycleSchemas.slTDecision, decision)) return doc;
  return replaceRiskElement(doc, elementId, (e) => ({ ...e, slT: decision.slT, slTDecisions: [...(e.slTDecisions ?? []), decision] }));
}

/**
 * Sets the element's SL-T to the register's suggestion and records who accepted it, when, and the
 * SL-T it replaced. Refused when there is no suggestion (no rated scenario).
 */
export function acceptSuggestion(doc: Doc, args: DecisionArgs): Doc {
  const risk = elementRisk(doc, args.elementId);
  const target = riskElement(doc, args.elementId);
  const s = risk && suggestSlT(risk);
  if (!s || !target) return doc;
  const last = target.element.slTDecisions?.at(-1);
  const current = target.element.slT;
  if (last?.action === 'accepted' && current && slEquals(current, s.slT) && last.suggested && slEquals(last.suggested, s.slT)) return doc;
  const decision: Mutable<SlTDecision> = { action: 'accepted', by: args.by.trim(), date: args.date, slT: s.slT, suggested: s.slT };
  if (target.element.slT) decision.previous = target.element.slT;
  return decide(doc, args.elementId, decision);
}

export interface OverrideArgs extends DecisionArgs {
  readonly slT: SlVector;
  /** Why the suggestion does not fit; required. */
  readonly reason: string;
}

/**
 * Sets the element's SL-T against (or without) the register's suggestion, recording who, when,
 * why, the suggestion at the time and the SL-T it replaced. Refused without a reason.
 */
export function overrideSlT(doc: Doc, args: OverrideArgs): Doc {
  const target = riskElement(doc, args.elementId);
  if (!target || !args.reason.trim()) return doc;
  const risk = elementRisk(doc, args.elementId);
  const s = risk && suggestSlT(risk);
  const decision: Mutable<SlTDecision> = { action: 'overridden', by: args.by.trim(), date: args.date, slT: args.slT, reason: args.reason.trim() };
  if (s) decision.suggested = s.slT;
  if (target.element.slT) decision.previous = target.element.slT;
  return decide(doc, args.elementId, decision);
}

// ---------------------------------------------------------------------------------------------
// Approval.

/** Records the asset owner's approval of the document as it is now (ZCR 7.1). */
export function approve(doc: Doc, args: ApproveArgs): Doc {
  const approval = makeApproval(doc, args);
  if (!fits(lifecycleSchemas.approval, approval)) return doc;
  return withPart(doc, 'approval', approval);
}

export function revokeApproval(doc: Doc): Doc {
  return doc.approval ? withPart(doc, 'approval', undefined) : doc;
}

// ---------------------------------------------------------------------------------------------
// System under consideration and maintenance.

export function setSuc(doc: Doc, args: { readonly patch: Patch<SucDescription> }): Doc {
  const current = doc.suc ?? {};
  if (noChange(current, args.patch)) return doc;
  const suc = orNothing(patched(current, args.patch));
  if (suc !== undefined && !fits(lifecycleSchemas.suc, suc)) return doc;
  return withPart(doc, 'suc', suc);
}

/** Project-level review dates. */
export function setMaintenance(doc: Doc, args: { readonly patch: Patch<Maintenance> }): Doc {
  const current = doc.maintenance ?? {};
  if (noChange(current, args.patch)) return doc;
  const maintenance = orNothing(patched(current, args.patch));
  if (maintenance !== undefined && !fits(lifecycleSchemas.maintenance, maintenance)) return doc;
  return withPart(doc, 'maintenance', maintenance);
}

/** A zone's review dates. */
export function setZoneReview(doc: Doc, args: { readonly zoneId: ZoneId; readonly patch: Patch<Pick<Zone, 'lastReview' | 'nextReassessment'>> }): Doc {
  for (const v of Object.values(args.patch)) if (v !== undefined && !fits(lifecycleSchemas.isoDate, v)) return doc;
  return replaceZone(doc, args.zoneId, (z) => (noChange(z, args.patch) ? z : patched(z, args.patch)));
}

export type AssetLifecyclePatch = Patch<Pick<Asset, 'temporary' | 'patchStatus' | 'lastPatched'>>;

/** An asset's patch status and last patch date (IEC 62443-2-3), and whether it is connected only temporarily. */
export function setAssetLifecycle(doc: Doc, args: { readonly assetId: AssetId; readonly patch: AssetLifecyclePatch }): Doc {
  const { patch } = args;
  if (patch.lastPatched !== undefined && !fits(lifecycleSchemas.isoDate, patch.lastPatched)) return doc;
  if (patch.patchStatus !== undefined && !['current', 'pending', 'unsupported', 'unknown'].includes(patch.patchStatus)) return doc;
  if (patch.temporary !== undefined && typeof patch.temporary !== 'boolean') return doc;
  let changed = false;
  const assets = doc.assets.map((a) => {
    if (a.id !== args.assetId || noChange(a, patch)) return a;
    changed = true;
    return patched(a, patch);
  });
  return changed ? { ...doc, assets } : doc;
}

// ---------------------------------------------------------------------------------------------
// Incident log.

export interface AddIncidentArgs extends Patch<Omit<Incident, 'id'>> {
  readonly id?: string;
  readonly date: IsoDate;
  readonly title: string;
}

/** Adds an incident (status `open` unless given); its id defaults to `incident-n`. */
export function addIncident(doc: Doc, args: AddIncidentArgs): Doc {
  const incidents = doc.incidents ?? [];
  const { id: wanted, ...fields } = args;
  const id = wanted ?? freshId(incidents.map((i) => i.id), 'incident');
  if (incidents.some((i) => i.id === id)) return doc;
  const incident = patched({ id, status: 'open' } as Incident, { ...fields, title: fields.title.trim() });
  if (!fits(lifecycleSchemas.incident, incident)) return doc;
  return withPart(doc, 'incidents', [...incidents, incident]);
}

export function updateIncident(doc: Doc, args: { readonly id: string; readonly patch: Patch<Omit<Incident, 'id'>> }): Doc {
  const incidents = doc.incidents ?? [];
  const i = incidents.findIndex((x) => x.id === args.id);
  const incident = incidents[i];
  if (!incident || noChange(incident, args.patch)) return doc;
  const updated = patched(incident, args.patch);
  if (!fits(lifecycleSchemas.incident, updated)) return doc;
  return withPart(doc, 'incidents', incidents.map((x, j) => (j === i ? updated : x)));
}

export function removeIncident(doc: Doc, args: { readonly id: string }): Doc {
  const incidents = doc.incidents ?? [];
  if (!incidents.some((x) => x.id === args.id)) return doc;
  const kept = incidents.filter((x) => x.id !== args.id);
  return withPart(doc, 'incidents', kept.length > 0 ? kept : undefined);
}
