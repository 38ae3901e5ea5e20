/** Paper sizes of the exports, in PDF points. */
export const PAPER_SIZES = ['a4', 'a3', 'a1', 'letter', 'tabloid'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export type Orientation = 'portrait' | 'landscape';

/** Portrait width and height in points (ISO 216 sizes from millimetres, US sizes from inches). */
export const PAPER_POINTS: Readonly<Record<PaperSize, { readonly width: number; readonly height: number }>> = {
  a4: { width: 595.28, height: 841.89 },
  a3: { width: 841.89, height: 1190.55 },
  a1: { width: 1683.78, height: 2383.94 },
  letter: { width: 612, height: 792 },
  tabloid: { width: 792, height: 1224 },
};

export const PAPER_LABEL: Readonly<Record<PaperSize, string>> = { a4: 'A4', a3: 'A3', a1: 'A1', letter: 'Letter', tabloid: 'Tabloid' };

export interface PageSize {
  readonly width: number;
  readonly height: number;
}

export function pageSize(paper: PaperSize, orientation: Orientation): PageSize {
  const p = PAPER_POINTS[paper];
  return orientation === 'landscape' ? { width: p.height, height: p.width } : p;
}

/** `2025-11-21`, from the date's local calendar day. */
export function formatDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
