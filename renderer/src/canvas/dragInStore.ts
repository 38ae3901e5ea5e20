/**
 * A node drag in progress, kept out of React: each pointer move moves the dragged nodes (and
 * what is inside them) in React Flow's store itself and tells the edge layer, so it costs one store
 * update and the redraw of the dragged nodes, not a render of the canvas and React Flow's
 * adoption of all 2,000+ nodes. The drop is committed to the document as before (Canvas.tsx).
 */
import type { InternalNode, ReactFlowState, XYPosition } from '@xyflow/react';
import type { EditorEdge, EditorNode, NodeFrames } from './mapping';

export interface FlowStoreApi {
  getState(): Pick<ReactFlowState<EditorNode, EditorEdge>, 'nodeLookup' | 'parentLookup'>;
  setState(partial: object): void;
}

/**
 * Moves nodes to `positions` (relative to their parent, as React Flow reports a drag) in React
 * Flow's lookups; nodes inside a moved zone move along. One store update, if anything moved. The
 * moved nodes get a new user node too, so that the next `setNodes` (the committed drop, or the
 * document unchanged) replaces them.
 */
export function moveInFlow(store: FlowStoreApi, positions: Iterable<readonly [string, XYPosition]>): boolean {
  const { nodeLookup, parentLookup } = store.getState();
  const replace = (node: InternalNode<EditorNode>, next: InternalNode<EditorNode>) => {
    nodeLookup.set(node.id, next);
    if (node.parentId !== undefined) parentLookup.get(node.parentId)?.set(node.id, next);
  };
  const shiftInside = (id: string, dx: number, dy: number) => {
    for (const child of parentLookup.get(id)?.values() ?? []) {
      const current = nodeLookup.get(child.id) ?? child;
      const at = current.internals.positionAbsolute;
      replace(current, { ...current, internals: { ...current.internals, positionAbsolute: { x: at.x + dx, y: at.y + dy } } });
      shiftInside(child.id, dx, dy);
    }
  };
  let moved = false;
  for (const [id, position] of positions) {
    const node = nodeLookup.get(id);
    if (!node) continue;
    const parent = node.parentId !== undefined ? nodeLookup.get(node.parentId) : undefined;
    const origin = parent?.internals.positionAbsolute ?? { x: 0, y: 0 };
    const at = { x: origin.x + position.x, y: origin.y + position.y };
    const before = node.internals.positionAbsolute;
    if (at.x === before.x && at.y === before.y && position.x === node.position.x && position.y === node.position.y) continue;
    const userNode = { ...node.internals.userNode, position } as EditorNode;
    replace(node, { ...node, position, internals: { ...node.internals, positionAbsolute: at, userNode } });
    shiftInside(id, at.x - before.x, at.y - before.y);
    moved = true;
  }
  if (moved) store.setState({});
  return moved;
}

/**
 * The frames of the drag in progress, by node id. React Flow reports a pointer move while the
 * browser is drawing a frame; the move is shown (`show`, then the subscribers: the edge layer) in a
 * task of its own right after that frame, so that the frame is not made late by the move's work,
 * and several moves reported before it are shown at once.
 */
export interface DragFrames {
  /** The frames as last reported, for the drop. */
  latest(): NodeFrames;
  /** The frames as last shown: what subscribers see. */
  get(): NodeFrames;
  set(next: NodeFrames): void;
  /** Ends the drag; nothing reported is shown any more. */
  clear(): void;
  subscribe(listener: () => void): () => void;
}

const NONE: NodeFrames = new Map();

let channel: MessageChannel | undefined;
const queued: (() => void)[] = [];

/** Runs `task` in a task of its own, ahead of timers (a message to ourselves). */
function postTask(task: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queued.shift()?.();
  }
  queued.push(task);
  channel.port2.postMessage(null);
}

export function createDragFrames(show: (frames: NodeFrames) => void, schedule: (task: () => void) => void = postTask): DragFrames {
  let latest = NONE;
  let shown = NONE;
  let scheduled = false;
  const listeners = new Set<() => void>();
  const publish = () => {
    for (const l of listeners) l();
  };
  const showLatest = () => {
    scheduled = false;
    if (shown === latest) return;
    shown = latest;
    show(shown);
    publish();
  };
  return {
    latest: () => latest,
    get: () => shown,
    set(next) {
      latest = next;
      if (scheduled) return;
      scheduled = true;
      schedule(showLatest);
    },
    clear() {
      const had = shown !== NONE;
      latest = shown = NONE;
      if (had) publish();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
