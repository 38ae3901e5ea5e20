/**
 * The furniture of a drawing sheet, in page points: the frame, the legend, the title block
 * (project, drawing title, revision, author, date, sheet x of n) and, on tiled sheets, the key
 * plan, crop marks, overlap marks and references to the neighbouring sheets.
 */
import { ZONE_KIND_INFO, type ZoneKind } from '../../model/kinds';
import type { Rect } from '../../layout/geometry';
import { fitSize, wrapText } from '../fonts';
import { shieldIcon } from '../icons';
import { baselineForCentre, type Surface } from '../surface';
import { INK, ZONE_COLORS } from '../theme';
import { drawIcon } from './paint';
import type { DiagramScene } from './scene';

export interface TitleBlockInfo {
  readonly project: string;
  readonly organization?: string;
  readonly title: string;
  readonly revision: string;
  readonly author: string;
  readonly date: string;
  readonly sheet: number;
  readonly sheets: number;
  /** Extra words after the sheet number, e.g. the tile reference. */
  readonly sheetNote?: string;
}

/** Sizes of the sheet furniture in points. */
export const SHEET = { band: 74, titleBlockWidth: 268, pad: 12 } as const;

export function sheetMargin(width: number, height: number): number {
  return Math.round(Math.max(20, Math.min(48, Math.min(width, height) * 0.04)));
}

export interface SheetLayout {
  readonly frame: Rect;
  /** Where the drawing goes. */
  readonly area: Rect;
  readonly legend: Rect;
  readonly titleBlock: Rect;
}

export function sheetLayout(width: number, height: number): SheetLayout {
  const m = sheetMargin(width, height);
  const frame = { x: m, y: m, width: width - 2 * m, height: height - 2 * m };
  const tbWidth = Math.min(SHEET.titleBlockWidth, frame.width * 0.55);
  const bandTop = frame.y + frame.height - SHEET.band;
  return {
    frame,
    area: { x: frame.x + SHEET.pad, y: frame.y + SHEET.pad, width: frame.width - 2 * SHEET.pad, height: bandTop - frame.y - 2 * SHEET.pad },
    legend: { x: frame.x, y: bandTop, width: frame.width - tbWidth, height: SHEET.band },
    titleBlock: { x: frame.x + frame.width - tbWidth, y: bandTop, width: tbWidth, height: SHEET.band },
  };
}

export function drawFrame(surface: Surface, layout: SheetLayout): void {
  const { frame, legend } = layout;
  surface.rect(frame.x, frame.y, frame.width, frame.height, { stroke: { color: INK.text, width: 0.8 } });
  surface.line(frame.x, legend.y, frame.x + frame.width, legend.y, { color: INK.text, width: 0.6 });
}

function cellLabel(surface: Surface, text: string, x: number, y: number): void {
  surface.text(text.toUpperCase(), x, y, { size: 5.2, color: INK.muted });
}

/** The title block: project, drawing title, revision, author, date and sheet number. */
export function drawTitleBlock(surface: Surface, box: Rect, info: TitleBlockInfo): void {
  const { x, y, width, height } = box;
  const rule = { color: INK.rule, width: 0.5 };
  surface.line(x, y, x, y + height, { color: INK.text, width: 0.6 });
  // A thin accent bar marks the block.
  surface.rect(x + 0.3, y + 0.3, 2.2, height - 0.6, { fill: INK.accent });
  const r1 = 26;
  const r2 = 24;
  surface.line(x, y + r1, x + width, y + r1, rule);
  surface.line(x, y + r1 + r2, x + width, y + r1 + r2, rule);
  const pad = 7;
  const valueSize = (text: string, max: number, size: number, bold = false) => fitSize(surface, text, { size, weight: bold ? 'bold' : 'normal' }, max, 5.5);

  // Row 1: project (and organisation): one line, or two smaller ones, shortened only as a last resort.
  cellLabel(surface, 'Project', x + pad, y + 8);
  const project = info.organization ? `${info.project} · ${info.organization}` : info.project;
  const maxW = width - 2 * pad;
  const bold = { size: 9.5, weight: 'bold' as const };
  if (surface.width(project, { ...bold, size: 7 }) <= maxW) {
    surface.text(project, x + pad, y + 20, { ...bold, size: valueSize(project, maxW, 9.5, true), color: INK.text });
  } else {
    const size = 6.4;
    const [first = '', ...rest] = wrapText(surface, project, { ...bold, size }, maxW);
    let second = rest.join(' ');
    if (surface.width(second, { ...bold, size }) > maxW) {
      while (second && surface.width(`${second}…`, { ...bold, size }) > maxW) second = second.slice(0, -1);
      second = `${second.trimEnd()}…`;
    }
    surface.text(first, x + pad, y + 15.5, { ...bold, size, color: INK.text });
    surface.text(second, x + pad, y + 22.5, { ...bold, size, color: INK.text });
  }

  // Row 2: drawing title | revision.
  const revW = 64;
  surface.line(x + width - revW, y + r1, x + width - revW, y + r1 + r2, rule);
  cellLabel(surface, 'Drawing', x + pad, y + r1 + 8);
  surface.text(info.title, x + pad, y + r1 + 18.5, { size: valueSize(info.title, width - revW - 2 * pad, 8.5), color: INK.text });
  cellLabel(surface, 'Revision', x + width - revW + pad, y + r1 + 8);
  surface.text(info.revision, x + width - revW + pad, y + r1 + 18.5, { size: valueSize(info.revision, revW - 2 * pad, 8.5, true), weight: 'bold', color: INK.text });

  // Row 3: author | date | sheet.
  const top3 = y + r1 + r2;
  const dateW = 62;
  const sheetW = 78;
  const authorW = width - dateW - sheetW;
  surface.line(x + authorW, top3, x + authorW, y + height, rule);
  surface.line(x + authorW + dateW, top3, x + authorW + dateW, y + height, rule);
  cellLabel(surface, 'Author', x + pad, top3 + 8);
  surface.text(info.author, x + pad, top3 + 18.5, { size: valueSize(info.author, authorW - 2 * pad, 8), color: INK.text });
  cellLabel(surface, 'Date', x + authorW + pad, top3 + 8);
  surface.text(info.date, x + authorW + pad, top3 + 18.5, { size: valueSize(info.date, dateW - 2 * pad, 8), color: INK.text });
  cellLabel(surface, 'Sheet', x + authorW + dateW + pad, top3 + 8);
  const sheet = `${info.sheet} of ${info.sheets}${info.sheetNote ? ` · ${info.sheetNote}` : ''}`;
  surface.text(sheet, x + authorW + dateW + pad, top3 + 18.5, { size: valueSize(sheet, sheetW - 2 * pad, 8), color: INK.text });
}

interface LegendItem {
  readonly label: string;
  draw(surface: Surface, x: number, cy: number): void;
}

/** What the legend explains: the zone kinds on the drawing, conduits, shields and links. */
function legendItems(scene: DiagramScene): LegendItem[] {
  const items: LegendItem[] = [];
  const kinds = new Set<ZoneKind>(scene.zones.map((z) => z.zone.kind));
  for (const kind of Object.keys(ZONE_COLORS) as ZoneKind[]) {
    if (!kinds.has(kind)) continue;
    const c = ZONE_COLORS[kind];
    items.push({
      label: `${ZONE_KIND_INFO[kind].label} zone`,
      draw: (s, x, cy) => s.rect(x, cy - 4, 16, 8, { fill: c.fill, stroke: { color: c.border, width: 0.7, ...(c.dashed ? { dash: [1.6, 1.2] } : {}) } }, 2),
    });
  }
  items.push({ label: 'Conduit', draw: (s, x, cy) => s.line(x + 1, cy, x + 15, cy, { color: INK.conduit, width: 3.2, cap: 'round' }) });
  if (scene.conduits.some((c) => c.shielded)) {
    items.push({
      label: 'Boundary device on conduit',
      draw: (s, x, cy) => drawIcon(s, shieldIcon(), x + 3, cy - 5, 10, INK.shield),
    });
  }
  if (scene.conduits.some((c) => c.dangling)) {
    items.push({ label: 'Conduit with one zone', draw: (s, x, cy) => s.line(x + 1, cy, x + 15, cy, { color: INK.conduit, width: 3.2, dash: [3, 2] }) });
  }
  items.push({ label: 'Link', draw: (s, x, cy) => s.line(x + 1, cy, x + 15, cy, { color: INK.link, width: 0.9 }) });
  if (scene.links.some((l) => l.inConduit)) items.push({ label: 'Link through a conduit', draw: (s, x, cy) => s.line(x + 1, cy, x + 15, cy, { color: INK.linkInConduit, width: 0.9 }) });
  if (scene.links.some((l) => l.dashed)) items.push({ label: 'Wireless or VPN link', draw: (s, x, cy) => s.line(x + 1, cy, x + 15, cy, { color: INK.link, width: 0.9, dash: [2.5, 1.6] }) });
  items.push({
    label: 'Target SL per FR',
    draw: (s, x, cy) => {
      s.rect(x, cy - 3.5, 16, 7, { fill: INK.white, stroke: { color: '#9aa2b3', width: 0.5 } }, 3.5);
      s.text('SL-T', x + 8, cy + 1.6, { size: 3.6, color: INK.text, align: 'center' });
    },
  });
  return items;
}

/**
 * The legend, flowed into columns inside `box`; `reserveRight` keeps room at the right (for a
 * key plan). Returns the width used.
 */
export function drawLegend(surface: Surface, box: Rect, scene: DiagramScene, reserveRight = 0): number {
  const items = legendItems(scene);
  const pad = 8;
  cellLabel(surface, 'Legend', box.x + pad, box.y + 9);
  const available = box.width - 2 * pad - reserveRight;
  const top = box.y + 16;
  let rows = Math.max(1, Math.floor((box.height - 20) / 10));
  let size = 6.6;
  const colWidth = (list: LegendItem[], s: number) => 22 + Math.max(...list.map((i) => surface.width(i.label, { size: s })));
  const columns = (r: number) => {
    const cols: LegendItem[][] = [];
    for (let i = 0; i < items.length; i += r) cols.push(items.slice(i, i + r));
    return cols;
  };
  let cols = columns(rows);
  const total = (list: LegendItem[][], s: number) => list.reduce((w, c) => w + colWidth(c, s) + 10, 0);
  // Smaller type and tighter rows until the legend fits.
  while (total(cols, size) > available && size > 4.6) {
    size -= 0.4;
    rows = Math.max(rows, Math.floor((box.height - 20) / (size + 3.4)));
    cols = columns(rows);
  }
  const rowH = Math.min(10, (box.height - 20) / rows);
  let x = box.x + pad;
  for (const col of cols) {
    col.forEach((item, i) => {
      const cy = top + rowH * i + rowH / 2;
      item.draw(surface, x, cy);
      surface.text(item.label, x + 21, baselineForCentre(cy, size), { size, color: INK.text });
    });
    x += colWidth(col, size) + 10;
  }
  return x - box.x;
}

/** A small plan of the tiles with the current one filled, at the right of the legend band. */
export function drawKeyPlan(surface: Surface, box: Rect, cols: number, rows: number, col: number, row: number): void {
  const size = Math.min((box.height - 16) / rows, 40 / cols + 8, 16);
  const w = size * cols;
  const h = size * rows;
  const x0 = box.x + box.width - w - 10;
  const y0 = box.y + 12 + (box.height - 16 - h) / 2;
  cellLabel(surface, 'Key plan', x0, box.y + 9);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      surface.rect(x0 + c * size, y0 + r * size, size, size, { fill: c === col && r === row ? INK.accent : INK.white, stroke: { color: INK.faint, width: 0.4 } });
    }
  }
}

/** Sheet reference of a tile: column letter and row number, `B2`. */
export function tileName(col: number, row: number): string {
  let letters = '';
  let n = col;
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `${letters}${row + 1}`;
}

/**
 * Crop marks at the corners of the tile's drawing area, dashed lines where the neighbouring
 * sheets' content starts (the overlap), and arrows naming the neighbouring sheets.
 */
export function drawTileMarks(surface: Surface, area: Rect, overlap: number, cols: number, rows: number, col: number, row: number): void {
  const mark = { color: INK.text, width: 0.5 };
  const len = 8;
  const { x, y, width: w, height: h } = area;
  for (const [cx, cy, sx, sy] of [
    [x, y, -1, -1],
    [x + w, y, 1, -1],
    [x, y + h, -1, 1],
    [x + w, y + h, 1, 1],
  ] as const) {
    surface.line(cx + sx * 2, cy, cx + sx * (2 + len), cy, mark);
    surface.line(cx, cy + sy * 2, cx, cy + sy * (2 + len), mark);
  }
  const dashed = { color: INK.faint, width: 0.5, dash: [3, 2] };
  // Neighbour references sit inside the area, on a white tag, at the middle of each shared edge.
  const tag = (text: string, tx: number, ty: number, align: 'left' | 'center' | 'right') => {
    const size = 6;
    const tw = surface.width(text, { size, weight: 'bold' }) + 6;
    const left = align === 'left' ? tx : align === 'right' ? tx - tw : tx - tw / 2;
    surface.rect(left, ty - 5, tw, 10, { fill: INK.white, stroke: { color: INK.faint, width: 0.4 } }, 2);
    surface.text(text, left + 3, baselineForCentre(ty, size), { size, weight: 'bold', color: INK.muted });
  };
  if (col > 0) surface.line(x + overlap, y, x + overlap, y + h, dashed);
  if (col < cols - 1) surface.line(x + w - overlap, y, x + w - overlap, y + h, dashed);
  if (row > 0) surface.line(x, y + overlap, x + w, y + overlap, dashed);
  if (row < rows - 1) surface.line(x, y + h - overlap, x + w, y + h - overlap, dashed);
  if (col > 0) tag(`← ${tileName(col - 1, row)}`, x + 3, y + h / 2, 'left');
  if (col < cols - 1) tag(`${tileName(col + 1, row)} →`, x + w - 3, y + h / 2, 'right');
  if (row > 0) tag(`↑ ${tileName(col, row - 1)}`, x + w / 2, y + 8, 'center');
  if (row < rows - 1) tag(`↓ ${tileName(col, row + 1)}`, x + w / 2, y + h - 8, 'center');
}
