/**
 * Deterministic generated plants for benchmarks and scale tests: about one zone per 20 assets,
 * two conduits per zone and two links per asset, laid out on a grid.
 */
import type { AssetType, ZoneKind } from '../model/kinds';
import type { ZonewrightDocument } from '../model/document';
import { loadDocument, formatProblems } from '../model/load';

const KINDS: readonly ZoneKind[] = ['operations', 'supervisory', 'control', 'control', 'safety', 'dmz'];
const TYPES: readonly AssetType[] = ['plc', 'hmi', 'switch', 'sensor', 'drive', 'historian', 'engineering-workstation', 'rtu', 'ied', 'actuator'];

/** A small linear congruential generator, so every run builds the same plant. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface GeneratedPlantOptions {
  readonly assets: number;
  readonly assetsPerZone?: number;
  readonly seed?: number;
}

/** The raw JSON object of a generated plant (what a file would hold). */
export function generatePlantJson({ assets: assetCount, assetsPerZone = 20, seed = 62443 }: GeneratedPlantOptions): Record<string, unknown> {
  const rnd = random(seed);
  const zoneCount = Math.max(2, Math.round(assetCount / assetsPerZone));
  const cols = Math.ceil(Math.sqrt(zoneCount));
  const zones = [];
  for (let z = 0; z < zoneCount; z++) {
    const lv = () => 1 + Math.floor(rnd() * 3);
    zones.push({
      id: `z${z}`,
      name: `Zone ${z + 1}`,
      kind: KINDS[z % KINDS.length],
      slT: { IAC: lv(), UC: lv(), SI: lv(), DC: lv(), RDF: lv(), TRE: lv(), RA: lv() },
      position: { x: (z % cols) * 760, y: Math.floor(z / cols) * 620 },
      size: { width: 700, height: 560 },
    });
  }
  const assets = [];
  const zoneOf: number[] = [];
  for (let a = 0; a < assetCount; a++) {
    const z = a % zoneCount;
    const slot = Math.floor(a / zoneCount);
    const zone = zones[z]!;
    // The first asset of each zone is its firewall, so conduits have boundary devices.
    const type = slot === 0 ? 'firewall' : TYPES[Math.floor(rnd() * TYPES.length)];
    zoneOf.push(z);
    assets.push({
      id: `a${a}`,
      name: `${type}-${a}`,
      type,
      zoneId: zone.id,
      ...(rnd() < 0.5 ? { slC: 1 + Math.floor(rnd() * 3) } : {}),
      position: { x: zone.position.x + 20 + (slot % 5) * 135, y: zone.position.y + 50 + Math.floor(slot / 5) * 100 },
    });
  }
  const conduits = [];
  for (let z = 0; z < zoneCount; z++) {
    for (const step of [1, 2]) {
      const other = (z + step) % zoneCount;
      if (other === z) continue;
      conduits.push({
        id: `c${z}-${step}`,
        name: `Conduit ${z + 1}–${other + 1}`,
        zoneIds: [`z${z}`, `z${other}`],
        flows: [{ protocol: 'opc-ua', port: 4840, from: `a${z}`, to: `a${other}` }],
      });
    }
  }
  const links = [];
  for (let a = 0; a < assetCount; a++) {
    const z = zoneOf[a]!;
    // One link inside the zone (to the zone's firewall or a neighbour) …
    const peer = a >= zoneCount ? a - zoneCount : undefined;
    if (peer !== undefined) links.push({ id: `l${a}-in`, source: `a${a}`, target: `a${peer}` });
    // … and one to a random asset of the same zone, or across a conduit from the firewall.
    if (a < zoneCount) {
      const other = (z + 1) % zoneCount;
      if (other !== z) links.push({ id: `l${a}-x`, source: `a${a}`, target: `a${other}`, conduitId: `c${z}-1` });
    } else {
      const sameZone = z + zoneCount * Math.floor(rnd() * Math.floor(a / zoneCount));
      if (sameZone !== a) links.push({ id: `l${a}-r`, source: `a${a}`, target: `a${sameZone}` });
    }
  }
  return { format: 'zonewright', version: 1, meta: { name: `Generated plant (${assetCount} assets)` }, zones, assets, conduits, links };
}

/** A generated plant, loaded through the real loader. */
export function generatePlant(options: GeneratedPlantOptions): ZonewrightDocument {
  const result = loadDocument(generatePlantJson(options));
  if (!result.ok) throw new Error(`generated plant is invalid:\n${formatProblems(result.problems)}`);
  return result.doc;
}
