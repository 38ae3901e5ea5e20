/**
 * Auto-layout: positions and sizes for the zones and assets a document does not place itself.
 * Stored positions and sizes are never changed. Zones without a size get one that fits what they
 * hold; assets without a position go into free grid slots of their zone; top-level zones without
 * a position are arranged in rows by Purdue level, top to bottom, below whatever is already drawn.
 * The placement of the rows is pluggable: `layoutDocument` uses ELK (layered, one partition per
 * level, conduits as edges, so that joined zones sit near each other); `layoutDocumentSync`
 * centred rows in document order.
 */
import type { Asset, AssetId, Position, Size, Zone, ZoneId, ZonewrightDocument } from '../model/document';
import {
  ASSET_SIZE,
  boundsOf,
  drawingLevel,
  intersects,
  MIN_ZONE_SIZE,
  ZONE_CONTENT_TOP,
  ZONE_GAP,
  ZONE_PAD,
  zoneTree,
  type Rect,
} from './geometry';

/** A zone's frame in absolute canvas units. */
export interface ZoneFrame {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * What the layout assigns: a frame for every zone that lacks a position or a size (stored values
 * are repeated unchanged), and a position for every asset that lacks one. Elements already fully
 * placed do not appear.
 */
export interface DocumentLayout {
  readonly zones: ReadonlyMap<ZoneId, ZoneFrame>;
  readonly assets: ReadonlyMap<AssetId, Position>;
}

/** One top-level zone to arrange, with its size already known. */
export interface TopLevelItem {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** Purdue level; higher levels go higher up the drawing. */
  readonly level: number;
}

/** Gap between top-level zones in a row, and between rows (room for conduit labels). */
export const TOP_GAP_X = 80;
export const TOP_GAP_Y = 110;
const SLOT_W = ASSET_SIZE.width + ZONE_GAP;
const SLOT_H = ASSET_SIZE.height + ZONE_GAP;
/** Nested zones without a position wrap to a new row beyond this content width. */
const MAX_STRIP_WIDTH = 900;

/** Columns of the asset grid of a zone laid out from scratch: wide rather than tall, at most 6. */
export function gridColumns(count: number): number {
  if (count <= 0) return 0;
  return Math.min(count, Math.max(2, Math.min(6, Math.ceil(Math.sqrt(count * 2)))));
}

/** The grid arrangement: rows of items by level, each row centred on the widest. */
export function arrangeInRows(items: readonly TopLevelItem[]): Map<string, Position> {
  const levels = [...new Set(items.map((i) => i.level))].sort((a, b) => b - a);
  const rows = levels.map((level) => items.filter((i) => i.level === level));
  const widths = rows.map((row) => row.reduce((w, i) => w + i.width, 0) + TOP_GAP_X * (row.length - 1));
  const widest = Math.max(0, ...widths);
  const out = new Map<string, Position>();
  let y = 0;
  rows.forEach((row, r) => {
    let x = (widest - widths[r]!) / 2;
    for (const item of row) {
      out.set(item.id, { x, y });
      x += item.width + TOP_GAP_X;
    }
    y += Math.max(...row.map((i) => i.height)) + TOP_GAP_Y;
  });
  return out;
}

interface Plan {
  readonly size: Size;
  /** Offsets of the zone's unplaced nested zones from its top-left corner. */
  readonly childOffsets: ReadonlyMap<string, Position>;
  /** Offset of the asset grid, and its column count, when the zone's assets all lack positions. */
  readonly grid?: { readonly x: number; readonly y: number; readonly cols: number };
}

/**
 * The layout in two steps: everything but the arrangement of the top-level zones that lack a
 * position is decided here; `finish` takes that arrangement (from ELK or the row grid) and
 * returns the layout.
 */
export interface PreparedLayout {
  /** Top-level zones to arrange; empty when none lacks a position. */
  readonly items: readonly TopLevelItem[];
  /** Conduits between them (mapped to their top-level zones), for arrangements that use edges. */
  readonly edges: readonly (readonly [string, string])[];
  finish(positions: ReadonlyMap<string, Position>): DocumentLayout;
}

export function prepareLayout(doc: ZonewrightDocument): PreparedLayout {
  if (!needsLayout(doc)) return { items: [], edges: [], finish: () => ({ zones: new Map(), assets: new Map() }) };
  const tree = zoneTree(doc);
  const zoneById = new Map<string, Zone>(doc.zones.map((z) => [z.id, z]));
  const assetsByZone = new Map<string, Asset[]>();
  for (const a of doc.assets) {
    const key = a.zoneId !== undefined && zoneById.has(a.zoneId) ? a.zoneId : '';
    const list = assetsByZone.get(key);
    if (list) list.push(a);
    else assetsByZone.set(key, [a]);
  }

  // 1. Sizes, children before parents.
  const plans = new Map<string, Plan>();
  const sizeOf = (z: Zone): Size => z.size ?? plans.get(z.id)!.size;
  for (const z of [...tree.order].reverse()) {
    if (z.size) continue;
    const assets = assetsByZone.get(z.id) ?? [];
    const free = assets.filter((a) => !a.position);
    const cols = gridColumns(free.length);
    const rows = cols === 0 ? 0 : Math.ceil(free.length / cols);
    const gridW = cols === 0 ? 0 : cols * SLOT_W - ZONE_GAP;
    const gridH = rows === 0 ? 0 : rows * SLOT_H - ZONE_GAP;
    // Unplaced nested zones go in rows below the asset grid.
    const childOffsets = new Map<string, Position>();
    const stripTop = ZONE_CONTENT_TOP + gridH + (gridH > 0 ? ZONE_GAP : 0);
    let x = 0;
    let y = 0;
    let rowH = 0;
    let stripW = 0;
    for (const c of tree.childrenOf(z.id)) {
      if (c.position) continue;
      const s = sizeOf(c);
      if (x > 0 && x + s.width > Math.max(MAX_STRIP_WIDTH, gridW)) {
        x = 0;
        y += rowH + ZONE_GAP;
        rowH = 0;
      }
      childOffsets.set(c.id, { x: ZONE_PAD + x, y: stripTop + y });
      stripW = Math.max(stripW, x + s.width);
      x += s.width + ZONE_GAP;
      rowH = Math.max(rowH, s.height);
    }
    const stripH = childOffsets.size > 0 ? y + rowH : 0;
    let width = Math.max(MIN_ZONE_SIZE.width, Math.max(gridW, stripW) + 2 * ZONE_PAD);
    let height = Math.max(MIN_ZONE_SIZE.height, (stripH > 0 ? stripTop + stripH : ZONE_CONTENT_TOP + gridH) + ZONE_PAD);
    // A placed zone without a size also covers what is already placed inside it.
    if (z.position) {
      const placed: Rect[] = [];
      for (const a of assets) if (a.position) placed.push({ ...a.position, ...ASSET_SIZE });
      for (const c of tree.childrenOf(z.id)) if (c.position) placed.push({ ...c.position, ...sizeOf(c) });
      const box = boundsOf(placed);
      if (box) {
        width = Math.max(width, box.x + box.width - z.position.x + ZONE_PAD);
        const below = free.length + childOffsets.size > 0 ? ZONE_GAP + height - ZONE_CONTENT_TOP : ZONE_PAD;
        height = Math.max(height, box.y + box.height - z.position.y + below);
      }
    }
    const allFree = free.length === assets.length && childOffsets.size === 0;
    plans.set(z.id, { size: { width, height }, childOffsets, ...(allFree && cols > 0 ? { grid: { x: ZONE_PAD, y: ZONE_CONTENT_TOP, cols } } : {}) });
  }

  // 2. Top-level zones without a position, to be arranged below what is already drawn.
  const placedBoxes: Rect[] = [];
  for (const z of doc.zones) if (z.position) placedBoxes.push({ ...z.position, ...sizeOf(z) });
  for (const a of doc.assets) if (a.position) placedBoxes.push({ ...a.position, ...ASSET_SIZE });
  const drawn = boundsOf(placedBoxes);
  const origin: Position = drawn ? { x: drawn.x, y: drawn.y + drawn.height + TOP_GAP_Y } : { x: 40, y: 40 };
  const freeTop = tree.roots.filter((z) => !z.position);
  const topIds = new Set(freeTop.map((z) => z.id as string));
  const topOf = (id: string): string | undefined => {
    let z = zoneById.get(id);
    for (let guard = 0; z && guard < doc.zones.length; guard++) {
      const parent = tree.parentOf(z.id);
      if (!parent) break;
      z = parent;
    }
    return z?.id;
  };
  const edges: [string, string][] = [];
  const seen = new Set<string>();
  if (freeTop.length > 1) {
    for (const c of doc.conduits) {
      const ends = [...new Set(c.zoneIds.map(topOf).filter((id): id is string => id !== undefined && topIds.has(id)))];
      for (let i = 1; i < ends.length; i++) {
        const key = `${ends[0]}\u0000${ends[i]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        edges.push([ends[0]!, ends[i]!]);
      }
    }
  }
  const items: TopLevelItem[] = freeTop.map((z) => ({ id: z.id, ...sizeOf(z), level: drawingLevel(z) }));

  const finish = (positions: ReadonlyMap<string, Position>): DocumentLayout => {
    const frames = new Map<string, Rect>();
    if (items.length > 0) {
      const at = (id: string) => positions.get(id) ?? { x: 0, y: 0 };
      const box = boundsOf(items.map((i) => ({ ...at(i.id), width: i.width, height: i.height })))!;
      for (const i of items) {
        const p = at(i.id);
        frames.set(i.id, { x: Math.round(origin.x + p.x - box.x), y: Math.round(origin.y + p.y - box.y), width: i.width, height: i.height });
      }
    }

    // 3. Frames of every zone, parents first; unplaced nested zones go to their parent's plan or a free slot.
    const occupied = new Map<string, Rect[]>();
    const occupy = (zoneId: string, r: Rect) => {
      const list = occupied.get(zoneId);
      if (list) list.push(r);
      else occupied.set(zoneId, [r]);
    };
    for (const z of tree.order) {
      let frame = frames.get(z.id);
      if (!frame && z.position) frame = { ...z.position, ...sizeOf(z) };
      const parent = tree.parentOf(z.id);
      const parentFrame = parent ? frames.get(parent.id) : undefined;
      if (!frame && parent && parentFrame) {
        const offset = plans.get(parent.id)?.childOffsets.get(z.id);
        const size = sizeOf(z);
        frame = offset
          ? { x: parentFrame.x + offset.x, y: parentFrame.y + offset.y, ...size }
          : { ...freeSlot(parentFrame, size, occupied.get(parent.id) ?? []), ...size };
      }
      if (!frame) frame = { ...origin, ...sizeOf(z) };
      frames.set(z.id, frame);
      if (parent) occupy(parent.id, frame);
    }
    for (const a of doc.assets) if (a.position && a.zoneId !== undefined) occupy(a.zoneId, { ...a.position, ...ASSET_SIZE });

    // 4. Assets without a position.
    const assets = new Map<AssetId, Position>();
    for (const [zoneId, list] of assetsByZone) {
      const free = list.filter((a) => !a.position);
      if (free.length === 0) continue;
      if (zoneId === '') {
        const below = boundsOf([...frames.values(), ...(drawn ? [drawn] : [])]);
        const x0 = below?.x ?? 40;
        const y0 = below ? below.y + below.height + TOP_GAP_Y : 40;
        free.forEach((a, i) => assets.set(a.id, { x: x0 + (i % 8) * SLOT_W, y: y0 + Math.floor(i / 8) * SLOT_H }));
        continue;
      }
      const frame = frames.get(zoneId)!;
      const grid = plans.get(zoneId)?.grid;
      if (grid) {
        free.forEach((a, i) => assets.set(a.id, { x: frame.x + grid.x + (i % grid.cols) * SLOT_W, y: frame.y + grid.y + Math.floor(i / grid.cols) * SLOT_H }));
        continue;
      }
      const taken = [...(occupied.get(zoneId) ?? [])];
      const cursor = { row: 0, col: 0 };
      for (const a of free) {
        const p = freeSlot(frame, ASSET_SIZE, taken, cursor);
        assets.set(a.id, p);
        taken.push({ ...p, ...ASSET_SIZE });
      }
    }

    const zones = new Map<ZoneId, ZoneFrame>();
    for (const z of doc.zones) if (!z.position || !z.size) zones.set(z.id, frames.get(z.id)!);
    return { zones, assets };
  };
  return { items, edges, finish };
}

/**
 * The first grid slot inside `frame` where a box of `size` meets nothing in `taken`, scanning
 * rows top to bottom from the content top; below the frame when it is full. `cursor` lets
 * successive calls resume where the previous one stopped.
 */
function freeSlot(frame: Rect, size: Size, taken: readonly Rect[], cursor = { row: 0, col: 0 }): Position {
  const cols = Math.max(1, Math.floor((frame.width - 2 * ZONE_PAD + ZONE_GAP) / SLOT_W));
  for (let guard = 0; guard < 100_000; guard++) {
    const p = { x: frame.x + ZONE_PAD + cursor.col * SLOT_W, y: frame.y + ZONE_CONTENT_TOP + cursor.row * SLOT_H };
    const box = { ...p, ...size };
    const fits = cursor.col === 0 || p.x + size.width <= frame.x + frame.width - ZONE_PAD;
    if (fits && !taken.some((t) => intersects(t, box))) return p;
    if (++cursor.col >= cols) {
      cursor.col = 0;
      cursor.row++;
    }
  }
  return { x: frame.x + ZONE_PAD, y: frame.y + frame.height };
}

/** Synchronous layout: top-level zones in plain rows by Purdue level. */
export function layoutDocumentSync(doc: ZonewrightDocument): DocumentLayout {
  const prepared = prepareLayout(doc);
  return prepared.finish(arrangeInRows(prepared.items));
}

/** The document with the layout's positions and sizes filled in where they were missing. */
export function applyLayout(doc: ZonewrightDocument, layout: DocumentLayout): ZonewrightDocument {
  if (layout.zones.size === 0 && layout.assets.size === 0) return doc;
  return {
    ...doc,
    zones: doc.zones.map((z) => {
      const f = layout.zones.get(z.id);
      if (!f) return z;
      return { ...z, position: z.position ?? { x: f.x, y: f.y }, size: z.size ?? { width: f.width, height: f.height } };
    }),
    assets: doc.assets.map((a) => {
      const p = layout.assets.get(a.id);
      return p && !a.position ? { ...a, position: p } : a;
    }),
  };
}

/** True when some zone lacks a position or size, or some asset a position. */
export function needsLayout(doc: ZonewrightDocument): boolean {
  return doc.zones.some((z) => !z.position || !z.size) || doc.assets.some((a) => !a.position);
}

/** The document with no stored position or size, so that a layout places everything afresh. */
export function withoutPlacement(doc: ZonewrightDocument): ZonewrightDocument {
  return {
    ...doc,
    zones: doc.zones.map((z) => {
      if (!z.position && !z.size) return z;
      const { position: _position, size: _size, ...rest } = z;
      return rest;
    }),
    assets: doc.assets.map((a) => {
      if (!a.position) return a;
      const { position: _position, ...rest } = a;
      return rest;
    }),
  };
}

/**
 * The document with the layout's positions and sizes written over its own (unlike `applyLayout`,
 * which only fills gaps). Elements the layout does not mention, or places where they already
 * are, keep their identity; the document itself does when nothing moves.
 */
export function placeElements(doc: ZonewrightDocument, layout: DocumentLayout): ZonewrightDocument {
  let changed = false;
  const zones = doc.zones.map((z) => {
    const f = layout.zones.get(z.id);
    if (!f || (z.position?.x === f.x && z.position.y === f.y && z.size?.width === f.width && z.size.height === f.height)) return z;
    changed = true;
    return { ...z, position: { x: f.x, y: f.y }, size: { width: f.width, height: f.height } };
  });
  const assets = doc.assets.map((a) => {
    const p = layout.assets.get(a.id);
    if (!p || (a.position?.x === p.x && a.position.y === p.y)) return a;
    changed = true;
    return { ...a, position: { x: p.x, y: p.y } };
  });
  return changed ? { ...doc, zones, assets } : doc;
}
