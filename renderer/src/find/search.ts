/** Finding zones, assets and conduits by name, best matches first. */
import { ASSET_TYPE_INFO, ZONE_KIND_INFO, type AssetType, type ZonewrightDocument } from '../../../shared';

export interface FindHit {
  readonly id: string;
  readonly kind: 'zone' | 'asset' | 'conduit';
  readonly name: string;
  /** Where the match starts in `name`, and how long it is (for highlighting). */
  readonly start: number;
  readonly length: number;
  /** What and where it is: "PLC · in Reactor cell 1". */
  readonly detail: string;
  readonly assetType?: AssetType;
}

const KIND_ORDER = { zone: 0, asset: 1, conduit: 2 } as const;

/** How good a match is: whole name, start of the name, start of a word, anywhere (lower is better). */
function rank(name: string, at: number, length: number): number {
  if (at === 0 && length === name.length) return 0;
  if (at === 0) return 1;
  if (/[\s\-_./()]/.test(name[at - 1] ?? '')) return 2;
  return 3;
}

/** Elements whose name contains `query` (case-insensitively), best first, at most `limit`. */
export function findElements(doc: ZonewrightDocument, query: string, limit = 50): FindHit[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const zoneName = new Map(doc.zones.map((z) => [z.id as string, z.name]));
  const hits: (FindHit & { readonly rank: number })[] = [];
  const consider = (id: string, kind: FindHit['kind'], name: string, detail: string, assetType?: AssetType) => {
    const at = name.toLowerCase().indexOf(q);
    if (at === -1) return;
    hits.push({ id, kind, name, start: at, length: q.length, detail, rank: rank(name, at, q.length), ...(assetType ? { assetType } : {}) });
  };
  for (const z of doc.zones) {
    const parent = z.parentId ? zoneName.get(z.parentId) : undefined;
    consider(z.id, 'zone', z.name, `${ZONE_KIND_INFO[z.kind].label} zone${parent ? ` · in ${parent}` : ''}`);
  }
  for (const a of doc.assets) {
    const zone = a.zoneId ? zoneName.get(a.zoneId) : undefined;
    consider(a.id, 'asset', a.name, `${ASSET_TYPE_INFO[a.type].label} · ${zone ? `in ${zone}` : 'in no zone'}`, a.type);
  }
  for (const c of doc.conduits) consider(c.id, 'conduit', c.name, `Conduit · ${c.zoneIds.map((id) => zoneName.get(id) ?? id).join(' ↔ ')}`);
  hits.sort((a, b) => a.rank - b.rank || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name));
  return hits.slice(0, limit).map(({ rank: _rank, ...hit }) => hit);
}

/** How many elements match in all (the list shows at most the limit). */
export function countMatches(doc: ZonewrightDocument, query: string): number {
  const q = query.trim().toLowerCase();
  if (q === '') return 0;
  let n = 0;
  for (const list of [doc.zones, doc.assets, doc.conduits]) for (const e of list) if (e.name.toLowerCase().includes(q)) n++;
  return n;
}
