// The preview reader against real output of the PDF engine (the same fonts, bundled inline here).
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import regularUri from '../../../assets/fonts/DejaVuSans.ttf?inline';
import boldUri from '../../../assets/fonts/DejaVuSans-Bold.ttf?inline';
import { emptyDocument, type ZonewrightDocument } from '../../../shared';
import { buildDiagramPdf, buildReportPdf } from '../../../shared/pdf';
import { makeDocument } from '../../../shared/testing/makeDocument';
import { IDENTITY, multiply, readPdfPage, type DisplayItem } from './pdfPage';

function bytesOf(dataUri: string): Uint8Array {
  const b64 = dataUri.slice(dataUri.indexOf(',') + 1);
  const text = atob(b64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

const fonts = { regular: bytesOf(regularUri), bold: bytesOf(boldUri) };
const date = new Date(2025, 10, 21);

const plant = (): ZonewrightDocument => {
  const doc = makeDocument({
    zones: [
      { id: 'ctl', name: 'Control zone Ω', kind: 'control', slT: { IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 2, TRE: 1, RA: 1 } },
      { id: 'dmz', name: 'Plant DMZ', kind: 'dmz' },
    ],
    assets: [
      { id: 'plc', name: 'PLC-7', type: 'plc', zoneId: 'ctl' },
      { id: 'fw', name: 'FW-1', type: 'firewall', zoneId: 'dmz' },
    ],
    conduits: [{ id: 'c1', name: 'Uplink', zoneIds: ['ctl', 'dmz'] }],
  });
  return { ...doc, meta: { name: 'Łódź water works', revision: 'C', author: 'A. Engineer' } };
};

const texts = (items: readonly DisplayItem[]) => items.flatMap((i) => (i.kind === 'text' ? [i.text] : []));

describe('PDF page reader', () => {
  it('multiplies matrices in PDF order', () => {
    expect(multiply(IDENTITY, [2, 0, 0, 2, 5, 5])).toEqual([2, 0, 0, 2, 5, 5]);
    // Translate, then scale: the translation is scaled too.
    expect(multiply([1, 0, 0, 1, 10, 0], [2, 0, 0, 3, 0, 0])).toEqual([2, 0, 0, 3, 20, 0]);
  });

  it('reads the report cover: page size, page count and the text in Unicode', async () => {
    const pdf = await buildReportPdf(plant(), { fonts, date, paper: 'a4', orientation: 'portrait' });
    const page = readPdfPage(pdf);
    expect(page.width).toBeCloseTo(595.28, 1);
    expect(page.height).toBeCloseTo(841.89, 1);
    expect(page.pageCount).toBeGreaterThan(5);
    const all = texts(page.items);
    expect(all).toContain('Cybersecurity Requirements');
    expect(all).toContain('Łódź water works');
    // The Identity-H fonts are read with their widths and ToUnicode maps.
    expect(page.fonts.length).toBeGreaterThanOrEqual(2);
    for (const f of page.fonts) {
      expect(f.codeBytes).toBe(2);
      expect(f.toUnicode.size).toBeGreaterThan(10);
      expect(f.widths.size).toBeGreaterThan(10);
    }
    // The title is set 25 pt, left at the margin, in the upper part of the page (PDF y is up).
    const title = page.items.find((i) => i.kind === 'text' && i.text === 'Cybersecurity Requirements');
    expect(title?.kind === 'text' && title.size).toBe(25);
    if (title?.kind === 'text') {
      expect(title.matrix[4]).toBeCloseTo(56, 0);
      expect(title.matrix[5]).toBeGreaterThan(page.height / 2);
      expect(title.advance).toBeGreaterThan(300);
    }
    expect(page.items.some((i) => i.kind === 'path' && i.fill)).toBe(true);
  });

  it('reads a diagram sheet in landscape with its clip, zone names and title block', async () => {
    const pdf = await buildDiagramPdf(plant(), { fonts, date, paper: 'a3', orientation: 'landscape' });
    const page = readPdfPage(pdf);
    expect(page.width).toBeCloseTo(1190.55, 1);
    expect(page.height).toBeCloseTo(841.89, 1);
    expect(page.pageCount).toBe(1);
    const all = texts(page.items);
    for (const name of ['Control zone Ω', 'Plant DMZ', 'PLC-7', 'FW-1', 'Zone and conduit diagram', '1 of 1']) expect(all).toContain(name);
    expect(page.items.some((i) => i.kind === 'path' && i.clip)).toBe(true);
    const saves = page.items.filter((i) => i.kind === 'save').length;
    expect(page.items.filter((i) => i.kind === 'restore').length).toBe(saves);
    expect(page.items.some((i) => i.kind === 'path' && i.stroke && i.stroke.width > 0)).toBe(true);
  });

  it('reads standard-font text and tells a bold face by name', () => {
    const doc = new jsPDF({ unit: 'pt', format: [300, 200], orientation: 'landscape', compress: true });
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(14);
    doc.text('Heading (1)', 20, 40);
    doc.setFont('helvetica', 'normal');
    doc.setTextColor('#ff0000');
    doc.text('Body text', 20, 80);
    const page = readPdfPage(new Uint8Array(doc.output('arraybuffer')));
    expect(page.width).toBe(300);
    const runs = page.items.filter((i): i is Extract<DisplayItem, { kind: 'text' }> => i.kind === 'text');
    expect(runs.map((r) => r.text)).toEqual(['Heading (1)', 'Body text']);
    expect(runs[0]!.font?.bold).toBe(true);
    expect(runs[1]!.font?.bold).toBe(false);
    expect(runs[1]!.color).toBe('#ff0000');
    // 40 pt from the top is 160 pt from the bottom.
    expect(runs[0]!.matrix[5]).toBeCloseTo(160, 0);
  });

  it('refuses what is not a PDF', () => {
    expect(() => readPdfPage(new TextEncoder().encode('hello'))).toThrow(/not a PDF/);
    expect(() => readPdfPage(new TextEncoder().encode('%PDF-1.3\n%%EOF'))).toThrow(/no pages/);
  });

  it('reads an empty project too', async () => {
    const page = readPdfPage(await buildDiagramPdf(emptyDocument(), { fonts, date }));
    expect(texts(page.items)).toContain('The project has no zones or assets yet.');
  });
});
