/**
 * What the commands do. Each action reads and writes the editor store, and reaches the canvas
 * (viewport) through `canvasBridge` and the operating system only through `getPlatform()`.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import {
  addAsset,
  addConduit,
  addZone,
  deleteElements,
  FILE_EXTENSION,
  formatProblems,
  loadDocumentText,
  nextId,
  serializeDocument,
  type AssetId,
  type AssetType,
  type Move,
  type OpenedFile,
  type Position,
  type ZoneId,
  type ZonewrightDocument,
} from '../../../shared';
import { ASSET_SIZE, DEFAULT_ZONE_SIZE, GRID, resolveLayout, snap, zoneAt } from '../canvas/geometry';
import type { EditorEdge, EditorNode } from '../canvas/mapping';
import { fittedViewport } from '../canvas/viewport';
import { getPlatform } from '../platform';
import { editorStore, isModified, type EditorStore } from '../store/editorStore';

/** The canvas registers its React Flow instance and element here when it mounts. */
export const canvasBridge: {
  flow: ReactFlowInstance<EditorNode, EditorEdge> | null;
  element: HTMLElement | null;
} = { flow: null, element: null };

const store: EditorStore = editorStore;

/** The canvas point at the centre of the visible area. */
export function viewportCentre(): Position {
  const { flow, element } = canvasBridge;
  if (!flow || !element) return { x: 0, y: 0 };
  const r = element.getBoundingClientRect();
  return flow.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
}

/** Runs `action` now, or after the user agrees to drop unsaved changes. */
export function guardUnsaved(action: () => void, verb = 'continue'): void {
  const state = store.getState();
  if (!isModified(state)) {
    action();
    return;
  }
  state.openDialog({
    kind: 'confirm',
    title: 'Discard unsaved changes?',
    message: `"${state.doc.meta.name}" has changes that are not saved. They will be lost if you ${verb}.`,
    confirmLabel: 'Discard changes',
    onConfirm: action,
  });
}

/** Fits the view to the whole drawing once React Flow has the new nodes. */
export function fitAll(duration = 0): void {
  const { doc } = store.getState();
  const empty = doc.zones.length === 0 && doc.assets.length === 0;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const flow = canvasBridge.flow;
      if (!flow) return;
      // An empty project starts at 100 %; fitting nothing would be queued until the first node appears.
      if (empty) void flow.setViewport({ x: 0, y: 0, zoom: 1 }, { duration });
      else void flow.fitView({ padding: 0.12, duration, maxZoom: 1.25 });
    }),
  );
}

/** Replaces the project; `projectKey` when reopening a known one (recent list, recovery). */
export function loadProject(doc: ZonewrightDocument, file: { name?: string; path?: string } = {}, saved = true, projectKey?: string): void {
  // Fitted before the nodes arrive, so a large plant renders once, zoomed out (canvas/viewport.ts).
  const { flow, element } = canvasBridge;
  const fitted = flow && element ? fittedViewport(doc, element.getBoundingClientRect()) : undefined;
  if (flow && fitted) void flow.setViewport(fitted);
  store.getState().load(doc, file, saved, projectKey);
  fitAll();
}

/**
 * Opens file content: on success it replaces the project, otherwise a dialog lists every problem
 * with its JSON path and the open project stays as it was.
 */
export function openFileContent(file: OpenedFile): boolean {
  const result = loadDocumentText(file.content);
  if (!result.ok) {
    store.getState().openDialog({
      kind: 'problems',
      title: `Cannot open ${file.name}`,
      message: 'This file is not a valid Zonewright project, so nothing was changed. What is wrong:',
      problems: formatProblems(result.problems).split('\n'),
    });
    return false;
  }
  loadProject(result.doc, { name: file.name, path: file.path });
  store.getState().notify(`Opened ${file.name}`, 'success');
  return true;
}

export function openProject(): void {
  guardUnsaved(() => {
    void getPlatform()
      .openFile()
      .then((file) => {
        if (file) openFileContent(file);
      })
      .catch((error: unknown) => store.getState().notify(`Could not open the file: ${String(error)}`, 'error'));
  }, 'open another project');
}

function suggestedName(doc: ZonewrightDocument, fileName: string | undefined): string {
  if (fileName?.endsWith(FILE_EXTENSION)) return fileName;
  const base = doc.meta.name.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'project';
  return `${base}${FILE_EXTENSION}`;
}

export async function saveProject(saveAs = false): Promise<boolean> {
  const { doc, file } = store.getState();
  try {
    const saved = await getPlatform().saveFile({
      suggestedName: suggestedName(doc, file.name),
      content: serializeDocument(doc),
      path: file.path,
      saveAs,
    });
    if (!saved) return false;
    store.getState().markSaved(doc, { name: saved.name, path: saved.path });
    store.getState().notify(`Saved ${saved.name}`, 'success');
    return true;
  } catch (error) {
    store.getState().notify(`Could not save: ${String(error)}`, 'error');
    return false;
  }
}

export function addZoneAtCentre(): void {
  const c = viewportCentre();
  const state = store.getState();
  const id = nextId(state.doc, 'zone') as ZoneId;
  const position = { x: snap(c.x - DEFAULT_ZONE_SIZE.width / 2), y: snap(c.y - DEFAULT_ZONE_SIZE.height / 2) };
  if (state.edit((doc) => addZone(doc, { id, position, size: DEFAULT_ZONE_SIZE }))) state.select([id]);
}

/** Adds an asset centred on a canvas point, inside the innermost zone there. */
export function addAssetAt(type: AssetType, at: Position): void {
  const state = store.getState();
  const id = nextId(state.doc, 'asset') as AssetId;
  const zone = zoneAt(resolveLayout(state.doc), at);
  const position = { x: snap(at.x - ASSET_SIZE.width / 2), y: snap(at.y - ASSET_SIZE.height / 2) };
  if (state.edit((doc) => addAsset(doc, { id, type, position, zoneId: zone?.id }))) state.select([id]);
}

export function addAssetAtCentre(type: AssetType): void {
  addAssetAt(type, viewportCentre());
}

/** With two zones selected, joins them; otherwise starts the tool that asks for two zones. */
export function startAddConduit(): void {
  const state = store.getState();
  const zones = state.doc.zones.filter((z) => state.selection.has(z.id));
  if (zones.length === 2 && state.selection.size === 2) {
    createConduit(zones[0]!.id, zones[1]!.id);
    return;
  }
  state.setMode({ kind: 'addConduit' });
}

export function createConduit(a: ZoneId, b: ZoneId): void {
  const state = store.getState();
  const id = nextId(state.doc, 'conduit');
  if (state.edit((doc) => addConduit(doc, { id, zoneIds: [a, b] }))) {
    state.select([id]);
    state.notify('Conduit added', 'success');
  }
  state.setMode({ kind: 'idle' });
}

/** A click on a zone while the conduit tool is active. */
export function pickZoneForConduit(zoneId: ZoneId): void {
  const { mode, setMode } = store.getState();
  if (mode.kind !== 'addConduit') return;
  if (mode.first === undefined) setMode({ kind: 'addConduit', first: zoneId });
  else if (mode.first !== zoneId) createConduit(mode.first, zoneId);
}

export function deleteSelection(): void {
  const state = store.getState();
  if (state.selection.size === 0) return;
  const n = state.selection.size;
  if (state.edit((doc) => deleteElements(doc, { ids: [...state.selection] }))) {
    state.clearSelection();
    state.notify(n === 1 ? 'Deleted 1 element' : `Deleted ${n} elements`);
  }
}

export function selectAll(): void {
  const { doc, select } = store.getState();
  select([...doc.zones, ...doc.assets, ...doc.conduits, ...doc.links].map((e) => e.id));
}

/** Moves the selected zones and assets by whole grid steps. */
export function nudge(dx: number, dy: number): void {
  const state = store.getState();
  const layout = resolveLayout(state.doc);
  const moves: Move[] = [];
  for (const e of [...state.doc.zones, ...state.doc.assets]) {
    if (!state.selection.has(e.id)) continue;
    const r = layout.rects.get(e.id);
    if (r) moves.push({ id: e.id, position: { x: r.x + dx * GRID, y: r.y + dy * GRID } });
  }
  if (moves.length > 0) state.commitMoves(moves);
}

/** Selects elements and brings them into view: conduits through their zones, links through their assets. */
export function reveal(ids: readonly string[]): void {
  const state = store.getState();
  const { doc } = state;
  const present = new Set<string>();
  for (const list of [doc.zones, doc.assets, doc.conduits, doc.links]) for (const e of list) present.add(e.id);
  const existing = ids.filter((id) => present.has(id));
  state.select(existing);
  const nodes = new Set<string>();
  for (const id of existing) {
    const conduit = doc.conduits.find((c) => c.id === id);
    const link = doc.links.find((l) => l.id === id);
    if (conduit) conduit.zoneIds.forEach((z) => nodes.add(z));
    else if (link) {
      nodes.add(link.source);
      nodes.add(link.target);
    }
    else nodes.add(id);
  }
  if (nodes.size === 0) return;
  requestAnimationFrame(() =>
    void canvasBridge.flow?.fitView({ nodes: [...nodes].map((id) => ({ id })), padding: 0.35, duration: 300, maxZoom: 1 }),
  );
}

export function cancelOrClear(): void {
  const state = store.getState();
  if (state.mode.kind !== 'idle') state.setMode({ kind: 'idle' });
  else state.clearSelection();
}
