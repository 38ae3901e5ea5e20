/**
 * The drawing surface: the few primitives every drawing in Zonewright is made of. The diagram
 * painter draws only through this interface, so the PDF (jsPDF) and SVG backends produce the same
 * drawing. Units are PDF points (1/72 in), origin top-left, y pointing down.
 */

/** `#rrggbb`. */
export type Color = string;

export interface StrokeStyle {
  readonly color: Color;
  readonly width: number;
  /** Dash and gap lengths, in points. */
  readonly dash?: readonly number[];
  readonly cap?: 'butt' | 'round' | 'square';
  readonly join?: 'miter' | 'round' | 'bevel';
}

export interface ShapeStyle {
  readonly fill?: Color;
  readonly stroke?: StrokeStyle;
}

export type FontWeight = 'normal' | 'bold';

export interface FontSpec {
  /** Font size in points. */
  readonly size: number;
  readonly weight?: FontWeight;
}

export interface TextStyle extends FontSpec {
  readonly color: Color;
  /** Where `x` is: the start, centre or end of the text. */
  readonly align?: 'left' | 'center' | 'right';
}

/** An absolute path made of moves, lines and cubic Béziers (arcs are converted beforehand). */
export type PathCommand =
  | { readonly op: 'M'; readonly x: number; readonly y: number }
  | { readonly op: 'L'; readonly x: number; readonly y: number }
  | { readonly op: 'C'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly x: number; readonly y: number }
  | { readonly op: 'Z' };

/** Measures text the way the backend will set it (same font files, same metrics). */
export interface TextMeasure {
  /** Advance width in points. */
  width(text: string, font: FontSpec): number;
}

export interface Surface extends TextMeasure {
  rect(x: number, y: number, width: number, height: number, style: ShapeStyle, radius?: number): void;
  line(x1: number, y1: number, x2: number, y2: number, stroke: StrokeStyle): void;
  path(commands: readonly PathCommand[], style: ShapeStyle): void;
  circle(cx: number, cy: number, r: number, style: ShapeStyle): void;
  /** One line of text; `y` is the alphabetic baseline. */
  text(text: string, x: number, y: number, style: TextStyle): void;
  /** Runs `draw` with everything clipped to the rectangle. */
  clipped(x: number, y: number, width: number, height: number, draw: () => void): void;
}

/** Font metrics of the bundled sans (DejaVu Sans), as fractions of the font size. */
export const FONT_METRICS = { ascent: 0.928, descent: 0.236, capHeight: 0.729, xHeight: 0.547 } as const;

/** The baseline that centres a line of capitals (and most lower case) on `cy`. */
export function baselineForCentre(cy: number, size: number): number {
  return cy + (FONT_METRICS.capHeight * size) / 2;
}
