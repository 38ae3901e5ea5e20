/**
 * Align and distribute the selected zones and assets, by their frames on the canvas. Elements
 * inside a selected zone move with it; moved assets join the zone they land in, as after a drag.
 */
import { alignMoves, distributeMoves, topmostElements, type AlignEdge, type DistributeAxis, type ElementBox } from '../../../shared';
import { resolveLayout } from '../canvas/geometry';
import { editorStore, type EditorState } from '../store/editorStore';

/** The selected zones and assets that move on their own, with their frames. */
function selectedBoxes(state: Pick<EditorState, 'doc' | 'selection'>): ElementBox[] {
  if (state.selection.size < 2) return [];
  const layout = resolveLayout(state.doc);
  const boxes: ElementBox[] = [];
  for (const id of topmostElements(state.doc, state.selection)) {
    const r = layout.rects.get(id);
    if (r) boxes.push({ id, x: r.x, y: r.y, width: r.width, height: r.height });
  }
  return boxes;
}

/** How many selected elements would move on their own (align needs two, distribute three). */
export function arrangeableCount(state: Pick<EditorState, 'doc' | 'selection'>): number {
  return state.selection.size < 2 ? 0 : topmostElements(state.doc, state.selection).length;
}

export function alignSelection(edge: AlignEdge): boolean {
  const state = editorStore.getState();
  const moves = alignMoves(selectedBoxes(state), edge);
  return moves.length > 0 && state.commitMoves(moves);
}

export function distributeSelection(axis: DistributeAxis): boolean {
  const state = editorStore.getState();
  const moves = distributeMoves(selectedBoxes(state), axis);
  return moves.length > 0 && state.commitMoves(moves);
}
