/**
 * What changed between two revisions of a project, as a readable list. Elements are matched by
 * id, so a renamed zone is a rename, not a removal and an addition. Each change names the element
 * to highlight on the canvas (`elementId`; links highlight as themselves, risk scenarios as the
 * zone or conduit whose register holds them, project-level changes name none).
 *
 * Order is deterministic: sections in a fixed order (project, zones, assets, conduits, links,
 * risk method and threats, risk registers and SL-T decisions, system description, maintenance
 * and incidents, approval); within a section, elements in the order of the newer revision, then
 * removed ones in the order of the older; within an element, its fields in a fixed order.
 * Diagram layout (positions and sizes) is not compared.
 */
import { quoted, zoneLabel } from '../analysis/rules/helpers';
import { requirementById } from '../catalog/requirements';
import type {
  Asset,
  Conduit,
  ConduitId,
  ElementId,
  Flow,
  Link,
  RequirementState,
  RequirementStates,
  RiskScenario,
  SlTDecision,
  Zone,
  ZoneId,
  ZonewrightDocument,
} from '../model/document';
import { ASSET_TYPE_INFO, ZONE_KIND_INFO } from '../model/kinds';
import { FR_KEYS, formatSl, type SlVector } from '../model/securityLevels';
import { canonicalJson } from './approval';
import { DEFAULT_RISK_MATRIX } from './risk';
import { findThreat } from './threats';

export const CHANGE_KINDS = [
  'project-changed',
  'zone-added',
  'zone-removed',
  'zone-renamed',
  'zone-moved',
  'zone-changed',
  'asset-added',
  'asset-removed',
  'asset-renamed',
  'asset-moved',
  'asset-changed',
  'conduit-added',
  'conduit-removed',
  'conduit-renamed',
  'conduit-zones-changed',
  'conduit-changed',
  'link-added',
  'link-removed',
  'link-moved',
  'link-changed',
  'slt-changed',
  'slc-changed',
  'requirement-changed',
  'flow-added',
  'flow-removed',
  'flow-changed',
  'boundary-devices-changed',
  'risk-settings-changed',
  'threat-added',
  'threat-removed',
  'threat-changed',
  'risk-added',
  'risk-removed',
  'risk-changed',
  'slt-decision',
  'suc-changed',
  'maintenance-changed',
  'incident-added',
  'incident-removed',
  'incident-changed',
  'approval-changed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  readonly kind: ChangeKind;
  /** The element to highlight; undefined for project-level changes. */
  readonly elementId?: ElementId;
  /** One readable sentence. */
  readonly summary: string;
}

type Named = { readonly id: string; readonly name: string };

/** Elements of `b` in order, then those only in `a`, in order. */
function matched<T extends { readonly id: string }>(a: readonly T[], b: readonly T[]): { before: T | undefined; after: T | undefined }[] {
  const inA = new Map(a.map((x) => [x.id, x]));
  const inB = new Set(b.map((x) => x.id));
  return [...b.map((after) => ({ before: inA.get(after.id), after })), ...a.filter((x) => !inB.has(x.id)).map((before) => ({ before, after: undefined }))];
}

const same = (x: unknown, y: unknown) => canonicalJson(x) === canonicalJson(y);
const show = (v: string | number | boolean | undefined) => (v === undefined || v === '' ? 'none' : typeof v === 'string' ? quoted(v) : String(v));

function slChange(before: SlVector | undefined, after: SlVector | undefined): string | undefined {
  if (same(before, after)) return undefined;
  if (!before) return `set to ${formatSl(after!)}`;
  if (!after) return `cleared (was ${formatSl(before)})`;
  return FR_KEYS.filter((fr) => before[fr] !== after[fr])
    .map((fr) => `${fr} ${before[fr]}→${after[fr]}`)
    .join(', ');
}

function fieldChanges<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[], labels: Partial<Record<keyof T & string, string>> = {}): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const x = before[f] as unknown;
    const y = after[f] as unknown;
    if (same(x, y)) continue;
    const label = labels[f] ?? f;
    const fmt = (v: unknown) => (typeof v === 'object' && v !== null ? canonicalJson(v) : show(v as string | number | boolean | undefined));
    out.push(`${label} ${fmt(x)} → ${fmt(y)}`);
  }
  return out;
}

function requirementText(state: RequirementState | undefined): string {
  return state ? state.status : 'planned';
}

function requirementChanges(out: Change[], id: ElementId, what: string, before: RequirementStates | undefined, after: RequirementStates | undefined): void {
  if (before === after) return;
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  keys.sort(compareRequirementIds);
  for (const key of keys) {
    const x = before?.[key];
    const y = after?.[key];
    if (same(x, y)) continue;
    const title = requirementById(key)?.title;
    const detail = x?.status === y?.status ? ' (its justification, countermeasure or note changed)' : '';
    out.push({
      kind: 'requirement-changed',
      elementId: id,
      summary: `${what}: ${key}${title ? ` ${title}` : ''} ${requirementText(x)} → ${requirementText(y)}${detail}.`,
    });
  }
}

/** `SR 1.1`, `SR 1.1 RE 2`, `SR 1.10` in catalog order (numbers compared as numbers). */
function compareRequirementIds(a: string, b: string): number {
  const parts = (s: string) => s.split(/[ .]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    if (p === q) continue;
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (typeof p === 'number' && typeof q === 'number') return p - q;
    return String(p) < String(q) ? -1 : 1;
  }
  return 0;
}

function flowKey(f: Flow): string {
  return canonicalJson({ protocol: f.protocol, port: f.port, from: f.from, to: f.to });
}

/** The changes from revision `a` to revision `b`. */
export function compareDocuments(a: ZonewrightDocument, b: ZonewrightDocument): Change[] {
  const out: Change[] = [];
  const nameIn = (doc: ZonewrightDocument) => {
    const names = new Map<string, string>();
    for (const list of [doc.zones, doc.assets, doc.conduits] as readonly (readonly Named[])[]) for (const e of list) names.set(e.id, e.name);
    return names;
  };
  const namesA = nameIn(a);
  const namesB = nameIn(b);
  const nameOf = (id: string | undefined) => (id === undefined ? 'none' : quoted(namesB.get(id) ?? namesA.get(id) ?? id));
  const zonesA = new Map(a.zones.map((z) => [z.id as string, z]));
  const zonesB = new Map(b.zones.map((z) => [z.id as string, z]));
  const zoneIn = (id: string) => zonesB.get(id) ?? zonesA.get(id);
  const zoneText = (id: string | undefined) => {
    if (id === undefined) return 'no zone';
    const z = zoneIn(id);
    return z ? zoneLabel(z) : quoted(id);
  };

  // Project.
  const meta = fieldChanges(a.meta, b.meta, ['name', 'description', 'author', 'organization', 'revision', 'phase']);
  if (meta.length > 0) out.push({ kind: 'project-changed', summary: `Project: ${meta.join('; ')}.` });

  // Zones.
  for (const { before, after } of matched<Zone>(a.zones, b.zones)) {
    if (!before) {
      out.push({ kind: 'zone-added', elementId: after!.id, summary: `Added ${zoneLabel(after!)}.` });
      continue;
    }
    if (!after) {
      out.push({ kind: 'zone-removed', elementId: before.id, summary: `Removed ${zoneLabel(before)}.` });
      continue;
    }
    // Revisions held in memory share unchanged elements: nothing to compare.
    if (before === after) continue;
    const id = after.id;
    if (before.name !== after.name) out.push({ kind: 'zone-renamed', elementId: id, summary: `Renamed zone ${quoted(before.name)} to ${quoted(after.name)}.` });
    if (before.parentId !== after.parentId) {
      out.push({ kind: 'zone-moved', elementId: id, summary: `Moved ${zoneLabel(after)} from ${before.parentId ? `inside ${zoneText(before.parentId)}` : 'the top level'} to ${after.parentId ? `inside ${zoneText(after.parentId)}` : 'the top level'}.` });
    }
    const fields = fieldChanges(before, after, ['kind', 'purdueLevel', 'description', 'owner', 'notes', 'lastReview', 'nextReassessment'], { purdueLevel: 'Purdue level', nextReassessment: 'next reassessment', lastReview: 'last review' });
    if (before.kind !== after.kind) fields[0] = `kind ${ZONE_KIND_INFO[before.kind].label} → ${ZONE_KIND_INFO[after.kind].label}`;
    if (fields.length > 0) out.push({ kind: 'zone-changed', elementId: id, summary: `${capital(zoneLabel(after))}: ${fields.join('; ')}.` });
    const sl = slChange(before.slT, after.slT);
    if (sl) out.push({ kind: 'slt-changed', elementId: id, summary: `SL-T of ${zoneLabel(after)}: ${sl}.` });
    requirementChanges(out, id, capital(zoneLabel(after)), before.requirements, after.requirements);
  }

  // Assets.
  for (const { before, after } of matched<Asset>(a.assets, b.assets)) {
    const typeLabel = (x: Asset) => {
      const label = ASSET_TYPE_INFO[x.type].label;
      // "PLC", "HMI" stay as they are; "Server" reads "server" inside a sentence.
      return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
    };
    if (!before) {
      out.push({ kind: 'asset-added', elementId: after!.id, summary: `Added ${typeLabel(after!)} ${quoted(after!.name)} in ${zoneText(after!.zoneId)}.` });
      continue;
    }
    if (!after) {
      out.push({ kind: 'asset-removed', elementId: before.id, summary: `Removed ${typeLabel(before)} ${quoted(before.name)} from ${zoneText(before.zoneId)}.` });
      continue;
    }
    if (before === after) continue;
    const id = after.id;
    if (before.name !== after.name) out.push({ kind: 'asset-renamed', elementId: id, summary: `Renamed asset ${quoted(before.name)} to ${quoted(after.name)}.` });
    if (before.zoneId !== after.zoneId) {
      out.push({ kind: 'asset-moved', elementId: id, summary: `Moved ${quoted(after.name)} from ${zoneText(before.zoneId)} to ${zoneText(after.zoneId)}.` });
    }
    const fields = fieldChanges(
      before,
      after,
      ['type', 'vendor', 'model', 'firmware', 'ip', 'purdueLevel', 'criticality', 'temporary', 'patchStatus', 'lastPatched', 'notes'],
      { purdueLevel: 'Purdue level', patchStatus: 'patch status', lastPatched: 'last patched', ip: 'IP' },
    );
    if (fields.length > 0) out.push({ kind: 'asset-changed', elementId: id, summary: `${quoted(after.name)}: ${fields.join('; ')}.` });
    const sl = slChange(before.slC, after.slC);
    if (sl) out.push({ kind: 'slc-changed', elementId: id, summary: `SL-C of ${quoted(after.name)}: ${sl}.` });
    requirementChanges(out, id, quoted(after.name), before.requirements, after.requirements);
  }

  // Conduits.
  for (const { before, after } of matched<Conduit>(a.conduits, b.conduits)) {
    const joins = (c: Conduit) => c.zoneIds.map((z) => nameOf(z)).join(' – ');
    if (!before) {
      out.push({ kind: 'conduit-added', elementId: after!.id, summary: `Added conduit ${quoted(after!.name)} joining ${joins(after!)}.` });
      continue;
    }
    if (!after) {
      out.push({ kind: 'conduit-removed', elementId: before.id, summary: `Removed conduit ${quoted(before.name)} (${joins(before)}).` });
      continue;
    }
    if (before === after) continue;
    const id = after.id;
    const what = `Conduit ${quoted(after.name)}`;
    if (before.name !== after.name) out.push({ kind: 'conduit-renamed', elementId: id, summary: `Renamed conduit ${quoted(before.name)} to ${quoted(after.name)}.` });
    if (!same(before.zoneIds, after.zoneIds)) out.push({ kind: 'conduit-zones-changed', elementId: id, summary: `${what} now joins ${joins(after)} (was ${joins(before)}).` });
    const fields = fieldChanges(before, after, ['description', 'notes']);
    if (fields.length > 0) out.push({ kind: 'conduit-changed', elementId: id, summary: `${what}: ${fields.join('; ')}.` });
    const sl = slChange(before.slT, after.slT);
    if (sl) out.push({ kind: 'slt-changed', elementId: id, summary: `SL-T of conduit ${quoted(after.name)}: ${sl}.` });
    const flowText = (f: Flow) => `${f.protocol}${f.port === undefined ? '' : ` ${f.port}`}${f.from ? ` from ${nameOf(f.from)}` : ''}${f.to ? ` to ${nameOf(f.to)}` : ''}`;
    const flowsA = new Map((before.flows ?? []).map((f) => [flowKey(f), f]));
    const flowsB = new Map((after.flows ?? []).map((f) => [flowKey(f), f]));
    for (const [key, f] of flowsB) {
      const old = flowsA.get(key);
      if (!old) out.push({ kind: 'flow-added', elementId: id, summary: `${what}: flow ${flowText(f)} added.` });
      else if (!same(old, f)) out.push({ kind: 'flow-changed', elementId: id, summary: `${what}: flow ${flowText(f)} ${fieldChanges(old, f, ['bidirectional', 'description']).join('; ')}.` });
    }
    for (const [key, f] of flowsA) if (!flowsB.has(key)) out.push({ kind: 'flow-removed', elementId: id, summary: `${what}: flow ${flowText(f)} removed.` });
    if (!same(before.boundaryDevices ?? [], after.boundaryDevices ?? [])) {
      const list = (ids: readonly string[] | undefined) => (ids?.length ? ids.map(nameOf).join(', ') : 'none');
      out.push({ kind: 'boundary-devices-changed', elementId: id, summary: `${what}: boundary devices ${list(before.boundaryDevices)} → ${list(after.boundaryDevices)}.` });
    }
    requirementChanges(out, id, what, before.requirements, after.requirements);
  }

  // Links.
  for (const { before, after } of matched<Link>(a.links, b.links)) {
    const ends = (l: Link) => `${nameOf(l.source)} – ${nameOf(l.target)}`;
    const conduitText = (id: ConduitId | undefined) => (id === undefined ? 'no conduit' : `conduit ${nameOf(id)}`);
    if (!before) {
      out.push({ kind: 'link-added', elementId: after!.id, summary: `Added link ${ends(after!)}${after!.conduitId ? ` in ${conduitText(after!.conduitId)}` : ''}.` });
      continue;
    }
    if (!after) {
      out.push({ kind: 'link-removed', elementId: before.id, summary: `Removed link ${ends(before)}.` });
      continue;
    }
    if (before === after) continue;
    if (before.conduitId !== after.conduitId) {
      out.push({ kind: 'link-moved', elementId: after.id, summary: `Link ${ends(after)} moved from ${conduitText(before.conduitId)} to ${conduitText(after.conduitId)}.` });
    }
    const fields = fieldChanges(before, after, ['source', 'target', 'medium', 'notes']);
    if (fields.length > 0) out.push({ kind: 'link-changed', elementId: after.id, summary: `Link ${ends(after)}: ${fields.join('; ')}.` });
  }

  // Risk method and custom threats.
  if (!same(a.risk?.matrix, b.risk?.matrix)) out.push({ kind: 'risk-settings-changed', summary: 'The risk matrix changed.' });
  if (a.risk?.tolerableRisk !== b.risk?.tolerableRisk) {
    out.push({ kind: 'risk-settings-changed', summary: `Tolerable risk ${show(a.risk?.tolerableRisk)} → ${show(b.risk?.tolerableRisk)}.` });
  }
  for (const { before, after } of matched(a.threats ?? [], b.threats ?? [])) {
    if (!before) out.push({ kind: 'threat-added', summary: `Added custom threat ${quoted(after!.title)}.` });
    else if (!after) out.push({ kind: 'threat-removed', summary: `Removed custom threat ${quoted(before.title)}.` });
    else if (!same(before, after)) out.push({ kind: 'threat-changed', summary: `Custom threat ${quoted(after.title)}: ${fieldChanges(before, after, ['title', 'description', 'frs', 'likelihood']).join('; ')}.` });
  }

  // Risk registers and SL-T decisions, per zone then per conduit.
  const registers = (doc: ZonewrightDocument) => [...doc.zones, ...doc.conduits] as readonly (Zone | Conduit)[];
  const threatTitle = (s: RiskScenario) =>
    findThreat(b, DEFAULT_RISK_MATRIX, s.threatId)?.title ?? findThreat(a, DEFAULT_RISK_MATRIX, s.threatId)?.title ?? s.threatId;
  const ownerText = (e: Zone | Conduit) => ('kind' in e ? zoneLabel(e) : `conduit ${quoted(e.name)}`);
  for (const { before, after } of matched(registers(a), registers(b))) {
    const element = (after ?? before)!;
    const id = element.id as ZoneId | ConduitId;
    for (const pair of matched(before?.risks ?? [], after?.risks ?? [])) {
      const s = (pair.after ?? pair.before)!;
      const title = `"${threatTitle(s)}"`;
      if (!pair.before) out.push({ kind: 'risk-added', elementId: id, summary: `Risk register of ${ownerText(element)}: added ${title}.` });
      else if (!pair.after) out.push({ kind: 'risk-removed', elementId: id, summary: `Risk register of ${ownerText(element)}: removed ${title}.` });
      else if (!same(pair.before, pair.after)) {
        const fields = fieldChanges(pair.before, pair.after, [
          'threatId',
          'likelihood',
          'consequence',
          'residualLikelihood',
          'residualConsequence',
          'frs',
          'description',
          'vulnerabilities',
          'countermeasures',
          'additionalCountermeasures',
          'notes',
        ], { threatId: 'threat', residualLikelihood: 'residual likelihood', residualConsequence: 'residual consequence', additionalCountermeasures: 'additional countermeasures' });
        out.push({ kind: 'risk-changed', elementId: id, summary: `Risk register of ${ownerText(element)}: ${title} ${fields.join('; ')}.` });
      }
    }
    const decisionsA = before?.slTDecisions ?? [];
    const decisionsB = after?.slTDecisions ?? [];
    const added: readonly SlTDecision[] = decisionsB.slice(decisionsA.length);
    const prefixKept = same(decisionsA, decisionsB.slice(0, decisionsA.length));
    for (const d of prefixKept ? added : decisionsB.filter((d) => !decisionsA.some((x) => same(x, d)))) {
      out.push({
        kind: 'slt-decision',
        elementId: id,
        summary: `SL-T of ${ownerText(element)} ${d.action} by ${d.by} on ${d.date.slice(0, 10)}: ${formatSl(d.slT)}${d.reason ? ` (${d.reason})` : ''}.`,
      });
    }
  }

  // System description, maintenance, incidents.
  const SUC_LABELS = { scope: 'scope', assumptions: 'assumptions', threatEnvironment: 'threat environment', policies: 'policies', regulations: 'regulations' } as const;
  const suc = (Object.keys(SUC_LABELS) as (keyof typeof SUC_LABELS)[]).filter((k) => (a.suc?.[k] ?? '') !== (b.suc?.[k] ?? '')).map((k) => SUC_LABELS[k]);
  if (suc.length > 0) out.push({ kind: 'suc-changed', summary: `System under consideration: ${suc.join(', ')} changed.` });
  const maintenance = fieldChanges(a.maintenance ?? {}, b.maintenance ?? {}, ['lastReview', 'nextReassessment'], { lastReview: 'last review', nextReassessment: 'next reassessment' });
  if (maintenance.length > 0) out.push({ kind: 'maintenance-changed', summary: `Reviews: ${maintenance.join('; ')}.` });
  for (const { before, after } of matched(a.incidents ?? [], b.incidents ?? [])) {
    if (!before) out.push({ kind: 'incident-added', summary: `Incident logged: ${quoted(after!.title)} (${after!.date.slice(0, 10)}, ${after!.status}).` });
    else if (!after) out.push({ kind: 'incident-removed', summary: `Incident removed: ${quoted(before.title)}.` });
    else if (!same(before, after)) out.push({ kind: 'incident-changed', summary: `Incident ${quoted(after.title)}: ${fieldChanges(before, after, ['title', 'date', 'status', 'description', 'affected']).join('; ')}.` });
  }

  // Approval.
  const ap = a.approval;
  const bp = b.approval;
  if (!same(ap, bp)) {
    const who = (x: NonNullable<typeof ap>) => `${x.by}${x.role ? ` (${x.role})` : ''} on ${x.date.slice(0, 10)}`;
    if (!ap) out.push({ kind: 'approval-changed', summary: `Approved by ${who(bp!)}.` });
    else if (!bp) out.push({ kind: 'approval-changed', summary: `The approval by ${who(ap)} was withdrawn.` });
    else out.push({ kind: 'approval-changed', summary: `Approval by ${who(ap)} replaced by approval by ${who(bp)}.` });
  }
  return out;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The distinct element ids named by the changes, for highlighting on the canvas. */
export function changedElementIds(changes: readonly Change[]): ElementId[] {
  return [...new Set(changes.flatMap((c) => (c.elementId === undefined ? [] : [c.elementId])))];
}
