/**
 * The ELK arrangement of top-level zones: a layered drawing, top to bottom, one partition per
 * Purdue level (so levels stay in order), with conduits as edges so that crossing minimisation
 * puts joined zones near each other. By default uses ELK's bundled build, which runs in the
 * calling thread (no web worker), the same in Node and in the browser; a caller may hand in
 * another ELK instance (the editor passes one backed by a web worker, so the page stays responsive).
 */
import type { ELK as ElkApi } from 'elkjs/lib/elk-api';
import type { Position } from '../model/document';
import { TOP_GAP_X, TOP_GAP_Y, type TopLevelItem } from './layout';

/** What the arrangement needs of ELK: its `layout` call. */
export type ElkEngine = Pick<ElkApi, 'layout'>;

let instance: ElkEngine | undefined;

async function bundledElk(): Promise<ElkEngine> {
  if (!instance) {
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    instance = new ELK();
  }
  return instance;
}

export async function arrangeWithElk(
  items: readonly TopLevelItem[],
  edges: readonly (readonly [string, string])[],
  engine?: ElkEngine,
): Promise<Map<string, Position>> {
  const elk = engine ?? (await bundledElk());
  const levels = [...new Set(items.map((i) => i.level))].sort((a, b) => b - a);
  const rank = new Map(levels.map((level, i) => [level, i]));
  const levelOf = new Map(items.map((i) => [i.id, i.level]));
  const graph = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': String(TOP_GAP_X),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(TOP_GAP_Y),
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.separateConnectedComponents': 'false',
    },
    children: items.map((i) => ({
      id: i.id,
      width: i.width,
      height: i.height,
      layoutOptions: { 'elk.partitioning.partition': String(rank.get(i.level)) },
    })),
    // Edges point down the hierarchy, so that the layering agrees with the partitions.
    edges: edges.map(([a, b], k) => {
      const down = (levelOf.get(a) ?? 0) >= (levelOf.get(b) ?? 0);
      return { id: `e${k}`, sources: [down ? a : b], targets: [down ? b : a] };
    }),
  };
  const result = await elk.layout(graph);
  const out = new Map<string, Position>();
  for (const child of result.children ?? []) out.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  return out;
}
