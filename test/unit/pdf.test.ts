// The drawing engine: path data, icons, fonts, the scene, and the PDF and SVG backends.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../shared/analysis/context';
import { withLayout } from '../../shared/layout';
import { ASSET_TYPES } from '../../shared/model/kinds';
import type { ZonewrightDocument } from '../../shared/model/document';
import { loadDocument } from '../../shared/model/load';
import { uniformSl } from '../../shared/model/securityLevels';
import {
  assetIcon,
  buildDiagramPdf,
  buildDiagramSvg,
  buildReportPdf,
  buildScene,
  FALLBACK_FAMILY,
  FONT_FAMILY,
  FontBook,
  needsFallbackFont,
  pageSize,
  paintScene,
  parsePath,
  placeConduitLabels,
  slChipText,
  SvgSurface,
  type PathCommand,
  type PdfFonts,
  type Surface,
} from '../../shared/pdf';
import { makeDocument } from '../../shared/testing/makeDocument';

const root = join(import.meta.dirname, '..', '..');
const font = (name: string) => new Uint8Array(readFileSync(join(root, 'assets', 'fonts', name)));
const FONTS: PdfFonts = { regular: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf'), cjk: font('DroidSansFallbackFull.ttf') };
const DATE = new Date('2025-11-21T12:00:00Z');
const SAMPLES = ['purdue-reference-plant', 'water-utility', 'machine-builder-cell', 'flawed-plant'];

function sample(name: string): ZonewrightDocument {
  const r = loadDocument(JSON.parse(readFileSync(join(root, 'assets', 'samples', `${name}.zonewright.json`), 'utf8')));
  if (!r.ok) throw new Error(name);
  return r.doc;
}

function end(c: PathCommand | undefined): { x: number; y: number } | undefined {
  return c && c.op !== 'Z' ? { x: c.x, y: c.y } : undefined;
}

/** Counts what a painter asks of the surface. */
class RecordingSurface implements Surface {
  readonly calls: Record<string, number> = { rect: 0, line: 0, path: 0, circle: 0, text: 0 };
  readonly texts: string[] = [];
  constructor(private readonly measure: FontBook) {}
  width(text: string, f: { size: number; weight?: 'normal' | 'bold' }) {
    return this.measure.width(text, f);
  }
  rect(_x: number, _y: number, _w: number, _h: number, style: { fill?: string; stroke?: unknown }) {
    if (style.fill || style.stroke) this.calls.rect!++;
  }
  line() {
    this.calls.line!++;
  }
  path(commands: readonly PathCommand[]) {
    if (commands.length > 0) this.calls.path!++;
  }
  circle() {
    this.calls.circle!++;
  }
  text(text: string) {
    if (!text) return;
    this.calls.text!++;
    this.texts.push(text);
  }
  clipped(_x: number, _y: number, _w: number, _h: number, draw: () => void) {
    draw();
  }
}

describe('path data', () => {
  it('turns an SVG arc into cubic Béziers that end on the arc end point', () => {
    const path = parsePath('M4 16a8 8 0 1 1 16 0');
    expect(path[0]).toEqual({ op: 'M', x: 4, y: 16 });
    expect(path.slice(1).every((c) => c.op === 'C')).toBe(true);
    expect(path.length).toBeGreaterThanOrEqual(3);
    expect(end(path.at(-1))).toEqual({ x: 20, y: 16 });
    // The half circle's top passes through (12, 8).
    const ys = path.flatMap((c) => (c.op === 'C' ? [c.y] : []));
    expect(Math.min(...ys)).toBeCloseTo(8, 5);
  });

  it('reads relative, shorthand and flag-packed commands', () => {
    expect(parsePath('M2 2h3v4H1V0z').map((c) => c.op)).toEqual(['M', 'L', 'L', 'L', 'L', 'Z']);
    const smooth = parsePath('M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12');
    expect(end(smooth.at(-1))).toEqual({ x: 21.5, y: 12 });
    expect(end(parsePath('M0 0a1 1 0 015 0').at(-1))).toEqual({ x: 5, y: 0 });
    expect(() => parsePath('M0 0 Q')).toThrow();
  });
});

describe('icons', () => {
  it('has a vector icon for every asset type, inside the 24-unit grid of the canvas icons', () => {
    for (const type of ASSET_TYPES) {
      const icon = assetIcon(type);
      expect(icon.length, type).toBeGreaterThan(0);
      for (const shape of icon) {
        for (const c of shape.path) {
          if (c.op === 'Z') continue;
          const xs = c.op === 'C' ? [c.x1, c.x2, c.x] : [c.x];
          const ys = c.op === 'C' ? [c.y1, c.y2, c.y] : [c.y];
          for (const v of [...xs, ...ys]) {
            expect(v, type).toBeGreaterThanOrEqual(0.5);
            expect(v, type).toBeLessThanOrEqual(23.5);
          }
        }
      }
    }
  });
});

describe('fonts', () => {
  const book = FontBook.create(new jsPDF({ unit: 'pt' }), FONTS, ['東京']);

  it('measures Latin, Polish, Cyrillic and CJK text with the embedded fonts', () => {
    for (const text of ['Reactor cell 1', 'Łódź', 'Диспетчерская', '東京']) expect(book.width(text, { size: 10 }), text).toBeGreaterThan(5);
    expect(book.width('Reactor', { size: 20 })).toBeCloseTo(2 * book.width('Reactor', { size: 10 }), 6);
    expect(book.width('W', { size: 10, weight: 'bold' })).toBeGreaterThan(book.width('W', { size: 10 }));
  });

  it('sets mixed Latin and CJK text run by run, each in a font that has its glyphs', () => {
    const runs = book.runs('Zone 東京 Ost');
    expect(runs.map((r) => r.family)).toEqual([FONT_FAMILY, FALLBACK_FAMILY, FONT_FAMILY]);
    expect(runs.map((r) => r.text).join('')).toBe('Zone 東京 Ost');
  });

  it('never drops text it cannot set: missing glyphs become a replacement character', () => {
    const latinOnly = FontBook.create(new jsPDF({ unit: 'pt' }), { regular: FONTS.regular, bold: FONTS.bold }, ['東京']);
    expect(latinOnly.hasFallback).toBe(false);
    expect(latinOnly.runs('A 東京 B').map((r) => r.text).join('')).toBe('A \ufffd\ufffd B');
  });

  it('tells the app whether a project needs the CJK font before it fetches the file', () => {
    const latin = makeDocument({ zones: [{ id: 'z1', name: 'Zürich Łódź Москва', kind: 'control' }] });
    const cjk = makeDocument({ zones: [{ id: 'z1', name: '東京', kind: 'control' }] });
    expect(needsFallbackFont(latin, FONTS)).toBe(false);
    expect(needsFallbackFont(cjk, FONTS)).toBe(true);
  });

  it('adds the CJK font only when some text needs it', () => {
    expect(FontBook.create(new jsPDF({ unit: 'pt' }), FONTS, ['Zürich', 'Москва']).hasFallback).toBe(false);
    expect(book.hasFallback).toBe(true);
  });
});

describe('diagram', () => {
  it.each(SAMPLES)('marks the conduits of %s with a shield exactly where the analysis sees a boundary device', async (name) => {
    const doc = await withLayout(sample(name));
    const ctx = buildContext(doc);
    for (const c of buildScene(doc).conduits) expect(c.shielded, c.conduit.name).toBe(ctx.boundaryDevicesOn(c.conduit).length > 0);
  });

  it('draws parallel conduits between the same two zones apart', async () => {
    const scene = buildScene(await withLayout(sample('water-utility')));
    const pairs = new Map<string, { x: number; y: number }[]>();
    for (const c of scene.conduits) {
      const key = [...c.conduit.zoneIds].sort().join('|');
      const s = c.segments[0]!;
      pairs.set(key, [...(pairs.get(key) ?? []), { x: (s.from.x + s.to.x) / 2, y: (s.from.y + s.to.y) / 2 }]);
    }
    const parallel = [...pairs.values()].filter((mids) => mids.length > 1);
    expect(parallel.length).toBeGreaterThan(0);
    for (const [a, b] of parallel) expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(10);
  });

  it.each(SAMPLES)('keeps the conduit labels of %s clear of each other', async (name) => {
    const scene = buildScene(await withLayout(sample(name)));
    const labels = placeConduitLabels(scene, FontBook.create(new jsPDF({ unit: 'pt' }), FONTS, []));
    expect(labels.length).toBe(scene.conduits.length);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!.rect;
        const b = labels[j]!.rect;
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
      }
    }
  });

  it('asks the SVG backend for exactly the primitives the painter draws', async () => {
    const doc = await withLayout(sample('purdue-reference-plant'));
    const scene = buildScene(doc);
    const book = FontBook.create(new jsPDF({ unit: 'pt' }), FONTS, []);
    const recording = new RecordingSurface(book);
    const view = { scale: 0.5, dx: 10, dy: 10 };
    paintScene(recording, scene, view);
    const svg = new SvgSurface(book, 1000, 1000);
    paintScene(svg, scene, view);
    const markup = svg.toString();
    const count = (tag: string) => (markup.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length;
    // The background rectangle of the SVG page is the one extra rect.
    expect(count('rect') - 1).toBe(recording.calls.rect);
    expect(count('line')).toBe(recording.calls.line);
    expect(count('path')).toBe(recording.calls.path);
    expect(count('text')).toBe(recording.calls.text);
    for (const z of doc.zones) expect(recording.texts).toContain(z.name);
  });

  it('writes the SL-T chip as the canvas does', () => {
    expect(slChipText('SL-T', { IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 2, TRE: 1, RA: 1 })).toBe('SL-T IAC2 UC2 SI2 DC1 RDF2 TRE1 RA1');
    expect(slChipText('SL-T', undefined)).toBe('SL-T not set');
  });

  it('escapes markup in names in the SVG', async () => {
    const doc = makeDocument({ zones: [{ id: 'z1', name: 'Cell <1> & "2"', kind: 'control', slT: 1 }], assets: [{ id: 'a1', name: "O'Brien's PLC", type: 'plc', zoneId: 'z1' }] });
    const svg = await buildDiagramSvg(doc, { fonts: FONTS, date: DATE });
    expect(svg).toContain('Cell &lt;1&gt; &amp; &quot;2&quot;');
    expect(svg).toContain('O&apos;Brien&apos;s PLC');
    expect(svg).not.toContain('<1>');
  });

  it('sets the PDF page to the paper and orientation asked for, in points', () => {
    expect(pageSize('a4', 'portrait')).toEqual({ width: 595.28, height: 841.89 });
    expect(pageSize('a3', 'landscape')).toEqual({ width: 1190.55, height: 841.89 });
    expect(pageSize('letter', 'landscape')).toEqual({ width: 792, height: 612 });
  });

  it('gives the same bytes for the same document and date', async () => {
    const doc = sample('machine-builder-cell');
    const a = await buildDiagramPdf(doc, { fonts: FONTS, date: DATE });
    const b = await buildDiagramPdf(doc, { fonts: FONTS, date: DATE });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('lays out and draws a document saved without any position', async () => {
    const doc = makeDocument({
      zones: [
        { id: 'z1', name: 'Office', kind: 'enterprise', slT: 1 },
        { id: 'z2', name: 'Cell', kind: 'control', slT: 2 },
      ],
      assets: [
        { id: 'a1', name: 'Firewall', type: 'firewall', zoneId: 'z2' },
        { id: 'a2', name: 'PLC', type: 'plc', zoneId: 'z2' },
      ],
      conduits: [{ id: 'c1', name: 'Office to cell', zoneIds: ['z1', 'z2'], boundaryDevices: ['a1'] }],
    });
    const svg = await buildDiagramSvg(doc, { fonts: FONTS, date: DATE });
    for (const name of ['Office', 'Cell', 'Firewall', 'PLC', 'Office to cell']) expect(svg).toContain(`>${name}</text>`);
  });
});

describe('report', () => {
  const textOf = (pdf: Uint8Array) => execFileSync('pdftotext', ['-raw', '-', '-'], { input: Buffer.from(pdf) }).toString('utf8').replace(/\s+/g, ' ');

  it('prints the requirement states recorded in the project, with their justification, and "planned" for the rest', async () => {
    const doc = makeDocument({
      zones: [
        {
          id: 'z1',
          name: 'Cell',
          kind: 'control',
          slT: uniformSl(1),
          requirements: {
            'SR 1.1': { status: 'implemented' },
            'SR 1.3': { status: 'not-applicable', justification: 'The cell has no user accounts of its own.' },
          },
        },
      ],
      assets: [{ id: 'a1', name: 'PLC', type: 'plc', zoneId: 'z1' }],
    });
    const text = textOf(await buildReportPdf(doc, { fonts: FONTS, date: DATE }));
    expect(text).toMatch(/SR 1\.1 Human user identification and authentication FR1 IAC 1 implemented/);
    expect(text).toMatch(/SR 1\.3 Account management FR1 IAC 1 not applicable The cell has no user accounts of its own\./);
    expect(text).toMatch(/SR 1\.4 Identifier management FR1 IAC 1 planned/);
    expect(text).toMatch(/SL-A \(achieved\) 0 0 0 0 0 0 0/);
  });

  it('takes requirement statuses from the caller instead, when given', async () => {
    const doc = makeDocument({ zones: [{ id: 'z1', name: 'Cell', kind: 'control', slT: uniformSl(1) }], assets: [{ id: 'a1', name: 'PLC', type: 'plc', zoneId: 'z1' }] });
    const pdf = await buildReportPdf(doc, { fonts: FONTS, date: DATE, requirementStatus: (element, id) => (element === 'z1' && id === 'SR 1.3' ? { status: 'verified' } : undefined) });
    expect(textOf(pdf)).toMatch(/SR 1\.3 Account management FR1 IAC 1 verified/);
  });
});
