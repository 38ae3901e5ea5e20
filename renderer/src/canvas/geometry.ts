/**
 * Canvas geometry over the document, free of React Flow: where every zone and asset sits in
 * absolute canvas units (with a fallback layout for elements saved without a position), the
 * conversion to and from positions relative to the enclosing zone, and the zone under a point.
 */
import type { Asset, Position, Size, Zone, ZonewrightDocument } from '../../../shared';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Every asset node has this size, so hit-testing needs no DOM measurement. */
export const ASSET_SIZE: Size = { width: 120, height: 72 };
export const DEFAULT_ZONE_SIZE: Size = { width: 360, height: 240 };
export const GRID = 8;
/** Room at the top of a zone for its header. */
export const ZONE_HEADER = 44;
const PAD = 24;
const GAP = 16;

export interface Layout {
  /** Absolute frame of each zone and asset. */
  readonly rects: ReadonlyMap<string, Rect>;
  /** Nesting depth of each zone (0 for top-level zones). */
  readonly depth: ReadonlyMap<string, number>;
  /** Zones ordered parents before children (the order React Flow needs). */
  readonly zoneOrder: readonly Zone[];
}

export function toRelative(absolute: Position, parent: Position | undefined): Position {
  return parent ? { x: absolute.x - parent.x, y: absolute.y - parent.y } : absolute;
}

export function toAbsolute(relative: Position, parent: Position | undefined): Position {
  return parent ? { x: relative.x + parent.x, y: relative.y + parent.y } : relative;
}

export function centre(r: Rect): Position {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

export function contains(r: Rect, p: Position): boolean {
  return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

export function snap(v: number, grid = GRID): number {
  return Math.round(v / grid) * grid;
}

/** Zones sorted so that each comes after its parent; orphans and cycles are treated as top-level. */
export function orderZones(zones: readonly Zone[]): { order: Zone[]; depth: Map<string, number> } {
  const byId = new Map(zones.map((z) => [z.id as string, z]));
  const children = new Map<string, Zone[]>();
  const roots: Zone[] = [];
  for (const z of zones) {
    if (z.parentId !== undefined && byId.has(z.parentId) && z.parentId !== z.id) {
      const list = children.get(z.parentId);
      if (list) list.push(z);
      else children.set(z.parentId, [z]);
    } else roots.push(z);
  }
  const order: Zone[] = [];
  const depth = new Map<string, number>();
  const visit = (z: Zone, d: number) => {
    if (depth.has(z.id)) return;
    depth.set(z.id, d);
    order.push(z);
    for (const c of children.get(z.id) ?? []) visit(c, d + 1);
  };
  for (const r of roots) visit(r, 0);
  // Zones in a cycle were never reached from a root: show them at the top level.
  for (const z of zones) visit(z, 0);
  return { order, depth };
}

const layoutCache = new WeakMap<ZonewrightDocument, Layout>();

/**
 * Absolute frames of all zones and assets. Saved positions and sizes win; elements without them
 * are placed in a grid (assets inside their zone, zones after the saved drawing), so files written
 * by hand or by other tools still show up sensibly.
 */
export function resolveLayout(doc: ZonewrightDocument): Layout {
  const cached = layoutCache.get(doc);
  if (cached) return cached;
  const { order, depth } = orderZones(doc.zones);
  const rects = new Map<string, Rect>();
  const assetsByZone = new Map<string, Asset[]>();
  for (const a of doc.assets) {
    const key = a.zoneId ?? '';
    const list = assetsByZone.get(key);
    if (list) list.push(a);
    else assetsByZone.set(key, [a]);
  }
  const childZones = new Map<string, Zone[]>();
  for (const z of order) {
    if (z.parentId !== undefined && depth.get(z.id)! > 0) {
      const list = childZones.get(z.parentId);
      if (list) list.push(z);
      else childZones.set(z.parentId, [z]);
    }
  }

  // Sizes first, children before parents, so a zone without a size can fit what it holds.
  const sizes = new Map<string, Size>();
  for (const z of [...order].reverse()) {
    if (z.size) {
      sizes.set(z.id, z.size);
      continue;
    }
    const assets = (assetsByZone.get(z.id) ?? []).filter((a) => !a.position).length;
    const cols = Math.max(1, Math.min(3, assets));
    const rows = Math.ceil(assets / cols);
    let width = PAD * 2 + cols * ASSET_SIZE.width + (cols - 1) * GAP;
    let height = ZONE_HEADER + PAD + rows * (ASSET_SIZE.height + GAP);
    for (const c of childZones.get(z.id) ?? []) {
      const s = sizes.get(c.id) ?? DEFAULT_ZONE_SIZE;
      width = Math.max(width, s.width + PAD * 2);
      height += s.height + GAP;
    }
    sizes.set(z.id, { width: Math.max(DEFAULT_ZONE_SIZE.width, width), height: Math.max(DEFAULT_ZONE_SIZE.height, height) });
  }

  // Where placed things end, so unplaced top-level zones go below them.
  let bottom = 0;
  let any = false;
  for (const z of order) {
    if (!z.position) continue;
    bottom = Math.max(bottom, z.position.y + (sizes.get(z.id)?.height ?? 0));
    any = true;
  }
  for (const a of doc.assets) {
    if (!a.position) continue;
    bottom = Math.max(bottom, a.position.y + ASSET_SIZE.height);
    any = true;
  }
  let cursorX = 0;
  let cursorY = any ? snap(bottom + 80) : 0;
  let rowHeight = 0;
  const nextSlotInParent = new Map<string, number>();

  for (const z of order) {
    const size = sizes.get(z.id) ?? DEFAULT_ZONE_SIZE;
    let pos = z.position;
    if (!pos) {
      const parent = z.parentId !== undefined && depth.get(z.id)! > 0 ? rects.get(z.parentId) : undefined;
      if (parent) {
        const used = nextSlotInParent.get(z.parentId!) ?? parent.y + ZONE_HEADER;
        pos = { x: parent.x + PAD, y: used };
        nextSlotInParent.set(z.parentId!, used + size.height + GAP);
      } else {
        if (cursorX > 0 && cursorX + size.width > 1800) {
          cursorX = 0;
          cursorY += rowHeight + 80;
          rowHeight = 0;
        }
        pos = { x: cursorX, y: cursorY };
        cursorX += size.width + 80;
        rowHeight = Math.max(rowHeight, size.height);
      }
    }
    rects.set(z.id, { x: pos.x, y: pos.y, ...size });
  }

  for (const [zoneId, assets] of assetsByZone) {
    const zone = zoneId === '' ? undefined : rects.get(zoneId);
    const unplaced = assets.filter((a) => !a.position);
    const children = zoneId === '' ? [] : (childZones.get(zoneId) ?? []);
    let top = zone ? zone.y + ZONE_HEADER : cursorY + rowHeight + (cursorX > 0 || rowHeight > 0 ? 80 : 0);
    for (const c of children) {
      const r = rects.get(c.id);
      if (r) top = Math.max(top, r.y + r.height + GAP);
    }
    const left = zone ? zone.x + PAD : 0;
    const cols = zone ? Math.max(1, Math.floor((zone.width - PAD * 2 + GAP) / (ASSET_SIZE.width + GAP))) : 8;
    unplaced.forEach((a, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      rects.set(a.id, { x: left + col * (ASSET_SIZE.width + GAP), y: top + row * (ASSET_SIZE.height + GAP), ...ASSET_SIZE });
    });
    for (const a of assets) if (a.position) rects.set(a.id, { ...a.position, ...ASSET_SIZE });
  }

  const layout: Layout = { rects, depth, zoneOrder: order };
  layoutCache.set(doc, layout);
  return layout;
}

/**
 * The innermost zone whose frame contains the point: the most deeply nested, then the smallest,
 * then the one drawn last. Zones in `exclude` (say, the one being dragged) are skipped.
 */
export function zoneAt(layout: Layout, point: Position, exclude?: ReadonlySet<string>): Zone | undefined {
  return innermost(layout, (r) => contains(r, point), exclude);
}

/** The innermost zone that wholly contains the rectangle. */
export function zoneContaining(layout: Layout, rect: Rect, exclude?: ReadonlySet<string>): Zone | undefined {
  return innermost(layout, (r) => containsRect(r, rect), exclude);
}

function innermost(layout: Layout, test: (r: Rect) => boolean, exclude?: ReadonlySet<string>): Zone | undefined {
  let best: Zone | undefined;
  let bestDepth = -1;
  let bestArea = Infinity;
  for (const z of layout.zoneOrder) {
    if (exclude?.has(z.id)) continue;
    const r = layout.rects.get(z.id);
    if (!r || !test(r)) continue;
    const d = layout.depth.get(z.id) ?? 0;
    const area = r.width * r.height;
    if (d > bestDepth || (d === bestDepth && area <= bestArea)) {
      best = z;
      bestDepth = d;
      bestArea = area;
    }
  }
  return best;
}

/** Bounding box of several rectangles; undefined for none. */
export function boundsOf(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
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
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

/**
 * Where the segment from the centre of `r` towards `towards` leaves `r`: the end point of a
 * floating edge, so edges meet node borders whatever the nodes' relative placement.
 */
export function borderPoint(r: Rect, towards: Position): Position {
  const c = centre(r);
  const dx = towards.x - c.x;
  const dy = towards.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const hw = r.width / 2;
  const hh = r.height / 2;
  const scale = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}
