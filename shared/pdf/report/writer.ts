/**
 * A flowing document on top of jsPDF: a cursor that moves down the page, headings, paragraphs,
 * key–value blocks and tables (jspdf-autotable) in one typography, page breaks that keep a heading
 * with what follows, and a final pass for the running header and footer ("page x of n").
 */
import type { jsPDF } from 'jspdf';
import { autoTable, type CellHookData, type RowInput, type Styles, type UserOptions } from 'jspdf-autotable';
import { addPage } from '../document';
import { FONT_FAMILY, wrapText, type FontBook } from '../fonts';
import type { PageSize } from '../paper';
import type { Color, FontSpec, FontWeight } from '../surface';
import { INK } from '../theme';

export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** One column of a table. */
export interface ColumnSpec {
  readonly header: string;
  /** Width in points, or `auto` (shares what is left), or `wrap` (as wide as its content). */
  readonly width?: number | 'auto' | 'wrap';
  readonly align?: 'left' | 'center' | 'right';
  readonly bold?: boolean;
  readonly color?: Color;
  readonly font?: 'normal' | 'small';
}

/** One paragraph of a rich cell, in its own weight and colour. */
export interface RichSegment {
  readonly text: string;
  readonly bold?: boolean;
  readonly color?: Color;
}

/** A cell: text, text with its own colour or weight, or paragraphs in different styles. */
export type CellValue =
  | string
  | number
  | { readonly text: string; readonly color?: Color; readonly bold?: boolean }
  | { readonly rich: readonly RichSegment[] };

interface CellLine {
  readonly text: string;
  readonly weight: FontWeight;
  readonly color: Color;
}

const hex = (c: readonly [number, number, number]): Color => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

export interface TocEntry {
  readonly level: 1 | 2;
  readonly title: string;
  readonly page: number;
}

function fitSizeTo(fonts: FontBook, text: string, width: number, size: number): number {
  const w = fonts.width(text, { size });
  return w <= width ? size : Math.max(4.5, (size * width) / w);
}

const rgb = (hex: Color): [number, number, number] => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];

export const TYPE = {
  body: 9,
  small: 7.6,
  table: 7.8,
  caption: 6.8,
  h1: 15,
  h2: 11.5,
  h3: 7.4,
  leading: 1.38,
} as const;

export class ReportWriter {
  /** Where the next block starts. */
  y: number;
  readonly toc: TocEntry[] = [];
  /** Pages (1-based) that carry no running header and footer. */
  readonly bare = new Set<number>();

  constructor(
    readonly pdf: jsPDF,
    readonly fonts: FontBook,
    readonly page: PageSize,
    readonly margins: Margins,
  ) {
    this.y = margins.top;
  }

  get contentWidth(): number {
    return this.page.width - this.margins.left - this.margins.right;
  }

  get bottom(): number {
    return this.page.height - this.margins.bottom;
  }

  get pageNumber(): number {
    return this.pdf.getNumberOfPages();
  }

  newPage(size: PageSize = this.page): void {
    addPage(this.pdf, size);
    this.y = this.margins.top;
  }

  /** Starts a new page unless `height` points still fit below the cursor. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  space(points: number): void {
    this.y += points;
  }

  text(text: string, x: number, y: number, font: FontSpec & { color?: Color; align?: 'left' | 'center' | 'right' }): void {
    const align = font.align ?? 'left';
    const start = align === 'left' ? x : x - (align === 'center' ? 0.5 : 1) * this.fonts.width(text, font);
    this.pdf.setTextColor(font.color ?? INK.text);
    this.fonts.drawText(text, start, y, font);
  }

  rule(y = this.y, color: Color = INK.rule, width = 0.5): void {
    this.pdf.setDrawColor(color);
    this.pdf.setLineWidth(width);
    this.pdf.setLineDashPattern([], 0);
    this.pdf.line(this.margins.left, y, this.margins.left + this.contentWidth, y);
  }

  /** Section heading: number in the accent colour, title, grey rule; always starts high on a page. */
  h1(number: string, title: string, options: { newPage?: boolean } = {}): void {
    if (options.newPage ?? true) {
      if (this.y > this.margins.top) this.newPage();
    } else this.ensure(90);
    this.toc.push({ level: 1, title: `${number}  ${title}`, page: this.pageNumber });
    this.pdf.outline.add(null, `${number} ${title}`, { pageNumber: this.pageNumber });
    const base = this.y + TYPE.h1;
    this.text(number, this.margins.left, base, { size: TYPE.h1, weight: 'bold', color: INK.accent });
    this.text(title, this.margins.left + 28, base, { size: TYPE.h1, weight: 'bold' });
    this.y = base + 8;
    this.rule(this.y, INK.rule, 0.6);
    this.y += 14;
  }

  /** Subsection heading (a zone, a conduit), kept with at least `keep` points of what follows. */
  h2(number: string, title: string, subtitle?: string, keep = 80): void {
    this.ensure(keep + 30);
    this.toc.push({ level: 2, title: `${number}  ${title}`, page: this.pageNumber });
    const base = this.y + TYPE.h2;
    this.text(number, this.margins.left, base, { size: TYPE.h2, weight: 'bold', color: INK.accent });
    const numberWidth = Math.max(34, this.fonts.width(number, { size: TYPE.h2, weight: 'bold' }) + 10);
    const titleLines = wrapText(this.fonts, title, { size: TYPE.h2, weight: 'bold' }, this.contentWidth - numberWidth);
    titleLines.forEach((line, i) => this.text(line, this.margins.left + numberWidth, base + i * TYPE.h2 * 1.25, { size: TYPE.h2, weight: 'bold' }));
    this.y = base + (titleLines.length - 1) * TYPE.h2 * 1.25 + 4;
    if (subtitle) {
      this.y += TYPE.small + 2;
      this.text(subtitle, this.margins.left + numberWidth, this.y, { size: TYPE.small, color: INK.muted });
      this.y += 3;
    }
    this.y += 10;
  }

  /** A small upper-case caption over a block ("ASSETS", "REQUIREMENTS"). */
  h3(title: string, keep = 40): void {
    this.ensure(keep + 16);
    this.y += 4;
    this.text(title.toUpperCase(), this.margins.left, this.y + TYPE.h3, { size: TYPE.h3, weight: 'bold', color: INK.muted });
    this.y += TYPE.h3 + 6;
  }

  /** Wrapped text, breaking across pages line by line. */
  paragraph(text: string, options: { size?: number; color?: Color; bold?: boolean; indent?: number; after?: number } = {}): void {
    const size = options.size ?? TYPE.body;
    const font: FontSpec = { size, weight: options.bold ? 'bold' : 'normal' };
    const indent = options.indent ?? 0;
    const lead = size * TYPE.leading;
    for (const line of wrapText(this.fonts, text, font, this.contentWidth - indent)) {
      this.ensure(lead);
      this.text(line, this.margins.left + indent, this.y + size, { ...font, color: options.color ?? INK.text });
      this.y += lead;
    }
    this.y += options.after ?? 6;
  }

  private baseStyles(): Partial<Styles> {
    return {
      font: FONT_FAMILY,
      fontStyle: 'normal',
      fontSize: TYPE.table,
      textColor: rgb(INK.text),
      cellPadding: { top: 3.2, bottom: 3.2, left: 4, right: 4 },
      lineColor: rgb(INK.ruleLight),
      lineWidth: { bottom: 0.5 },
      valign: 'top',
      overflow: 'linebreak',
    };
  }

  /**
   * A table that breaks across pages with its header repeated. Cells whose text needs the
   * fallback font are measured and set run by run (autotable knows one font per cell).
   */
  table(columns: readonly ColumnSpec[], rows: readonly (readonly CellValue[])[], options: { fontSize?: number; after?: number; headless?: boolean; keyColumn?: boolean } = {}): void {
    const fontSize = options.fontSize ?? TYPE.table;
    const fonts = this.fonts;
    const custom = new Map<object, { lines: CellLine[]; next: number }>();
    const drawing = new Map<object, CellLine[]>();
    const columnStyles: Record<string, Partial<Styles>> = {};
    columns.forEach((c, i) => {
      columnStyles[i] = {
        ...(typeof c.width === 'number' ? { cellWidth: c.width } : c.width ? { cellWidth: c.width } : {}),
        ...(c.align ? { halign: c.align } : {}),
        ...(c.bold ? { fontStyle: 'bold' as const } : {}),
        ...(c.color ? { textColor: rgb(c.color) } : {}),
        ...(c.font === 'small' ? { fontSize: fontSize - 0.8 } : {}),
      };
    });
    const body: RowInput[] = rows.map((row) =>
      row.map((cell) => {
        if (typeof cell === 'object' && 'rich' in cell) return { content: cell.rich.map((r) => r.text).join('\n'), rich: cell.rich };
        if (typeof cell === 'object') {
          return { content: cell.text, styles: { ...(cell.color ? { textColor: rgb(cell.color) } : {}), ...(cell.bold ? { fontStyle: 'bold' as const } : {}) } };
        }
        return String(cell);
      }),
    );
    const userOptions: UserOptions = {
      startY: this.y,
      margin: { top: this.margins.top, right: this.margins.right, bottom: this.margins.bottom, left: this.margins.left },
      theme: 'plain',
      showHead: options.headless ? 'never' : 'everyPage',
      rowPageBreak: 'avoid',
      styles: { ...this.baseStyles(), fontSize },
      headStyles: { fontStyle: 'bold', fillColor: rgb(INK.shade), textColor: rgb(INK.muted), fontSize: fontSize - 0.6, lineWidth: { bottom: 0.7 }, lineColor: rgb(INK.rule) },
      columnStyles,
      ...(options.headless ? {} : { head: [columns.map((c) => c.header)] }),
      body,
      didParseCell: (data: CellHookData) => {
        const raw = data.cell.raw as { rich?: readonly RichSegment[] } | null;
        const rich = raw && typeof raw === 'object' && 'rich' in raw ? raw.rich : undefined;
        const text = data.cell.text.join('\n');
        if (!rich && !fonts.needsFallback(text)) return;
        // Wrap with our own measure (it knows both fonts and the segment styles); draw the lines ourselves.
        const styles = data.cell.styles;
        const baseWeight: FontWeight = styles.fontStyle === 'bold' ? 'bold' : 'normal';
        const baseColor = Array.isArray(styles.textColor) ? hex(styles.textColor as [number, number, number]) : INK.text;
        const segments = rich ?? [{ text }];
        const lines: CellLine[] = [];
        styles.overflow = (_: string | string[], width: number) => {
          lines.length = 0;
          for (const seg of segments) {
            const weight = seg.bold ? 'bold' : baseWeight;
            for (const line of wrapText(fonts, seg.text, { size: styles.fontSize, weight }, width)) lines.push({ text: line, weight, color: seg.color ?? baseColor });
          }
          return lines.map((l) => l.text);
        };
        custom.set(data.cell, { lines, next: 0 });
      },
      willDrawCell: (data: CellHookData) => {
        const entry = custom.get(data.cell);
        if (!entry) return;
        // A row split over two pages draws part of its lines on each.
        drawing.set(data.cell, entry.lines.slice(entry.next, entry.next + data.cell.text.length));
        entry.next += data.cell.text.length;
        data.cell.text = [];
      },
      didDrawCell: (data: CellHookData) => {
        const lines = drawing.get(data.cell);
        if (!lines || lines.length === 0) return;
        drawing.delete(data.cell);
        const size = data.cell.styles.fontSize;
        const lineHeight = size * this.pdf.getLineHeightFactor();
        const top = data.cell.y + data.cell.padding('top');
        const inner = data.cell.width - data.cell.padding('horizontal');
        const align = data.cell.styles.halign;
        lines.forEach((line, i) => {
          const width = fonts.width(line.text, { size, weight: line.weight });
          const x = data.cell.x + data.cell.padding('left') + (align === 'right' ? inner - width : align === 'center' ? (inner - width) / 2 : 0);
          this.pdf.setTextColor(line.color);
          // The baseline autotable itself uses: 0.85 of the size below the top of the line.
          fonts.drawText(line.text, x, top + i * lineHeight + size * 0.85, { size, weight: line.weight });
        });
      },
    };
    if (options.keyColumn) userOptions.columnStyles = { ...columnStyles, 0: { ...columnStyles[0], textColor: rgb(INK.muted), fontStyle: 'normal' } };
    autoTable(this.pdf, userOptions);
    const last = (this.pdf as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable;
    this.y = (last?.finalY ?? this.y) + (options.after ?? 12);
    this.fonts.pdf.setFont(FONT_FAMILY, 'normal');
  }

  /** Label–value pairs as a two-column table without header. */
  keyValues(pairs: readonly (readonly [string, CellValue])[], options: { labelWidth?: number; after?: number } = {}): void {
    this.table(
      [
        { header: '', width: options.labelWidth ?? 130 },
        { header: '', width: 'auto' },
      ],
      pairs.map(([k, v]) => [k, v]),
      { headless: true, keyColumn: true, ...(options.after !== undefined ? { after: options.after } : {}) },
    );
  }

  /**
   * Running header and footer on every page but the bare ones: the document title, the section
   * the page belongs to (so a table continued from the page before still says whose it is),
   * and "Page x of n".
   */
  finishPages(left: string, footerLeft: string): void {
    const total = this.pdf.getNumberOfPages();
    for (let p = 1; p <= total; p++) {
      if (this.bare.has(p)) continue;
      this.pdf.setPage(p);
      const info = this.pdf.getPageInfo(p) as unknown as { pageContext?: { mediaBox?: { topRightX: number; topRightY: number } } };
      const box = info.pageContext?.mediaBox;
      const width = box ? box.topRightX : this.page.width;
      const height = box ? box.topRightY : this.page.height;
      const l = this.margins.left;
      const r = width - this.margins.right;
      const headerY = this.margins.top - 22;
      this.pdf.setDrawColor(INK.rule);
      this.pdf.setLineWidth(0.5);
      this.pdf.setLineDashPattern([], 0);
      this.pdf.line(l, headerY + 5, r, headerY + 5);
      let section: TocEntry | undefined;
      for (const e of this.toc) if (e.page <= p) section = e;
      const leftWidth = this.fonts.width(left, { size: TYPE.caption, weight: 'bold' });
      this.text(left, l, headerY, { size: TYPE.caption, weight: 'bold', color: INK.muted });
      if (section) {
        const title = section.title.replace(/ {2}/, ' ');
        const size = fitSizeTo(this.fonts, title, r - l - leftWidth - 24, TYPE.caption);
        this.text(title, r, headerY, { size, color: INK.muted, align: 'right' });
      }
      const footerY = height - this.margins.bottom + 26;
      this.pdf.line(l, footerY - 11, r, footerY - 11);
      this.text(footerLeft, l, footerY, { size: TYPE.caption, color: INK.muted });
      this.text(`Page ${p} of ${total}`, r, footerY, { size: TYPE.caption, color: INK.muted, align: 'right' });
    }
    this.pdf.setPage(total);
  }
}
