/**
 * PNG export of the diagram: the SVG export painted on a canvas, with the bundled DejaVu fonts
 * registered as FontFaces so that text sits where the vector drawing has it, encoded with
 * canvas.toBlob and stamped with its resolution (a pHYs chunk), so it prints at paper size.
 */
import { canvasBlob, makeCanvas, paintSvg, svgSize } from './canvasPaint';
import { ensureCanvasFont, FONT_FILES, raceAbort } from './fonts';

/** Chromium's canvas limits: 16,384 px a side (and memory); beyond, the resolution is lowered. */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 60_000_000;

export interface PngResult {
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  readonly warnings: readonly string[];
}

/** The resolution actually used for a sheet of `width` × `height` points at `dpi`. */
export function pngResolution(width: number, height: number, dpi: number): number {
  const px = (pt: number, d: number) => (pt * d) / 72;
  let d = dpi;
  if (px(width, d) > MAX_SIDE) d = (MAX_SIDE * 72) / width;
  if (px(height, d) > MAX_SIDE) d = (MAX_SIDE * 72) / height;
  if (px(width, d) * px(height, d) > MAX_PIXELS) d = Math.sqrt((MAX_PIXELS * 72 * 72) / (width * height));
  return Math.floor(d);
}

let crcTable: Uint32Array | undefined;

export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The PNG with a pHYs chunk saying `dpi` (replacing one already there), right after IHDR. */
export function withResolution(png: Uint8Array, dpi: number): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const SIGNATURE = 8;
  if (png.length < SIGNATURE + 25 || view.getUint32(12) !== 0x49484452) return png; // not IHDR first: leave it alone
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  const c = new DataView(chunk.buffer);
  c.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // pHYs
  c.setUint32(8, perMetre);
  c.setUint32(12, perMetre);
  chunk[16] = 1; // unit: metre
  c.setUint32(17, crc32(chunk.subarray(4, 17)));
  // Drop an existing pHYs, keep every other chunk in order.
  const parts: Uint8Array[] = [png.subarray(0, SIGNATURE + 25), chunk];
  for (let at = SIGNATURE + 25; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = view.getUint32(at + 4);
    const end = at + 12 + length;
    if (type !== 0x70485973) parts.push(png.subarray(at, Math.min(end, png.length)));
    at = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Rasterises the diagram SVG at `dpi`. `cjk`: the drawing has text that needs the CJK font. */
export async function svgToPng(svg: string, dpi: number, options: { readonly cjk: boolean; readonly signal: AbortSignal }): Promise<PngResult> {
  const warnings: string[] = [];
  const [regular, bold, cjk] = await raceAbort(
    Promise.all([ensureCanvasFont('regular'), ensureCanvasFont('bold'), options.cjk ? ensureCanvasFont('cjk') : Promise.resolve(true)]),
    options.signal,
  );
  if (!regular || !bold) {
    const missing = [!regular && FONT_FILES.regular.file, !bold && FONT_FILES.bold.file].filter(Boolean).join(' and ');
    warnings.push(`The PNG's text is set in a system font: could not load ${missing}.`);
  }
  if (!cjk) warnings.push(`Chinese, Japanese and Korean names in the PNG use a system font: could not load ${FONT_FILES.cjk.file}.`);
  const size = svgSize(svg);
  const used = pngResolution(size.width, size.height, dpi);
  if (used < dpi) warnings.push(`At ${dpi} dpi this sheet is too large for one image; the PNG is ${used} dpi.`);
  const scale = used / 72;
  const { canvas, ctx } = makeCanvas(size.width * scale, size.height * scale);
  paintSvg(ctx, svg, scale);
  const blob = await raceAbort(canvasBlob(canvas), options.signal);
  const bytes = withResolution(new Uint8Array(await blob.arrayBuffer()), used);
  // Free the pixels now rather than at the next collection.
  canvas.width = 0;
  canvas.height = 0;
  return { bytes, width: Math.round(size.width * scale), height: Math.round(size.height * scale), dpi: used, warnings };
}
