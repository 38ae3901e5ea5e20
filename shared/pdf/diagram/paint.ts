/**
 * Paints a diagram scene onto a drawing surface: zone frames with name, kind and SL-T chips,
 * conduits with their labels and boundary-device shields, links, and assets with their type
 * icons. Sizes are the canvas's, in canvas units, mapped to the page by a view (scale and offset);
 * strokes keep a minimum width in points so that a zoomed-out plant still prints.
 */
import { ASSET_TYPE_INFO, ZONE_KIND_INFO } from '../../model/kinds';
import { FR_KEYS, type SlVector } from '../../model/securityLevels';
import { centre, intersects, ZONE_HEADER, type Point, type Rect } from '../../layout/geometry';
import { fitSize, wrapText } from '../fonts';
import { assetIcon, ICON_GRID, ICON_STROKE, shieldIcon, type Icon } from '../icons';
import { transformPath } from '../svgPath';
import { baselineForCentre, type Color, type FontSpec, type Surface, type TextMeasure } from '../surface';
import { GROUP_COLORS, INK, ZONE_COLORS } from '../theme';
import type { DiagramScene, SceneConduit, Segment } from './scene';

/** Page point = offset + canvas unit × scale. */
export interface View {
  readonly scale: number;
  readonly dx: number;
  readonly dy: number;
}

/** Draws an icon with its top-left corner at (x, y), `size` points square. */
export function drawIcon(surface: Surface, icon: Icon, x: number, y: number, size: number, color: Color, minStroke = 0.3): void {
  const k = size / ICON_GRID;
  const width = Math.max(minStroke, ICON_STROKE * k);
  for (const shape of icon) {
    surface.path(transformPath(shape.path, k, x, y), {
      stroke: { color, width, cap: 'round', join: 'round', ...(shape.dash ? { dash: shape.dash.map((d) => d * k) } : {}) },
    });
  }
}

/** `SL-T IAC2 UC2 SI2 DC1 RDF2 TRE1 RA1`, or `SL-T not set`. */
export function slChipText(prefix: string, sl: SlVector | undefined): string {
  return sl ? `${prefix} ${FR_KEYS.map((fr) => `${fr}${sl[fr]}`).join(' ')}` : `${prefix} not set`;
}

/** A conduit's label box, in canvas units, with the text it shows. */
export interface ConduitLabel {
  readonly conduitId: string;
  readonly rect: Rect;
  readonly text: string;
  readonly shielded: boolean;
  readonly fontSize: number;
}

const LABEL = { font: 10.5, height: 20, pad: 8, shield: 12, gap: 4 } as const;

function segmentWithin(s: Segment, w: Rect): Segment | undefined {
  // Liang–Barsky clipping of a segment to a rectangle.
  let t0 = 0;
  let t1 = 1;
  const dx = s.to.x - s.from.x;
  const dy = s.to.y - s.from.y;
  const checks: [number, number][] = [
    [-dx, s.from.x - w.x],
    [dx, w.x + w.width - s.from.x],
    [-dy, s.from.y - w.y],
    [dy, w.y + w.height - s.from.y],
  ];
  for (const [p, q] of checks) {
    if (Math.abs(p) < 1e-12) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
  }
  if (t0 > t1) return undefined;
  return { from: { x: s.from.x + dx * t0, y: s.from.y + dy * t0 }, to: { x: s.from.x + dx * t1, y: s.from.y + dy * t1 } };
}

/**
 * Label boxes for the conduits: on the conduit's first segment (within `window` when given, so a
 * page showing part of the drawing labels what it shows), at the first spot along it that covers
 * no asset, no zone header and no other label.
 */
export function placeConduitLabels(scene: DiagramScene, measure: TextMeasure, window?: Rect): ConduitLabel[] {
  const obstacles: Rect[] = [];
  for (const a of scene.assets) obstacles.push(a.rect);
  for (const z of scene.zones) obstacles.push({ x: z.rect.x, y: z.rect.y, width: z.rect.width, height: ZONE_HEADER });
  const placed: ConduitLabel[] = [];
  const font: FontSpec = { size: LABEL.font, weight: 'bold' };
  const sorted = [...scene.conduits].sort((a, b) => Number(b.stub) - Number(a.stub));
  for (const c of sorted) {
    const seg0 = c.segments[0];
    if (!seg0) continue;
    const seg = window ? segmentWithin(seg0, window) : seg0;
    if (!seg) continue;
    const text = c.conduit.name;
    const width = measure.width(text, font) + 2 * LABEL.pad + (c.shielded ? LABEL.shield + LABEL.gap : 0);
    const boxAt = (p: Point): Rect => ({ x: p.x - width / 2, y: p.y - LABEL.height / 2, width, height: LABEL.height });
    const along = (t: number): Point => ({ x: seg.from.x + (seg.to.x - seg.from.x) * t, y: seg.from.y + (seg.to.y - seg.from.y) * t });
    let candidates: Point[];
    if (c.stub && c.dangling) {
      // A conduit to nowhere: the label just past the open end of its stub.
      const d = { x: Math.sign(seg0.to.x - seg0.from.x), y: Math.sign(seg0.to.y - seg0.from.y) };
      candidates = [{ x: seg0.to.x + d.x * (6 + width / 2), y: seg0.to.y + d.y * (6 + LABEL.height / 2) }];
    } else {
      const len = Math.hypot(seg.to.x - seg.from.x, seg.to.y - seg.from.y) || 1;
      const nx = -(seg.to.y - seg.from.y) / len;
      const ny = (seg.to.x - seg.from.x) / len;
      candidates = [];
      for (const shift of [0, 12, -12, 24, -24]) {
        for (const t of [0.5, 0.38, 0.62, 0.26, 0.74, 0.15, 0.85]) {
          const p = along(t);
          candidates.push({ x: p.x + nx * shift, y: p.y + ny * shift });
        }
      }
    }
    const free = (r: Rect) => !placed.some((l) => intersects(l.rect, r)) && !obstacles.some((o) => intersects(o, r));
    const freeOfLabels = (r: Rect) => !placed.some((l) => intersects(l.rect, r));
    const box = candidates.map(boxAt).find(free) ?? candidates.map(boxAt).find(freeOfLabels) ?? boxAt(candidates[0]!);
    placed.push({ conduitId: c.conduit.id, rect: box, text, shielded: c.shielded, fontSize: LABEL.font });
  }
  return placed;
}

export interface PaintOptions {
  /** Labels as placed by `placeConduitLabels` (placed over the whole drawing when omitted). */
  readonly labels?: readonly ConduitLabel[];
  /**
   * The part of the drawing (canvas units) that will be visible; elements wholly outside it are
   * skipped, so a tile or a zone sheet of a big plant carries only what it shows.
   */
  readonly window?: Rect;
}

function segmentBox(s: Segment, pad: number): Rect {
  return { x: Math.min(s.from.x, s.to.x) - pad, y: Math.min(s.from.y, s.to.y) - pad, width: Math.abs(s.to.x - s.from.x) + 2 * pad, height: Math.abs(s.to.y - s.from.y) + 2 * pad };
}

/** Paints the scene. Call inside `surface.clipped(...)` when only part of the page may be drawn on. */
export function paintScene(surface: Surface, scene: DiagramScene, view: View, options: PaintOptions = {}): void {
  const { scale: k, dx, dy } = view;
  const X = (x: number) => dx + x * k;
  const Y = (y: number) => dy + y * k;
  const stroke = (units: number, min: number) => Math.max(min, units * k);
  const win = options.window;
  const visible = (r: Rect) => !win || intersects(r, win);

  // Zones, parents first, each with its header.
  for (const { zone, rect } of scene.zones) {
    if (!visible(rect)) continue;
    const colors = ZONE_COLORS[zone.kind];
    surface.rect(X(rect.x), Y(rect.y), rect.width * k, rect.height * k, {
      fill: colors.fill,
      stroke: { color: colors.border, width: stroke(1.5, 0.6), ...(colors.dashed ? { dash: [6 * k, 4 * k] } : {}) },
    }, 12 * k);
    paintZoneHeader(surface, zone.name, zone.kind, zone.slT, rect, view);
  }

  // Conduits under links and assets.
  for (const c of scene.conduits) if (c.segments.some((g) => visible(segmentBox(g, 8)))) paintConduitLines(surface, c, view);

  for (const l of scene.links) {
    if (!visible(segmentBox(l.segment, 2))) continue;
    surface.line(X(l.segment.from.x), Y(l.segment.from.y), X(l.segment.to.x), Y(l.segment.to.y), {
      color: l.inConduit ? INK.linkInConduit : INK.link,
      width: stroke(1.5, 0.45),
      cap: 'round',
      ...(l.dashed ? { dash: [6 * k, 4 * k] } : {}),
    });
  }

  for (const { asset, rect } of scene.assets) if (visible(rect)) paintAsset(surface, asset.name, asset.type, rect, view);

  const labels = options.labels ?? placeConduitLabels(scene, surface);
  for (const label of labels) if (visible(label.rect)) paintConduitLabel(surface, label, view);
}

function paintConduitLines(surface: Surface, c: SceneConduit, view: View): void {
  const { scale: k, dx, dy } = view;
  const color = c.shielded ? INK.conduitShielded : INK.conduit;
  const dangling = c.dangling;
  for (const s of c.segments) {
    surface.line(dx + s.from.x * k, dy + s.from.y * k, dx + s.to.x * k, dy + s.to.y * k, {
      color,
      width: Math.max(1.4, 7 * k),
      cap: dangling ? 'butt' : 'round',
      ...(dangling ? { dash: [Math.max(2, 8 * k), Math.max(1.5, 5 * k)] } : {}),
    });
  }
}

function paintConduitLabel(surface: Surface, label: ConduitLabel, view: View): void {
  const { scale: k, dx, dy } = view;
  const r = label.rect;
  const x = dx + r.x * k;
  const y = dy + r.y * k;
  surface.rect(x, y, r.width * k, r.height * k, { fill: INK.white, stroke: { color: INK.conduitLabelBorder, width: Math.max(0.4, k) } }, (r.height / 2) * k);
  let tx = x + LABEL.pad * k;
  if (label.shielded) {
    drawIcon(surface, shieldIcon(), tx - 1 * k, y + ((r.height - LABEL.shield - 1) / 2) * k, (LABEL.shield + 1) * k, INK.shield);
    tx += (LABEL.shield + LABEL.gap) * k;
  }
  const size = label.fontSize * k;
  surface.text(label.text, tx, baselineForCentre(y + (r.height / 2) * k, size), { size, weight: 'bold', color: INK.conduitLabelText });
}

/** Blend of two `#rrggbb` colours. */
function mix(a: Color, b: Color, t: number): Color {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return `#${pa.map((v, i) => Math.round(v + (pb[i]! - v) * t).toString(16).padStart(2, '0')).join('')}`;
}

/** A rounded chip with one line of text; returns its width in canvas units. */
function chip(surface: Surface, text: string, x: number, y: number, height: number, font: FontSpec, colors: { fill: Color; border: Color; text: Color; dashed?: boolean }, view: View, maxWidth?: number): number {
  const { scale: k, dx, dy } = view;
  const pad = 6;
  let size = font.size;
  if (maxWidth !== undefined) size = fitSize(surface, text, font, maxWidth - 2 * pad, font.size * 0.62);
  const width = surface.width(text, { ...font, size }) + 2 * pad;
  surface.rect(dx + x * k, dy + y * k, width * k, height * k, {
    fill: colors.fill,
    stroke: { color: colors.border, width: Math.max(0.35, 0.9 * k), ...(colors.dashed ? { dash: [2.5 * k, 2 * k] } : {}) },
  }, (height / 2) * k);
  surface.text(text, dx + (x + pad) * k, baselineForCentre(dy + (y + height / 2) * k, size * k), { size: size * k, weight: font.weight ?? 'normal', color: colors.text });
  return width;
}

/** The header of a zone: name, kind chip and SL-T chip, fitted to the zone's width. */
export function paintZoneHeader(surface: Surface, name: string, kind: keyof typeof ZONE_COLORS, slT: SlVector | undefined, rect: Rect, view: View): void {
  const { scale: k, dx, dy } = view;
  const colors = ZONE_COLORS[kind];
  const inner = rect.width - 24;
  const kindLabel = ZONE_KIND_INFO[kind].label;
  const kindFont: FontSpec = { size: 9.5, weight: 'bold' };
  const kindWidth = surface.width(kindLabel, kindFont) + 12;
  const nameFont: FontSpec = { size: 13.5, weight: 'bold' };
  // Name and kind chip share the first line when both fit; in a narrow zone the kind chip is
  // left out (the fill colour and the legend still tell the kind), never the name or the SL-T.
  let nameSize = fitSize(surface, name, nameFont, inner - kindWidth - 6, 10.5);
  const withKind = surface.width(name, { ...nameFont, size: nameSize }) + kindWidth + 6 <= inner;
  if (!withKind) nameSize = fitSize(surface, name, nameFont, inner, 7);
  const nameWidth = surface.width(name, { ...nameFont, size: nameSize });
  surface.text(name, dx + (rect.x + 12) * k, dy + (rect.y + 19) * k, { size: nameSize * k, weight: 'bold', color: colors.text });
  if (withKind) {
    const chipColors = { fill: mix(colors.fill, INK.white, 0.75), border: mix(colors.border, INK.white, 0.35), text: colors.text };
    chip(surface, kindLabel, rect.x + 12 + nameWidth + 6, rect.y + 8, 15, kindFont, chipColors, view);
  }
  chip(
    surface,
    slChipText('SL-T', slT),
    rect.x + 12,
    rect.y + 25,
    15,
    { size: 9 },
    slT ? { fill: INK.white, border: '#9aa2b3', text: INK.text } : { fill: INK.white, border: INK.faint, text: INK.muted, dashed: true },
    view,
    rect.width - 22,
  );
}

/** An asset box: type icon on its group's tile, the name (shrunk or wrapped to fit), the type. */
export function paintAsset(surface: Surface, name: string, type: keyof typeof ASSET_TYPE_INFO, rect: Rect, view: View): void {
  const { scale: k, dx, dy } = view;
  const info = ASSET_TYPE_INFO[type];
  const group = GROUP_COLORS[info.group];
  const x = dx + rect.x * k;
  const y = dy + rect.y * k;
  surface.rect(x, y, rect.width * k, rect.height * k, { fill: INK.white, stroke: { color: INK.assetBorder, width: Math.max(0.35, k) } }, 10 * k);
  const c = centre(rect);
  const tile = 26;
  surface.rect(dx + (c.x - tile / 2) * k, y + 6 * k, tile * k, tile * k, { fill: group.fill }, 7 * k);
  drawIcon(surface, assetIcon(type), dx + (c.x - 9) * k, y + 10 * k, 18 * k, group.icon, 0.25);

  const maxWidth = rect.width - 10;
  const nameFont: FontSpec = { size: 11, weight: 'bold' };
  let size = fitSize(surface, name, nameFont, maxWidth, 8.5);
  let lines = [name];
  if (surface.width(name, { ...nameFont, size }) > maxWidth) {
    size = 9;
    lines = wrapText(surface, name, { ...nameFont, size }, maxWidth);
    if (lines.length > 2) {
      lines = [lines[0]!, lines.slice(1).join(' ')];
      size = fitSize(surface, lines[1]!, { ...nameFont, size }, maxWidth, 6.5);
    }
  }
  const cx = dx + c.x * k;
  const top = lines.length === 1 ? 47 : 44.5;
  lines.forEach((line, i) => surface.text(line, cx, y + (top + i * (size + 1.5)) * k, { size: size * k, weight: 'bold', color: INK.text, align: 'center' }));
  const typeSize = fitSize(surface, info.label, { size: 9.5 }, maxWidth, 7);
  surface.text(info.label, cx, y + (lines.length === 1 ? 61 : 66) * k, { size: typeSize * k, color: INK.muted, align: 'center' });
}
