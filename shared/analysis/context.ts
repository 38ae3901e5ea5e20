/**
 * Indexes over one document, built once per analysis so that every rule runs in linear time.
 * Rules read the document only through this context (never scan all links inside a loop).
 */
import type { Asset, AssetId, Conduit, ConduitId, Link, Zone, ZoneId, ZonewrightDocument } from '../model/document';
import { ASSET_TYPE_INFO, BOUNDARY_DEVICE_TYPES, ZONE_KIND_INFO } from '../model/kinds';
import { maxSl, type SlVector } from '../model/securityLevels';

export interface ConduitLevel {
  readonly slT: SlVector | undefined;
  readonly inherited: boolean;
}

export interface AnalysisContext {
  readonly doc: ZonewrightDocument;
  readonly zoneById: ReadonlyMap<string, Zone>;
  readonly assetById: ReadonlyMap<string, Asset>;
  readonly conduitById: ReadonlyMap<string, Conduit>;
  /** Assets directly in each zone (not in its sub-zones). */
  assetsIn(zoneId: ZoneId): readonly Asset[];
  /** Links with the asset at either end. */
  linksOf(assetId: AssetId): readonly Link[];
  linksOn(conduitId: ConduitId): readonly Link[];
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

export function buildContext(doc: ZonewrightDocument): AnalysisContext {
  const zoneById = new Map<string, Zone>();
  for (const z of doc.zones) zoneById.set(z.id, z);
  const assetById = new Map<string, Asset>();
  const assetsByZone = new Map<string, Asset[]>();
  for (const a of doc.assets) {
    assetById.set(a.id, a);
    if (a.zoneId !== undefined) push(assetsByZone, a.zoneId, a);
  }
  const conduitById = new Map<string, Conduit>();
  const conduitsByZone = new Map<string, Conduit[]>();
  for (const c of doc.conduits) {
    conduitById.set(c.id, c);
    for (const z of new Set(c.zoneIds)) push(conduitsByZone, z, c);
  }
  const linksByAsset = new Map<string, Link[]>();
  const linksByConduit = new Map<string, Link[]>();
  for (const l of doc.links) {
    push(linksByAsset, l.source, l);
    if (l.target !== l.source) push(linksByAsset, l.target, l);
    if (l.conduitId !== undefined) push(linksByConduit, l.conduitId, l);
  }

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
    for (const l of linksByConduit.get(c.id) ?? EMPTY) {
      for (const id of [l.source, l.target]) {
        const a = assetById.get(id);
        if (a) out.set(a.id, a);
      }
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

  return {
    doc,
    zoneById,
    assetById,
    conduitById,
    assetsIn: (id) => assetsByZone.get(id) ?? EMPTY,
    linksOf: (id) => linksByAsset.get(id) ?? EMPTY,
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
