/**
 * Fonts for the PDF and SVG drawings. The caller passes the font files as bytes (the CLI reads
 * them from assets/fonts, the app fetches them), so the pure core holds no font data itself.
 * DejaVu Sans covers Latin, Greek and Cyrillic; a CJK fallback (Droid Sans Fallback) is embedded
 * only when some text of the document needs a glyph DejaVu lacks, and then only for those runs
 * of text. jsPDF subsets embedded fonts to the glyphs used.
 */
import type { jsPDF } from 'jspdf';
import type { FontSpec, FontWeight, TextMeasure } from './surface';

/** TrueType (glyf) font files. */
export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  /** Fallback for CJK (and any other glyph the regular font lacks); embedded only when needed. */
  readonly cjk?: Uint8Array;
}

export const FONT_FAMILY = 'DejaVuSans';
export const FALLBACK_FAMILY = 'ZonewrightFallback';
/** What the SVG names, so that viewers without the file pick a metric-alike. */
export const SVG_FONT_STACK = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, 'Noto Sans', 'Droid Sans Fallback', sans-serif";

const binaryCache = new WeakMap<Uint8Array, string>();

/** jsPDF's virtual file system wants a binary string. */
function binaryString(bytes: Uint8Array): string {
  let hit = binaryCache.get(bytes);
  if (hit === undefined) {
    const parts: string[] = [];
    for (let i = 0; i < bytes.length; i += 8192) parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]));
    hit = parts.join('');
    binaryCache.set(bytes, hit);
  }
  return hit;
}

interface TtfMetadata {
  characterToGlyph(code: number): number;
  widthOfGlyph(glyph: number): number;
}

/** A run of text set in one font. */
export interface TextRun {
  readonly text: string;
  readonly family: string;
  readonly style: 'normal' | 'bold';
}

/**
 * The fonts registered with one jsPDF document, with text measurement and the split of a string
 * into runs per font. Both backends measure through it, so PDF and SVG lay out alike.
 */
export class FontBook implements TextMeasure {
  private readonly main: Record<FontWeight, TtfMetadata>;
  private fallback: TtfMetadata | undefined;
  private readonly widthCache: Record<FontWeight, Map<number, number>> = { normal: new Map(), bold: new Map() };
  private readonly fallbackWidths = new Map<number, number>();

  private constructor(
    readonly pdf: jsPDF,
    private readonly fonts: PdfFonts,
  ) {
    const add = (file: string, bytes: Uint8Array, family: string, style: string) => {
      pdf.addFileToVFS(file, binaryString(bytes));
      pdf.addFont(file, family, style, undefined, 'Identity-H');
    };
    add('DejaVuSans.ttf', fonts.regular, FONT_FAMILY, 'normal');
    add('DejaVuSans-Bold.ttf', fonts.bold, FONT_FAMILY, 'bold');
    this.main = { normal: metadataOf(pdf, FONT_FAMILY, 'normal'), bold: metadataOf(pdf, FONT_FAMILY, 'bold') };
    pdf.setFont(FONT_FAMILY, 'normal');
  }

  /**
   * Registers the fonts with `pdf`. `texts` is everything that will be printed (or more): the
   * fallback font is added only when one of them has a character the main font lacks.
   */
  static create(pdf: jsPDF, fonts: PdfFonts, texts: Iterable<string>): FontBook {
    const book = new FontBook(pdf, fonts);
    if (fonts.cjk) {
      for (const text of texts) {
        if (book.missingInMain(text)) {
          book.enableFallback();
          break;
        }
      }
    }
    return book;
  }

  /** Whether the fallback font is embedded. */
  get hasFallback(): boolean {
    return this.fallback !== undefined;
  }

  private enableFallback(): void {
    if (this.fallback || !this.fonts.cjk) return;
    this.pdf.addFileToVFS('Fallback.ttf', binaryString(this.fonts.cjk));
    this.pdf.addFont('Fallback.ttf', FALLBACK_FAMILY, 'normal', undefined, 'Identity-H');
    this.fallback = metadataOf(this.pdf, FALLBACK_FAMILY, 'normal');
    this.pdf.setFont(FONT_FAMILY, 'normal');
  }

  private missingInMain(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x250 && this.main.normal.characterToGlyph(code) === 0 && !isControl(code)) return true;
    }
    return false;
  }

  /** Whether `text` has a character the main font lacks (whether or not a fallback is loaded). */
  lacksGlyphs(text: string): boolean {
    return this.missingInMain(text);
  }

  /** Whether any character of `text` needs the fallback font. */
  needsFallback(text: string): boolean {
    return this.fallback !== undefined && this.missingInMain(text);
  }

  /**
   * The text split into runs per font. Characters neither font has become U+FFFD (jsPDF would
   * otherwise drop the rest of the string), so text is never lost silently.
   */
  runs(text: string, weight: FontWeight = 'normal'): TextRun[] {
    const main = this.main[weight];
    const out: TextRun[] = [];
    let current = '';
    let inFallback = false;
    const flush = () => {
      if (current) out.push(inFallback ? { text: current, family: FALLBACK_FAMILY, style: 'normal' } : { text: current, family: FONT_FAMILY, style: weight });
      current = '';
    };
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (isControl(code)) continue;
      let ch = text[i]!;
      let fallback = false;
      if (code >= 0x250 && main.characterToGlyph(code) === 0) {
        if (this.fallback && this.fallback.characterToGlyph(code) !== 0) fallback = true;
        else ch = main.characterToGlyph(0xfffd) !== 0 ? '\ufffd' : '?';
      }
      // Spaces and punctuation shared by both stay in the current run.
      if (fallback !== inFallback && !(code === 0x20 && current)) {
        flush();
        inFallback = fallback;
      }
      current += ch;
    }
    flush();
    return out;
  }

  /** Advance width of `text` in points. */
  width(text: string, font: FontSpec): number {
    const weight = font.weight ?? 'normal';
    const main = this.main[weight];
    const cache = this.widthCache[weight];
    let units = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let w = cache.get(code);
      if (w === undefined) {
        const glyph = main.characterToGlyph(code);
        if (glyph !== 0 || code < 0x250) w = main.widthOfGlyph(glyph);
        else if (this.fallback && this.fallback.characterToGlyph(code) !== 0) {
          w = this.fallbackWidths.get(code);
          if (w === undefined) this.fallbackWidths.set(code, (w = this.fallback.widthOfGlyph(this.fallback.characterToGlyph(code))));
        } else w = main.widthOfGlyph(main.characterToGlyph(0xfffd));
        cache.set(code, w);
      }
      units += w;
    }
    return (units * font.size) / 1000;
  }

  /** Draws one line of text at the alphabetic baseline `y`, run by run. */
  drawText(text: string, x: number, y: number, font: FontSpec): void {
    const runs = this.runs(text, font.weight);
    this.pdf.setFontSize(font.size);
    let cx = x;
    for (const run of runs) {
      this.pdf.setFont(run.family, run.style);
      this.pdf.text(run.text, cx, y, { baseline: 'alphabetic' });
      cx += this.width(run.text, font);
    }
    this.pdf.setFont(FONT_FAMILY, font.weight ?? 'normal');
  }
}

function metadataOf(pdf: jsPDF, family: string, style: string): TtfMetadata {
  pdf.setFont(family, style);
  return pdf.getFont().metadata as TtfMetadata;
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code < 0xa0);
}

/** Breaks text into lines no wider than `maxWidth`: at spaces, and inside words only when a word alone is too wide. */
export function wrapText(measure: TextMeasure, text: string, font: FontSpec, maxWidth: number): string[] {
  const lines: string[] = [];
  const fits = (t: string) => measure.width(t, font) <= maxWidth;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      // A word wider than the line is broken between characters.
      for (const ch of word) {
        if (line && !fits(line + ch)) {
          lines.push(line);
          line = ch;
        } else line += ch;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The largest size, from `font.size` down to `minSize`, at which `text` fits `maxWidth`. */
export function fitSize(measure: TextMeasure, text: string, font: FontSpec, maxWidth: number, minSize: number): number {
  const w = measure.width(text, font);
  if (w <= maxWidth || w === 0) return font.size;
  return Math.max(minSize, (font.size * maxWidth) / w);
}
