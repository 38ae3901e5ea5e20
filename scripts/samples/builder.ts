// A small builder for the sample projects: zones placed on a grid, assets laid out inside them.
import type { AssetType, ZoneKind } from '../../shared/model/kinds';
import { FR_KEYS, type FrKey } from '../../shared/model/securityLevels';

type Sl = number | Partial<Record<FrKey, number>>;
interface ZoneSpec { id: string; name: string; kind: ZoneKind; slT?: Sl; col: number; row: number; cols?: number; parentId?: string; description?: string; owner?: string; w?: number; h?: number }
interface AssetSpec { id: string; name: string; type: AssetType; zone?: string; slC?: Sl; vendor?: string; model?: string; firmware?: string; ip?: string; criticality?: 'low' | 'medium' | 'high' | 'critical'; notes?: string; at?: [number, number] }

const ZONE_W = 300;
const ZONE_GAP_X = 90;
const ROW_H = 250;
const ASSET_W = 120;
const ASSET_H = 80;

function vector(sl: Sl, base = 0): Record<FrKey, number> | number {
  if (typeof sl === 'number') return sl;
  return Object.fromEntries(FR_KEYS.map((fr) => [fr, sl[fr] ?? base])) as Record<FrKey, number>;
}

export class SampleBuilder {
  private zones: Record<string, unknown>[] = [];
  private zoneGeo = new Map<string, { x: number; y: number; w: number; h: number; next: number }>();
  private assets: Record<string, unknown>[] = [];
  private conduits: Record<string, unknown>[] = [];
  private links: Record<string, unknown>[] = [];
  private linkCount = 0;

  constructor(private meta: Record<string, unknown>) {}

  zone(z: ZoneSpec): this {
    const parent = z.parentId ? this.zoneGeo.get(z.parentId) : undefined;
    const w = z.w ?? (z.cols ?? 2) * (ASSET_W + 20) + 20;
    const h = z.h ?? 170;
    const x = parent ? parent.x + z.col : 40 + z.col * (ZONE_W + ZONE_GAP_X);
    const y = parent ? parent.y + z.row : 40 + z.row * ROW_H;
    this.zoneGeo.set(z.id, { x, y, w, h, next: 0 });
    this.zones.push({
      id: z.id, name: z.name, kind: z.kind,
      ...(z.parentId ? { parentId: z.parentId } : {}),
      ...(z.slT !== undefined ? { slT: vector(z.slT, 1) } : {}),
      ...(z.description ? { description: z.description } : {}),
      ...(z.owner ? { owner: z.owner } : {}),
      position: { x, y }, size: { width: w, height: h },
    });
    return this;
  }

  asset(a: AssetSpec): this {
    let position: { x: number; y: number } | undefined;
    if (a.zone) {
      const g = this.zoneGeo.get(a.zone);
      if (!g) throw new Error(`unknown zone ${a.zone}`);
      const perRow = Math.max(1, Math.floor((g.w - 20) / (ASSET_W + 20)));
      const i = g.next++;
      const [cx, cy] = a.at ?? [i % perRow, Math.floor(i / perRow)];
      position = { x: g.x + 20 + cx * (ASSET_W + 20), y: g.y + 50 + cy * (ASSET_H + 20) };
    } else if (a.at) position = { x: a.at[0], y: a.at[1] };
    const { zone, at: _at, slC, ...rest } = a;
    this.assets.push({ ...rest, ...(zone ? { zoneId: zone } : {}), ...(slC !== undefined ? { slC: vector(slC, 1) } : {}), ...(position ? { position } : {}) });
    return this;
  }

  conduit(c: { id: string; name: string; zones: string[]; slT?: Sl; flows?: { protocol: string; port?: number; from?: string; to?: string; bidirectional?: boolean; description?: string }[]; boundaryDevices?: string[]; description?: string }): this {
    this.conduits.push({
      id: c.id, name: c.name, zoneIds: c.zones,
      ...(c.slT !== undefined ? { slT: vector(c.slT, 1) } : {}),
      ...(c.flows ? { flows: c.flows } : {}),
      ...(c.boundaryDevices ? { boundaryDevices: c.boundaryDevices } : {}),
      ...(c.description ? { description: c.description } : {}),
    });
    return this;
  }

  link(source: string, target: string, conduitId?: string, medium = 'wired'): this {
    this.links.push({ id: `l${++this.linkCount}`, source, target, ...(conduitId ? { conduitId } : {}), medium });
    return this;
  }

  build(): Record<string, unknown> {
    return { format: 'zonewright', version: 1, meta: this.meta, zones: this.zones, assets: this.assets, conduits: this.conduits, links: this.links };
  }
}
