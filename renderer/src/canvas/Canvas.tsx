/**
 * The diagram. React Flow runs controlled: nodes and edges come from the document (through the
 * one mapping), selection from the selection slice. A drag or resize in progress stays here, as
 * frames laid over the mapped nodes (only the moving nodes change on a pointer move; the store,
 * the mapping and the analysis are left alone), until release, when it is committed to the
 * document as one edit. Large plants stay fluid through the level of detail (lod.ts), React Flow
 * rendering only what is in view, and findings computed after the edit is painted (useAnalysis).
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import {
  ConnectionMode,
  Panel,
  ReactFlow,
  type Connection,
  type EdgeChange,
  type EdgeMouseHandler,
  type IsValidConnection,
  type NodeChange,
  type NodeMouseHandler,
  type ReactFlowInstance,
  type XYPosition,
  useStore,
  useStoreApi,
} from '@xyflow/react';
import { addLink, nextId, resizeZone, type AssetId, type AssetType, type Move, type ZoneId } from '../../../shared';
import { badgesOf } from '../analysis/findings';
import { useAnalysis } from '../analysis/useAnalysis';
import { addAssetAt, canvasBridge, pickZoneForConduit } from '../commands/actions';
import { IS_MAC } from '../commands/registry';
import { ViewControls } from '../components/Toolbar';
import { editorStore, useEditor, type TransientFrame } from '../store/editorStore';
import { AssetNodeView } from './AssetNodeView';
import { ConduitEdgeView, LinkEdgeView } from './edges';
import { GRID, resolveLayout, toAbsolute } from './geometry';
import { createDragFrames, moveInFlow } from './dragInStore';
import { DotGrid } from './DotGrid';
import { EdgeLayer } from './EdgeLayer';
import { CanvasHighlight } from './HighlightBanner';
import { highlightScope } from './highlight';
import { Overview } from './Overview';
import { FarContext, selectFar } from './lod';
import { connectedEdges, createFlowMapper, elementIdOf, withFrames, type EditorEdge, type EditorNode, type FlowInput, type NodeFrames } from './mapping';
import { MAX_ZOOM, MIN_ZOOM } from './viewport';
import { ZoneNodeView } from './ZoneNodeView';
import { PALETTE_MIME } from './dnd';
import './canvas.css';


const nodeTypes = { zone: ZoneNodeView, asset: AssetNodeView };
const edgeTypes = { conduit: ConduitEdgeView, link: LinkEdgeView };
/** Middle-button drag pans; the right button opens the context menu. */
const PAN_BUTTONS = [1];
const SNAP: [number, number] = [GRID, GRID];
/**
 * Off the Mac, Ctrl + wheel zooms without a zoom key (React Flow reads it as a pinch), and React
 * Flow tracking Ctrl would rebind its wheel handler, so repaint the whole canvas, on each press
 * and release of Ctrl, as for every Ctrl+Z.
 */
const ZOOM_KEY = IS_MAC ? 'Meta' : null;

function assertNever(x: never): never {
  throw new Error(`unexpected change ${JSON.stringify(x)}`);
}

const NO_FRAMES: NodeFrames = new Map();
const NO_MARKS: readonly string[] = [];

/** Commits the frames of a finished drag: absolute positions, then zone membership. True if the document changed. */
function commitDrag(frames: NodeFrames): boolean {
  const state = editorStore.getState();
  const layout = resolveLayout(state.doc);
  const moves: Move[] = [];
  const zoneIds = new Set<string>(state.doc.zones.map((z) => z.id));
  for (const [id, frame] of frames) {
    if (!frame.position) continue;
    const zone = state.doc.zones.find((z) => z.id === id);
    const asset = zone ? undefined : state.doc.assets.find((a) => a.id === id);
    const parentId = zone ? (zone.parentId !== undefined && (layout.depth.get(zone.id) ?? 0) > 0 ? zone.parentId : undefined) : asset?.zoneId;
    if (!zone && !asset) continue;
    const parent = parentId !== undefined && zoneIds.has(parentId) ? layout.rects.get(parentId) : undefined;
    moves.push({ id: id as ZoneId, position: toAbsolute(frame.position, parent) });
  }
  return moves.length > 0 && state.commitMoves(moves);
}

function positionsOf(frames: NodeFrames): [string, XYPosition][] {
  const out: [string, XYPosition][] = [];
  for (const [id, frame] of frames) if (frame.position) out.push([id, frame.position]);
  return out;
}

/** Commits a finished zone resize: its frame in absolute units; its contents stay put. */
function commitResize(id: string, frame: TransientFrame | undefined): void {
  const state = editorStore.getState();
  const zone = state.doc.zones.find((z) => z.id === id);
  if (!frame || !zone) return;
  const layout = resolveLayout(state.doc);
  const rect = layout.rects.get(id);
  if (!rect) return;
  const nested = zone.parentId !== undefined && (layout.depth.get(id) ?? 0) > 0;
  const parent = nested ? layout.rects.get(zone.parentId as string) : undefined;
  const position = frame.position ? toAbsolute(frame.position, parent) : { x: rect.x, y: rect.y };
  const size = { width: frame.width ?? rect.width, height: frame.height ?? rect.height };
  state.edit((doc) => resizeZone(doc, { id: zone.id, position, size }));
}

/**
 * A press on a node (not on a handle, which draws a link, nor a resize control) captures the
 * pointer for the node until release. The browser then sends a drag's moves to it without
 * hit-testing the canvas for each (on a 2,000-asset plant some 2 ms, twice a move).
 */
function captureForDrag(e: ReactPointerEvent): void {
  const target = e.target instanceof Element ? e.target : null;
  const node = target?.closest('.react-flow__node');
  if (!node || !target || target.closest('.react-flow__handle, .react-flow__resize-control, input, textarea, select, button, a')) return;
  try {
    node.setPointerCapture(e.pointerId);
  } catch {
    // Not an active pointer (a synthetic event): nothing to capture.
  }
}

export function Canvas() {
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const mode = useEditor((s) => s.mode);
  const highlight = useEditor((s) => s.highlight);
  const far = useStore(selectFar);
  // Findings follow the edit in a deferred render; until then the badges are the previous ones.
  const { result: analysis } = useAnalysis();
  const mapper = useMemo(() => createFlowMapper(), []);
  const wrapper = useRef<HTMLDivElement>(null);
  // The resize in progress: its frames (positions relative to the parent), by node id.
  const [frames, setFrames] = useState<NodeFrames>(NO_FRAMES);
  const framesRef = useRef<NodeFrames>(NO_FRAMES);
  const updateFrames = useCallback((next: NodeFrames) => {
    framesRef.current = next;
    setFrames(next);
  }, []);
  const flowStore = useStoreApi<EditorNode, EditorEdge>();
  // The node drag in progress, outside React state (dragInStore.ts).
  const drag = useMemo(() => createDragFrames((moving) => moveInFlow(flowStore, positionsOf(moving))), [flowStore]);

  const layout = resolveLayout(doc);
  const input = useMemo(
    (): FlowInput => ({ doc, layout, selection, badges: badgesOf(analysis.findings), pickZones: mode.kind === 'addConduit', far, highlight: highlight?.ids ?? null }),
    [doc, layout, selection, analysis, mode.kind, far, highlight],
  );
  // Where the highlighted elements sit, for the overview; nothing to compute without a highlight.
  const marks = useMemo(() => (highlight ? highlightScope(doc, highlight.ids).nodeIds : NO_MARKS), [doc, highlight]);
  const mapped = useMemo(() => mapper(input), [mapper, input]);

  // Crossing the level of detail hides or shows the edges that the edge layer draws. React Flow
  // takes new edges only after the render that already uses the new zoom, and would mount an edge
  // for each of thousands of links in view for that one frame; so its store gets them at once,
  // when the zoom changes. The next render maps to the very same list.
  const inputRef = useRef(input);
  useEffect(() => {
    inputRef.current = input;
  }, [input]);
  useEffect(
    () =>
      flowStore.subscribe((state, prev) => {
        const next = selectFar(state);
        if (next === selectFar(prev) || next === inputRef.current.far) return;
        state.setEdges(mapper({ ...inputRef.current, far: next }).flowEdges);
      }),
    [flowStore, mapper],
  );
  const nodes = useMemo(() => withFrames(mapped.nodes, frames), [mapped.nodes, frames]);
  const nodesRef = useRef(nodes);
  // New nodes during a drag (its selecting the node, findings arriving) were just given to React
  // Flow's store by its own effect, which runs before this one: the drag's positions go back on.
  useEffect(() => {
    nodesRef.current = nodes;
    const moving = drag.latest();
    if (moving.size > 0) moveInFlow(flowStore, positionsOf(moving));
  }, [nodes, drag, flowStore]);
  const edgesRef = useRef(mapped.edges);
  useEffect(() => {
    edgesRef.current = mapped.edges;
  }, [mapped.edges]);

  // Zoomed out, React Flow knows only the selected edges (mapping.ts), so its rubber band would
  // not select the others at the nodes it selects: this adds them to the node changes (and drops
  // the selected edges at no selected node), as React Flow does with every edge it knows.
  const selectConnectedEdges = useCallback(
    (changes: Map<string, boolean>, selection: ReadonlySet<string>) => {
      const { nodeLookup } = flowStore.getState();
      const nodeIds = new Set<string>();
      for (const id of selection) if (nodeLookup.has(id) && changes.get(id) !== false) nodeIds.add(id);
      for (const [id, on] of changes) if (on && nodeLookup.has(id)) nodeIds.add(id);
      const edges = connectedEdges(edgesRef.current, nodeIds);
      for (const id of selection) if (!nodeLookup.has(id) && !edges.has(id)) changes.set(id, false);
      for (const id of edges) if (!selection.has(id)) changes.set(id, true);
    },
    [flowStore],
  );
  const { edges, flowEdges } = mapped;

  const onNodesChange = useCallback((changes: NodeChange<EditorNode>[]) => {
    const state = editorStore.getState();
    let frames: Map<string, TransientFrame> | undefined;
    const frame = (id: string, patch: TransientFrame) => {
      frames ??= new Map(framesRef.current);
      frames.set(id, { ...frames.get(id), ...patch });
    };
    let dragged: Map<string, TransientFrame> | undefined;
    const selected = new Map<string, boolean>();
    const resized: string[] = [];
    for (const c of changes) {
      switch (c.type) {
        case 'position':
          // A drag reports `dragging`; a resize from the top or left edge moves the zone without it.
          if (c.position && c.dragging !== undefined) (dragged ??= new Map(drag.latest())).set(c.id, { position: c.position });
          else if (c.position) frame(c.id, { position: c.position });
          break;
        case 'dimensions':
          if (c.resizing === true && c.dimensions) frame(c.id, c.dimensions);
          else if (c.resizing === false) resized.push(c.id);
          break;
        case 'select':
          selected.set(c.id, c.selected);
          break;
        case 'add':
        case 'remove':
        case 'replace':
          // Elements are added and removed through document edits only.
          break;
        default:
          assertNever(c);
      }
    }
    if (frames) updateFrames(frames);
    if (dragged) {
      const last = dragged;
      drag.set(last);
      // The end of a drag: its drop (onNodeDragStop) follows at once, unless it was aborted.
      if (changes.some((c) => c.type === 'position' && c.dragging === false))
        queueMicrotask(() => {
          if (drag.latest() !== last) return;
          drag.clear();
          flowStore.getState().setNodes(nodesRef.current);
        });
    }
    if (selected.size > 0 && inputRef.current.far && flowStore.getState().userSelectionRect) selectConnectedEdges(selected, state.selection);
    if (selected.size > 0) state.toggleSelected(selected);
    if (resized.length > 0) {
      const current = framesRef.current;
      updateFrames(NO_FRAMES);
      for (const id of resized) commitResize(id, current.get(id));
    }
  }, [updateFrames, selectConnectedEdges, drag, flowStore]);

  const onEdgesChange = useCallback((changes: EdgeChange<EditorEdge>[]) => {
    const selected = new Map<string, boolean>();
    for (const c of changes) if (c.type === 'select') selected.set(elementIdOf(c.id), c.selected);
    if (selected.size > 0) editorStore.getState().toggleSelected(selected);
  }, []);

  // Multi-selection follows the modifiers of each press (Shift, Ctrl or Cmd), set in React Flow's
  // store just before it handles the press. React Flow's own key tracking would update its store,
  // and so run every node's selectors, on each Ctrl of a shortcut such as Ctrl+Z.
  const onPointerDownCapture = useCallback(
    (e: ReactPointerEvent) => {
      const multi = e.shiftKey || e.metaKey || e.ctrlKey;
      if (flowStore.getState().multiSelectionActive !== multi) flowStore.setState({ multiSelectionActive: multi });
      if (e.button === 0) captureForDrag(e);
    },
    [flowStore],
  );

  // A release with no selection box under way stops here. React Flow's pane otherwise handles
  // every release (the drop of a drag included) by setting its selection-box state, unchanged, in
  // its store, which still runs the selectors of every node: some 20 ms on a 2,000-asset plant.
  const onPointerUpCapture = useCallback(
    (e: ReactPointerEvent) => {
      const { userSelectionRect, userSelectionActive } = flowStore.getState();
      if (userSelectionRect === null && !userSelectionActive) e.stopPropagation();
    },
    [flowStore],
  );

  const onNodeDragStop = useCallback(() => {
    const current = drag.latest();
    drag.clear();
    // Unchanged, the document maps to the same nodes, so React Flow's store is given them again.
    if (!commitDrag(current)) flowStore.getState().setNodes(nodesRef.current);
  }, [drag, flowStore]);

  const isValidConnection: IsValidConnection<EditorEdge> = useCallback((c) => {
    if (c.source === c.target) return false;
    const { doc: d } = editorStore.getState();
    const isAsset = (id: string) => d.assets.some((a) => a.id === id);
    if (!isAsset(c.source) || !isAsset(c.target)) return false;
    return !d.links.some((l) => (l.source === c.source && l.target === c.target) || (l.source === c.target && l.target === c.source));
  }, []);

  const onConnect = useCallback((c: Connection) => {
    const state = editorStore.getState();
    const id = nextId(state.doc, 'link');
    if (state.edit((d) => addLink(d, { id, source: c.source as AssetId, target: c.target as AssetId }))) {
      state.select([id]);
      const link = editorStore.getState().doc.links.find((l) => l.id === id);
      state.notify(link?.conduitId ? 'Link added to the conduit between the two zones' : 'Link added', 'success');
    }
  }, []);

  const onNodeClick: NodeMouseHandler<EditorNode> = useCallback((_e, node) => {
    if (editorStore.getState().mode.kind !== 'addConduit') return;
    if (node.type === 'zone') pickZoneForConduit(node.id as ZoneId);
    else if (node.data.asset.zoneId !== undefined) pickZoneForConduit(node.data.asset.zoneId);
  }, []);

  const onNodeContextMenu: NodeMouseHandler<EditorNode> = useCallback((e, node) => {
    e.preventDefault();
    const state = editorStore.getState();
    if (!state.selection.has(node.id)) state.select([node.id]);
    state.openContextMenu({ x: e.clientX, y: e.clientY, over: 'element' });
  }, []);

  const onEdgeContextMenu: EdgeMouseHandler<EditorEdge> = useCallback((e, edge) => {
    e.preventDefault();
    const state = editorStore.getState();
    const id = elementIdOf(edge.id);
    if (!state.selection.has(id)) state.select([id]);
    state.openContextMenu({ x: e.clientX, y: e.clientY, over: 'element' });
  }, []);

  const onSelectionContextMenu = useCallback((e: ReactMouseEvent) => {
    e.preventDefault();
    editorStore.getState().openContextMenu({ x: e.clientX, y: e.clientY, over: 'element' });
  }, []);

  const onPaneContextMenu = useCallback((e: MouseEvent | ReactMouseEvent) => {
    e.preventDefault();
    editorStore.getState().openContextMenu({ x: e.clientX, y: e.clientY, over: 'canvas' });
  }, []);

  const onInit = useCallback((instance: ReactFlowInstance<EditorNode, EditorEdge>) => {
    canvasBridge.flow = instance;
    canvasBridge.element = wrapper.current;
    // Fitting an empty canvas would be queued by React Flow and jump to the first node added.
    if (instance.getNodes().length > 0) void instance.fitView({ padding: 0.12, maxZoom: 1.25 });
  }, []);

  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes(PALETTE_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback((e: DragEvent) => {
    const type = e.dataTransfer.getData(PALETTE_MIME);
    if (!type || !canvasBridge.flow) return;
    e.preventDefault();
    e.stopPropagation();
    addAssetAt(type as AssetType, canvasBridge.flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  }, []);

  return (
    <FarContext.Provider value={far}>
    <div className={`canvas${mode.kind === 'addConduit' ? ' is-picking' : ''}${far ? ' is-far' : ''}${highlight ? ' has-highlight' : ''}`} ref={wrapper} onDragOver={onDragOver} onDrop={onDrop} onPointerDownCapture={onPointerDownCapture} onPointerUpCapture={onPointerUpCapture} data-testid="canvas">
      <ReactFlow<EditorNode, EditorEdge>
        nodes={nodes}
        edges={flowEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionDragStop={onNodeDragStop}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onNodeClick={onNodeClick}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeContextMenu={onEdgeContextMenu}
        onPaneContextMenu={onPaneContextMenu}
        onSelectionContextMenu={onSelectionContextMenu}
        onInit={onInit}
        connectionMode={ConnectionMode.Loose}
        snapToGrid
        snapGrid={SNAP}
        selectionOnDrag
        panOnDrag={PAN_BUTTONS}
        panOnScroll
        zoomOnPinch
        zoomActivationKeyCode={ZOOM_KEY}
        multiSelectionKeyCode={null}
        selectionKeyCode={null}
        deleteKeyCode={null}
        disableKeyboardA11y
        elevateNodesOnSelect={false}
        elevateEdgesOnSelect={false}
        zIndexMode="manual"
        onlyRenderVisibleElements
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        proOptions={{ hideAttribution: true }}
        aria-label="Diagram"
      >
        <DotGrid gap={GRID * 3} size={1.2} color="#c9cdd6" />
        <Panel position="bottom-left">
          <ViewControls />
        </Panel>
        <Overview layout={layout} marks={marks} />
        {far && <EdgeLayer edges={edges} nodes={mapped.nodes} layout={layout} frames={frames} drag={drag} />}
      </ReactFlow>
      <CanvasHighlight />
    </div>
    </FarContext.Provider>
  );
}
