/**
 * The one mapping from the document to React Flow: zones become group nodes (parents before
 * children, positions relative to the parent), assets become nodes inside their zone, conduits and
 * links become edges. Node and edge objects are reused while their inputs stay the same, so React
 * Flow re-renders only what changed.
 */
import { Position as Side, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import {
  BOUNDARY_DEVICE_TYPES,
  type Asset,
  type Conduit,
  type Link,
  type Zone,
  type ZonewrightDocument,
} from '../../../shared';
import type { Badge } from '../analysis/findings';
import type { TransientFrame } from '../store/editorStore';
import { ASSET_SIZE, toRelative, type Layout, type Rect } from './geometry';

export interface ZoneNodeData extends Record<string, unknown> {
  readonly zone: Zone;
  readonly badge: Badge | undefined;
  /** Highlighted as a possible end while the conduit tool is active. */
  readonly pickable: boolean;
  /** Among the elements of the canvas highlight (revision changes, a scenario step). */
  readonly highlighted: boolean;
}

export interface AssetNodeData extends Record<string, unknown> {
  readonly asset: Asset;
  readonly badge: Badge | undefined;
  readonly highlighted: boolean;
}

export type ZoneNode = Node<ZoneNodeData, 'zone'>;
export type AssetNode = Node<AssetNodeData, 'asset'>;
export type EditorNode = ZoneNode | AssetNode;

export interface ConduitEdgeData extends Record<string, unknown> {
  /** The document element the edge draws (a conduit with three zones draws two edges). */
  readonly elementId: string;
  readonly conduit: Conduit;
  /** A boundary device enforces the conduit. */
  readonly shielded: boolean;
  readonly badge: Badge | undefined;
  /** Only the first edge of a conduit carries the label. */
  readonly labelled: boolean;
  /** Sideways shift in canvas units, so parallel conduits between the same zones stay apart. */
  readonly offset: number;
  /** How far from the middle, along the edge, the label sits, so parallel conduits' labels do not overlap. */
  readonly labelShift: number;
  readonly highlighted: boolean;
}

export interface LinkEdgeData extends Record<string, unknown> {
  readonly elementId: string;
  readonly link: Link;
  readonly badge: Badge | undefined;
  readonly highlighted: boolean;
}

export type ConduitEdge = Edge<ConduitEdgeData, 'conduit'>;
export type LinkEdge = Edge<LinkEdgeData, 'link'>;
export type EditorEdge = ConduitEdge | LinkEdge;

export interface FlowInput {
  readonly doc: ZonewrightDocument;
  readonly layout: Layout;
  readonly selection: ReadonlySet<string>;
  readonly badges: ReadonlyMap<string, Badge>;
  /** Positions and sizes of nodes being dragged or resized. */
  readonly transient?: Readonly<Record<string, TransientFrame>>;
  readonly pickZones?: boolean;
  /** Zoomed out past the level of detail: links are drawn by the link layer, not as edges. */
  readonly far?: boolean;
  /**
   * Ids of the highlighted elements, or none. Only these get a mark (and new objects); the canvas
   * dims the rest with one class, so setting or clearing a highlight re-creates few objects.
   */
  readonly highlight?: ReadonlySet<string> | null;
}

export interface FlowElements {
  readonly nodes: EditorNode[];
  readonly edges: EditorEdge[];
}

/** The class React Flow puts on the wrapper of a highlighted node or edge. */
export const HIGHLIGHTED_CLASS = 'is-highlighted';

/** Stacking: zones by depth, then conduits, links, and assets on top; the edges of a drag above all. */
export const Z = { conduit: 400, link: 500, asset: 1000, moving: 100_000 } as const;

/**
 * Where the handles sit, given up front so that React Flow never measures them in the DOM (2,000
 * measurements when a large plant opens), and so that edges keep their ends while a zoomed-out
 * canvas draws nodes without handles. Asset handles are 9 × 9 px, centred on each side (styles.css).
 */
const ASSET_HANDLE = 9;
export const ASSET_HANDLES: NodeHandle[] = [
  { id: Side.Top, type: 'source', position: Side.Top, x: ASSET_SIZE.width / 2 - ASSET_HANDLE / 2, y: -ASSET_HANDLE / 2, width: ASSET_HANDLE, height: ASSET_HANDLE },
  { id: Side.Right, type: 'source', position: Side.Right, x: ASSET_SIZE.width - ASSET_HANDLE / 2, y: ASSET_SIZE.height / 2 - ASSET_HANDLE / 2, width: ASSET_HANDLE, height: ASSET_HANDLE },
  { id: Side.Bottom, type: 'source', position: Side.Bottom, x: ASSET_SIZE.width / 2 - ASSET_HANDLE / 2, y: ASSET_SIZE.height - ASSET_HANDLE / 2, width: ASSET_HANDLE, height: ASSET_HANDLE },
  { id: Side.Left, type: 'source', position: Side.Left, x: -ASSET_HANDLE / 2, y: ASSET_SIZE.height / 2 - ASSET_HANDLE / 2, width: ASSET_HANDLE, height: ASSET_HANDLE },
];

/** A zone's one (hidden) handle, which conduit edges need: React Flow's 6 px default, at the centre. */
function zoneHandles(width: number, height: number): NodeHandle[] {
  return [{ id: null, type: 'source', position: Side.Top, x: width / 2 - 3, y: height / 2 - 3, width: 6, height: 6 }];
}

/** Ids of the edges drawing conduit `id` (one per joined zone after the first). */
export function conduitEdgeId(conduitId: string, index: number): string {
  return index === 0 ? conduitId : `${conduitId}::${index}`;
}

/** The document element behind a node or edge id. */
export function elementIdOf(flowId: string): string {
  const i = flowId.indexOf('::');
  return i === -1 ? flowId : flowId.slice(0, i);
}

/** Boundary devices on a conduit: listed in it, or an end of one of its links. */
export function shieldedConduits(doc: ZonewrightDocument): ReadonlySet<string> {
  const boundary = new Set<string>(doc.assets.filter((a) => BOUNDARY_DEVICE_TYPES.has(a.type)).map((a) => a.id));
  const out = new Set<string>();
  for (const c of doc.conduits) if (c.boundaryDevices?.some((id) => boundary.has(id))) out.add(c.id);
  for (const l of doc.links) if (l.conduitId !== undefined && (boundary.has(l.source) || boundary.has(l.target))) out.add(l.conduitId);
  return out;
}

/**
 * The nodes and edges last made for each document element (a conduit has an edge per joined zone
 * after the first), with what they were made from. Keyed by the element object, which an edit
 * replaces: an unchanged element costs a lookup, and one gone from the document is forgotten.
 */
export type MappingCache = WeakMap<object, { deps: readonly unknown[]; value: unknown }[]>;

/** Whether two lists hold the same items in the same order (compared as Object.is does). */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function memo<T>(cache: MappingCache | undefined, element: object, index: number, deps: readonly unknown[], make: () => T): T {
  const entries = cache?.get(element);
  const hit = entries?.[index];
  if (hit && sameItems(hit.deps, deps)) return hit.value as T;
  const value = make();
  if (entries) entries[index] = { deps, value };
  else cache?.set(element, Object.assign([], { [index]: { deps, value } }));
  return value;
}

/** Maps the document; pure. Pass a cache kept across calls to reuse unchanged node and edge objects. */
export function documentToFlow(input: FlowInput, cache?: MappingCache): FlowElements {
  const { doc, layout, selection, badges, transient = {} } = input;
  const marked = input.highlight ?? undefined;
  const nodes: EditorNode[] = [];
  const zoneIds = new Set<string>();

  for (const zone of layout.zoneOrder) {
    zoneIds.add(zone.id);
    const rect = layout.rects.get(zone.id) as Rect;
    const nested = (layout.depth.get(zone.id) ?? 0) > 0 && zone.parentId !== undefined;
    const parent = nested ? layout.rects.get(zone.parentId as string) : undefined;
    const t = transient[zone.id];
    const selected = selection.has(zone.id);
    const badge = badges.get(zone.id);
    const pickable = input.pickZones ?? false;
    const depth = layout.depth.get(zone.id) ?? 0;
    const highlighted = marked?.has(zone.id) ?? false;
    nodes.push(
      memo(cache, zone, 0, [rect.x, rect.y, rect.width, rect.height, parent?.x, parent?.y, t, selected, badge?.count, badge?.severity, pickable, depth, highlighted], (): ZoneNode => {
        const width = t?.width ?? rect.width;
        const height = t?.height ?? rect.height;
        const node: ZoneNode = {
          id: zone.id,
          type: 'zone',
          position: t?.position ?? toRelative(rect, parent),
          width,
          height,
          measured: { width, height },
          handles: zoneHandles(width, height),
          selected,
          zIndex: depth,
          dragHandle: '.zone-drag-handle',
          ariaLabel: `Zone ${zone.name}`,
          data: { zone, badge, pickable, highlighted },
        };
        if (nested) node.parentId = zone.parentId;
        if (highlighted) node.className = HIGHLIGHTED_CLASS;
        return node;
      }),
    );
  }

  for (const asset of doc.assets) {
    const rect = layout.rects.get(asset.id) as Rect;
    const inZone = asset.zoneId !== undefined && zoneIds.has(asset.zoneId);
    const parent = inZone ? layout.rects.get(asset.zoneId as string) : undefined;
    const t = transient[asset.id];
    const selected = selection.has(asset.id);
    const badge = badges.get(asset.id);
    const highlighted = marked?.has(asset.id) ?? false;
    nodes.push(
      memo(cache, asset, 0, [rect.x, rect.y, parent?.x, parent?.y, t, selected, badge?.count, badge?.severity, highlighted], (): AssetNode => {
        const node: AssetNode = {
          id: asset.id,
          type: 'asset',
          position: t?.position ?? toRelative(rect, parent),
          width: ASSET_SIZE.width,
          height: ASSET_SIZE.height,
          measured: { ...ASSET_SIZE },
          handles: ASSET_HANDLES,
          selected,
          zIndex: Z.asset,
          ariaLabel: `Asset ${asset.name}`,
          data: { asset, badge, highlighted },
        };
        if (inZone) node.parentId = asset.zoneId;
        if (highlighted) node.className = HIGHLIGHTED_CLASS;
        return node;
      }),
    );
  }

  const edges: EditorEdge[] = [];
  const far = input.far ?? false;
  const shielded = shieldedConduits(doc);
  // Conduits joining the same pair of zones are drawn side by side.
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const perPair = new Map<string, number>();
  for (const c of doc.conduits) {
    const ends = [...new Set(c.zoneIds)].filter((z) => zoneIds.has(z));
    for (let i = 1; i < ends.length; i++) {
      const k = pairKey(ends[0] as string, ends[i] as string);
      perPair.set(k, (perPair.get(k) ?? 0) + 1);
    }
  }
  const seenPair = new Map<string, number>();
  for (const conduit of doc.conduits) {
    const ends = [...new Set(conduit.zoneIds)].filter((z) => zoneIds.has(z));
    const selected = selection.has(conduit.id);
    const badge = badges.get(conduit.id);
    const isShielded = shielded.has(conduit.id);
    const highlighted = marked?.has(conduit.id) ?? false;
    for (let i = 1; i < ends.length; i++) {
      const id = conduitEdgeId(conduit.id, i - 1);
      const k = pairKey(ends[0] as string, ends[i] as string);
      const nth = seenPair.get(k) ?? 0;
      seenPair.set(k, nth + 1);
      // Offsets are relative to the pair's canonical direction, so A→B and B→A conduits separate too.
      const flip = (ends[0] as string) < (ends[i] as string) ? 1 : -1;
      const spread = nth - ((perPair.get(k) ?? 1) - 1) / 2;
      const offset = spread * 34 * flip;
      const labelShift = spread * 36 * flip;
      edges.push(
        memo(cache, conduit, i - 1, [selected, badge?.count, badge?.severity, isShielded, ends[0], ends[i], offset, labelShift, far, highlighted], (): ConduitEdge => {
          const edge: ConduitEdge = {
            id,
            type: 'conduit',
            source: ends[0] as string,
            target: ends[i] as string,
            selected,
            zIndex: Z.conduit,
            ariaLabel: `Conduit ${conduit.name}`,
            data: { elementId: conduit.id, conduit, shielded: isShielded, badge, labelled: i === 1, offset, labelShift, highlighted },
          };
          if (highlighted) edge.className = HIGHLIGHTED_CLASS;
          // Zoomed out, the edge layer draws it (and takes its clicks); React Flow still selects it.
          if (far) edge.hidden = true;
          return edge;
        }),
      );
    }
  }
  const assetIds = new Set<string>(doc.assets.map((a) => a.id));
  for (const link of doc.links) {
    if (!assetIds.has(link.source) || !assetIds.has(link.target)) continue;
    const selected = selection.has(link.id);
    const badge = badges.get(link.id);
    const highlighted = marked?.has(link.id) ?? false;
    edges.push(
      memo(cache, link, 0, [selected, badge?.count, badge?.severity, far, highlighted], (): LinkEdge => {
        const edge: LinkEdge = {
          id: link.id,
          type: 'link',
          source: link.source,
          target: link.target,
          selected,
          zIndex: Z.link,
          ariaLabel: 'Link',
          data: { elementId: link.id, link, badge, highlighted },
        };
        if (highlighted) edge.className = HIGHLIGHTED_CLASS;
        // Zoomed out, the edge layer draws it; React Flow still knows it (the rubber band selects it).
        if (far) edge.hidden = true;
        return edge;
      }),
    );
  }
  return { nodes, edges };
}

const NOTHING_SELECTED: ReadonlySet<string> = new Set();
const selectedVariants = new WeakMap<object, object>();

/** The element marked selected; the same object each time for the same element. */
function asSelected<T extends EditorNode | EditorEdge>(item: T): T {
  let out = selectedVariants.get(item) as T | undefined;
  if (!out) {
    out = { ...item, selected: true };
    selectedVariants.set(item, out);
  }
  return out;
}

function withSelection<T extends EditorNode | EditorEdge>(items: T[], selection: ReadonlySet<string>, idOf: (item: T) => string): T[] {
  if (selection.size === 0) return items;
  let out: T[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (!selection.has(idOf(item))) continue;
    out ??= items.slice();
    out[i] = asSelected(item);
  }
  return out ?? items;
}

const edgeElementId = (e: EditorEdge): string => e.data?.elementId ?? elementIdOf(e.id);

/** What the canvas passes React Flow, besides the full mapping. */
export interface MappedFlow extends FlowElements {
  /**
   * The edges for React Flow: `edges` while zoomed in. Zoomed out, the edge layer draws them, and
   * React Flow gets only the selected ones (hidden), for it to clear their selection: every edge
   * it knows costs a mounted component and store selectors run on each of its updates (4,000
   * links made each update, so each edit and drag step, some 15 ms slower). The list stays as
   * long as their ends and selection do, so an edit changing only edge data costs it no update.
   * The rubber band's selecting of the edges at selected nodes is done by the canvas meanwhile
   * (`connectedEdges`).
   */
  readonly flowEdges: EditorEdge[];
}

/** The same edges with the same ends, selection and visibility: all React Flow needs while zoomed out. */
function sameEnds(a: readonly EditorEdge[], b: readonly EditorEdge[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as EditorEdge;
    const y = b[i] as EditorEdge;
    if (x === y) continue;
    if (x.id !== y.id || x.source !== y.source || x.target !== y.target || !x.selected !== !y.selected || !x.hidden !== !y.hidden) return false;
  }
  return true;
}

/**
 * A mapper that remembers its last output, for use across renders. The document is mapped (with
 * reuse of unchanged objects) only when it, its layout, the badges, the mode or the highlight
 * change; a change
 * of selection alone re-marks the selected elements over the last mapping.
 */
export function createFlowMapper(): (input: FlowInput) => MappedFlow {
  const cache: MappingCache = new WeakMap();
  let base: { input: FlowInput; out: FlowElements } | undefined;
  let last: MappedFlow = { nodes: [], edges: [], flowEdges: [] };
  let kept: EditorEdge[] | undefined;
  return (input) => {
    const b = base?.input;
    let mapped = base?.out;
    if (!mapped || !b || b.doc !== input.doc || b.layout !== input.layout || b.badges !== input.badges || b.transient !== input.transient || b.pickZones !== input.pickZones || b.far !== input.far || b.highlight !== input.highlight) {
      mapped = documentToFlow({ ...input, selection: NOTHING_SELECTED }, cache);
      base = { input, out: mapped };
    }
    const nodes = withSelection(mapped.nodes, input.selection, (n) => n.id);
    const edges = withSelection(mapped.edges, input.selection, edgeElementId);
    // Unchanged lists keep their identity: React Flow then skips rebuilding its lookups.
    const nextNodes = sameItems(nodes, last.nodes) ? last.nodes : nodes;
    const nextEdges = sameItems(edges, last.edges) ? last.edges : edges;
    let flowEdges = nextEdges;
    if (!input.far) kept = undefined;
    else if (nextEdges !== last.edges || !kept) {
      const selected = nextEdges.filter((e) => e.selected);
      if (kept && sameEnds(kept, selected)) flowEdges = kept;
      else flowEdges = kept = selected;
    } else flowEdges = kept;
    last = { nodes: nextNodes, edges: nextEdges, flowEdges };
    return last;
  };
}

const edgesAtNodes = new WeakMap<readonly EditorEdge[], Map<string, string[]>>();

/**
 * The document elements (links, conduits) of the edges that end at any of `nodeIds`: what React
 * Flow's rubber band selects along with the nodes.
 */
export function connectedEdges(edges: readonly EditorEdge[], nodeIds: Iterable<string>): Set<string> {
  let index = edgesAtNodes.get(edges);
  if (!index) {
    index = new Map();
    for (const e of edges) {
      for (const end of [e.source, e.target]) {
        const list = index.get(end);
        if (list) list.push(edgeElementId(e));
        else index.set(end, [edgeElementId(e)]);
      }
    }
    edgesAtNodes.set(edges, index);
  }
  const out = new Set<string>();
  for (const id of nodeIds) for (const e of index.get(id) ?? []) out.add(e);
  return out;
}

export type NodeFrames = ReadonlyMap<string, TransientFrame>;

const indexCache = new WeakMap<readonly EditorNode[], Map<string, number>>();

function indexOf(nodes: readonly EditorNode[]): Map<string, number> {
  let index = indexCache.get(nodes);
  if (!index) {
    index = new Map(nodes.map((n, i) => [n.id, i]));
    indexCache.set(nodes, index);
  }
  return index;
}

/**
 * The mapped nodes with the frames of a drag or resize in progress laid over them: a copy of the
 * list in which only the moving nodes are new objects, so that React Flow redoes nothing for the
 * others on each pointer move.
 */
export function withFrames(nodes: EditorNode[], frames: NodeFrames): EditorNode[] {
  if (frames.size === 0) return nodes;
  const index = indexOf(nodes);
  let out: EditorNode[] | undefined;
  for (const [id, frame] of frames) {
    const i = index.get(id);
    if (i === undefined) continue;
    const node = nodes[i] as EditorNode;
    const width = frame.width ?? node.width;
    const height = frame.height ?? node.height;
    const next = { ...node, position: frame.position ?? node.position, width, height } as EditorNode;
    if (width !== undefined && height !== undefined) {
      next.measured = { width, height };
      if (next.type === 'zone') next.handles = zoneHandles(width, height);
    }
    out ??= nodes.slice();
    out[i] = next;
  }
  return out ?? nodes;
}
