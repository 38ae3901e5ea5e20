/**
 * The heavy part of an export: the PDF engine (jsPDF, jspdf-autotable, ELK) building a report or
 * a diagram. Runs in the export worker, or on the main thread when no worker can start; either
 * way through a host that reports progress, hands over the CJK font on demand and, between steps,
 * lets a cancel take effect.
 */
import { withLayout } from '../../../shared/layout';
import { buildDiagramPdf, buildDiagramSvg, buildReportPdf, needsFallbackFont } from '../../../shared/pdf';
import type { FallbackState, JobFonts, JobRequest, JobResult, JobStep } from './jobTypes';

export interface JobHost {
  progress(step: JobStep): void;
  /** The CJK fallback font, or undefined when it could not be loaded (the job goes on without it). */
  cjkFont(): Promise<Uint8Array | undefined>;
  /** Between steps: yields to the event loop and throws if the job was cancelled. */
  checkpoint(): Promise<void>;
}

export async function runJob(request: JobRequest, fonts: JobFonts, host: JobHost): Promise<JobResult> {
  const date = new Date(request.date);
  const options = { paper: request.paper, orientation: request.orientation, date };
  host.progress('glyphs');
  await host.checkpoint();
  let fallback: FallbackState = 'not-needed';
  let cjk: Uint8Array | undefined;
  if (needsFallbackFont(request.doc, fonts)) {
    host.progress('cjk');
    cjk = await host.cjkFont();
    fallback = cjk ? 'embedded' : 'missing';
    await host.checkpoint();
  }
  const pdfFonts = { regular: fonts.regular, bold: fonts.bold, ...(cjk ? { cjk } : {}) };
  host.progress('layout');
  // Laid out once here (a step of its own); the builders then find every position in place.
  const doc = await withLayout(request.doc);
  await host.checkpoint();
  host.progress('draw');
  await host.checkpoint();
  let result: JobResult;
  switch (request.kind) {
    case 'report':
      result = { bytes: await buildReportPdf(doc, { ...options, fonts: pdfFonts, generator: request.generator }), fallback };
      break;
    case 'diagram-pdf':
      result = { bytes: await buildDiagramPdf(doc, { ...options, fonts: pdfFonts, tile: request.layout === 'tile', perZone: request.layout === 'per-zone' }), fallback };
      break;
    case 'diagram-svg':
      result = { svg: await buildDiagramSvg(doc, { ...options, fonts: pdfFonts }), fallback };
      break;
  }
  host.progress('finish');
  await host.checkpoint();
  return result;
}
