/** A jsPDF document set up the Zonewright way: points, compressed, fonts, deterministic metadata. */
import { jsPDF } from 'jspdf';
import type { ZonewrightDocument } from '../model/document';
import { FontBook, type PdfFonts } from './fonts';
import type { PageSize } from './paper';

export interface PdfMetadata {
  readonly title: string;
  readonly subject: string;
  readonly author?: string;
  readonly keywords?: string;
}

/** A 128-bit FNV-1a style hash as 32 hex digits: a stable PDF file id for the same input. */
export function fileIdOf(text: string): string {
  const lanes = [0x811c9dc5, 0x01000193, 0x2f2f2f2f, 0x6b6b6b6b];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    for (let l = 0; l < 4; l++) lanes[l] = Math.imul(lanes[l]! ^ (c + l * 131), 0x01000193) >>> 0;
  }
  return lanes.map((v) => v.toString(16).padStart(8, '0')).join('').toUpperCase();
}

/** Every string of the document that may be printed (and a few that will not): for the font check. */
export function documentTexts(doc: ZonewrightDocument, extra: readonly string[] = []): string[] {
  return [JSON.stringify(doc), ...extra];
}

/**
 * Whether printing `doc` needs the CJK fallback font: some text has a character DejaVu Sans lacks.
 * Lets the app fetch the 4 MB fallback file only for the projects that need it.
 */
export function needsFallbackFont(doc: ZonewrightDocument, fonts: Pick<PdfFonts, 'regular' | 'bold'>): boolean {
  const book = FontBook.create(new jsPDF({ unit: 'pt' }), { regular: fonts.regular, bold: fonts.bold }, []);
  return documentTexts(doc).some((t) => book.lacksGlyphs(t));
}

export interface NewPdf {
  readonly pdf: jsPDF;
  readonly fonts: FontBook;
}

export function newPdf(first: PageSize, fonts: PdfFonts, texts: Iterable<string>, meta: PdfMetadata, date: Date): NewPdf {
  const pdf = new jsPDF({
    unit: 'pt',
    format: [first.width, first.height],
    orientation: first.width > first.height ? 'landscape' : 'portrait',
    compress: true,
    putOnlyUsedFonts: true,
  });
  const book = FontBook.create(pdf, fonts, texts);
  // jspdf-autotable asks for the font list before every cell; the fonts are fixed from here on,
  // so the list is built once (this saves a tenth of the time of a big report).
  const fontList = pdf.getFontList();
  pdf.getFontList = () => fontList;
  pdf.setProperties({
    title: meta.title,
    subject: meta.subject,
    creator: 'Zonewright',
    ...(meta.author ? { author: meta.author } : {}),
    ...(meta.keywords ? { keywords: meta.keywords } : {}),
  });
  pdf.setCreationDate(date);
  pdf.setFileId(fileIdOf(`${meta.title}\u0000${date.toISOString()}`));
  pdf.setLanguage('en');
  return { pdf, fonts: book };
}

export function addPage(pdf: jsPDF, size: PageSize): void {
  pdf.addPage([size.width, size.height], size.width > size.height ? 'landscape' : 'portrait');
}

export function pdfBytes(pdf: jsPDF): Uint8Array {
  return new Uint8Array(pdf.output('arraybuffer'));
}
