/**
 * Document edit operations: pure functions `(doc, args) => doc`.
 *
 * The editor's store applies them (one call, or a composition of calls, is one undo step); the CLI
 * and the tests call the same functions. Every edit is total: arguments that would make the
 * document invalid (an empty name, a port of 70000, an unknown id, a nesting cycle) leave it
 * unchanged and the same object is returned, so callers can tell "nothing happened" by identity.
 * Whatever an edit returns is accepted by `loadDocument`. Unchanged elements keep their identity,
 * so history snapshots share almost everything.
 */
import type {
  Asset,
  AssetId,
  Conduit,
  ConduitId,
  ElementId,
  Flow,
  Link,
  LinkId,
  Position,
  ProjectMeta,
  ProjectPhase,
  RequirementState,
  RequirementStates,
  Size,
  Zone,
  ZoneId,
  ZonewrightDocument,
} from './document';
import { CURRENT_VERSION, FORMAT_NAME, PROJECT_PHASES, REQUIREMENT_STATUSES } from './document';
import {
  ASSET_TYPE_INFO,
  ASSET_TYPES,
  COMPONENT_CLASS_PREFIX,
  CRITICALITIES,
  LINK_MEDIA,
  ZONE_KIND_INFO,
  ZONE_KINDS,
  type AssetType,
  type ZoneKind,
} from './kinds';
import { requirementById } from '../catalog/requirements';
import { FR_KEYS, type SlVector } from './securityLevels';

type Doc = ZonewrightDocument;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// ---------------------------------------------------------------------------------------------
// Field checks, shared by the edits (which refuse bad values) and the inspector (which explains).
// Each returns a message for the user, or undefined when the value is acceptable.

/** Names of zones, assets, conduits, the project, and flow protocols. */
export function nameProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.length === 0) return 'Name must not be empty.';
  if (trimmed.length > 200) return 'Name must be at most 200 characters.';
  return undefined;
}

/** A TCP/UDP port as typed in a field; empty is allowed (no port). */
export function portProblem(value: string | number | undefined): string | undefined {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
  const n = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isInteger(n) || n < 1 || n > 65535) return 'Port must be a whole number from 1 to 65535.';
  return undefined;
}

/** Purdue level override 0–5 (3.5 for the DMZ); empty means "use the default". */
export function purdueLevelProblem(value: string | number | undefined): string | undefined {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
  const n = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isFinite(n) || n < 0 || n > 5) return 'Purdue level must be a number from 0 to 5.';
  return undefined;
}

/** Free text limited to `max` characters. */
export function textProblem(value: string, max: number): string | undefined {
  return value.length > max ? `Must be at most ${max} characters.` : undefined;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(\/(3[0-2]|[12]?\d))?$/;
const IPV6 = /^[0-9a-fA-F:]*:[0-9a-fA-F:.]*(\/(12[0-8]|1[01]\d|[1-9]?\d))?$/;

/** IP addresses: IPv4 or IPv6, optionally with a prefix length, several separated by commas. Empty is allowed. */
export function ipProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (trimmed.length > 100) return 'Must be at most 100 characters.';
  const parts = trimmed.split(',').map((p) => p.trim());
  for (const part of parts) {
    if (!IPV4.test(part) && !(IPV6.test(part) && (part.match(/::/g) ?? []).length <= 1)) {
      return `"${part}" is not an IP address (e.g. 10.0.1.20, 10.0.1.0/24 or fd00::1).`;
    }
  }
  return undefined;
}

function validSl(v: SlVector | undefined): boolean {
  if (v === undefined) return true;
  return FR_KEYS.every((fr) => Number.isInteger(v[fr]) && v[fr] >= 0 && v[fr] <= 4) && Object.keys(v).length === FR_KEYS.length;
}

function validPosition(p: Position | undefined): boolean {
  return p === undefined || (Number.isFinite(p.x) && Number.isFinite(p.y));
}

function validSize(s: Size | undefined): boolean {
  return s === undefined || (Number.isFinite(s.width) && Number.isFinite(s.height) && s.width > 0 && s.height > 0);
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

/** Copies `base` with `patch` applied; a key whose patch value is undefined is removed. */
function patched<T extends object>(base: T, patch: Partial<NoInfer<T>>): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out as T;
}

/** True when applying `patch` would change nothing. */
function noChange<T extends object>(base: T, patch: Partial<NoInfer<T>>): boolean {
  return Object.entries(patch).every(([key, value]) => {
    const cur = (base as Record<string, unknown>)[key];
    if (value === undefined) return !(key in base) || cur === undefined;
    return cur === value;
  });
}

function replaceById<T extends { readonly id: string }>(list: readonly T[], id: string, update: (item: T) => T): readonly T[] {
  let changed = false;
  const out = list.map((item) => {
    if (item.id !== id) return item;
    const next = update(item);
    if (next !== item) changed = true;
    return next;
  });
  return changed ? out : list;
}

function allIds(doc: Doc): Set<string> {
  const ids = new Set<string>();
  for (const list of [doc.zones, doc.assets, doc.conduits, doc.links]) for (const e of list) ids.add(e.id);
  return ids;
}

/** A fresh id `prefix-n` unused anywhere in the document (ids share one space). */
export function nextId(doc: Doc, prefix: string): string {
  const ids = allIds(doc);
  let max = 0;
  const re = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`);
  for (const id of ids) {
    const m = re.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  let n = max + 1;
  while (ids.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

function freshId(doc: Doc, wanted: string | undefined, prefix: string): string | undefined {
  if (wanted === undefined) return nextId(doc, prefix);
  if (wanted.length === 0 || wanted.length > 128 || /\s/.test(wanted) || allIds(doc).has(wanted)) return undefined;
  return wanted;
}

/** `base`, or `base 2`, `base 3` … whichever no element of `names` uses yet. */
export function uniqueName(base: string, names: Iterable<string>): string {
  const taken = new Set(names);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`)) return `${base} ${n}`;
}

/** The zone and every zone nested in it, at any depth. */
export function zoneWithDescendants(doc: Doc, zoneId: ZoneId): Set<ZoneId> {
  const children = new Map<string, ZoneId[]>();
  for (const z of doc.zones) {
    if (z.parentId === undefined) continue;
    const list = children.get(z.parentId);
    if (list) list.push(z.id);
    else children.set(z.parentId, [z.id]);
  }
  const out = new Set<ZoneId>([zoneId]);
  const stack = [zoneId];
  while (stack.length > 0) {
    const id = stack.pop() as ZoneId;
    for (const c of children.get(id) ?? []) {
      if (!out.has(c)) {
        out.add(c);
        stack.push(c);
      }
    }
  }
  return out;
}

/** The first conduit that joins both zones, if any. */
export function conduitBetween(doc: Doc, a: ZoneId, b: ZoneId): Conduit | undefined {
  if (a === b) return undefined;
  return doc.conduits.find((c) => c.zoneIds.includes(a) && c.zoneIds.includes(b));
}

/** An empty project. */
export function emptyDocument(name = 'Untitled plant'): Doc {
  return { format: FORMAT_NAME, version: CURRENT_VERSION, meta: { name }, zones: [], assets: [], conduits: [], links: [] };
}

// ---------------------------------------------------------------------------------------------
// Project.

export type MetaPatch = Partial<Mutable<ProjectMeta>>;

export function setMeta(doc: Doc, args: { readonly patch: MetaPatch }): Doc {
  const { patch } = args;
  if (patch.name !== undefined && nameProblem(patch.name)) return doc;
  if ('name' in patch && patch.name === undefined) return doc;
  if (patch.phase !== undefined && !PROJECT_PHASES.includes(patch.phase)) return doc;
  const limits: Record<string, number> = { description: 20000, author: 200, organization: 200, revision: 50 };
  for (const [key, max] of Object.entries(limits)) {
    const v = (patch as Record<string, unknown>)[key];
    if (typeof v === 'string' && textProblem(v, max)) return doc;
  }
  const clean = { ...patch };
  if (clean.name !== undefined) clean.name = clean.name.trim();
  if (noChange(doc.meta, clean)) return doc;
  return { ...doc, meta: patched(doc.meta, clean) };
}

// ---------------------------------------------------------------------------------------------
// Zones.

export interface AddZoneArgs {
  readonly id?: string;
  readonly name?: string;
  readonly kind?: ZoneKind;
  readonly parentId?: ZoneId;
  readonly position?: Position;
  readonly size?: Size;
  readonly slT?: SlVector;
}

export const DEFAULT_ZONE_SIZE: Size = { width: 360, height: 240 };

export function addZone(doc: Doc, args: AddZoneArgs): Doc {
  const id = freshId(doc, args.id, 'zone');
  if (id === undefined) return doc;
  const kind = args.kind ?? 'control';
  if (!ZONE_KINDS.includes(kind)) return doc;
  const name = args.name ?? uniqueName(`${ZONE_KIND_INFO[kind].label} zone`, doc.zones.map((z) => z.name));
  if (nameProblem(name)) return doc;
  if (args.parentId !== undefined && !doc.zones.some((z) => z.id === args.parentId)) return doc;
  if (!validPosition(args.position) || !validSize(args.size) || !validSl(args.slT)) return doc;
  const zone: Mutable<Zone> = { id: id as ZoneId, name: name.trim(), kind };
  if (args.parentId !== undefined) zone.parentId = args.parentId;
  if (args.slT !== undefined) zone.slT = args.slT;
  if (args.position !== undefined) zone.position = args.position;
  zone.size = args.size ?? DEFAULT_ZONE_SIZE;
  return { ...doc, zones: [...doc.zones, zone] };
}

export type ZonePatch = Partial<Pick<Mutable<Zone>, 'name' | 'kind' | 'slT' | 'purdueLevel' | 'description' | 'owner' | 'notes'>>;

export function updateZone(doc: Doc, args: { readonly id: ZoneId; readonly patch: ZonePatch }): Doc {
  const { patch } = args;
  if ('name' in patch && (patch.name === undefined || nameProblem(patch.name))) return doc;
  if ('kind' in patch && (patch.kind === undefined || !ZONE_KINDS.includes(patch.kind))) return doc;
  if (!validSl(patch.slT) || purdueLevelProblem(patch.purdueLevel)) return doc;
  if (patch.description !== undefined && textProblem(patch.description, 4000)) return doc;
  if (patch.owner !== undefined && textProblem(patch.owner, 200)) return doc;
  if (patch.notes !== undefined && textProblem(patch.notes, 20000)) return doc;
  const clean = patch.name === undefined ? patch : { ...patch, name: patch.name.trim() };
  const zones = replaceById(doc.zones, args.id, (z) => (noChange(z, clean) ? z : patched(z, clean)));
  return zones === doc.zones ? doc : { ...doc, zones };
}

/** Nests a zone in another (or un-nests it with `parentId` undefined). Refuses cycles. */
export function setZoneParent(doc: Doc, args: { readonly id: ZoneId; readonly parentId: ZoneId | undefined }): Doc {
  const { id, parentId } = args;
  if (!doc.zones.some((z) => z.id === id)) return doc;
  if (parentId !== undefined) {
    if (!doc.zones.some((z) => z.id === parentId)) return doc;
    if (zoneWithDescendants(doc, id).has(parentId)) return doc;
  }
  const zones = replaceById(doc.zones, id, (z) => (z.parentId === parentId ? z : patched(z, { parentId })));
  return zones === doc.zones ? doc : { ...doc, zones };
}

/** Sets a zone's frame (absolute position and size); what it holds stays where it is. */
export function resizeZone(doc: Doc, args: { readonly id: ZoneId; readonly position: Position; readonly size: Size }): Doc {
  if (!validPosition(args.position) || !validSize(args.size)) return doc;
  const zones = replaceById(doc.zones, args.id, (z) =>
    z.position?.x === args.position.x &&
    z.position?.y === args.position.y &&
    z.size?.width === args.size.width &&
    z.size?.height === args.size.height
      ? z
      : { ...z, position: args.position, size: args.size },
  );
  return zones === doc.zones ? doc : { ...doc, zones };
}

// ---------------------------------------------------------------------------------------------
// Moving (zones and assets, absolute positions).

export interface Move {
  readonly id: ZoneId | AssetId;
  readonly position: Position;
}

/**
 * Moves zones and assets to new absolute positions. A moved zone carries what it holds (nested
 * zones and their assets) by the same offset, unless those are moved explicitly too.
 */
export function moveElements(doc: Doc, args: { readonly moves: readonly Move[] }): Doc {
  if (args.moves.length === 0 || !args.moves.every((m) => validPosition(m.position))) return doc;
  const target = new Map<string, Position>();
  for (const m of args.moves) target.set(m.id, m.position);

  // Offsets carried down from moved zones to what they hold.
  const zoneById = new Map(doc.zones.map((z) => [z.id as string, z]));
  const carried = new Map<string, Position>();
  const offsetOf = (zoneId: string | undefined, depth = 0): Position | undefined => {
    if (zoneId === undefined || depth > zoneById.size) return undefined;
    if (carried.has(zoneId)) return carried.get(zoneId);
    const zone = zoneById.get(zoneId);
    let offset: Position | undefined;
    const moved = target.get(zoneId);
    if (zone && moved && zone.position) offset = { x: moved.x - zone.position.x, y: moved.y - zone.position.y };
    else if (zone && !moved) offset = offsetOf(zone.parentId, depth + 1);
    carried.set(zoneId, offset as Position);
    return offset;
  };
  const shift = (p: Position | undefined, by: Position | undefined): Position | undefined =>
    p && by && (by.x !== 0 || by.y !== 0) ? { x: p.x + by.x, y: p.y + by.y } : p;

  let changed = false;
  const zones = doc.zones.map((z) => {
    const explicit = target.get(z.id);
    const next = explicit ?? shift(z.position, offsetOf(z.parentId));
    if (next === z.position || (next && z.position && next.x === z.position.x && next.y === z.position.y)) return z;
    changed = true;
    return { ...z, position: next } as Zone;
  });
  const assets = doc.assets.map((a) => {
    const explicit = target.get(a.id);
    const next = explicit ?? shift(a.position, offsetOf(a.zoneId));
    if (next === a.position || (next && a.position && next.x === a.position.x && next.y === a.position.y)) return a;
    changed = true;
    return { ...a, position: next } as Asset;
  });
  return changed ? { ...doc, zones, assets } : doc;
}

// ---------------------------------------------------------------------------------------------
// Assets.

export interface AddAssetArgs {
  readonly id?: string;
  readonly type: AssetType;
  readonly name?: string;
  readonly zoneId?: ZoneId;
  readonly position?: Position;
}

export function addAsset(doc: Doc, args: AddAssetArgs): Doc {
  if (!ASSET_TYPES.includes(args.type)) return doc;
  const id = freshId(doc, args.id, 'asset');
  if (id === undefined) return doc;
  const name = args.name ?? uniqueName(ASSET_TYPE_INFO[args.type].label, doc.assets.map((a) => a.name));
  if (nameProblem(name) || !validPosition(args.position)) return doc;
  if (args.zoneId !== undefined && !doc.zones.some((z) => z.id === args.zoneId)) return doc;
  const asset: Mutable<Asset> = { id: id as AssetId, name: name.trim(), type: args.type };
  if (args.zoneId !== undefined) asset.zoneId = args.zoneId;
  if (args.position !== undefined) asset.position = args.position;
  return { ...doc, assets: [...doc.assets, asset] };
}

export type AssetPatch = Partial<
  Pick<Mutable<Asset>, 'name' | 'type' | 'slC' | 'vendor' | 'model' | 'firmware' | 'ip' | 'purdueLevel' | 'criticality' | 'notes'>
>;

export function updateAsset(doc: Doc, args: { readonly id: AssetId; readonly patch: AssetPatch }): Doc {
  const { patch } = args;
  if ('name' in patch && (patch.name === undefined || nameProblem(patch.name))) return doc;
  if ('type' in patch && (patch.type === undefined || !ASSET_TYPES.includes(patch.type))) return doc;
  if (patch.criticality !== undefined && !CRITICALITIES.includes(patch.criticality)) return doc;
  if (!validSl(patch.slC) || purdueLevelProblem(patch.purdueLevel)) return doc;
  if (patch.ip !== undefined && textProblem(patch.ip, 100)) return doc;
  for (const key of ['vendor', 'model', 'firmware'] as const) {
    const v = patch[key];
    if (v !== undefined && textProblem(v, 200)) return doc;
  }
  if (patch.notes !== undefined && textProblem(patch.notes, 20000)) return doc;
  const clean = patch.name === undefined ? patch : { ...patch, name: patch.name.trim() };
  const assets = replaceById(doc.assets, args.id, (a) => {
    if (noChange(a, clean)) return a;
    const next = patched(a, clean);
    // A new type may be of another component class, whose class-specific requirements (EDR …,
    // NDR …) differ: states of requirements the asset no longer has are dropped.
    return clean.type !== undefined && next.requirements ? keepStates(next, (id) => acceptsRequirement('asset', id, next)) : next;
  });
  return assets === doc.assets ? doc : { ...doc, assets };
}

/**
 * Puts assets in a zone, or in none with `zoneId` undefined. Their links follow: a link that now
 * crosses zones is attached to a conduit joining them when there is one, and a link whose conduit
 * no longer joins its zones is detached.
 */
export function assignAssets(doc: Doc, args: { readonly assetIds: readonly AssetId[]; readonly zoneId: ZoneId | undefined }): Doc {
  const { zoneId } = args;
  if (zoneId !== undefined && !doc.zones.some((z) => z.id === zoneId)) return doc;
  const ids = new Set<string>(args.assetIds);
  let changed = false;
  const assets = doc.assets.map((a) => {
    if (!ids.has(a.id) || a.zoneId === zoneId) return a;
    changed = true;
    return patched(a, { zoneId });
  });
  if (!changed) return doc;
  return reconcileLinkConduits({ ...doc, assets }, ids);
}

/** Shorthand for one asset. */
export function assignAsset(doc: Doc, args: { readonly assetId: AssetId; readonly zoneId: ZoneId | undefined }): Doc {
  return assignAssets(doc, { assetIds: [args.assetId], zoneId: args.zoneId });
}

/** Re-derives the conduit of links touching `assetIds` after their zones changed. */
function reconcileLinkConduits(doc: Doc, assetIds: ReadonlySet<string>): Doc {
  const zoneOf = new Map(doc.assets.map((a) => [a.id as string, a.zoneId]));
  let changed = false;
  const links = doc.links.map((l) => {
    if (!assetIds.has(l.source) && !assetIds.has(l.target)) return l;
    const za = zoneOf.get(l.source);
    const zb = zoneOf.get(l.target);
    const crossing = za !== undefined && zb !== undefined && za !== zb;
    if (l.conduitId !== undefined) {
      const current = doc.conduits.find((c) => c.id === l.conduitId);
      if (crossing && current && current.zoneIds.includes(za) && current.zoneIds.includes(zb)) return l;
    }
    const want = crossing ? conduitBetween(doc, za, zb)?.id : undefined;
    if (want === l.conduitId) return l;
    changed = true;
    return patched(l, { conduitId: want });
  });
  return changed ? { ...doc, links } : doc;
}

// ---------------------------------------------------------------------------------------------
// Conduits.

export interface AddConduitArgs {
  readonly id?: string;
  readonly name?: string;
  readonly zoneIds: readonly ZoneId[];
  readonly slT?: SlVector;
}

/** A conduit between two or more distinct existing zones. Links between them that have no conduit join it. */
export function addConduit(doc: Doc, args: AddConduitArgs): Doc {
  const zoneIds = [...new Set(args.zoneIds)];
  if (zoneIds.length < 2) return doc;
  const zones = zoneIds.map((id) => doc.zones.find((z) => z.id === id));
  if (zones.some((z) => z === undefined)) return doc;
  const id = freshId(doc, args.id, 'conduit');
  if (id === undefined || !validSl(args.slT)) return doc;
  const name = args.name ?? uniqueName(zones.map((z) => z?.name).join(' ↔ ').slice(0, 200), doc.conduits.map((c) => c.name));
  if (nameProblem(name)) return doc;
  const conduit: Mutable<Conduit> = { id: id as ConduitId, name: name.trim(), zoneIds };
  if (args.slT !== undefined) conduit.slT = args.slT;
  const next = { ...doc, conduits: [...doc.conduits, conduit] };
  // Links already crossing between these zones now have a conduit to belong to.
  const zoneOf = new Map(doc.assets.map((a) => [a.id as string, a.zoneId]));
  let changed = false;
  const links = next.links.map((l) => {
    if (l.conduitId !== undefined) return l;
    const za = zoneOf.get(l.source);
    const zb = zoneOf.get(l.target);
    if (za === undefined || zb === undefined || za === zb || !zoneIds.includes(za) || !zoneIds.includes(zb)) return l;
    changed = true;
    return { ...l, conduitId: conduit.id };
  });
  return changed ? { ...next, links } : next;
}

export type ConduitPatch = Partial<Pick<Mutable<Conduit>, 'name' | 'slT' | 'description' | 'notes'>>;

export function updateConduit(doc: Doc, args: { readonly id: ConduitId; readonly patch: ConduitPatch }): Doc {
  const { patch } = args;
  if ('name' in patch && (patch.name === undefined || nameProblem(patch.name))) return doc;
  if (!validSl(patch.slT)) return doc;
  if (patch.description !== undefined && textProblem(patch.description, 4000)) return doc;
  if (patch.notes !== undefined && textProblem(patch.notes, 20000)) return doc;
  const clean = patch.name === undefined ? patch : { ...patch, name: patch.name.trim() };
  const conduits = replaceById(doc.conduits, args.id, (c) => (noChange(c, clean) ? c : patched(c, clean)));
  return conduits === doc.conduits ? doc : { ...doc, conduits };
}

/** Problems of one flow as the inspector would show them, keyed by field. */
export function flowProblems(doc: Doc, flow: Flow): Partial<Record<'protocol' | 'port' | 'from' | 'to' | 'description', string>> {
  const out: Partial<Record<'protocol' | 'port' | 'from' | 'to' | 'description', string>> = {};
  const protocol = nameProblem(flow.protocol);
  if (protocol) out.protocol = protocol.replace('Name', 'Protocol');
  const port = portProblem(flow.port);
  if (port) out.port = port;
  const assets = new Set<string>(doc.assets.map((a) => a.id));
  if (flow.from !== undefined && !assets.has(flow.from)) out.from = 'Unknown asset.';
  if (flow.to !== undefined && !assets.has(flow.to)) out.to = 'Unknown asset.';
  if (flow.description !== undefined && textProblem(flow.description, 4000)) out.description = 'Must be at most 4000 characters.';
  return out;
}

/** Replaces a conduit's allowed flows. Refused when any flow is invalid. */
export function setFlows(doc: Doc, args: { readonly id: ConduitId; readonly flows: readonly Flow[] }): Doc {
  if (args.flows.some((f) => Object.keys(flowProblems(doc, f)).length > 0)) return doc;
  const flows = args.flows.map((f) => patched(f, { protocol: f.protocol.trim() }));
  const conduits = replaceById(doc.conduits, args.id, (c) => {
    if (flows.length === 0) return c.flows === undefined ? c : patched(c, { flows: undefined });
    return { ...c, flows };
  });
  return conduits === doc.conduits ? doc : { ...doc, conduits };
}

/** Replaces a conduit's list of boundary devices; unknown ids and repeats are dropped. */
export function setBoundaryDevices(doc: Doc, args: { readonly id: ConduitId; readonly assetIds: readonly AssetId[] }): Doc {
  const known = new Set<string>(doc.assets.map((a) => a.id));
  const ids = [...new Set(args.assetIds)].filter((id) => known.has(id));
  const conduits = replaceById(doc.conduits, args.id, (c) => {
    const cur = c.boundaryDevices ?? [];
    if (cur.length === ids.length && cur.every((id, i) => id === ids[i])) return c;
    return ids.length === 0 ? patched(c, { boundaryDevices: undefined }) : { ...c, boundaryDevices: ids };
  });
  return conduits === doc.conduits ? doc : { ...doc, conduits };
}

/** Sets the SL-T of a zone or conduit (undefined clears it: a conduit then inherits from its zones). */
export function setSlT(doc: Doc, args: { readonly id: ZoneId | ConduitId; readonly slT: SlVector | undefined }): Doc {
  if (doc.zones.some((z) => z.id === args.id)) return updateZone(doc, { id: args.id as ZoneId, patch: { slT: args.slT } });
  return updateConduit(doc, { id: args.id as ConduitId, patch: { slT: args.slT } });
}

/** Sets the SL-C of an asset (undefined clears it). */
export function setSlC(doc: Doc, args: { readonly id: AssetId; readonly slC: SlVector | undefined }): Doc {
  return updateAsset(doc, { id: args.id, patch: { slC: args.slC } });
}

// ---------------------------------------------------------------------------------------------
// Links.

export interface AddLinkArgs {
  readonly id?: string;
  readonly source: AssetId;
  readonly target: AssetId;
  /** Omitted: the link joins a conduit between its assets' zones when there is one. Null: no conduit. */
  readonly conduitId?: ConduitId | null;
  readonly medium?: Link['medium'];
}

export function addLink(doc: Doc, args: AddLinkArgs): Doc {
  if (args.source === args.target) return doc;
  const source = doc.assets.find((a) => a.id === args.source);
  const target = doc.assets.find((a) => a.id === args.target);
  if (!source || !target) return doc;
  if (args.medium !== undefined && !LINK_MEDIA.includes(args.medium)) return doc;
  const id = freshId(doc, args.id, 'link');
  if (id === undefined) return doc;
  let conduitId: ConduitId | undefined;
  if (args.conduitId === undefined) {
    if (source.zoneId !== undefined && target.zoneId !== undefined) conduitId = conduitBetween(doc, source.zoneId, target.zoneId)?.id;
  } else if (args.conduitId !== null) {
    if (!doc.conduits.some((c) => c.id === args.conduitId)) return doc;
    conduitId = args.conduitId;
  }
  const link: Mutable<Link> = { id: id as LinkId, source: args.source, target: args.target };
  if (conduitId !== undefined) link.conduitId = conduitId;
  if (args.medium !== undefined) link.medium = args.medium;
  return { ...doc, links: [...doc.links, link] };
}

export type LinkPatch = Partial<Pick<Mutable<Link>, 'conduitId' | 'medium' | 'notes'>>;

export function updateLink(doc: Doc, args: { readonly id: LinkId; readonly patch: LinkPatch }): Doc {
  const { patch } = args;
  if (patch.conduitId !== undefined && !doc.conduits.some((c) => c.id === patch.conduitId)) return doc;
  if (patch.medium !== undefined && !LINK_MEDIA.includes(patch.medium)) return doc;
  if (patch.notes !== undefined && textProblem(patch.notes, 20000)) return doc;
  const links = replaceById(doc.links, args.id, (l) => (noChange(l, patch) ? l : patched(l, patch)));
  return links === doc.links ? doc : { ...doc, links };
}

// ---------------------------------------------------------------------------------------------
// Renaming and deleting any element.

/** Renames a zone, asset or conduit (links have no name). */
export function renameElement(doc: Doc, args: { readonly id: ElementId; readonly name: string }): Doc {
  if (nameProblem(args.name)) return doc;
  const name = args.name.trim();
  if (doc.zones.some((z) => z.id === args.id)) return updateZone(doc, { id: args.id as ZoneId, patch: { name } });
  if (doc.assets.some((a) => a.id === args.id)) return updateAsset(doc, { id: args.id as AssetId, patch: { name } });
  return updateConduit(doc, { id: args.id as ConduitId, patch: { name } });
}

/**
 * Deletes elements of any kind, and whatever would otherwise point at nothing:
 * - a deleted zone's nested zones and assets move to its nearest surviving enclosing zone (or none);
 *   its conduits lose it, and a conduit left joining fewer than two zones is deleted;
 * - a deleted asset's links go, and flows and boundary-device lists forget it;
 * - links of a deleted conduit stay, outside any conduit.
 */
export function deleteElements(doc: Doc, args: { readonly ids: readonly string[] }): Doc {
  const ids = new Set(args.ids);
  if (ids.size === 0) return doc;
  const zoneById = new Map(doc.zones.map((z) => [z.id as string, z]));
  const deletedZones = new Set(doc.zones.filter((z) => ids.has(z.id)).map((z) => z.id as string));
  const deletedAssets = new Set(doc.assets.filter((a) => ids.has(a.id)).map((a) => a.id as string));
  const deletedConduits = new Set(doc.conduits.filter((c) => ids.has(c.id)).map((c) => c.id as string));
  const deletedLinks = new Set(doc.links.filter((l) => ids.has(l.id)).map((l) => l.id as string));
  if (deletedZones.size + deletedAssets.size + deletedConduits.size + deletedLinks.size === 0) return doc;

  /** Nearest enclosing zone that survives. */
  const survivor = (zoneId: ZoneId | undefined): ZoneId | undefined => {
    let cur = zoneId;
    for (let steps = 0; cur !== undefined && deletedZones.has(cur) && steps <= zoneById.size; steps++) cur = zoneById.get(cur)?.parentId;
    return cur !== undefined && deletedZones.has(cur) ? undefined : cur;
  };

  const zones = doc.zones
    .filter((z) => !deletedZones.has(z.id))
    .map((z) => (z.parentId !== undefined && deletedZones.has(z.parentId) ? patched(z, { parentId: survivor(z.parentId) }) : z));

  const movedAssets = new Set<string>();
  const assets = doc.assets
    .filter((a) => !deletedAssets.has(a.id))
    .map((a) => {
      if (a.zoneId === undefined || !deletedZones.has(a.zoneId)) return a;
      movedAssets.add(a.id);
      return patched(a, { zoneId: survivor(a.zoneId) });
    });

  const conduits: Conduit[] = [];
  for (const c of doc.conduits) {
    if (deletedConduits.has(c.id)) continue;
    let next: Conduit = c;
    if (c.zoneIds.some((z) => deletedZones.has(z))) {
      const zoneIds = c.zoneIds.filter((z) => !deletedZones.has(z));
      if (new Set(zoneIds).size < 2) {
        deletedConduits.add(c.id);
        continue;
      }
      next = { ...next, zoneIds };
    }
    if (deletedAssets.size > 0) {
      if (next.boundaryDevices?.some((a) => deletedAssets.has(a))) {
        const kept = next.boundaryDevices.filter((a) => !deletedAssets.has(a));
        next = patched(next, { boundaryDevices: kept.length > 0 ? kept : undefined });
      }
      if (next.flows?.some((f) => (f.from !== undefined && deletedAssets.has(f.from)) || (f.to !== undefined && deletedAssets.has(f.to)))) {
        next = {
          ...next,
          flows: next.flows.map((f) =>
            patched(f, {
              from: f.from !== undefined && deletedAssets.has(f.from) ? undefined : f.from,
              to: f.to !== undefined && deletedAssets.has(f.to) ? undefined : f.to,
            }),
          ),
        };
      }
    }
    conduits.push(next);
  }

  const links = doc.links
    .filter((l) => !deletedLinks.has(l.id) && !deletedAssets.has(l.source) && !deletedAssets.has(l.target))
    .map((l) => (l.conduitId !== undefined && deletedConduits.has(l.conduitId) ? patched(l, { conduitId: undefined }) : l));

  const next: Doc = { ...doc, zones, assets, conduits, links };
  return movedAssets.size > 0 ? reconcileLinkConduits(next, movedAssets) : next;
}

/** The kind of element an id names in the document, if any. */
export function elementKind(doc: Doc, id: string): 'zone' | 'asset' | 'conduit' | 'link' | undefined {
  if (doc.zones.some((z) => z.id === id)) return 'zone';
  if (doc.assets.some((a) => a.id === id)) return 'asset';
  if (doc.conduits.some((c) => c.id === id)) return 'conduit';
  if (doc.links.some((l) => l.id === id)) return 'link';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Project phase and requirement states.

/** Sets the project's lifecycle phase (undefined clears it). From `implement` on, SL-A is checked against SL-T. */
export function setProjectPhase(doc: Doc, args: { readonly phase: ProjectPhase | undefined }): Doc {
  return setMeta(doc, { patch: { phase: args.phase } });
}

/** Longest justification, countermeasure or note of a requirement state. */
export const REQUIREMENT_TEXT_MAX = 4000;

/**
 * The problem of a requirement state's text field as the requirements panel shows it: a
 * justification (for not applicable) and a countermeasure (for compensated) must be given.
 */
export function requirementTextProblem(field: 'justification' | 'compensatingCountermeasure' | 'note', value: string | undefined): string | undefined {
  const text = value ?? '';
  if (text.length > REQUIREMENT_TEXT_MAX) return `Must be at most ${REQUIREMENT_TEXT_MAX} characters.`;
  if (field === 'justification' && text.trim() === '') return 'Say why this requirement does not apply.';
  if (field === 'compensatingCountermeasure' && text.trim() === '') return 'Name the countermeasure that compensates for it.';
  return undefined;
}

/** Whether a requirement id may carry a state on this kind of element (the loader's rule). */
function acceptsRequirement(kind: 'zone' | 'conduit' | 'asset', id: string, asset?: Asset): boolean {
  if (!requirementById(id)) return false;
  if (kind !== 'asset') return id.startsWith('SR ');
  const prefix = asset ? COMPONENT_CLASS_PREFIX[ASSET_TYPE_INFO[asset.type].componentClass] : undefined;
  return id.startsWith('CR ') || (prefix !== undefined && id.startsWith(`${prefix} `));
}

function keepStates<T extends { readonly requirements?: RequirementStates }>(element: T, keep: (id: string) => boolean): T {
  const states = element.requirements;
  if (!states) return element;
  const kept = Object.entries(states).filter(([id]) => keep(id));
  if (kept.length === Object.keys(states).length) return element;
  return patched(element, { requirements: kept.length > 0 ? Object.fromEntries(kept) : undefined } as Partial<T>);
}

/**
 * A requirement state reduced to what its status uses: the justification only when not
 * applicable, the countermeasure only when compensated, texts trimmed, empty texts left out.
 * Undefined when the state is invalid (unknown status, missing or too long text).
 */
function cleanState(state: RequirementState): RequirementState | undefined {
  if (!REQUIREMENT_STATUSES.includes(state.status)) return undefined;
  const out: Mutable<RequirementState> = { status: state.status };
  if (state.status === 'not-applicable') {
    if (requirementTextProblem('justification', state.justification)) return undefined;
    out.justification = state.justification!.trim();
  }
  if (state.status === 'compensated') {
    if (requirementTextProblem('compensatingCountermeasure', state.compensatingCountermeasure)) return undefined;
    out.compensatingCountermeasure = state.compensatingCountermeasure!.trim();
  }
  if (state.note !== undefined) {
    if (requirementTextProblem('note', state.note)) return undefined;
    if (state.note.trim() !== '') out.note = state.note.trim();
  }
  return out;
}

function sameState(a: RequirementState | undefined, b: RequirementState | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.status === b.status && a.justification === b.justification && a.compensatingCountermeasure === b.compensatingCountermeasure && a.note === b.note;
}

/**
 * Records how far requirements are met on a zone, conduit (62443-3-3 SRs and REs) or asset
 * (62443-4-2 CRs and the requirements of its component class), several at once as one edit.
 * `undefined`, or `planned` without a note, removes the entry (no entry means planned).
 * Refused as a whole when any requirement id does not fit the element, when a not-applicable
 * state has no justification, or a compensated one no countermeasure.
 */
export function setRequirementStates(
  doc: Doc,
  args: { readonly id: ZoneId | ConduitId | AssetId; readonly states: Readonly<Record<string, RequirementState | undefined>> },
): Doc {
  const kind = elementKind(doc, args.id);
  if (kind !== 'zone' && kind !== 'conduit' && kind !== 'asset') return doc;
  const asset = kind === 'asset' ? doc.assets.find((a) => a.id === args.id) : undefined;
  const cleaned: [string, RequirementState | undefined][] = [];
  for (const [id, state] of Object.entries(args.states)) {
    if (!acceptsRequirement(kind, id, asset)) return doc;
    if (state === undefined) {
      cleaned.push([id, undefined]);
      continue;
    }
    const clean = cleanState(state);
    if (!clean) return doc;
    cleaned.push([id, clean.status === 'planned' && clean.note === undefined ? undefined : clean]);
  }
  const update = <T extends { readonly requirements?: RequirementStates }>(element: T): T => {
    const current = element.requirements ?? {};
    if (cleaned.every(([id, state]) => sameState(current[id], state))) return element;
    const next: Record<string, RequirementState> = { ...current };
    for (const [id, state] of cleaned) {
      if (state === undefined) delete next[id];
      else next[id] = state;
    }
    return patched(element, { requirements: Object.keys(next).length > 0 ? next : undefined } as Partial<T>);
  };
  if (kind === 'zone') {
    const zones = replaceById(doc.zones, args.id, update);
    return zones === doc.zones ? doc : { ...doc, zones };
  }
  if (kind === 'conduit') {
    const conduits = replaceById(doc.conduits, args.id, update);
    return conduits === doc.conduits ? doc : { ...doc, conduits };
  }
  const assets = replaceById(doc.assets, args.id, update);
  return assets === doc.assets ? doc : { ...doc, assets };
}

/** One requirement's state; see `setRequirementStates`. */
export function setRequirementState(
  doc: Doc,
  args: { readonly id: ZoneId | ConduitId | AssetId; readonly requirementId: string; readonly state: RequirementState | undefined },
): Doc {
  return setRequirementStates(doc, { id: args.id, states: { [args.requirementId]: args.state } });
}

// ---------------------------------------------------------------------------------------------
// Copy and paste.

/**
 * Elements lifted out of a document by `copyElements`: a self-contained fragment whose
 * references all point inside it (what a clipboard carries between windows).
 */
export interface ElementClip {
  readonly zones: readonly Zone[];
  readonly assets: readonly Asset[];
  readonly conduits: readonly Conduit[];
  readonly links: readonly Link[];
}

/**
 * What copying `ids` takes: the zones named, with every zone nested in them and all their assets;
 * the assets named; the links and conduits between what is taken (named or not, since a link or
 * conduit cannot exist without its ends). References to anything left behind are dropped: a zone's
 * enclosing zone, an asset's zone, a link's conduit, flow ends and boundary devices. Copies carry
 * no risk register, SL-T decisions or review dates: a copy is a new element to assess.
 */
export function copyElements(doc: Doc, args: { readonly ids: Iterable<string> }): ElementClip {
  const ids = new Set(args.ids);
  const zoneIds = new Set<string>();
  for (const z of doc.zones) if (ids.has(z.id)) for (const d of zoneWithDescendants(doc, z.id)) zoneIds.add(d);
  const zones = doc.zones.filter((z) => zoneIds.has(z.id));
  const assets = doc.assets.filter((a) => ids.has(a.id) || (a.zoneId !== undefined && zoneIds.has(a.zoneId)));
  const assetIds = new Set<string>(assets.map((a) => a.id));
  const conduits: Conduit[] = [];
  for (const c of doc.conduits) {
    const kept = [...new Set(c.zoneIds.filter((z) => zoneIds.has(z)))];
    if (kept.length >= 2) conduits.push(kept.length === c.zoneIds.length ? c : { ...c, zoneIds: kept });
  }
  const conduitIds = new Set<string>(conduits.map((c) => c.id));
  const links = doc.links.filter((l) => assetIds.has(l.source) && assetIds.has(l.target));
  return detachClip({ zones, assets, conduits, links }, zoneIds, assetIds, conduitIds);
}

/**
 * A copied zone or conduit starts without the assessment of the original: its risk scenarios,
 * SL-T decisions and review dates belong to the element that was assessed (and a risk scenario
 * may name a custom threat or ratings another document does not have).
 */
function withoutAssessment<T extends Zone | Conduit>(element: T): T {
  const record = element as T & Partial<Record<'risks' | 'slTDecisions' | 'lastReview' | 'nextReassessment', unknown>>;
  if (record.risks === undefined && record.slTDecisions === undefined && record.lastReview === undefined && record.nextReassessment === undefined) return element;
  const { risks: _risks, slTDecisions: _decisions, lastReview: _review, nextReassessment: _next, ...rest } = record;
  return rest as unknown as T;
}

/** The clip with every reference outside it removed. */
function detachClip(clip: ElementClip, zoneIds: ReadonlySet<string>, assetIds: ReadonlySet<string>, conduitIds: ReadonlySet<string>): ElementClip {
  const inside = (set: ReadonlySet<string>, id: string | undefined) => id === undefined || set.has(id);
  return {
    zones: clip.zones.map((z) => withoutAssessment(inside(zoneIds, z.parentId) ? z : patched(z, { parentId: undefined }))),
    assets: clip.assets.map((a) => (inside(zoneIds, a.zoneId) ? a : patched(a, { zoneId: undefined }))),
    conduits: clip.conduits.map((c) => {
      let next = withoutAssessment(c);
      if (c.boundaryDevices?.some((a) => !assetIds.has(a))) {
        const kept = c.boundaryDevices.filter((a) => assetIds.has(a));
        next = patched(next, { boundaryDevices: kept.length > 0 ? kept : undefined });
      }
      if (c.flows?.some((f) => !inside(assetIds, f.from) || !inside(assetIds, f.to))) {
        next = {
          ...next,
          flows: c.flows.map((f) =>
            inside(assetIds, f.from) && inside(assetIds, f.to)
              ? f
              : patched(f, { from: inside(assetIds, f.from) ? f.from : undefined, to: inside(assetIds, f.to) ? f.to : undefined }),
          ),
        };
      }
      return next;
    }),
    links: clip.links.map((l) => (inside(conduitIds, l.conduitId) ? l : patched(l, { conduitId: undefined }))),
  };
}

/** True when the clip holds nothing to paste. */
export function isEmptyClip(clip: ElementClip): boolean {
  return clip.zones.length === 0 && clip.assets.length === 0;
}

/**
 * Fresh ids for every element of a clip, unused in `doc` and among themselves: `zone-n`,
 * `asset-n`, `conduit-n`, `link-n` continuing the document's numbering.
 */
export function freshIdsFor(doc: Doc, clip: ElementClip): Map<string, string> {
  const taken = allIds(doc);
  const counters = new Map<string, number>();
  const fresh = (prefix: string): string => {
    let n = counters.get(prefix);
    if (n === undefined) {
      n = 0;
      const re = new RegExp(`^${prefix}-(\\d+)$`);
      for (const id of taken) {
        const m = re.exec(id);
        if (m) n = Math.max(n, Number(m[1]));
      }
    }
    let id: string;
    do id = `${prefix}-${++n}`;
    while (taken.has(id));
    counters.set(prefix, n);
    taken.add(id);
    return id;
  };
  const out = new Map<string, string>();
  for (const z of clip.zones) out.set(z.id, fresh('zone'));
  for (const a of clip.assets) out.set(a.id, fresh('asset'));
  for (const c of clip.conduits) out.set(c.id, fresh('conduit'));
  for (const l of clip.links) out.set(l.id, fresh('link'));
  return out;
}

/**
 * Adds a clip's elements to the document under fresh ids (`ids`, from `freshIdsFor`, or made
 * here), shifted by `offset`. References inside the clip follow the new ids; references to
 * anything not pasted are dropped (a zone's parent, an asset's zone, a link's conduit, flow ends,
 * boundary devices), as are links and conduits whose ends were not pasted. Names already used in
 * the document get a number (`PLC-1 2`). Nothing is pasted when the clip holds no zone or asset.
 */
export function pasteElements(
  doc: Doc,
  args: { readonly clip: ElementClip; readonly offset?: Position; readonly ids?: ReadonlyMap<string, string> },
): Doc {
  const { clip } = args;
  if (isEmptyClip(clip)) return doc;
  const offset = args.offset ?? { x: 0, y: 0 };
  if (!validPosition(offset)) return doc;
  const ids = args.ids ?? freshIdsFor(doc, clip);
  const existing = allIds(doc);
  const newIds = [...ids.values()];
  // Ids handed in must be fresh and distinct, and cover the whole clip.
  if (new Set(newIds).size !== newIds.length || newIds.some((id) => existing.has(id) || id.length === 0 || id.length > 128 || /\s/.test(id))) return doc;
  for (const list of [clip.zones, clip.assets, clip.conduits, clip.links]) for (const e of list) if (!ids.has(e.id)) return doc;

  const zoneIds = new Set<string>(clip.zones.map((z) => z.id));
  const assetIds = new Set<string>(clip.assets.map((a) => a.id));
  const mapId = <T extends string>(id: T): T => ids.get(id) as T;
  const shift = (p: Position | undefined) => (p ? { x: p.x + offset.x, y: p.y + offset.y } : p);
  const detached = detachClip(
    {
      zones: clip.zones,
      assets: clip.assets,
      conduits: clip.conduits
        .map((c) => ({ ...c, zoneIds: [...new Set(c.zoneIds.filter((z) => zoneIds.has(z)))] }))
        .filter((c) => c.zoneIds.length >= 2),
      links: clip.links.filter((l) => l.source !== l.target && assetIds.has(l.source) && assetIds.has(l.target)),
    },
    zoneIds,
    assetIds,
    new Set(clip.conduits.map((c) => c.id)),
  );
  const keptConduits = new Set<string>(detached.conduits.map((c) => c.id));
  const zoneNames = new Set(doc.zones.map((z) => z.name));
  const assetNames = new Set(doc.assets.map((a) => a.name));
  const conduitNames = new Set(doc.conduits.map((c) => c.name));
  const named = <T extends { readonly name: string }>(e: T, names: Set<string>): T => {
    let name = e.name;
    for (let n = 2; names.has(name); n++) name = `${e.name.slice(0, 190)} ${n}`;
    names.add(name);
    return name === e.name ? e : { ...e, name };
  };

  const zones = detached.zones.map((z) => {
    const next: Mutable<Zone> = { ...named(z, zoneNames), id: mapId(z.id) };
    if (z.parentId !== undefined) next.parentId = mapId(z.parentId);
    if (z.position) next.position = shift(z.position);
    return next as Zone;
  });
  const assets = detached.assets.map((a) => {
    const next: Mutable<Asset> = { ...named(a, assetNames), id: mapId(a.id) };
    if (a.zoneId !== undefined) next.zoneId = mapId(a.zoneId);
    if (a.position) next.position = shift(a.position);
    return next as Asset;
  });
  const conduits = detached.conduits.map((c) => {
    const next: Mutable<Conduit> = { ...named(c, conduitNames), id: mapId(c.id), zoneIds: c.zoneIds.map(mapId) };
    if (c.boundaryDevices) next.boundaryDevices = c.boundaryDevices.map(mapId);
    if (c.flows) next.flows = c.flows.map((f) => patched(f, { from: f.from && mapId(f.from), to: f.to && mapId(f.to) }));
    return next as Conduit;
  });
  const links = detached.links.map((l) => {
    const next: Mutable<Link> = { ...l, id: mapId(l.id), source: mapId(l.source), target: mapId(l.target) };
    if (l.conduitId !== undefined) {
      if (keptConduits.has(l.conduitId)) next.conduitId = mapId(l.conduitId);
      else delete next.conduitId;
    }
    return next as Link;
  });
  return {
    ...doc,
    zones: [...doc.zones, ...zones],
    assets: [...doc.assets, ...assets],
    conduits: [...doc.conduits, ...conduits],
    links: [...doc.links, ...links],
  };
}

// ---------------------------------------------------------------------------------------------
// Align and distribute.

export const ALIGN_EDGES = ['left', 'centre', 'right', 'top', 'middle', 'bottom'] as const;
/** Left, centre and right align horizontally (x); top, middle and bottom vertically (y). */
export type AlignEdge = (typeof ALIGN_EDGES)[number];
export type DistributeAxis = 'horizontal' | 'vertical';

/** A zone's or asset's frame in absolute canvas units. */
export interface ElementBox {
  readonly id: ZoneId | AssetId;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Every asset is drawn this size (the canvas and the layout agree). */
const ASSET_BOX: Size = { width: 120, height: 72 };

/**
 * Moves that line boxes up on one edge or centre line of their common bounds: left edges on the
 * leftmost, centres on the bounds' centre, and so on. Boxes already in line are not moved.
 */
export function alignMoves(boxes: readonly ElementBox[], edge: AlignEdge): Move[] {
  if (boxes.length < 2) return [];
  const left = Math.min(...boxes.map((b) => b.x));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const top = Math.min(...boxes.map((b) => b.y));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const moves: Move[] = [];
  for (const b of boxes) {
    let { x, y } = b;
    switch (edge) {
      case 'left':
        x = left;
        break;
      case 'centre':
        x = Math.round((left + right) / 2 - b.width / 2);
        break;
      case 'right':
        x = right - b.width;
        break;
      case 'top':
        y = top;
        break;
      case 'middle':
        y = Math.round((top + bottom) / 2 - b.height / 2);
        break;
      case 'bottom':
        y = bottom - b.height;
        break;
    }
    if (x !== b.x || y !== b.y) moves.push({ id: b.id, position: { x, y } });
  }
  return moves;
}

/**
 * Moves that space boxes evenly along an axis: the first and last (by position) stay, the others
 * are placed so that the gaps between neighbours are equal. Needs three boxes or more.
 */
export function distributeMoves(boxes: readonly ElementBox[], axis: DistributeAxis): Move[] {
  if (boxes.length < 3) return [];
  const horizontal = axis === 'horizontal';
  const start = (b: ElementBox) => (horizontal ? b.x : b.y);
  const length = (b: ElementBox) => (horizontal ? b.width : b.height);
  const sorted = [...boxes].sort((a, b) => start(a) + length(a) / 2 - (start(b) + length(b) / 2) || start(a) - start(b));
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const span = start(last) + length(last) - start(first);
  const gap = (span - sorted.reduce((sum, b) => sum + length(b), 0)) / (sorted.length - 1);
  const moves: Move[] = [];
  let cursor = start(first) + length(first) + gap;
  for (const b of sorted.slice(1, -1)) {
    const at = Math.round(cursor);
    if (at !== start(b)) moves.push({ id: b.id, position: horizontal ? { x: at, y: b.y } : { x: b.x, y: at } });
    cursor += length(b) + gap;
  }
  return moves;
}

/**
 * Of the zones and assets named, those that move on their own: an element inside a zone that is
 * named too moves with that zone (nested zones and assets follow their zone).
 */
export function topmostElements(doc: Doc, ids: Iterable<string>): (ZoneId | AssetId)[] {
  const set = new Set(ids);
  const zoneById = new Map(doc.zones.map((z) => [z.id as string, z]));
  const insideNamed = (zoneId: string | undefined): boolean => {
    for (let cur = zoneId, steps = 0; cur !== undefined && steps <= zoneById.size; steps++) {
      if (set.has(cur)) return true;
      cur = zoneById.get(cur)?.parentId;
    }
    return false;
  };
  const out: (ZoneId | AssetId)[] = [];
  for (const z of doc.zones) if (set.has(z.id) && !insideNamed(z.parentId)) out.push(z.id);
  for (const a of doc.assets) if (set.has(a.id) && !insideNamed(a.zoneId)) out.push(a.id);
  return out;
}

/** Stored frames of the topmost named elements; elements without a position are left out. */
function storedBoxes(doc: Doc, ids: Iterable<string>): ElementBox[] {
  const wanted = new Set<string>(topmostElements(doc, ids));
  const boxes: ElementBox[] = [];
  for (const z of doc.zones) if (wanted.has(z.id) && z.position) boxes.push({ id: z.id, ...z.position, ...(z.size ?? DEFAULT_ZONE_SIZE) });
  for (const a of doc.assets) if (wanted.has(a.id) && a.position) boxes.push({ id: a.id, ...a.position, ...ASSET_BOX });
  return boxes;
}

/** Aligns the zones and assets named (at their stored positions); what a zone holds moves with it. */
export function alignElements(doc: Doc, args: { readonly ids: readonly string[]; readonly edge: AlignEdge }): Doc {
  if (!ALIGN_EDGES.includes(args.edge)) return doc;
  return moveElements(doc, { moves: alignMoves(storedBoxes(doc, args.ids), args.edge) });
}

/** Spaces the zones and assets named evenly (at their stored positions); what a zone holds moves with it. */
export function distributeElements(doc: Doc, args: { readonly ids: readonly string[]; readonly axis: DistributeAxis }): Doc {
  if (args.axis !== 'horizontal' && args.axis !== 'vertical') return doc;
  return moveElements(doc, { moves: distributeMoves(storedBoxes(doc, args.ids), args.axis) });
}
