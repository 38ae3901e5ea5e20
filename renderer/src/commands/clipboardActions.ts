/**
 * Cut, copy, paste and duplicate of the selection. Pasted elements get fresh ids; the links and
 * conduits between copied elements come along; what lands inside a zone joins it, as after a drag.
 */
import {
  copyElements,
  deleteElements,
  freshIdsFor,
  isEmptyClip,
  pasteElements,
  type ElementClip,
  type Move,
  type Position,
} from '../../../shared';
import { ASSET_SIZE, DEFAULT_ZONE_SIZE, snap, type Rect } from '../canvas/geometry';
import { CLIP_TYPE, CLIP_VERSION, type ClipPayload } from '../clipboard/clip';
import { readClip, writeClip } from '../clipboard/clipboard';
import { SESSION_ID } from '../persistence/session';
import { applyMoves, editorStore } from '../store/editorStore';
import { canvasBridge } from './actions';

const store = editorStore;

/** How far each repeated paste or duplicate is offset from the last (three grid steps). */
export const PASTE_STEP = 24;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describeClip(clip: ElementClip): string {
  const parts: string[] = [];
  if (clip.zones.length > 0) parts.push(plural(clip.zones.length, 'zone'));
  if (clip.assets.length > 0) parts.push(plural(clip.assets.length, 'asset'));
  return parts.join(' and ');
}

/** The frame around the clip's outermost zones and assets, where they have positions. */
function clipBounds(clip: ElementClip): Rect | undefined {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  const add = (p: Position | undefined, w: number, h: number) => {
    if (!p) return;
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x + w);
    y2 = Math.max(y2, p.y + h);
  };
  for (const z of clip.zones) if (z.parentId === undefined) add(z.position, (z.size ?? DEFAULT_ZONE_SIZE).width, (z.size ?? DEFAULT_ZONE_SIZE).height);
  for (const a of clip.assets) if (a.zoneId === undefined) add(a.position, ASSET_SIZE.width, ASSET_SIZE.height);
  return x1 === Infinity ? undefined : { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

/** The part of the canvas on screen, in canvas units. */
function visibleRect(): Rect | undefined {
  const { flow, element } = canvasBridge;
  if (!flow || !element) return undefined;
  const r = element.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return undefined;
  const a = flow.screenToFlowPosition({ x: r.left, y: r.top });
  const b = flow.screenToFlowPosition({ x: r.right, y: r.bottom });
  return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
}

/** Keeps a paste on screen: an offset that lands off screen is replaced by one centring the elements. */
function onScreen(offset: Position, bounds: Rect | undefined): Position {
  const view = visibleRect();
  if (!bounds || !view) return offset;
  const cx = bounds.x + offset.x + bounds.width / 2;
  const cy = bounds.y + offset.y + bounds.height / 2;
  if (cx >= view.x && cx <= view.x + view.width && cy >= view.y && cy <= view.y + view.height) return offset;
  return {
    x: snap(view.x + view.width / 2 - bounds.width / 2 - bounds.x),
    y: snap(view.y + view.height / 2 - bounds.height / 2 - bounds.y),
  };
}

/**
 * Adds the clip to the document as one undo step and selects what was pasted. Outermost pasted
 * zones and assets join the zone they land in, as after a drag.
 */
export function pasteClip(clip: ElementClip, offset: Position): boolean {
  const state = store.getState();
  if (isEmptyClip(clip)) return false;
  const ids = freshIdsFor(state.doc, clip);
  const outer = [...clip.zones.filter((z) => z.parentId === undefined), ...clip.assets.filter((a) => a.zoneId === undefined)];
  const changed = state.edit((doc) => {
    const pasted = pasteElements(doc, { clip, offset, ids });
    if (pasted === doc) return doc;
    const moves: Move[] = [];
    for (const e of outer) if (e.position) moves.push({ id: ids.get(e.id) as Move['id'], position: { x: e.position.x + offset.x, y: e.position.y + offset.y } });
    return moves.length > 0 ? applyMoves(pasted, moves) : pasted;
  });
  if (!changed) return false;
  store.getState().select(outer.map((e) => ids.get(e.id)!));
  return true;
}

/** Paste counts per payload, so repeated pastes step down and right instead of piling up. */
const pasteSteps = new Map<number, number>();

/** Where a payload is pasted: in place after a cut or from another window, one step further each time after a copy here. */
function pasteOffset(payload: ClipPayload): Position {
  const first = payload.source === SESSION_ID && !payload.cut ? 1 : 0;
  const previous = pasteSteps.get(payload.copiedAt);
  const steps = previous === undefined ? first : previous + 1;
  pasteSteps.set(payload.copiedAt, steps);
  return onScreen({ x: steps * PASTE_STEP, y: steps * PASTE_STEP }, clipBounds(payload.elements));
}

function payloadOf(clip: ElementClip, cut = false): ClipPayload {
  return { type: CLIP_TYPE, version: CLIP_VERSION, copiedAt: Date.now(), source: SESSION_ID, ...(cut ? { cut: true } : {}), elements: clip };
}

/** The selection as a clip, or undefined (with a notice) when it holds no zone or asset. */
function selectionClip(verb: string): ElementClip | undefined {
  const { doc, selection, notify } = store.getState();
  if (selection.size === 0) return undefined;
  const clip = copyElements(doc, { ids: selection });
  if (isEmptyClip(clip)) {
    notify(`Select zones or assets to ${verb}: links and conduits go with the elements they join.`);
    return undefined;
  }
  return clip;
}

/** Copies the selection; `event` is the browser's copy event when the keyboard started it. */
export function copySelection(event?: ClipboardEvent): boolean {
  const clip = selectionClip('copy');
  if (!clip) return false;
  void writeClip(payloadOf(clip), event);
  const state = store.getState();
  state.setClipboardReady(true);
  state.notify(`Copied ${describeClip(clip)}`);
  return true;
}

/**
 * Copies the selection, then deletes what was copied: the selection and what came along with it
 * (a zone's assets and nested zones), so that pasting puts back exactly what went (one undo step
 * restores it).
 */
export function cutSelection(event?: ClipboardEvent): boolean {
  const clip = selectionClip('cut');
  if (!clip) return false;
  void writeClip(payloadOf(clip, true), event);
  const state = store.getState();
  state.setClipboardReady(true);
  const ids = [...new Set<string>([...state.selection, ...[clip.zones, clip.assets, clip.conduits, clip.links].flatMap((list) => list.map((e) => e.id))])];
  if (state.edit((doc) => deleteElements(doc, { ids }))) {
    state.clearSelection();
    state.notify(`Cut ${describeClip(clip)}`);
  }
  return true;
}

/** Pastes the newest Zonewright payload of the system clipboard or of another tab. */
export async function pasteFromClipboard(event?: ClipboardEvent): Promise<boolean> {
  const payload = await readClip(event);
  const state = store.getState();
  if (!payload) {
    state.notify('Nothing to paste: copy zones or assets first.');
    return false;
  }
  const pasted = pasteClip(payload.elements, pasteOffset(payload));
  if (pasted) state.notify(`Pasted ${describeClip(payload.elements)}`, 'success');
  return pasted;
}

/** Copies the selection next to itself, without touching the clipboard. */
export function duplicateSelection(): boolean {
  const clip = selectionClip('duplicate');
  if (!clip) return false;
  const done = pasteClip(clip, onScreen({ x: PASTE_STEP, y: PASTE_STEP }, clipBounds(clip)));
  if (done) store.getState().notify(`Duplicated ${describeClip(clip)}`, 'success');
  return done;
}
