/**
 * What the export worker is asked to build and what it answers. Plain data only: it crosses the
 * worker boundary by structured clone. Kept apart from job.ts so the dialog can import the types
 * without pulling in the PDF engine.
 */
import type { ZonewrightDocument } from '../../../shared';
// Types only: nothing of the PDF engine is bundled with the dialog.
import type { Orientation, PaperSize } from '../../../shared/pdf/paper';

export type { Orientation, PaperSize };
export type DiagramLayout = 'fit' | 'tile' | 'per-zone';

export type JobKind =
  /** The Cybersecurity Requirements Specification as PDF. */
  | { readonly kind: 'report' }
  /** The diagram as PDF, fitted, tiled or with one sheet per zone. */
  | { readonly kind: 'diagram-pdf'; readonly layout: DiagramLayout }
  /** The first (fitted) diagram sheet as SVG: the SVG and PNG exports and their preview. */
  | { readonly kind: 'diagram-svg' };

export type JobRequest = JobKind & {
  readonly doc: ZonewrightDocument;
  readonly paper: PaperSize;
  readonly orientation: Orientation;
  /** The date printed on the pages, as epoch milliseconds. */
  readonly date: number;
  /** Shown on the report's cover, e.g. `Zonewright 0.1.0`. */
  readonly generator: string;
};

/** The steps of a job, in order; the dialog shows them as progress. */
export type JobStep = 'start' | 'glyphs' | 'cjk' | 'layout' | 'draw' | 'finish';

export interface JobFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

/** Whether the CJK fallback font was needed, and if so whether it could be embedded. */
export type FallbackState = 'not-needed' | 'embedded' | 'missing';

export interface JobResult {
  /** The PDF's bytes (report, diagram-pdf). */
  readonly bytes?: Uint8Array;
  /** The SVG text (diagram-svg). */
  readonly svg?: string;
  readonly fallback: FallbackState;
}

/** Main thread → worker. */
export type ToWorker =
  | { readonly type: 'run'; readonly request: JobRequest; readonly fonts: JobFonts }
  /** The answer to `need-cjk`: the font's bytes, or why it could not be loaded. */
  | { readonly type: 'cjk'; readonly bytes?: Uint8Array; readonly error?: string };

/** Worker → main thread. Every message carries `zw` so that anything else posted is ignored. */
export type FromWorker =
  | { readonly zw: 1; readonly type: 'ready' }
  | { readonly zw: 1; readonly type: 'progress'; readonly step: JobStep }
  | { readonly zw: 1; readonly type: 'need-cjk' }
  | { readonly zw: 1; readonly type: 'done'; readonly result: JobResult }
  | { readonly zw: 1; readonly type: 'failed'; readonly message: string };
