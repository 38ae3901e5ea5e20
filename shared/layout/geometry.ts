/**
 * Canvas geometry shared by the auto-layout and the drawings: the fixed asset size, the zone
 * header, rectangles and the zone tree. Units are canvas units (CSS pixels at 100 % zoom).
 */
import type { Size, Zone, ZonewrightDocument } from '../model/document';
import { ZONE_KIND_INFO } from '../model/kinds';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Every asset node has this size on the canvas (the renderer uses the same). */
export const ASSET_SIZE: Size = { width: 120, height: 72 };
/** Room at the top of a zone for its name, kind and SL-T. */
export const ZONE_HEADER = 44;
/** Where the first row of assets starts below a zone's top edge. */
export const ZONE_CONTENT_TOP = 50;
/** Inner padding of a zone frame. */
export const ZONE_PAD = 20;
/** Distance between neighbouring assets or nested zones inside a zone. */
export const ZONE_GAP = 20;
/** A zone is never laid out smaller than this, so its header stays readable. */
export const MIN_ZONE_SIZE: Size = { width: 280, height: 150 };

export function centre(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

export function inflate(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

/** Bounding box of several rectangles; undefined for none. */
export function boundsOf(rects: Iterable<Rect>): Rect | undefined {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const r of rects) {
    x1 = Math.min(x1, r.x);
    y1 = Math.min(y1, r.y);
    x2 = Math.max(x2, r.x + r.width);
    y2 = Math.max(y2, r.y + r.height);
  }
  return x1 === Infinity ? undefined : { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

export interface ZoneTree {
  /** Zones with each parent before its children; orphans and cycles are treated as top-level. */
  readonly order: readonly Zone[];
  /** Nesting depth (0 for top-level zones). */
  readonly depth: ReadonlyMap<string, number>;
  /** The effective parent of each nested zone (undefined for top-level ones). */
  readonly parentOf: (zoneId: string) => Zone | undefined;
  readonly childrenOf: (zoneId: string) => readonly Zone[];
  readonly roots: readonly Zone[];
}

export function zoneTree(doc: ZonewrightDocument): ZoneTree {
  const byId = new Map<string, Zone>(doc.zones.map((z) => [z.id, z]));
  const children = new Map<string, Zone[]>();
  const order: Zone[] = [];
  const depth = new Map<string, number>();
  const parent = new Map<string, Zone>();
  const visit = (z: Zone, d: number) => {
    if (depth.has(z.id)) return;
    depth.set(z.id, d);
    order.push(z);
    for (const c of children.get(z.id) ?? []) {
      if (!depth.has(c.id)) parent.set(c.id, z);
      visit(c, d + 1);
    }
  };
  const roots: Zone[] = [];
  for (const z of doc.zones) {
    if (z.parentId !== undefined && z.parentId !== z.id && byId.has(z.parentId)) {
      const list = children.get(z.parentId);
      if (list) list.push(z);
      else children.set(z.parentId, [z]);
    } else roots.push(z);
  }
  for (const r of roots) visit(r, 0);
  // Zones in a parent cycle are never reached from a root: they count as top-level.
  for (const z of doc.zones) {
    if (!depth.has(z.id)) {
      roots.push(z);
      visit(z, 0);
    }
  }
  return {
    order,
    depth,
    roots,
    parentOf: (id) => parent.get(id),
    childrenOf: (id) => (children.get(id) ?? []).filter((c) => parent.get(c.id)?.id === id),
  };
}

/**
 * The Purdue level a zone is drawn at, top (high) to bottom (low): its own level, else its kind's;
 * untrusted and remote-access zones sit above the enterprise, other zones at the bottom.
 */
export function drawingLevel(zone: Zone): number {
  if (zone.purdueLevel !== undefined) return zone.purdueLevel;
  const level = ZONE_KIND_INFO[zone.kind].purdueLevel;
  if (level !== undefined) return level;
  if (zone.kind === 'untrusted' || zone.kind === 'remote-access') return 5;
  return -1;
}
