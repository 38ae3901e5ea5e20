import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../../shared/testing/makeDocument';
import { dataFile } from './exporter';
import { baseName, DEFAULT_OPTIONS, fileName, jobFor, outputFormat, stepLabel, type ExportOptions } from './options';
import { crc32, pngResolution, withResolution } from './png';

const doc = makeDocument({
  meta: { name: 'Plant: A/B "north" <2025>' },
  zones: [{ id: 'z', name: 'Cell', kind: 'control', slT: { IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 1, TRE: 1, RA: 1 } }],
  assets: [{ id: 'p', name: 'PLC-1', type: 'plc', zoneId: 'z', vendor: 'ACME' }],
});
const opts = (patch: Partial<ExportOptions>): ExportOptions => ({ ...DEFAULT_OPTIONS, ...patch });

describe('export options', () => {
  it('names files after the project, without characters file systems refuse', () => {
    expect(baseName(doc)).toBe('Plant- A-B -north- -2025-');
    expect(fileName({ ...doc, meta: { ...doc.meta, revision: 'B' } }, opts({ what: 'report' }))).toBe('Plant- A-B -north- -2025- - CRS rev B.pdf');
    expect(fileName(doc, opts({ what: 'report' }))).toBe('Plant- A-B -north- -2025- - CRS.pdf');
    expect(fileName(doc, opts({ what: 'diagram', diagramFormat: 'png' }))).toMatch(/ - diagram\.png$/);
    expect(fileName(doc, opts({ what: 'data', dataFormat: 'xlsx' }))).toMatch(/ - inventory and requirements\.xlsx$/);
    expect(fileName(doc, opts({ what: 'data', dataFormat: 'csv-requirements' }))).toMatch(/ - requirements\.csv$/);
    expect(baseName({ ...doc, meta: { name: '...' } })).toBe('project');
  });

  it('maps the choices to a format and a job', () => {
    expect(outputFormat(opts({ what: 'report' })).mimeType).toBe('application/pdf');
    expect(outputFormat(opts({ what: 'diagram', diagramFormat: 'svg' })).mimeType).toBe('image/svg+xml');
    expect(outputFormat(opts({ what: 'data', dataFormat: 'csv-inventory' })).mimeType).toBe('text/csv');
    const date = new Date(2025, 0, 2);
    expect(jobFor(doc, opts({ what: 'diagram', diagramLayout: 'tile', paper: 'a1', orientation: 'landscape' }), date, 'Z')).toMatchObject({ kind: 'diagram-pdf', layout: 'tile', paper: 'a1', orientation: 'landscape', date: date.getTime() });
    expect(jobFor(doc, opts({ what: 'diagram', diagramFormat: 'png' }), date, 'Z')).toMatchObject({ kind: 'diagram-svg' });
    expect(jobFor(doc, opts({ what: 'data' }), date, 'Z')).toBeUndefined();
  });

  it('moves the progress bar forward step by step', () => {
    const steps = ['start', 'glyphs', 'cjk', 'layout', 'draw', 'finish', 'raster', 'save'] as const;
    const fractions = steps.map((s) => stepLabel(s, DEFAULT_OPTIONS).fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(stepLabel('draw', opts({ what: 'report' })).text).toMatch(/report/);
  });

  it('writes the data tables as a workbook with two sheets, or one table as CSV', () => {
    const date = new Date(Date.UTC(2025, 0, 2));
    const xlsx = dataFile(doc, opts({ what: 'data', dataFormat: 'xlsx' }), date);
    expect(xlsx.summary).toMatch(/^1 asset, \d+ requirements$/);
    const files = unzipSync(xlsx.data as Uint8Array);
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="Asset inventory"');
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="Requirements"');
    expect(strFromU8(files['xl/sharedStrings.xml']!)).toContain('PLC-1');
    const csv = dataFile(doc, opts({ what: 'data', dataFormat: 'csv-inventory' }), date);
    expect(csv.data).toMatch(/^asset id,asset,/);
    expect(csv.data).toContain('p,PLC-1,PLC,Embedded device,z,Cell,1,,ACME');
    expect(dataFile(doc, opts({ what: 'data', dataFormat: 'csv-requirements' }), date).data).toContain('SR 1.1');
  });
});

describe('PNG helpers', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('lowers the resolution of sheets too large for one canvas', () => {
    expect(pngResolution(595.28, 841.89, 300)).toBe(300);
    const a1 = pngResolution(2383.94, 1683.78, 300);
    expect(a1).toBeLessThan(300);
    expect(((2383.94 * a1) / 72) * ((1683.78 * a1) / 72)).toBeLessThanOrEqual(60_000_000);
  });

  it('stamps the resolution into the PNG after IHDR, replacing an existing pHYs', () => {
    // A 1×1 PNG with an IHDR, a pHYs (72 dpi), an IDAT and an IEND.
    const chunk = (type: string, data: number[]) => {
      const body = new Uint8Array([...new TextEncoder().encode(type), ...data]);
      const out = new Uint8Array(12 + data.length);
      const v = new DataView(out.buffer);
      v.setUint32(0, data.length);
      out.set(body, 4);
      v.setUint32(8 + data.length, crc32(body));
      return [...out];
    };
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
      ...chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]),
      ...chunk('pHYs', [0, 0, 11, 19, 0, 0, 11, 19, 1]),
      ...chunk('IDAT', [1, 2, 3]),
      ...chunk('IEND', []),
    ]);
    const out = withResolution(png, 300);
    const text = String.fromCharCode(...out);
    expect(text.indexOf('pHYs')).toBe(37);
    expect(text.split('pHYs')).toHaveLength(2);
    expect(text).toContain('IDAT');
    expect(text.endsWith('IEND\xaeB`\x82')).toBe(true);
    const v = new DataView(out.buffer);
    expect(v.getUint32(41)).toBe(Math.round(300 / 0.0254));
    expect(v.getUint32(50)).toBe(crc32(out.subarray(37, 50)));
  });
});
