import { describe, expect, it } from 'vitest';
import type { InternalNode } from '@xyflow/react';
import { createDragFrames, moveInFlow, type FlowStoreApi } from './dragInStore';
import type { EditorNode, NodeFrames } from './mapping';

/** A React Flow store reduced to what a drag touches: a zone at (100, 100) holding one asset. */
function flowStore() {
  const node = (id: string, x: number, y: number, parentId?: string): InternalNode<EditorNode> => {
    const user = { id, type: 'asset', position: { x, y }, data: {}, ...(parentId ? { parentId } : {}) } as unknown as EditorNode;
    const px = parentId ? 100 : 0;
    return { ...user, measured: {}, internals: { positionAbsolute: { x: px + x, y: px + y }, z: 0, userNode: user } } as InternalNode<EditorNode>;
  };
  const zone = node('zone', 100, 100);
  const plc = node('plc', 20, 30, 'zone');
  const nodeLookup = new Map([
    ['zone', zone],
    ['plc', plc],
  ]);
  const parentLookup = new Map([['zone', new Map([['plc', plc]])]]);
  let updates = 0;
  const store: FlowStoreApi = {
    getState: () => ({ nodeLookup, parentLookup }) as ReturnType<FlowStoreApi['getState']>,
    setState: () => {
      updates++;
    },
  };
  return { store, nodeLookup, parentLookup, updates: () => updates, zone, plc };
}

describe('a drag in React Flow’s store', () => {
  it('moves the dragged asset within its zone, in one store update, and marks it for the next setNodes', () => {
    const f = flowStore();
    expect(moveInFlow(f.store, [['plc', { x: 60, y: 40 }]])).toBe(true);
    const plc = f.nodeLookup.get('plc')!;
    expect(plc.position).toEqual({ x: 60, y: 40 });
    expect(plc.internals.positionAbsolute).toEqual({ x: 160, y: 140 });
    expect(plc.internals.userNode).not.toBe(f.plc.internals.userNode);
    expect(f.parentLookup.get('zone')!.get('plc')).toBe(plc);
    expect(f.updates()).toBe(1);
  });

  it('moves what is inside a dragged zone along with it', () => {
    const f = flowStore();
    moveInFlow(f.store, [['zone', { x: 150, y: 90 }]]);
    expect(f.nodeLookup.get('zone')!.internals.positionAbsolute).toEqual({ x: 150, y: 90 });
    expect(f.nodeLookup.get('plc')!.internals.positionAbsolute).toEqual({ x: 170, y: 120 });
    expect(f.nodeLookup.get('plc')!.position).toEqual({ x: 20, y: 30 });
  });

  it('leaves the store alone when nothing moves', () => {
    const f = flowStore();
    expect(moveInFlow(f.store, [['plc', { x: 20, y: 30 }], ['gone', { x: 1, y: 1 }]])).toBe(false);
    expect(f.nodeLookup.get('plc')).toBe(f.plc);
    expect(f.updates()).toBe(0);
  });
});

describe('drag frames', () => {
  it('shows the latest of several reported moves once, in a later task, and tells subscribers', () => {
    const tasks: (() => void)[] = [];
    const shown: NodeFrames[] = [];
    const drag = createDragFrames((frames) => shown.push(frames), (task) => tasks.push(task));
    let told = 0;
    drag.subscribe(() => told++);
    const a: NodeFrames = new Map([['plc', { position: { x: 1, y: 1 } }]]);
    const b: NodeFrames = new Map([['plc', { position: { x: 2, y: 2 } }]]);
    drag.set(a);
    drag.set(b);
    expect(drag.latest()).toBe(b);
    expect(drag.get().size).toBe(0);
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(shown).toEqual([b]);
    expect(drag.get()).toBe(b);
    expect(told).toBe(1);
  });

  it('shows nothing reported before the drag ended', () => {
    const tasks: (() => void)[] = [];
    const shown: NodeFrames[] = [];
    const drag = createDragFrames((frames) => shown.push(frames), (task) => tasks.push(task));
    drag.set(new Map([['plc', { position: { x: 1, y: 1 } }]]));
    drag.clear();
    tasks.shift()!();
    expect(shown).toEqual([]);
    expect(drag.latest().size).toBe(0);
  });
});
