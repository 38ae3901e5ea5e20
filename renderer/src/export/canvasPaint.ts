/**
 * Paints on a 2D canvas: a PDF page's display list (pdfPage.ts) for the preview, and the diagram's
 * SVG export for PNG. Text is set in the bundled fonts registered as FontFaces (fonts.ts), without
 * kerning, as the PDF engine measures it, so it lines up with the vector output.
 */
import { CANVAS_FONT_STACK } from './fonts';
import { multiply, type DisplayItem, type Matrix, type PdfFontInfo, type PdfPageContent, type Segment } from './pdfPage';

type Ctx = CanvasRenderingContext2D;

function setMatrix(ctx: Ctx, m: Matrix): void {
  ctx.setTransform(m[0], m[1], m[2], m[3], m[4], m[5]);
}

function tracePath(ctx: Ctx, segments: readonly Segment[]): void {
  ctx.beginPath();
  for (const s of segments) {
    switch (s.op) {
      case 'M':
        ctx.moveTo(s.x, s.y);
        break;
      case 'L':
        ctx.lineTo(s.x, s.y);
        break;
      case 'C':
        ctx.bezierCurveTo(s.x1, s.y1, s.x2, s.y2, s.x, s.y);
        break;
      case 'R':
        ctx.rect(s.x, s.y, s.w, s.h);
        break;
      case 'Z':
        ctx.closePath();
        break;
    }
  }
}

const CAPS: readonly CanvasLineCap[] = ['butt', 'round', 'square'];
const JOINS: readonly CanvasLineJoin[] = ['miter', 'round', 'bevel'];

function setFont(ctx: Ctx, px: number, bold: boolean): void {
  ctx.font = `${bold ? 'bold ' : ''}${px}px ${CANVAS_FONT_STACK}`;
  // As jsPDF sets text: no kerning, no ligatures (optimizeSpeed turns both off in Chromium).
  ctx.fontKerning = 'none';
  ctx.textRendering = 'optimizeSpeed';
  ctx.textBaseline = 'alphabetic';
}

/**
 * Whether an embedded font is the bold one. jsPDF names both DejaVu subsets alike, so the font's
 * advance widths decide: they are compared with the canvas' regular and bold faces.
 */
function boldByWidths(ctx: Ctx, font: PdfFontInfo, cache: WeakMap<PdfFontInfo, boolean>): boolean {
  if (font.bold !== undefined) return font.bold;
  const hit = cache.get(font);
  if (hit !== undefined) return hit;
  let regular = 0;
  let bold = 0;
  let samples = 0;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  for (const [code, width] of font.widths) {
    const ch = font.toUnicode.get(code);
    if (!ch || !/^[A-Za-z0-9]$/.test(ch)) continue;
    setFont(ctx, 1000, false);
    regular += Math.abs(ctx.measureText(ch).width - width);
    setFont(ctx, 1000, true);
    bold += Math.abs(ctx.measureText(ch).width - width);
    if (++samples >= 24) break;
  }
  ctx.restore();
  const isBold = samples > 0 && bold < regular;
  cache.set(font, isBold);
  return isBold;
}

/** Paints the page at `scale` device pixels per point, from the canvas' top-left corner. */
export function paintPdfPage(ctx: Ctx, page: PdfPageContent, scale: number): void {
  const base: Matrix = [scale, 0, 0, -scale, -page.origin.x * scale, (page.origin.y + page.height) * scale];
  const boldCache = new WeakMap<PdfFontInfo, boolean>();
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, page.width * scale, page.height * scale);
  for (const item of page.items as readonly DisplayItem[]) {
    switch (item.kind) {
      case 'save':
        ctx.save();
        break;
      case 'restore':
        ctx.restore();
        break;
      case 'path': {
        const m = multiply(item.ctm, base);
        setMatrix(ctx, m);
        tracePath(ctx, item.segments);
        if (item.fill) {
          ctx.globalAlpha = item.fill.alpha;
          ctx.fillStyle = item.fill.color;
          ctx.fill(item.fill.evenOdd ? 'evenodd' : 'nonzero');
        }
        if (item.stroke) {
          const s = item.stroke;
          const unit = Math.hypot(m[0], m[1]) || 1;
          ctx.globalAlpha = s.alpha;
          ctx.strokeStyle = s.color;
          // A zero width is the thinnest line the device can show.
          ctx.lineWidth = s.width > 0 ? s.width : 1 / unit;
          ctx.lineCap = CAPS[s.cap] ?? 'butt';
          ctx.lineJoin = JOINS[s.join] ?? 'miter';
          ctx.miterLimit = s.miter;
          ctx.setLineDash(s.dash.every((d) => d === 0) ? [] : [...s.dash]);
          ctx.lineDashOffset = s.dashPhase;
          ctx.stroke();
        }
        ctx.globalAlpha = 1;
        if (item.clip) ctx.clip(item.clip);
        break;
      }
      case 'text': {
        const m = multiply(item.matrix, base);
        // Text is set at its device size (crisp), in an unscaled, upright frame.
        const k = Math.hypot(m[2], m[3]);
        if (k === 0 || item.size <= 0) break;
        ctx.save();
        ctx.setTransform(m[0] / k, m[1] / k, -m[2] / k, -m[3] / k, m[4], m[5]);
        const bold = item.font ? boldByWidths(ctx, item.font, boldCache) : false;
        setFont(ctx, item.size * k, bold);
        ctx.fillStyle = item.color;
        ctx.globalAlpha = item.alpha;
        const measured = ctx.measureText(item.text).width;
        const wanted = item.advance * k;
        // Where the canvas font differs (a system fallback), the run is stretched to the PDF's advance.
        if (measured > 0 && wanted > 0 && Math.abs(wanted / measured - 1) > 0.01) ctx.scale(wanted / measured, 1);
        ctx.fillText(item.text, 0, 0);
        ctx.restore();
        break;
      }
    }
  }
  ctx.restore();
}

// ------------------------------------------------------------------------------ SVG

function num(el: Element, name: string, fallback = 0): number {
  const v = parseFloat(el.getAttribute(name) ?? '');
  return Number.isFinite(v) ? v : fallback;
}

/** The size of an SVG (in points: its viewBox) before drawing it. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = parseSvg(svg);
  const box = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (box.length === 4 && box.every(Number.isFinite)) return { width: box[2]!, height: box[3]! };
  return { width: num(root, 'width', 595), height: num(root, 'height', 842) };
}

function parseSvg(svg: string): Element {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) throw new Error('the SVG does not parse');
  return root;
}

function applyStroke(ctx: Ctx, el: Element, stroke: string): void {
  ctx.strokeStyle = stroke;
  ctx.lineWidth = num(el, 'stroke-width', 1);
  const dash = (el.getAttribute('stroke-dasharray') ?? '')
    .split(/[\s,]+/)
    .map(Number)
    .filter((n) => Number.isFinite(n) && n >= 0);
  ctx.setLineDash(dash.length > 0 && dash.some((d) => d > 0) ? dash : []);
  ctx.lineCap = (el.getAttribute('stroke-linecap') as CanvasLineCap | null) ?? 'butt';
  ctx.lineJoin = (el.getAttribute('stroke-linejoin') as CanvasLineJoin | null) ?? 'miter';
}

function paintShape(ctx: Ctx, el: Element, trace: () => void): void {
  const fill = el.getAttribute('fill');
  const stroke = el.getAttribute('stroke');
  trace();
  if (fill !== 'none') {
    ctx.fillStyle = fill ?? '#000000';
    ctx.fill();
  }
  if (stroke && stroke !== 'none') {
    applyStroke(ctx, el, stroke);
    ctx.stroke();
  }
}

/**
 * Paints the diagram's SVG export at `scale` device pixels per point: the elements the SVG
 * backend writes (rect, line, path, circle, text, clipPath with g). Anything else is skipped.
 */
export function paintSvg(ctx: Ctx, svg: string, scale: number): void {
  const root = parseSvg(svg);
  const { width, height } = svgSize(svg);
  const clips = new Map<string, Element>();
  for (const c of Array.from(root.getElementsByTagName('clipPath'))) if (c.id) clips.set(c.id, c);
  ctx.save();
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  const draw = (el: Element) => {
    switch (el.nodeName) {
      case 'rect': {
        const x = num(el, 'x');
        const y = num(el, 'y');
        const w = el.getAttribute('width') === '100%' ? width : num(el, 'width');
        const h = el.getAttribute('height') === '100%' ? height : num(el, 'height');
        const r = Math.min(num(el, 'rx', num(el, 'ry')), w / 2, h / 2);
        paintShape(ctx, el, () => {
          ctx.beginPath();
          if (r > 0) ctx.roundRect(x, y, w, h, r);
          else ctx.rect(x, y, w, h);
        });
        break;
      }
      case 'line':
        paintShape(ctx, el, () => {
          ctx.beginPath();
          ctx.moveTo(num(el, 'x1'), num(el, 'y1'));
          ctx.lineTo(num(el, 'x2'), num(el, 'y2'));
        });
        break;
      case 'circle':
        paintShape(ctx, el, () => {
          ctx.beginPath();
          ctx.arc(num(el, 'cx'), num(el, 'cy'), num(el, 'r'), 0, Math.PI * 2);
        });
        break;
      case 'path': {
        const d = el.getAttribute('d') ?? '';
        const fill = el.getAttribute('fill');
        const stroke = el.getAttribute('stroke');
        const p = new Path2D(d);
        if (fill !== 'none') {
          ctx.fillStyle = fill ?? '#000000';
          ctx.fill(p, el.getAttribute('fill-rule') === 'evenodd' ? 'evenodd' : 'nonzero');
        }
        if (stroke && stroke !== 'none') {
          applyStroke(ctx, el, stroke);
          ctx.stroke(p);
        }
        break;
      }
      case 'text': {
        const text = el.textContent ?? '';
        if (!text) break;
        setFont(ctx, num(el, 'font-size', 10), el.getAttribute('font-weight') === 'bold');
        const anchor = el.getAttribute('text-anchor');
        ctx.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left';
        ctx.fillStyle = el.getAttribute('fill') ?? '#000000';
        ctx.fillText(text, num(el, 'x'), num(el, 'y'));
        ctx.textAlign = 'left';
        break;
      }
      case 'g': {
        ctx.save();
        const ref = /url\(#([^)]+)\)/.exec(el.getAttribute('clip-path') ?? '');
        const clip = ref ? clips.get(ref[1]!) : undefined;
        const rect = clip?.getElementsByTagName('rect')[0];
        if (rect) {
          ctx.beginPath();
          ctx.rect(num(rect, 'x'), num(rect, 'y'), num(rect, 'width'), num(rect, 'height'));
          ctx.clip();
        }
        for (const child of Array.from(el.children)) draw(child);
        ctx.restore();
        break;
      }
      default:
        // title, clipPath (used by reference), desc, metadata: nothing to paint.
        break;
    }
  };
  for (const child of Array.from(root.children)) draw(child);
  ctx.restore();
}

/** A canvas of the given pixel size; OffscreenCanvas is not needed (this runs on the main thread). */
export function makeCanvas(width: number, height: number): { canvas: HTMLCanvasElement; ctx: Ctx } {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) throw new Error('no 2D canvas available');
  return { canvas, ctx };
}

export function canvasBlob(canvas: HTMLCanvasElement, type = 'image/png'): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas could not be encoded'))), type));
}
