/**
 * Diagram export: the zone-and-conduit drawing on drawing sheets, as PDF (one or many pages) or
 * SVG (the first sheet). Fit to one sheet, tiled over several at a readable scale with overlap
 * and crop marks, and optionally one sheet per zone. Missing positions are auto-laid-out first.
 */
import { jsPDF } from 'jspdf';
import type { ZonewrightDocument } from '../../model/document';
import { inflate, type Rect } from '../../layout/geometry';
import { withLayout } from '../../layout';
import { addPage, documentTexts, newPdf, pdfBytes } from '../document';
import { FontBook, type PdfFonts } from '../fonts';
import { formatDate, pageSize, PAPER_LABEL, type Orientation, type PageSize, type PaperSize } from '../paper';
import { PdfSurface } from '../pdfSurface';
import type { Surface } from '../surface';
import { INK } from '../theme';
import { SvgSurface } from '../svgSurface';
import { drawFrame, drawKeyPlan, drawLegend, drawTileMarks, drawTitleBlock, sheetLayout, tileName, type SheetLayout } from './page';
import { paintScene, placeConduitLabels, type ConduitLabel, type View } from './paint';
import { buildScene, type DiagramScene } from './scene';

export interface DiagramOptions {
  /** The font files (TrueType); the CJK fallback is embedded only when a name needs it. */
  readonly fonts: PdfFonts;
  /** The date printed in the title block (the core has no clock: pass `new Date()`). */
  readonly date: Date;
  readonly paper?: PaperSize;
  readonly orientation?: Orientation;
  /** Tile the drawing over as many sheets as it needs at `tileScale`, instead of fitting one sheet. */
  readonly tile?: boolean;
  /** Add one sheet per zone after the overview. */
  readonly perZone?: boolean;
  /** Points per canvas unit on tiled sheets (0.75: 100 % zoom at 96 dpi). */
  readonly tileScale?: number;
  /** How much neighbouring tiles overlap, in points. */
  readonly overlap?: number;
  /** Drawing title in the title block; default "Zone and conduit diagram". */
  readonly title?: string;
}

/** Largest scale at which a fitted drawing is printed (points per canvas unit). */
const MAX_FIT_SCALE = 1;
/** Canvas units of white space around the drawing. */
const DRAWING_MARGIN = 24;

interface SheetPlan {
  readonly view: View;
  /** The part of the drawing (canvas units) the sheet shows. */
  readonly window: Rect;
  readonly title: string;
  readonly note?: string;
  readonly tile?: { readonly col: number; readonly row: number; readonly cols: number; readonly rows: number };
  readonly labels: readonly ConduitLabel[];
}

/** The view that fits `content` (canvas units) centred into `area` (points). */
export function fitView(content: Rect, area: Rect, maxScale = MAX_FIT_SCALE): View {
  const scale = Math.min(area.width / content.width, area.height / content.height, maxScale);
  return {
    scale,
    dx: area.x + (area.width - content.width * scale) / 2 - content.x * scale,
    dy: area.y + (area.height - content.height * scale) / 2 - content.y * scale,
  };
}

/** The drawing's extent including conduit labels, with a margin. */
export function drawingExtent(scene: DiagramScene, labels: readonly ConduitLabel[]): Rect {
  let { x, y, width, height } = scene.bounds;
  for (const l of labels) {
    const x2 = Math.max(x + width, l.rect.x + l.rect.width);
    const y2 = Math.max(y + height, l.rect.y + l.rect.height);
    x = Math.min(x, l.rect.x);
    y = Math.min(y, l.rect.y);
    width = x2 - x;
    height = y2 - y;
  }
  return inflate({ x, y, width, height }, DRAWING_MARGIN);
}

function planSheets(scene: DiagramScene, layout: SheetLayout, options: DiagramOptions, measure: FontBook): SheetPlan[] {
  const title = options.title ?? 'Zone and conduit diagram';
  const labels = placeConduitLabels(scene, measure);
  const extent = drawingExtent(scene, labels);
  const area = layout.area;
  const sheets: SheetPlan[] = [];
  if (options.tile) {
    const scale = options.tileScale ?? 0.75;
    const overlap = options.overlap ?? 28;
    const stepX = area.width - overlap;
    const stepY = area.height - overlap;
    const contentW = extent.width * scale;
    const contentH = extent.height * scale;
    const cols = Math.max(1, Math.ceil((contentW - overlap) / stepX));
    const rows = Math.max(1, Math.ceil((contentH - overlap) / stepY));
    // Centre the drawing on the tiled surface.
    const offX = (cols * stepX + overlap - contentW) / 2;
    const offY = (rows * stepY + overlap - contentH) / 2;
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < cols; col++) {
        const view = {
          scale,
          dx: area.x + offX - col * stepX - extent.x * scale,
          dy: area.y + offY - row * stepY - extent.y * scale,
        };
        const window = { x: (area.x - view.dx) / scale, y: (area.y - view.dy) / scale, width: area.width / scale, height: area.height / scale };
        sheets.push({ view, window, title, note: tileName(col, row), tile: { col, row, cols, rows }, labels });
      }
    }
  } else {
    const view = fitView(extent, area);
    sheets.push({ view, window: extent, title, labels });
  }
  if (options.perZone) {
    for (const z of scene.zones) {
      const window = inflate(z.rect, 70);
      const view = fitView(window, area, 1.6);
      const shown = { x: (area.x - view.dx) / view.scale, y: (area.y - view.dy) / view.scale, width: area.width / view.scale, height: area.height / view.scale };
      sheets.push({ view, window: shown, title: `Zone ${z.zone.name}`, labels: placeConduitLabels(scene, measure, shown) });
    }
  }
  return sheets;
}

function drawSheet(surface: Surface, scene: DiagramScene, layout: SheetLayout, plan: SheetPlan, index: number, count: number, options: DiagramOptions): void {
  const { doc } = scene;
  const area = layout.area;
  surface.clipped(area.x, area.y, area.width, area.height, () => paintScene(surface, scene, plan.view, { labels: plan.labels, window: plan.window }));
  if (scene.zones.length === 0 && scene.assets.length === 0) {
    surface.text('The project has no zones or assets yet.', area.x + area.width / 2, area.y + area.height / 2, { size: 10, color: INK.muted, align: 'center' });
  }
  drawFrame(surface, layout);
  let reserve = 0;
  if (plan.tile) {
    const { col, row, cols, rows } = plan.tile;
    drawTileMarks(surface, area, options.overlap ?? 28, cols, rows, col, row);
    if (cols * rows > 1) {
      reserve = Math.min(layout.legend.height - 16, 60) + 20;
      drawKeyPlan(surface, layout.legend, cols, rows, col, row);
    }
  }
  drawLegend(surface, layout.legend, scene, reserve);
  const meta = doc.meta;
  drawTitleBlock(surface, layout.titleBlock, {
    project: meta.name,
    ...(meta.organization ? { organization: meta.organization } : {}),
    title: plan.title,
    revision: meta.revision ?? '—',
    author: meta.author ?? '—',
    date: formatDate(options.date),
    sheet: index + 1,
    sheets: count,
    ...(plan.note ? { sheetNote: plan.note } : {}),
  });
}

/** The sheet size for the options (A4 portrait unless told otherwise). */
export function diagramPage(options: Pick<DiagramOptions, 'paper' | 'orientation'>): PageSize {
  return pageSize(options.paper ?? 'a4', options.orientation ?? 'portrait');
}

/** The diagram as a PDF: one sheet fitted, or tiles, then optionally one sheet per zone. */
export async function buildDiagramPdf(doc: ZonewrightDocument, options: DiagramOptions): Promise<Uint8Array> {
  const laidOut = await withLayout(doc);
  const page = diagramPage(options);
  const title = options.title ?? 'Zone and conduit diagram';
  const { pdf, fonts } = newPdf(page, options.fonts, documentTexts(laidOut, [title]), {
    title: `${doc.meta.name} – ${title}`,
    subject: `Zone and conduit diagram (IEC 62443-3-2), ${PAPER_LABEL[options.paper ?? 'a4']} ${options.orientation ?? 'portrait'}`,
    ...(doc.meta.author ? { author: doc.meta.author } : {}),
    keywords: 'IEC 62443, zones, conduits, diagram',
  }, options.date);
  drawDiagramSheets(pdf, fonts, laidOut, page, options);
  return pdfBytes(pdf);
}

/** Draws the diagram sheets into an open jsPDF document (the first on its current page). */
export function drawDiagramSheets(pdf: jsPDF, fonts: FontBook, laidOut: ZonewrightDocument, page: PageSize, options: DiagramOptions): number {
  const scene = buildScene(laidOut);
  const layout = sheetLayout(page.width, page.height);
  const sheets = planSheets(scene, layout, options, fonts);
  const surface = new PdfSurface(pdf, fonts);
  sheets.forEach((plan, i) => {
    if (i > 0) addPage(pdf, page);
    drawSheet(surface, scene, layout, plan, i, sheets.length, options);
  });
  return sheets.length;
}

/** The first diagram sheet (the fitted overview) as SVG: the same drawing as the PDF's. */
export async function buildDiagramSvg(doc: ZonewrightDocument, options: DiagramOptions): Promise<string> {
  const laidOut = await withLayout(doc);
  const page = diagramPage(options);
  // Text is measured with the same font files as the PDF, through a scratch jsPDF document.
  const fonts = FontBook.create(new jsPDF({ unit: 'pt' }), options.fonts, documentTexts(laidOut));
  const scene = buildScene(laidOut);
  const layout = sheetLayout(page.width, page.height);
  const [first] = planSheets(scene, layout, { ...options, tile: false, perZone: false }, fonts);
  const surface = new SvgSurface(fonts, page.width, page.height);
  drawSheet(surface, scene, layout, first!, 0, 1, options);
  return surface.toString(`${doc.meta.name} – ${options.title ?? 'Zone and conduit diagram'}`);
}
