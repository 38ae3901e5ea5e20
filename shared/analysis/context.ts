/**
 * Indexes over one document, built once per analysis so that every rule runs in linear time.
 * Rules read the document only through this context (never scan all links inside a loop).
 * On big plants the cost is id lookups and garbage collection, so references are resolved here
 * once, into typed index arrays (no object per link or neighbour) that rules walk by position.
 */
import type { Asset, Conduit, Zone, ZoneId, ZonewrightDocument } from '../model/document';
import { ASSET_TYPE_INFO, BOUNDARY_DEVICE_TYPES, ZONE_KIND_INFO } from '../model/kinds';
import { maxSl, type SlVector } from '../model/securityLevels';
import { IdIndex } from './idIndex';
import type { AnalysisOptions } from './types';

export interface ConduitLevel {
  readonly slT: SlVector | undefined;
  readonly inherited: boolean;
}

/**
 * Which assets are linked to which, as index arrays (compressed rows): the neighbours of the
 * asset at index `i` of `doc.assets` sit at positions `start[i]` up to `start[i + 1]` of
 * `neighbour` (the index of the asset at the other end) and `link` (the index of the link in `doc.links`).
 * Self-links and dangling ends are left out.
 */
export interface Adjacency {
  readonly start: Int32Array;
  readonly neighbour: Int32Array;
  readonly link: Int32Array;
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
  /** Per asset, by its index in `doc.assets`: the index in `doc.zones` of its zone, or -1. */
  readonly assetZone: Int32Array;
  /** Per link, by its index in `doc.links`: the index in `doc.assets` of its source, or -1 when the id names no asset. */
  readonly linkSource: Int32Array;
  /** Likewise for the link's target. */
  readonly linkTarget: Int32Array;
  /** The zone of the asset at index `i` of `doc.assets`, when it has one. */
  zoneAt(assetIndex: number): Zone | undefined;
  /** Who is linked to whom, built on first use. */
  adjacency(): Adjacency;
  /** Assets directly in each zone (not in its sub-zones). */
  assetsIn(zoneId: ZoneId): readonly Asset[];
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

const EMPTY: readonly never[] = [];

/** Memoizes a per-element computation by object identity. */
function memo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = compute(key)));
    return value;
  };
}

export function buildContext(doc: ZonewrightDocument, options: AnalysisOptions = {}): AnalysisContext {
  const { assets, zones, conduits, links } = doc;
  const zoneById = new Map<string, Zone>();
  const zoneIndex = new Map<string, number>();
  for (let z = 0; z < zones.length; z++) {
    zoneById.set(zones[z]!.id, zones[z]!);
    zoneIndex.set(zones[z]!.id, z);
  }
  const assetIds = new Array<string>(assets.length);
  const assetZone = new Int32Array(assets.length);
  for (let i = 0; i < assets.length; i++) {
    const asset = assets[i]!;
    assetIds[i] = asset.id;
    assetZone[i] = asset.zoneId === undefined ? -1 : (zoneIndex.get(asset.zoneId) ?? -1);
  }
  const assetIndex = new IdIndex(assetIds);
  const assetById: Lookup<Asset> = {
    get: (id) => {
      const i = assetIndex.indexOf(id);
      return i < 0 ? undefined : assets[i];
    },
    has: (id) => assetIndex.indexOf(id) >= 0,
  };

  const linkSource = new Int32Array(links.length);
  const linkTarget = new Int32Array(links.length);
  for (let l = 0; l < links.length; l++) {
    linkSource[l] = assetIndex.indexOf(links[l]!.source);
    linkTarget[l] = assetIndex.indexOf(links[l]!.target);
  }

  // A stamp per zone drops repeated zone ids without a Set per conduit.
  const zoneStamp = new Int32Array(zones.length);
  let conduitStamp = 0;
  const zonesOf = memo((c: Conduit): readonly Zone[] => {
    conduitStamp++;
    const out: Zone[] = [];
    for (const id of c.zoneIds) {
      const z = zoneIndex.get(id);
      if (z === undefined || zoneStamp[z] === conduitStamp) continue;
      zoneStamp[z] = conduitStamp;
      out.push(zones[z]!);
    }
    return out;
  });

  const conduitById = new Map<string, Conduit>();
  const conduitsByZone = new Map<string, Conduit[]>();
  for (const c of conduits) {
    conduitById.set(c.id, c);
    for (const z of zonesOf(c)) {
      const list = conduitsByZone.get(z.id);
      if (list) list.push(c);
      else conduitsByZone.set(z.id, [c]);
    }
  }

  let adjacency: Adjacency | undefined;
  const buildAdjacency = (): Adjacency => {
    const start = new Int32Array(assets.length + 1);
    for (let l = 0; l < links.length; l++) {
      const s = linkSource[l]!;
      const t = linkTarget[l]!;
      if (s < 0 || t < 0 || s === t) continue;
      start[s + 1]!++;
      start[t + 1]!++;
    }
    for (let a = 0; a < assets.length; a++) start[a + 1]! += start[a]!;
    const fill = start.slice(0, assets.length);
    const neighbour = new Int32Array(start[assets.length]!);
    const link = new Int32Array(start[assets.length]!);
    for (let l = 0; l < links.length; l++) {
      const s = linkSource[l]!;
      const t = linkTarget[l]!;
      if (s < 0 || t < 0 || s === t) continue;
      link[fill[s]!] = l;
      neighbour[fill[s]!++] = t;
      link[fill[t]!] = l;
      neighbour[fill[t]!++] = s;
    }
    return { start, neighbour, link };
  };

  // Links per conduit as index lists, and a stamp per asset to drop repeats without a Set.
  let linksByConduit: Map<string, number[]> | undefined;
  const seenStamp = new Int32Array(assets.length);
  let stamp = 0;
  /** Assets on a conduit in first-seen order (listed devices, then link ends), those passing `keep`. */
  const collectOn = (c: Conduit, keep: (asset: Asset) => boolean): readonly Asset[] => {
    if (!linksByConduit) {
      linksByConduit = new Map();
      for (let l = 0; l < links.length; l++) {
        const id = links[l]!.conduitId;
        if (id === undefined) continue;
        const list = linksByConduit.get(id);
        if (list) list.push(l);
        else linksByConduit.set(id, [l]);
      }
    }
    stamp++;
    collecting = undefined;
    collectKeep = keep;
    for (const id of c.boundaryDevices ?? EMPTY) collect(assetIndex.indexOf(id));
    for (const l of linksByConduit.get(c.id) ?? EMPTY) {
      collect(linkSource[l]!);
      collect(linkTarget[l]!);
    }
    const out = collecting ?? EMPTY;
    collecting = undefined;
    return out;
  };
  // collectOn's state, so that each of thousands of conduits costs no closure.
  const anyAsset = () => true;
  let collecting: Asset[] | undefined;
  let collectKeep: (asset: Asset) => boolean = anyAsset;
  const collect = (i: number) => {
    if (i < 0 || seenStamp[i] === stamp) return;
    seenStamp[i] = stamp;
    const asset = assets[i]!;
    if (collectKeep(asset)) (collecting ??= []).push(asset);
  };
  const assetsOn = memo((c: Conduit) => collectOn(c, anyAsset));
  const boundaryDevicesOn = memo((c: Conduit) => collectOn(c, isBoundaryDevice));

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
    assetZone,
    linkSource,
    linkTarget,
    zoneAt: (i) => {
      const z = assetZone[i]!;
      return z < 0 ? undefined : zones[z];
    },
    adjacency: () => (adjacency ??= buildAdjacency()),
    assetsIn: (id) => {
      if (!assetsByZone) {
        assetsByZone = new Map();
        for (const a of assets) {
          if (a.zoneId === undefined) continue;
          const list = assetsByZone.get(a.zoneId);
          if (list) list.push(a);
          else assetsByZone.set(a.zoneId, [a]);
        }
      }
      return assetsByZone.get(id) ?? EMPTY;
    },
    conduitsOf: (id) => conduitsByZone.get(id) ?? EMPTY,
    zonesOf,
    boundaryDevicesOn,
    assetsOn,
    purdueLevelOf: (z) => z.purdueLevel ?? ZONE_KIND_INFO[z.kind].purdueLevel,
    conduitLevel,
    zoneOfAsset: (a) => (a.zoneId === undefined ? undefined : zoneById.get(a.zoneId)),
  };
}

function isBoundaryDevice(asset: Asset): boolean {
  return BOUNDARY_DEVICE_TYPES.has(asset.type);
}

/** The 62443-4-2 component class of an asset. */
export function componentClassOf(asset: Asset) {
  return ASSET_TYPE_INFO[asset.type].componentClass;
}
