/** The jsPDF backend of the drawing surface: every primitive becomes PDF vector operators. */
import type { jsPDF } from 'jspdf';
import type { FontBook } from './fonts';
import type { FontSpec, PathCommand, ShapeStyle, StrokeStyle, Surface, TextStyle } from './surface';

export class PdfSurface implements Surface {
  constructor(
    readonly pdf: jsPDF,
    readonly fonts: FontBook,
  ) {}

  width(text: string, font: FontSpec): number {
    return this.fonts.width(text, font);
  }

  private applyStroke(stroke: StrokeStyle): void {
    const pdf = this.pdf;
    pdf.setDrawColor(stroke.color);
    pdf.setLineWidth(stroke.width);
    pdf.setLineDashPattern(stroke.dash ? [...stroke.dash] : [], 0);
    pdf.setLineCap(stroke.cap ?? 'butt');
    pdf.setLineJoin(stroke.join ?? 'miter');
  }

  /** Sets colours and returns jsPDF's paint operator for the style (null: nothing to paint). */
  private apply(style: ShapeStyle): 'F' | 'S' | 'FD' | null {
    if (style.fill) this.pdf.setFillColor(style.fill);
    if (style.stroke) this.applyStroke(style.stroke);
    if (style.fill && style.stroke) return 'FD';
    if (style.fill) return 'F';
    if (style.stroke) return 'S';
    return null;
  }

  rect(x: number, y: number, width: number, height: number, style: ShapeStyle, radius = 0): void {
    const op = this.apply(style);
    if (!op) return;
    const r = Math.min(radius, width / 2, height / 2);
    if (r > 0) this.pdf.roundedRect(x, y, width, height, r, r, op);
    else this.pdf.rect(x, y, width, height, op);
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke: StrokeStyle): void {
    this.applyStroke(stroke);
    this.pdf.line(x1, y1, x2, y2, 'S');
  }

  path(commands: readonly PathCommand[], style: ShapeStyle): void {
    const op = this.apply(style);
    if (!op || commands.length === 0) return;
    const pdf = this.pdf;
    for (const c of commands) {
      switch (c.op) {
        case 'M':
          pdf.moveTo(c.x, c.y);
          break;
        case 'L':
          pdf.lineTo(c.x, c.y);
          break;
        case 'C':
          pdf.curveTo(c.x1, c.y1, c.x2, c.y2, c.x, c.y);
          break;
        case 'Z':
          pdf.close();
          break;
      }
    }
    if (op === 'FD') pdf.fillStroke();
    else if (op === 'F') pdf.fill();
    else pdf.stroke();
  }

  circle(cx: number, cy: number, r: number, style: ShapeStyle): void {
    const op = this.apply(style);
    if (op) this.pdf.circle(cx, cy, r, op);
  }

  text(text: string, x: number, y: number, style: TextStyle): void {
    if (!text) return;
    const align = style.align ?? 'left';
    const start = align === 'left' ? x : x - (align === 'center' ? 0.5 : 1) * this.fonts.width(text, style);
    this.pdf.setTextColor(style.color);
    this.fonts.drawText(text, start, y, style);
  }

  clipped(x: number, y: number, width: number, height: number, draw: () => void): void {
    const pdf = this.pdf;
    pdf.saveGraphicsState();
    pdf.rect(x, y, width, height, null);
    pdf.clip();
    pdf.discardPath();
    try {
      draw();
    } finally {
      pdf.restoreGraphicsState();
    }
  }
}
