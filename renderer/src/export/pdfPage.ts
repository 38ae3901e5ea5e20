/**
 * Reads one page of a PDF written by the engine (jsPDF) into a display list of paths and text
 * runs, for the preview of page 1: the real first page, whatever it is (the report's cover, a
 * diagram tile), with no PDF viewer, iframe or plug-in. Pure (fflate inflates the content
 * streams), so it runs anywhere and is tested in Node; canvasPaint.ts paints the list.
 *
 * It reads what jsPDF writes: a flat object table, Flate-compressed content streams, Type0
 * Identity-H fonts with a ToUnicode map, standard fonts, the path, colour, graphics-state and text
 * operators. Images and shadings are skipped. It is a previewer, not a general PDF renderer.
 */
import { unzlibSync } from 'fflate';

/** [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied first, then `n`. */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

export type Segment =
  | { readonly op: 'M' | 'L'; readonly x: number; readonly y: number }
  | { readonly op: 'C'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly x: number; readonly y: number }
  | { readonly op: 'R'; readonly x: number; readonly y: number; readonly w: number; readonly h: number }
  | { readonly op: 'Z' };

export interface StrokeState {
  readonly color: string;
  readonly width: number;
  readonly dash: readonly number[];
  readonly dashPhase: number;
  readonly cap: 0 | 1 | 2;
  readonly join: 0 | 1 | 2;
  readonly miter: number;
  readonly alpha: number;
}

export interface PdfFontInfo {
  /** The resource name, e.g. `F15`. */
  readonly name: string;
  /** Bytes per character code: 2 for Identity-H, 1 for simple fonts. */
  readonly codeBytes: 1 | 2;
  readonly toUnicode: ReadonlyMap<number, string>;
  /** Advance widths in 1/1000 of the size, by character code. */
  readonly widths: ReadonlyMap<number, number>;
  readonly defaultWidth: number;
  /** From the font name or, for embedded subsets named alike, decided by the painter from the widths. */
  readonly bold?: boolean;
}

export type DisplayItem =
  | { readonly kind: 'save' }
  | { readonly kind: 'restore' }
  | {
      readonly kind: 'path';
      readonly ctm: Matrix;
      readonly segments: readonly Segment[];
      readonly fill?: { readonly color: string; readonly alpha: number; readonly evenOdd: boolean };
      readonly stroke?: StrokeState;
      /** Clip to this path after painting it (W n). */
      readonly clip?: 'nonzero' | 'evenodd';
    }
  | {
      readonly kind: 'text';
      readonly text: string;
      /** Text space (y up, 1 unit = 1 point at size 1) to page space; the size is separate. */
      readonly matrix: Matrix;
      readonly size: number;
      readonly font: PdfFontInfo | undefined;
      readonly color: string;
      readonly alpha: number;
      /** The advance the PDF gives the run, in text space units (for stretching to fit). */
      readonly advance: number;
    };

export interface PdfPageContent {
  /** Page size in points. */
  readonly width: number;
  readonly height: number;
  /** Page space to "y up from the bottom-left corner of the media box". */
  readonly origin: { readonly x: number; readonly y: number };
  readonly pageCount: number;
  readonly items: readonly DisplayItem[];
  readonly fonts: readonly PdfFontInfo[];
}

// ------------------------------------------------------------------------------ objects

interface Ref {
  readonly ref: number;
}
type PdfValue = number | boolean | null | string | { readonly name: string } | Ref | readonly PdfValue[] | PdfDict | { readonly str: Uint8Array };
interface PdfDict {
  readonly dict: ReadonlyMap<string, PdfValue>;
}

const isDict = (v: PdfValue | undefined): v is PdfDict => typeof v === 'object' && v !== null && 'dict' in v;
const isRef = (v: PdfValue | undefined): v is Ref => typeof v === 'object' && v !== null && 'ref' in v;
const isName = (v: PdfValue | undefined): v is { name: string } => typeof v === 'object' && v !== null && 'name' in v;
const isStr = (v: PdfValue | undefined): v is { str: Uint8Array } => typeof v === 'object' && v !== null && 'str' in v;

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

/** A cursor over PDF syntax (objects and content streams share the lexical rules). */
class Lexer {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  skipSpace(): void {
    const b = this.bytes;
    while (this.pos < this.end) {
      const c = b[this.pos]!;
      if (WHITE.has(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < this.end && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  /** A bare word: number, keyword, operator. */
  word(): string {
    const b = this.bytes;
    const start = this.pos;
    while (this.pos < this.end && !WHITE.has(b[this.pos]!) && !DELIM.has(b[this.pos]!)) this.pos++;
    let s = '';
    for (let i = start; i < this.pos; i++) s += String.fromCharCode(b[i]!);
    return s;
  }

  name(): string {
    this.pos++; // '/'
    const raw = this.word();
    return raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  }

  literalString(): Uint8Array {
    const b = this.bytes;
    this.pos++; // '('
    const out: number[] = [];
    let depth = 1;
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 0x5c) {
        const e = b[this.pos++]!;
        const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };
        if (e in simple) out.push(simple[e]!);
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; k++) v = v * 8 + (b[this.pos++]! - 0x30);
          out.push(v & 0xff);
        } else if (e === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++;
        } else if (e !== 0x0a) out.push(e);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (--depth === 0) break;
        out.push(c);
      } else out.push(c);
    }
    return Uint8Array.from(out);
  }

  hexString(): Uint8Array {
    const b = this.bytes;
    this.pos++; // '<'
    let hex = '';
    while (this.pos < this.end && b[this.pos] !== 0x3e) {
      const c = b[this.pos++]!;
      if (!WHITE.has(c)) hex += String.fromCharCode(c);
    }
    this.pos++; // '>'
    if (hex.length % 2) hex += '0';
    const out = new Uint8Array(hex.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
    return out;
  }

  /** One value; `n g R` references are recognised. Operators come back as { op }. */
  value(): PdfValue | { op: string } | undefined {
    this.skipSpace();
    if (this.pos >= this.end) return undefined;
    const b = this.bytes;
    const c = b[this.pos]!;
    if (c === 0x2f) return { name: this.name() };
    if (c === 0x28) return { str: this.literalString() };
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2;
        const dict = new Map<string, PdfValue>();
        for (;;) {
          this.skipSpace();
          if (this.pos >= this.end) break;
          if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
            this.pos += 2;
            break;
          }
          const key = this.value();
          if (!key || !isName(key as PdfValue)) break;
          const v = this.value();
          if (v === undefined || (typeof v === 'object' && v !== null && 'op' in v)) break;
          dict.set((key as { name: string }).name, v);
        }
        return { dict };
      }
      return { str: this.hexString() };
    }
    if (c === 0x5b) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (this.pos >= this.end) break;
        if (b[this.pos] === 0x5d) {
          this.pos++;
          break;
        }
        const v = this.value();
        if (v === undefined) break;
        if (typeof v === 'object' && v !== null && 'op' in v) continue;
        items.push(v);
      }
      return items;
    }
    if (c === 0x5d || c === 0x3e || c === 0x29 || c === 0x7b || c === 0x7d) {
      this.pos++;
      return { op: String.fromCharCode(c) };
    }
    const w = this.word();
    if (w === '') {
      this.pos++;
      return { op: '' };
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(w)) {
      const n = Number(w);
      // `12 0 R`: look ahead for a reference.
      if (/^\d+$/.test(w)) {
        const save = this.pos;
        this.skipSpace();
        const g = this.word();
        if (/^\d+$/.test(g)) {
          this.skipSpace();
          if (this.bytes[this.pos] === 0x52 && (this.pos + 1 >= this.end || WHITE.has(this.bytes[this.pos + 1]!) || DELIM.has(this.bytes[this.pos + 1]!))) {
            this.pos++;
            return { ref: n };
          }
        }
        this.pos = save;
      }
      return n;
    }
    if (w === 'true') return true;
    if (w === 'false') return false;
    if (w === 'null') return null;
    return { op: w };
  }
}

interface PdfObject {
  readonly value: PdfValue;
  /** The raw (still encoded) stream bytes, when the object is a stream. */
  readonly stream?: Uint8Array;
}

/** Finds `N 0 obj` headers; jsPDF writes every object at top level (no object streams). */
function indexObjects(bytes: Uint8Array): Map<number, number> {
  const text = latin1(bytes);
  const offsets = new Map<number, number>();
  const re = /(?:^|[\r\n\s])(\d+)\s+(\d+)\s+obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) offsets.set(Number(m[1]), m.index + m[0].length);
  return offsets;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

class PdfFile {
  private readonly offsets: Map<number, number>;
  private readonly cache = new Map<number, PdfObject>();

  constructor(readonly bytes: Uint8Array) {
    this.offsets = indexObjects(bytes);
  }

  object(num: number): PdfObject | undefined {
    const hit = this.cache.get(num);
    if (hit) return hit;
    const at = this.offsets.get(num);
    if (at === undefined) return undefined;
    const lex = new Lexer(this.bytes, at);
    const value = lex.value();
    if (value === undefined || (typeof value === 'object' && value !== null && 'op' in value)) return undefined;
    let stream: Uint8Array | undefined;
    if (isDict(value)) {
      const save = lex.pos;
      const next = lex.value();
      if (typeof next === 'object' && next !== null && 'op' in next && next.op === 'stream') {
        let start = lex.pos;
        if (this.bytes[start] === 0x0d) start++;
        if (this.bytes[start] === 0x0a) start++;
        const length = this.resolve(value.dict.get('Length'));
        if (typeof length === 'number') stream = this.bytes.subarray(start, start + length);
        else {
          const endAt = latin1(this.bytes.subarray(start, Math.min(this.bytes.length, start + 50_000_000))).indexOf('endstream');
          stream = this.bytes.subarray(start, start + Math.max(0, endAt));
        }
      } else lex.pos = save;
    }
    const obj = { value, ...(stream ? { stream } : {}) };
    this.cache.set(num, obj);
    return obj;
  }

  resolve(v: PdfValue | undefined): PdfValue | undefined {
    for (let guard = 0; isRef(v) && guard < 32; guard++) v = this.object(v.ref)?.value;
    return v;
  }

  dict(v: PdfValue | undefined): ReadonlyMap<string, PdfValue> | undefined {
    const r = this.resolve(v);
    return isDict(r) ? r.dict : undefined;
  }

  /** The decoded bytes of a stream object (Flate or none). */
  streamOf(v: PdfValue | undefined): Uint8Array | undefined {
    if (!isRef(v)) return undefined;
    const obj = this.object(v.ref);
    if (!obj?.stream || !isDict(obj.value)) return undefined;
    const filter = this.resolve(obj.value.dict.get('Filter'));
    const filters = Array.isArray(filter) ? (filter as PdfValue[]) : filter === undefined ? [] : [filter];
    let data = obj.stream;
    for (const f of filters) {
      const name = isName(f) ? f.name : '';
      if (name === 'FlateDecode' || name === 'Fl') data = unzlibSync(data);
      else return undefined;
    }
    return data;
  }

  catalog(): ReadonlyMap<string, PdfValue> | undefined {
    const text = latin1(this.bytes.subarray(Math.max(0, this.bytes.length - 4096)));
    const root = /\/Root\s+(\d+)\s+\d+\s+R/.exec(text);
    if (root) return this.dict({ ref: Number(root[1]) });
    for (const num of this.offsets.keys()) {
      const d = this.dict({ ref: num });
      const type = d?.get('Type');
      if (isName(type) && type.name === 'Catalog') return d;
    }
    return undefined;
  }
}

// ------------------------------------------------------------------------------ fonts

function parseToUnicode(data: Uint8Array | undefined): Map<number, string> {
  const map = new Map<number, string>();
  if (!data) return map;
  const text = latin1(data);
  const utf16 = (hex: string) => {
    let s = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    if (hex.length === 2) s = String.fromCharCode(parseInt(hex, 16));
    return s;
  };
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(m[1]!, 16), utf16(m[2]!));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<([0-9a-fA-F]+)>|\[([^\]]*)\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      if (hi - lo > 0xffff) continue;
      if (m[4] !== undefined) {
        const base = parseInt(m[4], 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCodePoint(base + (c - lo)));
      } else {
        const list = [...m[5]!.matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => utf16(x[1]!));
        for (let c = lo; c <= hi && c - lo < list.length; c++) map.set(c, list[c - lo]!);
      }
    }
  }
  return map;
}

/** WinAnsi (jsPDF's standard fonts) is Latin-1 for the printable range, near enough for a preview. */
function latin1Map(): Map<number, string> {
  const map = new Map<number, string>();
  for (let c = 0x20; c <= 0xff; c++) map.set(c, String.fromCharCode(c));
  return map;
}

function readFont(pdf: PdfFile, name: string, ref: PdfValue | undefined): PdfFontInfo | undefined {
  const font = pdf.dict(ref);
  if (!font) return undefined;
  const subtype = pdf.resolve(font.get('Subtype'));
  const baseFont = pdf.resolve(font.get('BaseFont'));
  const base = isName(baseFont) ? baseFont.name : '';
  const boldName = /bold|black|heavy/i.test(base);
  if (isName(subtype) && subtype.name === 'Type0') {
    const descendants = pdf.resolve(font.get('DescendantFonts'));
    const cid = pdf.dict(Array.isArray(descendants) ? (descendants as PdfValue[])[0] : undefined);
    const widths = new Map<number, number>();
    const w = pdf.resolve(cid?.get('W'));
    if (Array.isArray(w)) {
      const list = w as PdfValue[];
      for (let i = 0; i < list.length; ) {
        const first = pdf.resolve(list[i]);
        const next = pdf.resolve(list[i + 1]);
        if (typeof first !== 'number') break;
        if (Array.isArray(next)) {
          (next as PdfValue[]).forEach((v, k) => typeof v === 'number' && widths.set(first + k, v));
          i += 2;
        } else {
          const last = next;
          const width = pdf.resolve(list[i + 2]);
          if (typeof last === 'number' && typeof width === 'number') for (let c = first; c <= last && c - first < 0x10000; c++) widths.set(c, width);
          i += 3;
        }
      }
    }
    const dw = pdf.resolve(cid?.get('DW'));
    return {
      name,
      codeBytes: 2,
      toUnicode: parseToUnicode(pdf.streamOf(font.get('ToUnicode'))),
      widths,
      defaultWidth: typeof dw === 'number' ? dw : 1000,
      ...(boldName ? { bold: true } : {}),
    };
  }
  const widths = new Map<number, number>();
  const first = pdf.resolve(font.get('FirstChar'));
  const list = pdf.resolve(font.get('Widths'));
  if (typeof first === 'number' && Array.isArray(list)) (list as PdfValue[]).forEach((v, k) => typeof v === 'number' && widths.set(first + k, v));
  const toUnicode = font.has('ToUnicode') ? parseToUnicode(pdf.streamOf(font.get('ToUnicode'))) : latin1Map();
  // The 14 standard fonts carry no widths; 0.55 em is Helvetica's average.
  return { name, codeBytes: 1, toUnicode, widths, defaultWidth: widths.size > 0 ? 0 : 556, bold: boldName };
}

// ------------------------------------------------------------------------------ page

function pageTree(pdf: PdfFile): { page: ReadonlyMap<string, PdfValue>; inherited: Map<string, PdfValue>; count: number }[] {
  const root = pdf.catalog();
  const out: { page: ReadonlyMap<string, PdfValue>; inherited: Map<string, PdfValue>; count: number }[] = [];
  const pages = pdf.dict(root?.get('Pages'));
  const countValue = pdf.resolve(pages?.get('Count'));
  const count = typeof countValue === 'number' ? countValue : 0;
  const walk = (node: ReadonlyMap<string, PdfValue> | undefined, inherited: Map<string, PdfValue>, depth: number) => {
    if (!node || depth > 32 || out.length > 0) return;
    const here = new Map(inherited);
    for (const key of ['Resources', 'MediaBox', 'CropBox', 'Rotate']) if (node.has(key)) here.set(key, node.get(key)!);
    const kids = pdf.resolve(node.get('Kids'));
    if (Array.isArray(kids)) for (const kid of kids as PdfValue[]) walk(pdf.dict(kid), here, depth + 1);
    else out.push({ page: node, inherited: here, count });
  };
  walk(pages, new Map(), 0);
  return out;
}

interface GraphicsState {
  ctm: Matrix;
  fill: string;
  stroke: string;
  fillAlpha: number;
  strokeAlpha: number;
  lineWidth: number;
  dash: readonly number[];
  dashPhase: number;
  cap: 0 | 1 | 2;
  join: 0 | 1 | 2;
  miter: number;
  font: PdfFontInfo | undefined;
  fontSize: number;
  leading: number;
  charSpace: number;
  wordSpace: number;
  hScale: number;
  rise: number;
  renderMode: number;
}

const hex2 = (v: number) =>
  Math.round(Math.max(0, Math.min(1, v)) * 255)
    .toString(16)
    .padStart(2, '0');
const rgb = (r: number, g: number, b: number) => `#${hex2(r)}${hex2(g)}${hex2(b)}`;
const cmyk = (c: number, m: number, y: number, k: number) => rgb((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k));

/** Reads the first page of `bytes` into a display list; throws when the bytes are not a PDF it can read. */
export function readPdfPage(bytes: Uint8Array): PdfPageContent {
  if (latin1(bytes.subarray(0, 5)) !== '%PDF-') throw new Error('not a PDF file');
  const pdf = new PdfFile(bytes);
  const [first] = pageTree(pdf);
  if (!first) throw new Error('the PDF has no pages');
  const { page, inherited, count } = first;
  const box = pdf.resolve(inherited.get('CropBox') ?? inherited.get('MediaBox'));
  const nums = Array.isArray(box) ? (box as PdfValue[]).map((v) => pdf.resolve(v)) : [];
  const [x0, y0, x1, y1]: readonly [number, number, number, number] = nums.length === 4 && nums.every((n) => typeof n === 'number') ? (nums as unknown as [number, number, number, number]) : [0, 0, 595.28, 841.89];
  const resources = pdf.dict(inherited.get('Resources'));
  const fontDict = pdf.dict(resources?.get('Font'));
  const gsDict = pdf.dict(resources?.get('ExtGState'));
  const fonts = new Map<string, PdfFontInfo>();
  for (const [name, ref] of fontDict ?? []) {
    const info = readFont(pdf, name, ref);
    if (info) fonts.set(name, info);
  }

  const contents = pdf.resolve(page.get('Contents'));
  const parts = Array.isArray(contents) ? (contents as PdfValue[]) : [page.get('Contents')];
  const chunks = parts.map((p) => pdf.streamOf(p)).filter((c): c is Uint8Array => c !== undefined);
  const total = chunks.reduce((n, c) => n + c.length + 1, 0);
  const content = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    content.set(c, at);
    content[at + c.length] = 0x0a;
    at += c.length + 1;
  }

  const items: DisplayItem[] = [];
  let gs: GraphicsState = {
    ctm: IDENTITY,
    fill: '#000000',
    stroke: '#000000',
    fillAlpha: 1,
    strokeAlpha: 1,
    lineWidth: 1,
    dash: [],
    dashPhase: 0,
    cap: 0,
    join: 0,
    miter: 10,
    font: undefined,
    fontSize: 12,
    leading: 0,
    charSpace: 0,
    wordSpace: 0,
    hScale: 1,
    rise: 0,
    renderMode: 0,
  };
  const stack: GraphicsState[] = [];
  let path: Segment[] = [];
  let pendingClip: 'nonzero' | 'evenodd' | undefined;
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  const operands: PdfValue[] = [];
  const num = (i: number) => {
    const v = operands[operands.length - i];
    return typeof v === 'number' ? v : 0;
  };

  const paint = (fill: boolean, stroke: boolean, evenOdd = false) => {
    if (path.length > 0 && (fill || stroke || pendingClip)) {
      items.push({
        kind: 'path',
        ctm: gs.ctm,
        segments: path,
        ...(fill ? { fill: { color: gs.fill, alpha: gs.fillAlpha, evenOdd } } : {}),
        ...(stroke
          ? { stroke: { color: gs.stroke, width: gs.lineWidth, dash: gs.dash, dashPhase: gs.dashPhase, cap: gs.cap, join: gs.join, miter: gs.miter, alpha: gs.strokeAlpha } }
          : {}),
        ...(pendingClip ? { clip: pendingClip } : {}),
      });
    }
    path = [];
    pendingClip = undefined;
  };

  const showText = (data: Uint8Array) => {
    const font = gs.font;
    const codeBytes = font?.codeBytes ?? 1;
    let text = '';
    let advance = 0;
    for (let i = 0; i + codeBytes <= data.length; i += codeBytes) {
      const code = codeBytes === 2 ? (data[i]! << 8) | data[i + 1]! : data[i]!;
      const ch = font?.toUnicode.get(code) ?? (codeBytes === 1 ? String.fromCharCode(code) : '\ufffd');
      text += ch;
      const w = font ? (font.widths.get(code) ?? font.defaultWidth) : 556;
      advance += ((w / 1000) * gs.fontSize + gs.charSpace + (codeBytes === 1 && code === 32 ? gs.wordSpace : 0)) * gs.hScale;
    }
    if (text && gs.renderMode !== 3 && gs.renderMode !== 7) {
      const textMatrix: Matrix = multiply([gs.hScale, 0, 0, 1, 0, gs.rise], tm);
      items.push({ kind: 'text', text, matrix: multiply(textMatrix, gs.ctm), size: gs.fontSize, font, color: gs.fill, alpha: gs.fillAlpha, advance: advance / gs.hScale });
    }
    tm = multiply([1, 0, 0, 1, advance, 0], tm);
  };

  const lex = new Lexer(content);
  for (let guard = 0; guard < 5_000_000; guard++) {
    const v = lex.value();
    if (v === undefined) break;
    if (!(typeof v === 'object' && v !== null && 'op' in v)) {
      operands.push(v);
      continue;
    }
    const op = v.op;
    switch (op) {
      case 'q':
        stack.push(gs);
        gs = { ...gs };
        items.push({ kind: 'save' });
        break;
      case 'Q':
        if (stack.length > 0) {
          gs = stack.pop()!;
          items.push({ kind: 'restore' });
        }
        break;
      case 'cm':
        gs.ctm = multiply([num(6), num(5), num(4), num(3), num(2), num(1)], gs.ctm);
        break;
      case 'w':
        gs.lineWidth = num(1);
        break;
      case 'J':
        gs.cap = Math.max(0, Math.min(2, num(1))) as 0 | 1 | 2;
        break;
      case 'j':
        gs.join = Math.max(0, Math.min(2, num(1))) as 0 | 1 | 2;
        break;
      case 'M':
        gs.miter = num(1);
        break;
      case 'd': {
        const arr = operands[operands.length - 2];
        gs.dash = Array.isArray(arr) ? (arr as PdfValue[]).filter((x): x is number => typeof x === 'number') : [];
        gs.dashPhase = num(1);
        break;
      }
      case 'gs': {
        const name = operands[operands.length - 1];
        const state = isName(name) ? pdf.dict(gsDict?.get(name.name)) : undefined;
        const ca = pdf.resolve(state?.get('ca'));
        const CA = pdf.resolve(state?.get('CA'));
        if (typeof ca === 'number') gs.fillAlpha = ca;
        if (typeof CA === 'number') gs.strokeAlpha = CA;
        const lw = pdf.resolve(state?.get('LW'));
        if (typeof lw === 'number') gs.lineWidth = lw;
        break;
      }
      case 'rg':
        gs.fill = rgb(num(3), num(2), num(1));
        break;
      case 'RG':
        gs.stroke = rgb(num(3), num(2), num(1));
        break;
      case 'g':
        gs.fill = rgb(num(1), num(1), num(1));
        break;
      case 'G':
        gs.stroke = rgb(num(1), num(1), num(1));
        break;
      case 'k':
        gs.fill = cmyk(num(4), num(3), num(2), num(1));
        break;
      case 'K':
        gs.stroke = cmyk(num(4), num(3), num(2), num(1));
        break;
      case 'sc':
      case 'scn':
      case 'SC':
      case 'SCN': {
        const n = operands.filter((x) => typeof x === 'number') as number[];
        const color = n.length >= 4 ? cmyk(n[0]!, n[1]!, n[2]!, n[3]!) : n.length === 3 ? rgb(n[0]!, n[1]!, n[2]!) : n.length === 1 ? rgb(n[0]!, n[0]!, n[0]!) : undefined;
        if (color) {
          if (op === 'sc' || op === 'scn') gs.fill = color;
          else gs.stroke = color;
        }
        break;
      }
      case 'm':
        path.push({ op: 'M', x: num(2), y: num(1) });
        break;
      case 'l':
        path.push({ op: 'L', x: num(2), y: num(1) });
        break;
      case 'c':
        path.push({ op: 'C', x1: num(6), y1: num(5), x2: num(4), y2: num(3), x: num(2), y: num(1) });
        break;
      case 'v': {
        const last = [...path].reverse().find((s) => s.op !== 'Z' && s.op !== 'R') as { x: number; y: number } | undefined;
        path.push({ op: 'C', x1: last?.x ?? num(4), y1: last?.y ?? num(3), x2: num(4), y2: num(3), x: num(2), y: num(1) });
        break;
      }
      case 'y':
        path.push({ op: 'C', x1: num(4), y1: num(3), x2: num(2), y2: num(1), x: num(2), y: num(1) });
        break;
      case 're':
        path.push({ op: 'R', x: num(4), y: num(3), w: num(2), h: num(1) });
        break;
      case 'h':
        path.push({ op: 'Z' });
        break;
      case 'f':
      case 'F':
        paint(true, false);
        break;
      case 'f*':
        paint(true, false, true);
        break;
      case 'S':
        paint(false, true);
        break;
      case 's':
        path.push({ op: 'Z' });
        paint(false, true);
        break;
      case 'B':
        paint(true, true);
        break;
      case 'B*':
        paint(true, true, true);
        break;
      case 'b':
        path.push({ op: 'Z' });
        paint(true, true);
        break;
      case 'b*':
        path.push({ op: 'Z' });
        paint(true, true, true);
        break;
      case 'n':
        paint(false, false);
        break;
      case 'W':
        pendingClip = 'nonzero';
        break;
      case 'W*':
        pendingClip = 'evenodd';
        break;
      case 'BT':
        tm = IDENTITY;
        tlm = IDENTITY;
        break;
      case 'ET':
        break;
      case 'Tf': {
        const name = operands[operands.length - 2];
        gs.font = isName(name) ? fonts.get(name.name) : undefined;
        gs.fontSize = num(1);
        break;
      }
      case 'TL':
        gs.leading = num(1);
        break;
      case 'Tc':
        gs.charSpace = num(1);
        break;
      case 'Tw':
        gs.wordSpace = num(1);
        break;
      case 'Tz':
        gs.hScale = num(1) / 100;
        break;
      case 'Ts':
        gs.rise = num(1);
        break;
      case 'Tr':
        gs.renderMode = num(1);
        break;
      case 'Td':
        tlm = multiply([1, 0, 0, 1, num(2), num(1)], tlm);
        tm = tlm;
        break;
      case 'TD':
        gs.leading = -num(1);
        tlm = multiply([1, 0, 0, 1, num(2), num(1)], tlm);
        tm = tlm;
        break;
      case 'Tm':
        tlm = [num(6), num(5), num(4), num(3), num(2), num(1)];
        tm = tlm;
        break;
      case 'T*':
        tlm = multiply([1, 0, 0, 1, 0, -gs.leading], tlm);
        tm = tlm;
        break;
      case 'Tj': {
        const s = operands[operands.length - 1];
        if (isStr(s)) showText(s.str);
        break;
      }
      case "'": {
        tlm = multiply([1, 0, 0, 1, 0, -gs.leading], tlm);
        tm = tlm;
        const s = operands[operands.length - 1];
        if (isStr(s)) showText(s.str);
        break;
      }
      case '"': {
        gs.wordSpace = num(3);
        gs.charSpace = num(2);
        tlm = multiply([1, 0, 0, 1, 0, -gs.leading], tlm);
        tm = tlm;
        const s = operands[operands.length - 1];
        if (isStr(s)) showText(s.str);
        break;
      }
      case 'TJ': {
        const arr = operands[operands.length - 1];
        if (Array.isArray(arr)) {
          for (const part of arr as PdfValue[]) {
            if (isStr(part)) showText(part.str);
            else if (typeof part === 'number') tm = multiply([1, 0, 0, 1, (-part / 1000) * gs.fontSize * gs.hScale, 0], tm);
          }
        }
        break;
      }
      case 'BI': {
        // Inline image: skip to EI.
        const text = latin1(content.subarray(lex.pos, Math.min(content.length, lex.pos + 10_000_000)));
        const end = text.search(/\sEI[\s]/);
        lex.pos += end < 0 ? text.length : end + 4;
        break;
      }
      default:
        // Do (images, forms), sh, BDC/EMC, ri, i, d0/d1, cs/CS: nothing to draw for a preview.
        break;
    }
    operands.length = 0;
  }
  return { width: x1 - x0, height: y1 - y0, origin: { x: x0, y: y0 }, pageCount: count, items, fonts: [...fonts.values()] };
}
