/**
 * The diagram as geometry, in canvas units: zone frames (parents before children), asset boxes,
 * link and conduit segments. Built from a document whose zones and assets all have positions
 * (run the auto-layout first); nothing here depends on the page it will be printed on.
 */
import { buildContext } from '../../analysis/context';
import type { Asset, Conduit, Link, Zone, ZonewrightDocument } from '../../model/document';
import { ASSET_SIZE, boundsOf, centre, containsRect, intersects, MIN_ZONE_SIZE, zoneTree, type Point, type Rect } from '../../layout/geometry';

export interface SceneZone {
  readonly zone: Zone;
  readonly rect: Rect;
  readonly depth: number;
}

export interface SceneAsset {
  readonly asset: Asset;
  readonly rect: Rect;
}

export interface Segment {
  readonly from: Point;
  readonly to: Point;
}

export interface SceneLink {
  readonly link: Link;
  readonly segment: Segment;
  /** The link belongs to a conduit (drawn in the conduit's colour). */
  readonly inConduit: boolean;
  /** Wireless and VPN links are dashed. */
  readonly dashed: boolean;
}

export interface SceneConduit {
  readonly conduit: Conduit;
  /** One segment from the first zone to each other zone, border to border. */
  readonly segments: readonly Segment[];
  /** A conduit of a single zone (or between a zone and one it contains) is drawn as a short stub. */
  readonly stub: boolean;
  /** It names a single zone (drawn as a dashed stub into free space). */
  readonly dangling: boolean;
  /** A boundary device is on it (the analysis's rule: listed, or an end of one of its links). */
  readonly shielded: boolean;
}

export interface DiagramScene {
  readonly doc: ZonewrightDocument;
  /** Zones in drawing order: parents before children. */
  readonly zones: readonly SceneZone[];
  readonly assets: readonly SceneAsset[];
  readonly links: readonly SceneLink[];
  readonly conduits: readonly SceneConduit[];
  /** Everything drawn, in canvas units. */
  readonly bounds: Rect;
  zoneRect(id: string): Rect | undefined;
}

/** Where the ray from `p` (inside `r`) in direction `d` leaves `r`. */
export function exitPoint(r: Rect, p: Point, d: Point): Point {
  let t = Infinity;
  if (d.x > 1e-9) t = Math.min(t, (r.x + r.width - p.x) / d.x);
  if (d.x < -1e-9) t = Math.min(t, (r.x - p.x) / d.x);
  if (d.y > 1e-9) t = Math.min(t, (r.y + r.height - p.y) / d.y);
  if (d.y < -1e-9) t = Math.min(t, (r.y - p.y) / d.y);
  if (!Number.isFinite(t) || t < 0) return p;
  return { x: p.x + d.x * t, y: p.y + d.y * t };
}

/** The segment between two boxes along the line through their centres, shifted sideways by `offset`. */
export function borderSegment(a: Rect, b: Rect, offset = 0): Segment {
  const ca = centre(a);
  const cb = centre(b);
  const dx = cb.x - ca.x;
  const dy = cb.y - ca.y;
  const len = Math.hypot(dx, dy) || 1;
  // Keep the shifted start inside both boxes.
  const limit = Math.min(a.width, a.height, b.width, b.height) * 0.4;
  const o = Math.max(-limit, Math.min(limit, offset));
  const nx = (-dy / len) * o;
  const ny = (dx / len) * o;
  const pa = { x: ca.x + nx, y: ca.y + ny };
  const pb = { x: cb.x + nx, y: cb.y + ny };
  return { from: exitPoint(a, pa, { x: dx, y: dy }), to: exitPoint(b, pb, { x: -dx, y: -dy }) };
}

/** Gap between parallel conduits joining the same pair of zones. */
const PARALLEL_GAP = 18;
const STUB_LENGTH = 56;

/** A stub leaving `zone` downwards, right, left or up, whichever first meets no other zone. */
function danglingStub(zone: Rect, index: number, others: readonly Rect[]): Segment {
  const c = centre(zone);
  const shift = index * PARALLEL_GAP * 1.6;
  const label = 180;
  const options: { seg: Segment; room: Rect }[] = [
    { seg: { from: { x: c.x + shift, y: zone.y + zone.height }, to: { x: c.x + shift, y: zone.y + zone.height + STUB_LENGTH } }, room: { x: c.x - label / 2, y: zone.y + zone.height, width: label, height: STUB_LENGTH + 30 } },
    { seg: { from: { x: zone.x + zone.width, y: c.y + shift }, to: { x: zone.x + zone.width + STUB_LENGTH, y: c.y + shift } }, room: { x: zone.x + zone.width, y: c.y - 12, width: STUB_LENGTH + label, height: 24 } },
    { seg: { from: { x: zone.x, y: c.y + shift }, to: { x: zone.x - STUB_LENGTH, y: c.y + shift } }, room: { x: zone.x - STUB_LENGTH - label, y: c.y - 12, width: STUB_LENGTH + label, height: 24 } },
    { seg: { from: { x: c.x + shift, y: zone.y }, to: { x: c.x + shift, y: zone.y - STUB_LENGTH } }, room: { x: c.x - label / 2, y: zone.y - STUB_LENGTH - 30, width: label, height: STUB_LENGTH + 30 } },
  ];
  return (options.find((o) => !others.some((r) => intersects(r, o.room))) ?? options[0]!).seg;
}

export function buildScene(doc: ZonewrightDocument): DiagramScene {
  const tree = zoneTree(doc);
  const ctx = buildContext(doc);
  const zoneRects = new Map<string, Rect>();
  const zones: SceneZone[] = tree.order.map((zone) => {
    const rect = { ...(zone.position ?? { x: 0, y: 0 }), ...(zone.size ?? MIN_ZONE_SIZE) };
    zoneRects.set(zone.id, rect);
    return { zone, rect, depth: tree.depth.get(zone.id) ?? 0 };
  });
  const assetRects = new Map<string, Rect>();
  const assets: SceneAsset[] = doc.assets.map((asset) => {
    const rect = { ...(asset.position ?? { x: 0, y: 0 }), ...ASSET_SIZE };
    assetRects.set(asset.id, rect);
    return { asset, rect };
  });

  const links: SceneLink[] = [];
  for (const link of doc.links) {
    const a = assetRects.get(link.source);
    const b = assetRects.get(link.target);
    if (!a || !b || link.source === link.target) continue;
    links.push({
      link,
      segment: borderSegment(a, b),
      inConduit: link.conduitId !== undefined,
      dashed: link.medium === 'wireless' || link.medium === 'vpn',
    });
  }

  // Conduits joining the same pair of zones are spread apart sideways.
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const pairTotals = new Map<string, number>();
  const endsOf = (c: Conduit) => [...new Set(c.zoneIds)].filter((id) => zoneRects.has(id));
  for (const c of doc.conduits) {
    const ends = endsOf(c);
    for (let i = 1; i < ends.length; i++) pairTotals.set(pairKey(ends[0]!, ends[i]!), (pairTotals.get(pairKey(ends[0]!, ends[i]!)) ?? 0) + 1);
  }
  const pairSeen = new Map<string, number>();
  const stubsPerZone = new Map<string, number>();
  const conduits: SceneConduit[] = [];
  for (const conduit of doc.conduits) {
    const ends = endsOf(conduit);
    const shielded = ctx.boundaryDevicesOn(conduit).length > 0;
    if (ends.length === 0) continue;
    const segments: Segment[] = [];
    let stub = false;
    const first = zoneRects.get(ends[0]!)!;
    if (ends.length === 1) {
      // A conduit to nowhere: a stub off the zone, into the first direction with free space.
      const k = stubsPerZone.get(ends[0]!) ?? 0;
      stubsPerZone.set(ends[0]!, k + 1);
      segments.push(danglingStub(first, k, [...zoneRects.entries()].filter(([id]) => id !== ends[0]).map(([, r]) => r)));
      stub = true;
    }
    for (let i = 1; i < ends.length; i++) {
      const other = zoneRects.get(ends[i]!)!;
      const [outer, inner] = containsRect(first, other) ? [first, other] : containsRect(other, first) ? [other, first] : [undefined, undefined];
      if (outer && inner) {
        // Between a zone and one nested in it: a short riser from the inner zone's top edge.
        const key = inner === first ? ends[0]! : ends[i]!;
        const k = stubsPerZone.get(key) ?? 0;
        stubsPerZone.set(key, k + 1);
        const x = inner.x + inner.width * (0.7 - 0.15 * k);
        const top = Math.max(outer.y + 4, inner.y - 34);
        segments.push({ from: { x, y: inner.y }, to: { x, y: top } });
        stub = true;
        continue;
      }
      const key = pairKey(ends[0]!, ends[i]!);
      const total = pairTotals.get(key) ?? 1;
      const index = pairSeen.get(key) ?? 0;
      pairSeen.set(key, index + 1);
      // Same sideways order whichever way round the conduit names its zones.
      const sign = ends[0]! < ends[i]! ? 1 : -1;
      segments.push(borderSegment(first, other, sign * (index - (total - 1) / 2) * PARALLEL_GAP));
    }
    conduits.push({ conduit, segments, stub, dangling: ends.length === 1, shielded });
  }

  const extents: Rect[] = [...zoneRects.values(), ...assetRects.values()];
  for (const c of conduits) for (const s of c.segments) extents.push({ x: Math.min(s.from.x, s.to.x), y: Math.min(s.from.y, s.to.y), width: Math.abs(s.to.x - s.from.x), height: Math.abs(s.to.y - s.from.y) });
  const bounds = boundsOf(extents) ?? { x: 0, y: 0, width: 400, height: 300 };
  return { doc, zones, assets, links, conduits, bounds, zoneRect: (id) => zoneRects.get(id) };
}
