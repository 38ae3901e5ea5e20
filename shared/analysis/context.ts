/**
 * Indexes over one document, built once per analysis so that every rule runs in linear time.
 * Rules read the document only through this context (never scan all links inside a loop).
 * Id lookups dominate the cost on big plants, so references are resolved here once, into arrays.
 */
import type { Asset, AssetId, Conduit, ConduitId, Link, Zone, ZoneId, ZonewrightDocument } from '../model/document';
import { ASSET_TYPE_INFO, BOUNDARY_DEVICE_TYPES, ZONE_KIND_INFO } from '../model/kinds';
import { maxSl, type SlVector } from '../model/securityLevels';
import type { AnalysisOptions } from './types';

export interface ConduitLevel {
  readonly slT: SlVector | undefined;
  readonly inherited: boolean;
}

/** A link with the assets at its ends (undefined where an id names no asset). */
export interface ResolvedLink {
  readonly link: Link;
  readonly source: Asset | undefined;
  readonly target: Asset | undefined;
}

/** A link seen from one of its ends: the link and the asset at the other end. */
export interface Neighbour {
  readonly link: Link;
  readonly other: Asset;
}

export interface Lookup<T> {
  get(id: string): T | undefined;
  has(id: string): boolean;
}

export interface AnalysisContext {
  readonly doc: ZonewrightDocument;
  /** Today's date when the caller passed one (`analyze(doc, { today })`); rules needing it stay quiet without. */
  readonly today: string | undefined;
  readonly zoneById: ReadonlyMap<string, Zone>;
  readonly assetById: Lookup<Asset>;
  readonly conduitById: ReadonlyMap<string, Conduit>;
  /** Every link with its ends resolved, in document order. */
  readonly links: readonly ResolvedLink[];
  /** Assets directly in each zone (not in its sub-zones). */
  assetsIn(zoneId: ZoneId): readonly Asset[];
  /** The assets linked to an asset, each with its link; self-links and dangling ends left out. */
  neighboursOf(assetId: AssetId): readonly Neighbour[];
  linksOn(conduitId: ConduitId): readonly ResolvedLink[];
  /** Conduits that list the zone. */
  conduitsOf(zoneId: ZoneId): readonly Conduit[];
  /** The distinct zones a conduit joins, in the order it names them. */
  zonesOf(conduit: Conduit): readonly Zone[];
  /** Boundary devices on a conduit: listed in `boundaryDevices`, or an endpoint of one of its links. */
  boundaryDevicesOn(conduit: Conduit): readonly Asset[];
  /** All assets on a conduit: listed boundary devices and endpoints of its links. */
  assetsOn(conduit: Conduit): readonly Asset[];
  /** The zone's own `purdueLevel`, else its kind's; undefined for kinds outside the hierarchy. */
  purdueLevelOf(zone: Zone): number | undefined;
  /** The conduit's SL-T, or per FR the highest of its zones when it has none. */
  conduitLevel(conduit: Conduit): ConduitLevel;
  /** The zone of an asset, when it has one. */
  zoneOfAsset(asset: Asset): Zone | undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const EMPTY: readonly never[] = [];

/** Memoizes a per-element computation by object identity. */
function memo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

export function buildContext(doc: ZonewrightDocument, options: AnalysisOptions = {}): AnalysisContext {
  const { assets } = doc;
  const zoneById = new Map<string, Zone>();
  for (const z of doc.zones) zoneById.set(z.id, z);
  const assetIndex = new Map<string, number>();
  for (let i = 0; i < assets.length; i++) assetIndex.set(assets[i]!.id, i);
  const assetById: Lookup<Asset> = {
    get: (id) => {
      const i = assetIndex.get(id);
      return i === undefined ? undefined : assets[i];
    },
    has: (id) => assetIndex.has(id),
  };
  const conduitById = new Map<string, Conduit>();
  const conduitsByZone = new Map<string, Conduit[]>();
  for (const c of doc.conduits) {
    conduitById.set(c.id, c);
    for (const z of new Set(c.zoneIds)) push(conduitsByZone, z, c);
  }

  // Each link's ends are looked up once; adjacency is kept as index arrays (CSR), not maps.
  const linkCount = doc.links.length;
  const links: ResolvedLink[] = new Array(linkCount);
  const sourceIndex = new Int32Array(linkCount);
  const targetIndex = new Int32Array(linkCount);
  const degree = new Int32Array(assets.length + 1);
  const linksByConduit = new Map<string, ResolvedLink[]>();
  for (let i = 0; i < linkCount; i++) {
    const link = doc.links[i]!;
    const s = assetIndex.get(link.source) ?? -1;
    const t = assetIndex.get(link.target) ?? -1;
    sourceIndex[i] = s;
    targetIndex[i] = t;
    const resolved = { link, source: s < 0 ? undefined : assets[s], target: t < 0 ? undefined : assets[t] };
    links[i] = resolved;
    if (s >= 0 && t >= 0 && s !== t) {
      degree[s]!++;
      degree[t]!++;
    }
    if (link.conduitId !== undefined) push(linksByConduit, link.conduitId, resolved);
  }

  let neighbourStart: Int32Array | undefined;
  let neighbourLink: Int32Array | undefined;
  let neighbourOther: Int32Array | undefined;
  const buildNeighbours = () => {
    const start = new Int32Array(assets.length + 1);
    for (let a = 0; a < assets.length; a++) start[a + 1] = start[a]! + degree[a]!;
    const fill = start.slice(0, assets.length);
    const byLink = new Int32Array(start[assets.length]!);
    const other = new Int32Array(start[assets.length]!);
    for (let i = 0; i < linkCount; i++) {
      const s = sourceIndex[i]!;
      const t = targetIndex[i]!;
      if (s < 0 || t < 0 || s === t) continue;
      byLink[fill[s]!] = i;
      other[fill[s]!++] = t;
      byLink[fill[t]!] = i;
      other[fill[t]!++] = s;
    }
    neighbourStart = start;
    neighbourLink = byLink;
    neighbourOther = other;
  };

  const zonesOf = memo((c: Conduit): readonly Zone[] => {
    const out: Zone[] = [];
    const seen = new Set<string>();
    for (const id of c.zoneIds) {
      const z = zoneById.get(id);
      if (z && !seen.has(id)) {
        seen.add(id);
        out.push(z);
      }
    }
    return out;
  });

  const assetsOn = memo((c: Conduit): readonly Asset[] => {
    const out = new Map<string, Asset>();
    for (const id of c.boundaryDevices ?? EMPTY) {
      const a = assetById.get(id);
      if (a) out.set(a.id, a);
    }
    for (const { source, target } of linksByConduit.get(c.id) ?? EMPTY) {
      if (source) out.set(source.id, source);
      if (target) out.set(target.id, target);
    }
    return [...out.values()];
  });

  const boundaryDevicesOn = memo((c: Conduit): readonly Asset[] => assetsOn(c).filter((a) => BOUNDARY_DEVICE_TYPES.has(a.type)));

  const conduitLevel = memo((c: Conduit): ConduitLevel => {
    if (c.slT) return { slT: c.slT, inherited: false };
    const levels: SlVector[] = [];
    for (const z of zonesOf(c)) if (z.slT) levels.push(z.slT);
    return { slT: maxSl(levels), inherited: true };
  });

  let assetsByZone: Map<string, Asset[]> | undefined;

  return {
    doc,
    today: options.today,
    zoneById,
    assetById,
    conduitById,
    links,
    assetsIn: (id) => {
      if (!assetsByZone) {
        assetsByZone = new Map();
        for (const a of assets) if (a.zoneId !== undefined) push(assetsByZone, a.zoneId, a);
      }
      return assetsByZone.get(id) ?? EMPTY;
    },
    neighboursOf: (id) => {
      const a = assetIndex.get(id);
      if (a === undefined) return EMPTY;
      if (!neighbourStart) buildNeighbours();
      const out: Neighbour[] = [];
      for (let k = neighbourStart![a]!, end = neighbourStart![a + 1]!; k < end; k++) {
        out.push({ link: doc.links[neighbourLink![k]!]!, other: assets[neighbourOther![k]!]! });
      }
      return out;
    },
    linksOn: (id) => linksByConduit.get(id) ?? EMPTY,
    conduitsOf: (id) => conduitsByZone.get(id) ?? EMPTY,
    zonesOf,
    boundaryDevicesOn,
    assetsOn,
    purdueLevelOf: (z) => z.purdueLevel ?? ZONE_KIND_INFO[z.kind].purdueLevel,
    conduitLevel,
    zoneOfAsset: (a) => (a.zoneId === undefined ? undefined : zoneById.get(a.zoneId)),
  };
}

/** The 62443-4-2 component class of an asset. */
export function componentClassOf(asset: Asset) {
  return ASSET_TYPE_INFO[asset.type].componentClass;
}
