/** Small wording and lookup helpers shared by the segmentation rules. Pure, and linear where they walk. */
import type { Asset, Flow, Zone } from '../../model/document';
import { BOUNDARY_DEVICE_TYPES, type ZoneKind } from '../../model/kinds';
import { FR_KEYS, frLabel, SECURITY_LEVELS, type SlVector } from '../../model/securityLevels';
import type { AnalysisContext } from '../context';

/** `"Cell 1"`: element names always appear in double quotes. */
export function quoted(name: string): string {
  return `"${name}"`;
}

/** The kind as a word in messages: `DMZ`, `control`, `remote-access`. */
export function kindWord(kind: ZoneKind): string {
  return kind === 'dmz' ? 'DMZ' : kind;
}

/** `control zone "Cell 1"`. */
export function zoneLabel(zone: Zone): string {
  return `${kindWord(zone.kind)} zone ${quoted(zone.name)}`;
}

/** `Control zone "Cell 1"`, to open a sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `a`, `a and b`, `a, b and c`. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Firewalls, data diodes and remote-access gateways. */
export function isBoundaryDevice(asset: Asset): boolean {
  return BOUNDARY_DEVICE_TYPES.has(asset.type);
}

/** `Modbus/TCP 502`, for naming a flow, which has no name of its own. */
export function flowLabel(flow: Flow): string {
  return quoted(flow.port === undefined ? flow.protocol : `${flow.protocol} ${flow.port}`);
}

/** `FR1 IAC 1 < 2` for every FR and pair of levels, worded once: big plants repeat them thousands of times. */
const SHORTFALL_PIECES: readonly (readonly (readonly string[])[])[] = FR_KEYS.map((fr) =>
  SECURITY_LEVELS.map((lower) => SECURITY_LEVELS.map((upper) => `${frLabel(fr)} ${lower} < ${upper}`)),
);

/** `FR1 IAC 1 < 2, FR5 RDF 0 < 3`: the FRs where `lower` falls short of `upper`, with both levels. */
export function shortfallText(lower: SlVector, upper: SlVector): string {
  const pieces: string[] = [];
  FR_KEYS.forEach((fr, k) => {
    if (lower[fr] < upper[fr]) pieces.push(SHORTFALL_PIECES[k]![lower[fr]]![upper[fr]]!);
  });
  return pieces.join(', ');
}

/** Membership in a list (ids, elements): a scan for the usual handful, a Set for long lists (so rules stay linear). */
export function memberTest<T>(items: readonly T[]): (item: T) => boolean {
  if (items.length <= 8) return (item) => items.includes(item);
  const set = new Set(items);
  return (item) => set.has(item);
}

/**
 * Ids of the zones that hold, directly or in a sub-zone at any depth, an asset matching `test`.
 * Each zone is marked once on the way up its parents, so the whole walk is linear.
 */
export function zonesHolding(ctx: AnalysisContext, test: (asset: Asset) => boolean): ReadonlySet<string> {
  const marked = new Set<string>();
  const { assets } = ctx.doc;
  // Zones already walked up from, by index: the other assets of a zone then cost no lookup.
  const walked = new Uint8Array(ctx.doc.zones.length);
  for (let i = 0; i < assets.length; i++) {
    const z = ctx.assetZone[i]!;
    if (z < 0 || walked[z] || !test(assets[i]!)) continue;
    walked[z] = 1;
    let zone = ctx.zoneAt(i);
    while (zone && !marked.has(zone.id)) {
      marked.add(zone.id);
      zone = zone.parentId === undefined ? undefined : ctx.zoneById.get(zone.parentId);
    }
  }
  return marked;
}

/**
 * Whether a zone or one of its enclosing zones is of `kind`, memoized per zone so that asking for
 * every zone stays linear. A (malformed) parent cycle ends the walk instead of looping.
 */
export function withinKind(ctx: AnalysisContext, kind: ZoneKind): (zone: Zone) => boolean {
  const known = new Map<string, boolean>();
  return (start) => {
    const cached = known.get(start.id);
    if (cached !== undefined) return cached;
    const path: Zone[] = [];
    let zone: Zone | undefined = start;
    let result = false;
    // A walk longer than the zone list has met a cycle (no Set per walk: thousands of zones ask).
    for (let steps = 0; zone && steps <= ctx.doc.zones.length; steps++) {
      const cached = known.get(zone.id);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      if (zone.kind === kind) {
        known.set(zone.id, true);
        result = true;
        break;
      }
      path.push(zone);
      zone = zone.parentId === undefined ? undefined : ctx.zoneById.get(zone.parentId);
    }
    for (const z of path) known.set(z.id, result);
    return result;
  };
}
