/**
 * The edges of a zoomed-out canvas (see lod.ts), drawn together in one SVG instead of one React
 * Flow edge each (an SVG element, a hit area and several store subscriptions per edge): links as
 * one path per style and zone (so that an edit changes, and the browser repaints, only the paths
 * of the zones it touched), conduits as a path each, which can be clicked and opened like the edge.
 * Edges whose ends do not move are built once per document and per drag; on a pointer move only
 * the edges of what is being dragged are redrawn, in layers of their own, so the browser repaints little.
 */
import { memo, useMemo, useState, useSyncExternalStore, type MouseEvent as ReactMouseEvent } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { editorStore } from '../store/editorStore';
import type { DragFrames } from './dragInStore';
import { borderPoint, centre, type Layout, type Rect } from './geometry';
import { sameItems, Z, type ConduitEdge, type EditorEdge, type EditorNode, type LinkEdge, type NodeFrames } from './mapping';

type LinkStyle = 'plain' | 'conduit' | 'dashed' | 'highlighted' | 'selected';
const LINK_STYLES: readonly LinkStyle[] = ['plain', 'conduit', 'dashed', 'highlighted', 'selected'];

function linkStyle(edge: LinkEdge): LinkStyle {
  if (edge.selected) return 'selected';
  if (edge.data?.highlighted) return 'highlighted';
  const link = edge.data?.link;
  if (link?.medium === 'wireless' || link?.medium === 'vpn') return 'dashed';
  return link?.conduitId ? 'conduit' : 'plain';
}

const r = (v: number) => Math.round(v * 10) / 10;

/** A straight segment from border to border, shifted sideways by `offset`, as edges.tsx draws it. */
function segment(s: Rect, t: Rect, offset = 0): string {
  const sc = centre(s);
  const tc = centre(t);
  const len = Math.hypot(tc.x - sc.x, tc.y - sc.y) || 1;
  const nx = (-(tc.y - sc.y) / len) * offset;
  const ny = ((tc.x - sc.x) / len) * offset;
  const a = borderPoint(s, { x: tc.x + nx, y: tc.y + ny });
  const b = borderPoint(t, { x: sc.x + nx, y: sc.y + ny });
  return `M${r(a.x + nx)},${r(a.y + ny)}L${r(b.x + nx)},${r(b.y + ny)}`;
}

type RectOf = (id: string) => Rect | undefined;

interface LinkPath {
  readonly key: string;
  readonly style: LinkStyle;
  readonly d: string;
}

/** A group's path as last drawn, and what it was drawn from (the ends' frames, 8 numbers a link). */
interface DrawnGroup {
  readonly edges: readonly LinkEdge[];
  readonly frames: readonly number[];
  readonly d: string;
}

export type DrawnGroups = Map<string, DrawnGroup>;

/**
 * Links as paths by style (in stacking order) and by `groupOf` their source. With `drawn` (the
 * groups of the last call), a group whose links and ends have not changed keeps its path, so an
 * edit redraws the few groups it touched; `drawn` is refilled with this call's groups.
 */
export function drawLinks(edges: readonly LinkEdge[], rectOf: RectOf, groupOf: (id: string) => string, drawn?: DrawnGroups): LinkPath[] {
  const parts = new Map<string, { style: LinkStyle; edges: LinkEdge[]; frames: number[] }>();
  for (const e of edges) {
    const s = rectOf(e.source);
    const t = rectOf(e.target);
    if (!s || !t) continue;
    const style = linkStyle(e);
    const key = `${style} ${groupOf(e.source)}`;
    let part = parts.get(key);
    if (!part) parts.set(key, (part = { style, edges: [], frames: [] }));
    part.edges.push(e);
    part.frames.push(s.x, s.y, s.width, s.height, t.x, t.y, t.width, t.height);
  }
  const before = drawn && new Map(drawn);
  drawn?.clear();
  const out: LinkPath[] = [];
  for (const [key, { style, edges: list, frames }] of parts) {
    const last = before?.get(key);
    let d: string;
    if (last && sameItems(last.edges, list) && sameItems(last.frames, frames)) d = last.d;
    else {
      const segments: string[] = [];
      for (let i = 0; i < frames.length; i += 8) {
        const f = frames;
        segments.push(segment({ x: f[i]!, y: f[i + 1]!, width: f[i + 2]!, height: f[i + 3]! }, { x: f[i + 4]!, y: f[i + 5]!, width: f[i + 6]!, height: f[i + 7]! }));
      }
      d = segments.join('');
    }
    drawn?.set(key, { edges: list, frames, d });
    out.push({ key, style, d });
  }
  // In a fixed order (style, then group), not the order links come in: a path that changed place
  // would be moved in the DOM, and a moved path repaints its whole bounding box.
  return out.sort((a, b) => LINK_STYLES.indexOf(a.style) - LINK_STYLES.indexOf(b.style) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function LinkPaths({ paths, prefix }: { readonly paths: readonly LinkPath[]; readonly prefix: string }) {
  return paths.map((p) => <path key={prefix + p.key} className={`edge-layer-link edge-layer-link--${p.style}`} d={p.d} />);
}

function drawConduits(edges: readonly ConduitEdge[], rectOf: RectOf): (readonly [ConduitEdge, string])[] {
  const out: (readonly [ConduitEdge, string])[] = [];
  for (const e of edges) {
    const s = rectOf(e.source);
    const t = rectOf(e.target);
    if (s && t) out.push([e, segment(s, t, e.data?.offset ?? 0)]);
  }
  return out;
}

function selectConduit(e: ReactMouseEvent, id: string): void {
  const state = editorStore.getState();
  if (e.shiftKey || e.metaKey || e.ctrlKey) state.toggleSelected(new Map([[id, !state.selection.has(id)]]));
  else state.select([id]);
}

function openConduitMenu(e: ReactMouseEvent, id: string): void {
  e.preventDefault();
  e.stopPropagation();
  const state = editorStore.getState();
  if (!state.selection.has(id)) state.select([id]);
  state.openContextMenu({ x: e.clientX, y: e.clientY, over: 'element' });
}

const ConduitPaths = memo(function ConduitPaths({ drawn }: { readonly drawn: readonly (readonly [ConduitEdge, string])[] }) {
  return drawn.map(([edge, d]) => {
    const id = edge.data?.elementId ?? edge.id;
    return (
      <g
        key={edge.id}
        className={`edge-layer-conduit nodrag nopan${edge.selected ? ' is-selected' : ''}${edge.data?.shielded ? ' is-shielded' : ''}${edge.data?.highlighted ? ' is-highlighted' : ''}`}
        data-testid={`far-conduit-${edge.id}`}
        onClick={(e) => selectConduit(e, id)}
        onContextMenu={(e) => openConduitMenu(e, id)}
      >
        <title>{edge.data?.conduit.name}</title>
        <path className="edge-layer-conduit-hit" d={d} />
        <path className="edge-layer-conduit-line" d={d} />
      </g>
    );
  });
});

interface Props {
  readonly edges: readonly EditorEdge[];
  /** The mapped nodes (positions relative to their parent), without the drag frames. */
  readonly nodes: readonly EditorNode[];
  readonly layout: Layout;
  /** A zone resize in progress. */
  readonly frames: NodeFrames;
  /** The node drag in progress, followed here without a render of the canvas. */
  readonly drag: DragFrames;
}

function EdgeLayerImpl({ edges, nodes, layout, frames: resizing, drag }: Props) {
  const dragging = useSyncExternalStore(drag.subscribe, drag.get);
  const frames = useMemo(() => (dragging.size === 0 ? resizing : resizing.size === 0 ? dragging : new Map([...resizing, ...dragging])), [resizing, dragging]);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const children = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const n of nodes) {
      if (n.parentId === undefined) continue;
      const list = map.get(n.parentId);
      if (list) list.push(n.id);
      else map.set(n.parentId, [n.id]);
    }
    return map;
  }, [nodes]);

  // What moves: the dragged nodes and everything inside them. A key of ids only, so that what
  // stands still is built once per drag, not once per pointer move.
  const movingKey = useMemo(() => {
    const out = new Set<string>();
    const visit = (id: string) => {
      if (out.has(id)) return;
      out.add(id);
      for (const c of children.get(id) ?? []) visit(c);
    };
    for (const id of frames.keys()) if (byId.has(id)) visit(id);
    return [...out].sort().join('\n');
  }, [frames, byId, children]);

  // The link paths as last drawn, kept across renders so that an edit redraws only what it touched.
  const [drawnGroups] = useState<DrawnGroups>(() => new Map());
  const still = useMemo(() => {
    const ids = new Set(movingKey === '' ? [] : movingKey.split('\n'));
    const moves = (e: EditorEdge) => ids.has(e.source) || ids.has(e.target);
    const links: LinkEdge[] = [];
    const conduits: ConduitEdge[] = [];
    const movingLinks: LinkEdge[] = [];
    const movingConduits: ConduitEdge[] = [];
    for (const e of edges) {
      if (e.type === 'link') (moves(e) ? movingLinks : links).push(e as LinkEdge);
      else (moves(e) ? movingConduits : conduits).push(e as ConduitEdge);
    }
    const rectOf = (id: string) => layout.rects.get(id);
    const zoneOf = (id: string) => byId.get(id)?.parentId ?? '';
    return { links: drawLinks(links, rectOf, zoneOf, drawnGroups), conduits: drawConduits(conduits, rectOf), movingLinks, movingConduits };
  }, [edges, layout, movingKey, byId, drawnGroups]);

  // Absolute frames of the moving nodes: their dragged position plus their parents'.
  const live = useMemo(() => {
    if (still.movingLinks.length === 0 && still.movingConduits.length === 0) return undefined;
    const cache = new Map<string, Rect | undefined>();
    const rectOf = (id: string): Rect | undefined => {
      if (cache.has(id)) return cache.get(id);
      const node = byId.get(id);
      const base = layout.rects.get(id);
      let rect = base;
      if (node && base) {
        const frame = frames.get(id);
        const parent = node.parentId !== undefined ? rectOf(node.parentId) : undefined;
        const pos = frame?.position ?? node.position;
        rect = { x: pos.x + (parent?.x ?? 0), y: pos.y + (parent?.y ?? 0), width: frame?.width ?? base.width, height: frame?.height ?? base.height };
      }
      cache.set(id, rect);
      return rect;
    };
    return { links: drawLinks(still.movingLinks, rectOf, () => ''), conduits: drawConduits(still.movingConduits, rectOf) };
  }, [still, byId, layout, frames]);

  return (
    <ViewportPortal>
      <svg className="edge-layer edge-layer--links" style={{ zIndex: Z.link }} aria-hidden="true">
        <LinkPaths paths={still.links} prefix="" />
      </svg>
      <svg className="edge-layer edge-layer--conduits" style={{ zIndex: Z.conduit }} aria-label="Conduits">
        <ConduitPaths drawn={still.conduits} />
      </svg>
      {live && (
        // The moving edges, composited on their own above everything while the drag lasts: a
        // long edge that moves then repaints its few lines over its bounding box, not every node
        // and edge under that box; and on top, no node must be layered over it.
        <>
          <svg className="edge-layer edge-layer--moving" style={{ zIndex: Z.moving }} aria-hidden="true">
            <LinkPaths paths={live.links} prefix="live " />
          </svg>
          <svg className="edge-layer edge-layer--moving" style={{ zIndex: Z.moving + 1 }} aria-label="Conduits being moved">
            <ConduitPaths drawn={live.conduits} />
          </svg>
        </>
      )}
    </ViewportPortal>
  );
}

export const EdgeLayer = memo(EdgeLayerImpl);
