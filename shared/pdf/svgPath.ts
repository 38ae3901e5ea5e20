/**
 * A small SVG path-data parser: turns the `d` attribute of the icon shapes into absolute moves,
 * lines and cubic Béziers (arcs and quadratic curves converted), then scales and translates them.
 * Handles every command of SVG 1.1 paths.
 */
import type { PathCommand } from './surface';

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/y;
const SEPARATORS = /[\s,]*/y;

/** Reads path data left to right: commands, numbers, and arc flags (one digit, maybe unseparated). */
class Reader {
  private i = 0;
  constructor(private readonly d: string) {}

  private skip(): void {
    SEPARATORS.lastIndex = this.i;
    SEPARATORS.exec(this.d);
    this.i = SEPARATORS.lastIndex;
  }

  /** The next command letter, or undefined when a number follows (an implicit repeat). */
  command(): string | undefined {
    this.skip();
    const ch = this.d[this.i];
    if (ch !== undefined && /[MmLlHhVvCcSsQqTtAaZz]/.test(ch)) {
      this.i++;
      return ch;
    }
    return undefined;
  }

  done(): boolean {
    this.skip();
    return this.i >= this.d.length;
  }

  number(): number {
    this.skip();
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.d);
    if (!m) throw new Error(`number expected at ${this.i} in path: ${this.d}`);
    this.i = NUMBER.lastIndex;
    return Number(m[0]);
  }

  flag(): number {
    this.skip();
    const ch = this.d[this.i];
    if (ch !== '0' && ch !== '1') throw new Error(`arc flag expected at ${this.i} in path: ${this.d}`);
    this.i++;
    return Number(ch);
  }
}

/** Cubic Béziers approximating an SVG elliptical arc (endpoint parameterisation, SVG 1.1 F.6). */
function arcToCubics(x1: number, y1: number, rx: number, ry: number, angle: number, large: number, sweep: number, x2: number, y2: number): PathCommand[] {
  if (rx === 0 || ry === 0) return [{ op: 'L', x: x2, y: y2 }];
  const phi = (angle * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  rx = Math.abs(rx);
  ry = Math.abs(ry);
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  let coef = Math.sqrt(Math.max(0, num / den));
  if (large === sweep) coef = -coef;
  const cxp = (coef * rx * y1p) / ry;
  const cyp = (-coef * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angleOf = (ux: number, uy: number, vx: number, vy: number) => {
    const a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    return a;
  };
  const theta1 = angleOf(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let delta = angleOf((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const segments = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / segments;
  const k = (4 / 3) * Math.tan(step / 4);
  const out: PathCommand[] = [];
  let t = theta1;
  const point = (a: number) => {
    const ex = rx * Math.cos(a);
    const ey = ry * Math.sin(a);
    return { x: cos * ex - sin * ey + cx, y: sin * ex + cos * ey + cy };
  };
  const deriv = (a: number) => {
    const ex = -rx * Math.sin(a);
    const ey = ry * Math.cos(a);
    return { x: cos * ex - sin * ey, y: sin * ex + cos * ey };
  };
  for (let s = 0; s < segments; s++) {
    const p0 = point(t);
    const d0 = deriv(t);
    const t1 = t + step;
    const p3 = point(t1);
    const d1 = deriv(t1);
    out.push({ op: 'C', x1: p0.x + k * d0.x, y1: p0.y + k * d0.y, x2: p3.x - k * d1.x, y2: p3.y - k * d1.y, x: p3.x, y: p3.y });
    t = t1;
  }
  // End exactly on the given point.
  const last = out[out.length - 1];
  if (last && last.op === 'C') out[out.length - 1] = { ...last, x: x2, y: y2 };
  return out;
}

/** Absolute moves, lines and cubics for an SVG `d` attribute. */
export function parsePath(d: string): PathCommand[] {
  const reader = new Reader(d);
  const out: PathCommand[] = [];
  let cmd = '';
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  // The last control point, for S and T reflections.
  let lastCubic: { x: number; y: number } | undefined;
  let lastQuad: { x: number; y: number } | undefined;
  const num = () => reader.number();
  while (!reader.done()) {
    const next = reader.command();
    if (next !== undefined) cmd = next;
    else if (cmd === '' || cmd === 'Z' || cmd === 'z') throw new Error(`path data without command: ${d}`);
    const rel = cmd === cmd.toLowerCase();
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    let cubic: { x: number; y: number } | undefined;
    let quad: { x: number; y: number } | undefined;
    switch (cmd.toUpperCase()) {
      case 'M': {
        x = ox + num();
        y = oy + num();
        sx = x;
        sy = y;
        out.push({ op: 'M', x, y });
        // Further pairs after a move are line-tos.
        cmd = rel ? 'l' : 'L';
        break;
      }
      case 'L':
        x = ox + num();
        y = oy + num();
        out.push({ op: 'L', x, y });
        break;
      case 'H':
        x = ox + num();
        out.push({ op: 'L', x, y });
        break;
      case 'V':
        y = oy + num();
        out.push({ op: 'L', x, y });
        break;
      case 'C': {
        const x1 = ox + num();
        const y1 = oy + num();
        const x2 = ox + num();
        const y2 = oy + num();
        x = ox + num();
        y = oy + num();
        out.push({ op: 'C', x1, y1, x2, y2, x, y });
        cubic = { x: x2, y: y2 };
        break;
      }
      case 'S': {
        const x1 = lastCubic ? 2 * x - lastCubic.x : x;
        const y1 = lastCubic ? 2 * y - lastCubic.y : y;
        const x2 = ox + num();
        const y2 = oy + num();
        x = ox + num();
        y = oy + num();
        out.push({ op: 'C', x1, y1, x2, y2, x, y });
        cubic = { x: x2, y: y2 };
        break;
      }
      case 'Q':
      case 'T': {
        const isT = cmd.toUpperCase() === 'T';
        const qx = isT ? (lastQuad ? 2 * x - lastQuad.x : x) : ox + num();
        const qy = isT ? (lastQuad ? 2 * y - lastQuad.y : y) : oy + num();
        const ex = ox + num();
        const ey = oy + num();
        out.push({ op: 'C', x1: x + (2 / 3) * (qx - x), y1: y + (2 / 3) * (qy - y), x2: ex + (2 / 3) * (qx - ex), y2: ey + (2 / 3) * (qy - ey), x: ex, y: ey });
        x = ex;
        y = ey;
        quad = { x: qx, y: qy };
        break;
      }
      case 'A': {
        const rx = num();
        const ry = num();
        const angle = num();
        const large = reader.flag();
        const sweep = reader.flag();
        const ex = ox + num();
        const ey = oy + num();
        out.push(...arcToCubics(x, y, rx, ry, angle, large, sweep, ex, ey));
        x = ex;
        y = ey;
        break;
      }
      case 'Z':
        out.push({ op: 'Z' });
        x = sx;
        y = sy;
        break;
      default:
        throw new Error(`unknown path command ${cmd}`);
    }
    lastCubic = cubic;
    lastQuad = quad;
  }
  return out;
}

/** The commands scaled by `scale` about the origin, then moved by (dx, dy). */
export function transformPath(commands: readonly PathCommand[], scale: number, dx: number, dy: number): PathCommand[] {
  return commands.map((c) => {
    switch (c.op) {
      case 'M':
      case 'L':
        return { op: c.op, x: c.x * scale + dx, y: c.y * scale + dy };
      case 'C':
        return { op: 'C', x1: c.x1 * scale + dx, y1: c.y1 * scale + dy, x2: c.x2 * scale + dx, y2: c.y2 * scale + dy, x: c.x * scale + dx, y: c.y * scale + dy };
      case 'Z':
        return c;
    }
  });
}

/** SVG path data for absolute commands, with coordinates rounded to 0.01. */
export function pathData(commands: readonly PathCommand[]): string {
  const n = (v: number) => String(Math.round(v * 100) / 100);
  return commands
    .map((c) => {
      switch (c.op) {
        case 'M':
        case 'L':
          return `${c.op}${n(c.x)} ${n(c.y)}`;
        case 'C':
          return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
        case 'Z':
          return 'Z';
      }
    })
    .join('');
}
