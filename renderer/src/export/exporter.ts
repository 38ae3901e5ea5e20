/**
 * One export, end to end: build the file (worker job, PNG raster or data table), save it through
 * the platform (a download in the browser, the native save dialog in the desktop shell), and say
 * what happened. Warnings (a font that did not load, a lowered PNG resolution) never stop it.
 * Also the preview: the first page of the same output, painted into an image.
 */
import { inventoryRows, inventoryTable, requirementRows, requirementTable, toCsv, toXlsx, type ZonewrightDocument } from '../../../shared';
import { version } from '../../../package.json';
import { analysisOf } from '../analysis/findings';
import { getPlatform } from '../platform';
import { canvasBlob, makeCanvas, paintPdfPage, paintSvg, svgSize } from './canvasPaint';
import { ensureCanvasFont, raceAbort } from './fonts';
import { fileName, formatBytes, jobFor, outputFormat, type ExportOptions, type ProgressStep } from './options';
import { readPdfPage } from './pdfPage';
import { svgToPng } from './png';
import { runSharedJob } from './runner';

export const GENERATOR = `Zonewright ${version}`;

export interface ExportCallbacks {
  readonly signal: AbortSignal;
  onProgress(step: ProgressStep): void;
  onWarning(message: string): void;
}

export interface ExportOutcome {
  /** Where it was saved; undefined when the user dismissed the save dialog. */
  readonly savedAs?: string;
  readonly fileName: string;
  /** e.g. `33 pages · 271 KB`. */
  readonly summary: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The data tables as a file: the inventory and requirement list in one workbook, or one as CSV. */
export function dataFile(doc: ZonewrightDocument, o: ExportOptions, date: Date): { data: Uint8Array | string; summary: string } {
  const inventory = () => inventoryTable(inventoryRows(doc));
  const requirements = () => requirementTable(requirementRows(doc, analysisOf(doc)));
  if (o.dataFormat === 'csv-inventory') {
    const t = inventory();
    return { data: toCsv(t), summary: plural(t.rows.length, 'asset') };
  }
  if (o.dataFormat === 'csv-requirements') {
    const t = requirements();
    return { data: toCsv(t), summary: plural(t.rows.length, 'requirement') };
  }
  const inv = inventory();
  const req = requirements();
  const data = toXlsx(
    [
      { name: 'Asset inventory', table: inv },
      { name: 'Requirements', table: req },
    ],
    { title: `${doc.meta.name} – asset inventory and requirements`, creator: GENERATOR, date },
  );
  return { data, summary: `${plural(inv.rows.length, 'asset')}, ${plural(req.rows.length, 'requirement')}` };
}

export async function runExport(doc: ZonewrightDocument, o: ExportOptions, callbacks: ExportCallbacks): Promise<ExportOutcome> {
  const { signal } = callbacks;
  const date = new Date();
  const name = fileName(doc, o);
  const format = outputFormat(o);
  let data: Uint8Array | string;
  let summary: string;
  const job = jobFor(doc, o, date, GENERATOR);
  if (!job) {
    ({ data, summary } = dataFile(doc, o, date));
  } else {
    const result = await runSharedJob(job, { signal, onProgress: callbacks.onProgress, onWarning: callbacks.onWarning });
    if (result.bytes) {
      data = result.bytes;
      const pages = readPageCount(result.bytes);
      summary = pages ? plural(pages, 'page') : '';
    } else if (o.diagramFormat === 'png') {
      callbacks.onProgress('raster');
      const png = await svgToPng(result.svg ?? '', o.dpi, { cjk: result.fallback === 'embedded', signal });
      png.warnings.forEach(callbacks.onWarning);
      data = png.bytes;
      summary = `${png.width} × ${png.height} px at ${png.dpi} dpi`;
    } else {
      data = result.svg ?? '';
      summary = 'one sheet';
    }
  }
  if (signal.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
  callbacks.onProgress('save');
  const size = typeof data === 'string' ? new TextEncoder().encode(data).length : data.length;
  const saved = await getPlatform().exportFile({ suggestedName: name, mimeType: format.mimeType, data });
  return { ...(saved ? { savedAs: saved.path ?? saved.name } : {}), fileName: saved?.name ?? name, summary: [summary, formatBytes(size)].filter(Boolean).join(' · ') };
}

function readPageCount(bytes: Uint8Array): number | undefined {
  try {
    return readPdfPage(bytes).pageCount || undefined;
  } catch {
    return undefined;
  }
}

export interface Preview {
  readonly url: string;
  /** Page size in points. */
  readonly width: number;
  readonly height: number;
  readonly pageCount: number;
}

/**
 * Page 1 of what the options produce, as a PNG blob URL (the caller revokes it): the PDF's real
 * first page read back from its bytes, or the SVG sheet. `pixels` is the longest side wanted.
 */
export async function renderPreview(doc: ZonewrightDocument, o: ExportOptions, pixels: number, signal: AbortSignal, onWarning: (message: string) => void): Promise<Preview> {
  const job = jobFor(doc, o, new Date(), GENERATOR);
  if (!job) throw new Error('data exports have no page to preview');
  const result = await runSharedJob(job, { signal, onWarning });
  await raceAbort(Promise.all([ensureCanvasFont('regular'), ensureCanvasFont('bold'), result.fallback === 'embedded' ? ensureCanvasFont('cjk') : Promise.resolve(true)]), signal);
  let width: number;
  let height: number;
  let pageCount = 1;
  let paint: (ctx: CanvasRenderingContext2D, scale: number) => void;
  if (result.bytes) {
    const page = readPdfPage(result.bytes);
    ({ width, height, pageCount } = page);
    paint = (ctx, scale) => paintPdfPage(ctx, page, scale);
  } else {
    const svg = result.svg ?? '';
    ({ width, height } = svgSize(svg));
    paint = (ctx, scale) => paintSvg(ctx, svg, scale);
  }
  const scale = pixels / Math.max(width, height);
  const { canvas, ctx } = makeCanvas(width * scale, height * scale);
  paint(ctx, scale);
  const blob = await raceAbort(canvasBlob(canvas), signal);
  canvas.width = 0;
  canvas.height = 0;
  return { url: URL.createObjectURL(blob), width, height, pageCount: Math.max(1, pageCount) };
}
