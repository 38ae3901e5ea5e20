/** The export dialog's choices, the file each produces and how progress steps read. */
import type { ExportRequest, ZonewrightDocument } from '../../../shared';
import type { DiagramLayout, JobRequest, JobStep, Orientation, PaperSize } from './jobTypes';

export type ExportWhat = 'report' | 'diagram' | 'data';
export type DiagramFormat = 'pdf' | 'svg' | 'png';
export type DataFormat = 'xlsx' | 'csv-inventory' | 'csv-requirements';

export interface ExportOptions {
  readonly what: ExportWhat;
  readonly paper: PaperSize;
  readonly orientation: Orientation;
  readonly diagramFormat: DiagramFormat;
  readonly diagramLayout: DiagramLayout;
  /** PNG resolution in dots per inch. */
  readonly dpi: number;
  readonly dataFormat: DataFormat;
}

export const DEFAULT_OPTIONS: ExportOptions = {
  what: 'report',
  paper: 'a4',
  orientation: 'portrait',
  diagramFormat: 'pdf',
  diagramLayout: 'fit',
  dpi: 150,
  dataFormat: 'xlsx',
};

export const PAPERS: readonly { readonly id: PaperSize; readonly label: string; readonly size: string }[] = [
  { id: 'a4', label: 'A4', size: '210 × 297 mm' },
  { id: 'a3', label: 'A3', size: '297 × 420 mm' },
  { id: 'a1', label: 'A1', size: '594 × 841 mm' },
  { id: 'letter', label: 'Letter', size: '8.5 × 11 in' },
  { id: 'tabloid', label: 'Tabloid', size: '11 × 17 in' },
];

export const DPI_CHOICES = [96, 150, 300] as const;

export type MimeType = ExportRequest['mimeType'];

/** The format of the file the options produce. */
export function outputFormat(o: ExportOptions): { readonly label: string; readonly extension: string; readonly mimeType: MimeType } {
  if (o.what === 'report') return { label: 'PDF', extension: 'pdf', mimeType: 'application/pdf' };
  if (o.what === 'diagram') {
    if (o.diagramFormat === 'svg') return { label: 'SVG', extension: 'svg', mimeType: 'image/svg+xml' };
    if (o.diagramFormat === 'png') return { label: 'PNG', extension: 'png', mimeType: 'image/png' };
    return { label: 'PDF', extension: 'pdf', mimeType: 'application/pdf' };
  }
  if (o.dataFormat === 'xlsx') return { label: 'XLSX', extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  return { label: 'CSV', extension: 'csv', mimeType: 'text/csv' };
}

/** A file name from the project name: no folders, no characters a file system refuses. */
export function baseName(doc: ZonewrightDocument): string {
  // eslint-disable-next-line no-control-regex
  const base = doc.meta.name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 120);
  return base.replace(/^\.+/, '') || 'project';
}

export function fileName(doc: ZonewrightDocument, o: ExportOptions): string {
  const base = baseName(doc);
  const { extension } = outputFormat(o);
  if (o.what === 'report') {
    const revision = doc.meta.revision?.replace(/[\\/:*?"<>|]+/g, '-').trim();
    return `${base} - CRS${revision ? ` rev ${revision}` : ''}.${extension}`;
  }
  if (o.what === 'diagram') return `${base} - diagram.${extension}`;
  if (o.dataFormat === 'csv-inventory') return `${base} - asset inventory.csv`;
  if (o.dataFormat === 'csv-requirements') return `${base} - requirements.csv`;
  return `${base} - inventory and requirements.xlsx`;
}

/** The job that builds what the options ask for (PNG and SVG both start from the SVG sheet). */
export function jobFor(doc: ZonewrightDocument, o: ExportOptions, date: Date, generator: string): JobRequest | undefined {
  const common = { doc, paper: o.paper, orientation: o.orientation, date: date.getTime(), generator };
  if (o.what === 'report') return { ...common, kind: 'report' };
  if (o.what === 'diagram') return o.diagramFormat === 'pdf' ? { ...common, kind: 'diagram-pdf', layout: o.diagramLayout } : { ...common, kind: 'diagram-svg' };
  return undefined;
}

export type ProgressStep = JobStep | 'raster' | 'save';

/** What the dialog says during each step, and how far along the bar is. */
export function stepLabel(step: ProgressStep, o: ExportOptions): { readonly text: string; readonly fraction: number } {
  switch (step) {
    case 'start':
      return { text: 'Loading fonts…', fraction: 0.05 };
    case 'glyphs':
      return { text: 'Checking the characters against the fonts…', fraction: 0.15 };
    case 'cjk':
      return { text: 'Loading the CJK font…', fraction: 0.22 };
    case 'layout':
      return { text: 'Laying out the diagram…', fraction: 0.3 };
    case 'draw':
      return { text: o.what === 'report' ? 'Writing the report…' : 'Drawing the diagram…', fraction: 0.45 };
    case 'finish':
      return { text: 'Finishing the file…', fraction: 0.85 };
    case 'raster':
      return { text: `Rendering the PNG at ${o.dpi} dpi…`, fraction: 0.9 };
    case 'save':
      return { text: 'Saving…', fraction: 0.97 };
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
