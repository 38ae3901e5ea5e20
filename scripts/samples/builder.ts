// A small builder for the sample projects: zones placed on a grid, assets laid out inside them.
import type { AssetType, ZoneKind } from '../../shared/model/kinds';
import { FR_KEYS, type FrKey } from '../../shared/model/securityLevels';

type Sl = number | Partial<Record<FrKey, number>>;
interface ZoneSpec { requirements?: Record<string, unknown>; id: string; name: string; kind: ZoneKind; slT?: Sl; col: number; row: number; cols?: number; parentId?: string; description?: string; owner?: string; w?: number; h?: number }
interface AssetSpec { id: string; name: string; type: AssetType; zone?: string; slC?: Sl; vendor?: string; model?: string; firmware?: string; ip?: string; criticality?: 'low' | 'medium' | 'high' | 'critical'; notes?: string; at?: [number, number] }

const ZONE_W = 300;
const ZONE_GAP_X = 90;
const ZONE_GAP_Y = 80;
const ASSET_W = 120;
const ASSET_H = 80;

function vector(sl: Sl, base = 0): Record<FrKey, number> | number {
  if (typeof sl === 'number') return sl;
  return Object.fromEntries(FR_KEYS.map((fr) => [fr, sl[fr] ?? base])) as Record<FrKey, number>;
}

export class SampleBuilder {
  private zoneSpecs: ZoneSpec[] = [];
  private assetSpecs: AssetSpec[] = [];
  private conduits: Record<string, unknown>[] = [];
  private links: Record<string, unknown>[] = [];
  private linkCount = 0;

  constructor(private meta: Record<string, unknown>) {}

  zone(z: ZoneSpec): this {
    this.zoneSpecs.push(z);
    return this;
  }

  asset(a: AssetSpec): this {
    this.assetSpecs.push(a);
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

  /** Places zones on their grid (rows as tall as their tallest zone) and assets in rows inside them. */
  build(): Record<string, unknown> {
    const width = (z: ZoneSpec) => z.w ?? (z.cols ?? 2) * (ASSET_W + 20) + 20;
    const perRow = (z: ZoneSpec) => Math.max(1, Math.floor((width(z) - 20) / (ASSET_W + 20)));
    const count = new Map<string, number>();
    for (const a of this.assetSpecs) if (a.zone && !a.at) count.set(a.zone, (count.get(a.zone) ?? 0) + 1);
    const height = (z: ZoneSpec) => z.h ?? Math.max(170, 50 + Math.ceil((count.get(z.id) ?? 0) / perRow(z)) * (ASSET_H + 20) + 10);
    const rowHeight = new Map<number, number>();
    for (const z of this.zoneSpecs) if (!z.parentId) rowHeight.set(z.row, Math.max(rowHeight.get(z.row) ?? 0, height(z)));
    const rowTop = (row: number) => {
      let y = 40;
      for (let r = 0; r < row; r++) y += (rowHeight.get(r) ?? 0) + ZONE_GAP_Y;
      return y;
    };
    const geo = new Map<string, { x: number; y: number; w: number; h: number; next: number; spec: ZoneSpec }>();
    const zones = this.zoneSpecs.map((z) => {
      const parent = z.parentId ? geo.get(z.parentId) : undefined;
      const w = width(z);
      const h = height(z);
      const x = parent ? parent.x + z.col : 40 + z.col * (ZONE_W + ZONE_GAP_X);
      const y = parent ? parent.y + z.row : rowTop(z.row);
      geo.set(z.id, { x, y, w, h, next: 0, spec: z });
      return {
        id: z.id, name: z.name, kind: z.kind,
        ...(z.parentId ? { parentId: z.parentId } : {}),
        ...(z.slT !== undefined ? { slT: vector(z.slT, 1) } : {}),
        ...(z.description ? { description: z.description } : {}),
        ...(z.owner ? { owner: z.owner } : {}),
        position: { x, y }, size: { width: w, height: h },
        ...(z.requirements ? { requirements: z.requirements } : {}),
      };
    });
    const assets = this.assetSpecs.map((a) => {
      let position: { x: number; y: number } | undefined;
      if (a.zone) {
        const g = geo.get(a.zone);
        if (!g) throw new Error(`unknown zone ${a.zone}`);
        const n = perRow(g.spec);
        const [cx, cy] = a.at ?? [g.next % n, Math.floor(g.next++ / n)];
        position = { x: g.x + 20 + cx * (ASSET_W + 20), y: g.y + 50 + cy * (ASSET_H + 20) };
      } else if (a.at) position = { x: a.at[0], y: a.at[1] };
      const { zone, at: _at, slC, ...rest } = a;
      return { ...rest, ...(zone ? { zoneId: zone } : {}), ...(slC !== undefined ? { slC: vector(slC, 1) } : {}), ...(position ? { position } : {}) };
    });
    return { format: 'zonewright', version: 1, meta: this.meta, zones, assets, conduits: this.conduits, links: this.links };
  }
}
