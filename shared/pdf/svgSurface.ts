/**
 * The SVG backend of the drawing surface: the same primitives as SVG elements, so an SVG export
 * is the same drawing as the PDF page. Text stays text (searchable, selectable); sizes are the
 * ones measured with the embedded fonts, and the font stack names metric-compatible fallbacks.
 */
import { SVG_FONT_STACK } from './fonts';
import { pathData } from './svgPath';
import type { FontSpec, PathCommand, ShapeStyle, StrokeStyle, Surface, TextMeasure, TextStyle } from './surface';

const n = (v: number) => String(Math.round(v * 100) / 100);

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids are dropped.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

export class SvgSurface implements Surface {
  private readonly parts: string[] = [];
  private clipCount = 0;

  constructor(
    private readonly measure: TextMeasure,
    readonly widthPt: number,
    readonly heightPt: number,
  ) {}

  width(text: string, font: FontSpec): number {
    return this.measure.width(text, font);
  }

  private strokeAttrs(s: StrokeStyle): string {
    let out = ` stroke="${s.color}" stroke-width="${n(s.width)}"`;
    if (s.dash && s.dash.length > 0) out += ` stroke-dasharray="${s.dash.map(n).join(' ')}"`;
    if (s.cap && s.cap !== 'butt') out += ` stroke-linecap="${s.cap}"`;
    if (s.join && s.join !== 'miter') out += ` stroke-linejoin="${s.join}"`;
    return out;
  }

  private styleAttrs(style: ShapeStyle): string {
    return ` fill="${style.fill ?? 'none'}"${style.stroke ? this.strokeAttrs(style.stroke) : ''}`;
  }

  rect(x: number, y: number, width: number, height: number, style: ShapeStyle, radius = 0): void {
    if (!style.fill && !style.stroke) return;
    const r = Math.min(radius, width / 2, height / 2);
    this.parts.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}"${r > 0 ? ` rx="${n(r)}"` : ''}${this.styleAttrs(style)}/>`);
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke: StrokeStyle): void {
    this.parts.push(`<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"${this.strokeAttrs(stroke)}/>`);
  }

  path(commands: readonly PathCommand[], style: ShapeStyle): void {
    if (commands.length === 0 || (!style.fill && !style.stroke)) return;
    this.parts.push(`<path d="${pathData(commands)}"${this.styleAttrs(style)}/>`);
  }

  circle(cx: number, cy: number, r: number, style: ShapeStyle): void {
    this.parts.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}"${this.styleAttrs(style)}/>`);
  }

  text(text: string, x: number, y: number, style: TextStyle): void {
    if (!text) return;
    const anchor = style.align === 'center' ? ' text-anchor="middle"' : style.align === 'right' ? ' text-anchor="end"' : '';
    const weight = style.weight === 'bold' ? ' font-weight="bold"' : '';
    this.parts.push(`<text x="${n(x)}" y="${n(y)}" font-size="${n(style.size)}"${weight}${anchor} fill="${style.color}">${escapeXml(text)}</text>`);
  }

  clipped(x: number, y: number, width: number, height: number, draw: () => void): void {
    const id = `clip${++this.clipCount}`;
    this.parts.push(`<clipPath id="${id}"><rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}"/></clipPath><g clip-path="url(#${id})">`);
    try {
      draw();
    } finally {
      this.parts.push('</g>');
    }
  }

  /** The finished SVG document, sized in points. */
  toString(title?: string): string {
    const head =
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(this.widthPt)}pt" height="${n(this.heightPt)}pt" viewBox="0 0 ${n(this.widthPt)} ${n(this.heightPt)}" font-family="${SVG_FONT_STACK.replace(/"/g, '&quot;')}">\n` +
      (title ? `<title>${escapeXml(title)}</title>\n` : '') +
      `<rect width="100%" height="100%" fill="#ffffff"/>\n`;
    return `${head}${this.parts.join('\n')}\n</svg>\n`;
  }
}
