/**
 * What a canvas highlight covers in the current document: how many of its ids are still there
 * (a revision's changes may name deleted elements), and which nodes a view fitted to it must show
 * (a conduit or link is shown through the zones or assets at its ends).
 */
import type { ZonewrightDocument } from '../../../shared';

export interface HighlightScope {
  /** Highlighted elements present in the document. */
  readonly present: number;
  /** Highlighted ids that name no element of the document (deleted since). */
  readonly missing: number;
  /** Zone and asset ids to fit the view to, each once. */
  readonly nodeIds: readonly string[];
}

export const NO_SCOPE: HighlightScope = { present: 0, missing: 0, nodeIds: [] };

export function highlightScope(doc: ZonewrightDocument, ids: ReadonlySet<string>): HighlightScope {
  if (ids.size === 0) return NO_SCOPE;
  const nodes = new Set<string>();
  const nodeIds = new Set<string>();
  for (const z of doc.zones) nodeIds.add(z.id);
  for (const a of doc.assets) nodeIds.add(a.id);
  let present = 0;
  for (const id of ids) {
    if (!nodeIds.has(id)) continue;
    nodes.add(id);
    present++;
  }
  for (const c of doc.conduits) {
    if (!ids.has(c.id)) continue;
    present++;
    for (const z of c.zoneIds) if (nodeIds.has(z)) nodes.add(z);
  }
  for (const l of doc.links) {
    if (!ids.has(l.id)) continue;
    present++;
    if (nodeIds.has(l.source)) nodes.add(l.source);
    if (nodeIds.has(l.target)) nodes.add(l.target);
  }
  return { present, missing: ids.size - present, nodeIds: [...nodes] };
}
