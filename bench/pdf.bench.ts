// `node --expose-gc --import tsx bench/pdf.bench.ts`: PDF output on a generated 1,000-asset plant.
// Targets (issue 6): the CRS report under 5 s, a diagram-only PDF under 2 s; file sizes printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDiagramPdf, buildDiagramSvg, buildReportPdf, type PdfFonts } from '../shared/pdf';
import { generatePlant } from '../shared/testing/generatePlant';

const root = join(import.meta.dirname, '..');
const font = (name: string) => new Uint8Array(readFileSync(join(root, 'assets', 'fonts', name)));
const fonts: PdfFonts = { regular: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf'), cjk: font('DroidSansFallbackFull.ttf') };
const date = new Date('2025-11-21T12:00:00Z');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Cold time of the first call (fonts parsed, ELK and the catalog warmed), then the median of `runs` warm calls. */
async function time(runs: number, fn: () => Promise<Uint8Array | string>): Promise<{ cold: number; warm: number; bytes: number }> {
  gc();
  let t0 = performance.now();
  const first = await fn();
  const cold = performance.now() - t0;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return { cold, warm: median(samples), bytes: typeof first === 'string' ? Buffer.byteLength(first) : first.length };
}

const doc = generatePlant({ assets: 1_000 });
const unplaced = { ...doc, zones: doc.zones.map(({ position: _p, size: _s, ...z }) => z), assets: doc.assets.map(({ position: _p, ...a }) => a) };
console.log(`PDF output on a generated plant: ${doc.assets.length} assets, ${doc.zones.length} zones, ${doc.conduits.length} conduits, ${doc.links.length} links (Node ${process.version})`);

const rows: [string, { cold: number; warm: number; bytes: number }, number | undefined][] = [];
rows.push(['CRS report, A4 portrait', await time(5, () => buildReportPdf(doc, { fonts, date })), 5000]);
rows.push(['diagram, A3 landscape, fit to one sheet', await time(5, () => buildDiagramPdf(doc, { fonts, date, paper: 'a3', orientation: 'landscape' })), 2000]);
rows.push(['diagram, A3 landscape, tiled', await time(3, () => buildDiagramPdf(doc, { fonts, date, paper: 'a3', orientation: 'landscape', tile: true })), undefined]);
rows.push(['diagram, A4, one sheet per zone', await time(3, () => buildDiagramPdf(doc, { fonts, date, perZone: true })), undefined]);
rows.push(['diagram SVG', await time(5, () => buildDiagramSvg(doc, { fonts, date })), undefined]);
rows.push(['diagram, auto-layout (ELK) first', await time(3, () => buildDiagramPdf(unplaced, { fonts, date, paper: 'a3', orientation: 'landscape' })), undefined]);

const ms = (v: number) => `${v.toFixed(0)} ms`.padStart(9);
const kb = (v: number) => `${(v / 1024).toFixed(0)} KB`.padStart(9);
console.log('                                              first call   median    size   target');
for (const [label, r, target] of rows) {
  const verdict = target === undefined ? '' : `< ${target / 1000} s ${r.warm < target && r.cold < target ? 'met' : 'NOT MET'}`;
  console.log(`  ${label.padEnd(42)} ${ms(r.cold)} ${ms(r.warm)} ${kb(r.bytes)}   ${verdict}`);
}
