/**
 * The diagram. React Flow runs controlled: nodes and edges come from the document (through the
 * one mapping), selection from the selection slice, and a drag or resize in progress lives in the
 * ui slice until release, when it is committed to the document as one edit.
 */
import { useCallback, useMemo, useRef, type DragEvent, type MouseEvent as ReactMouseEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  MiniMap,
  Panel,
  ReactFlow,
  type Connection,
  type EdgeChange,
  type EdgeMouseHandler,
  type IsValidConnection,
  type NodeChange,
  type NodeMouseHandler,
  type ReactFlowInstance,
} from '@xyflow/react';
import { addLink, nextId, resizeZone, type AssetId, type AssetType, type Move, type ZoneId } from '../../../shared';
import { analysisOf, badgesOf } from '../analysis/findings';
import { addAssetAt, canvasBridge, pickZoneForConduit } from '../commands/actions';
import { ViewControls } from '../components/Toolbar';
import { editorStore, useEditor, type TransientFrame } from '../store/editorStore';
import { AssetNodeView } from './AssetNodeView';
import { ConduitEdgeView, LinkEdgeView } from './edges';
import { GRID, resolveLayout, toAbsolute } from './geometry';
import { createFlowMapper, elementIdOf, type EditorEdge, type EditorNode } from './mapping';
import { ZoneNodeView } from './ZoneNodeView';
import { PALETTE_MIME } from './dnd';


const nodeTypes = { zone: ZoneNodeView, asset: AssetNodeView };
const edgeTypes = { conduit: ConduitEdgeView, link: LinkEdgeView };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
/** Middle-button drag pans; the right button opens the context menu. */
const PAN_BUTTONS = [1];
const SNAP: [number, number] = [GRID, GRID];
const MINIMAP_STYLE = { width: 168, height: 112 };

function assertNever(x: never): never {
  throw new Error(`unexpected change ${JSON.stringify(x)}`);
}

/** Commits the frames of a finished drag: absolute positions, then zone membership. */
function commitDrag(): void {
  const state = editorStore.getState();
  const layout = resolveLayout(state.doc);
  const moves: Move[] = [];
  const zoneIds = new Set<string>(state.doc.zones.map((z) => z.id));
  for (const [id, frame] of Object.entries(state.transient)) {
    if (!frame.position) continue;
    const zone = state.doc.zones.find((z) => z.id === id);
    const asset = zone ? undefined : state.doc.assets.find((a) => a.id === id);
    const parentId = zone ? (zone.parentId !== undefined && (layout.depth.get(zone.id) ?? 0) > 0 ? zone.parentId : undefined) : asset?.zoneId;
    if (!zone && !asset) continue;
    const parent = parentId !== undefined && zoneIds.has(parentId) ? layout.rects.get(parentId) : undefined;
    moves.push({ id: id as ZoneId, position: toAbsolute(frame.position, parent) });
  }
  state.clearTransient();
  if (moves.length > 0) state.commitMoves(moves);
}

/** Commits a finished zone resize: its frame in absolute units; its contents stay put. */
function commitResize(id: string): void {
  const state = editorStore.getState();
  const frame = state.transient[id];
  const zone = state.doc.zones.find((z) => z.id === id);
  state.clearTransient();
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

const minimapColor = (node: EditorNode): string => (node.type === 'zone' ? '#e6e8ee' : '#8b93a7');

export function Canvas() {
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const transient = useEditor((s) => s.transient);
  const mode = useEditor((s) => s.mode);
  const mapper = useMemo(() => createFlowMapper(), []);
  const wrapper = useRef<HTMLDivElement>(null);

  const { nodes, edges } = useMemo(() => {
    const layout = resolveLayout(doc);
    const badges = badgesOf(analysisOf(doc).findings);
    return mapper({ doc, layout, selection, badges, transient, pickZones: mode.kind === 'addConduit' });
  }, [doc, selection, transient, mode.kind, mapper]);

  const onNodesChange = useCallback((changes: NodeChange<EditorNode>[]) => {
    const state = editorStore.getState();
    const frames: Record<string, TransientFrame> = {};
    const selected = new Map<string, boolean>();
    const resized: string[] = [];
    for (const c of changes) {
      switch (c.type) {
        case 'position':
          if (c.position) frames[c.id] = { ...(frames[c.id] ?? state.transient[c.id]), position: c.position };
          break;
        case 'dimensions':
          if (c.resizing === true && c.dimensions) frames[c.id] = { ...(frames[c.id] ?? state.transient[c.id]), ...c.dimensions };
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
    if (Object.keys(frames).length > 0) state.setTransient(frames);
    if (selected.size > 0) state.toggleSelected(selected);
    for (const id of resized) commitResize(id);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<EditorEdge>[]) => {
    const selected = new Map<string, boolean>();
    for (const c of changes) if (c.type === 'select') selected.set(elementIdOf(c.id), c.selected);
    if (selected.size > 0) editorStore.getState().toggleSelected(selected);
  }, []);

  const onNodeDragStop = useCallback(() => commitDrag(), []);

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
    <div className={`canvas${mode.kind === 'addConduit' ? ' is-picking' : ''}`} ref={wrapper} onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas">
      <ReactFlow<EditorNode, EditorEdge>
        nodes={nodes}
        edges={edges}
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
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode={null}
        deleteKeyCode={null}
        disableKeyboardA11y
        elevateNodesOnSelect={false}
        elevateEdgesOnSelect={false}
        zIndexMode="manual"
        minZoom={0.05}
        maxZoom={2.5}
        proOptions={{ hideAttribution: true }}
        aria-label="Diagram"
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID * 3} size={1.2} color="#c9cdd6" />
        <Panel position="bottom-left">
          <ViewControls />
        </Panel>
        <MiniMap<EditorNode>
          pannable
          zoomable
          nodeColor={minimapColor}
          nodeStrokeWidth={0}
          position="bottom-right"
          ariaLabel="Overview"
          style={MINIMAP_STYLE}
        />
      </ReactFlow>
    </div>
  );
}
