import { afterEach, describe, expect, it } from 'vitest';
import { copyElements } from '../../../shared';
import { makeDocument } from '../../../shared/testing/makeDocument';
import { editorStore } from '../store/editorStore';
import { alignSelection, arrangeableCount, distributeSelection } from './arrange';
import { duplicateSelection, pasteClip, PASTE_STEP } from './clipboardActions';

const plant = () =>
  makeDocument({
    zones: [
      { id: 'cell', name: 'Cell', kind: 'control', position: { x: 0, y: 0 }, size: { width: 600, height: 400 } },
      { id: 'ops', name: 'Ops', kind: 'operations', position: { x: 0, y: 600 }, size: { width: 600, height: 300 } },
    ],
    assets: [
      { id: 'plc', name: 'PLC', type: 'plc', zoneId: 'cell', position: { x: 40, y: 80 } },
      { id: 'hmi', name: 'HMI', type: 'hmi', zoneId: 'cell', position: { x: 240, y: 80 } },
      { id: 'hist', name: 'Historian', type: 'historian', zoneId: 'ops', position: { x: 40, y: 680 } },
    ],
    links: [{ id: 'l1', source: 'plc', target: 'hmi' }],
  });

const s = () => editorStore.getState();
afterEach(() => s().load(plant()));

describe('duplicate and paste in the editor', () => {
  it('duplicates a zone with its assets and link next to it, selects the copy, and one undo removes it', () => {
    s().load(plant());
    s().select(['cell']);
    expect(duplicateSelection()).toBe(true);
    const doc = s().doc;
    expect(doc.zones.map((z) => z.name)).toEqual(['Cell', 'Ops', 'Cell 2']);
    const copy = doc.zones[2]!;
    expect(copy.position).toEqual({ x: PASTE_STEP, y: PASTE_STEP });
    expect(doc.assets.filter((a) => a.zoneId === copy.id).map((a) => a.name)).toEqual(['PLC 2', 'HMI 2']);
    expect(doc.links).toHaveLength(2);
    expect([...s().selection]).toEqual([copy.id]);
    s().undo();
    expect(s().doc.zones).toHaveLength(2);
  });

  it('a pasted asset joins the zone it lands in, as after a drag', () => {
    s().load(plant());
    const clip = copyElements(s().doc, { ids: ['hist'] });
    // Dropped 600 units up: inside the cell.
    expect(pasteClip(clip, { x: 200, y: -520 })).toBe(true);
    const pasted = s().doc.assets[3]!;
    expect(pasted).toMatchObject({ name: 'Historian 2', zoneId: 'cell', position: { x: 240, y: 160 } });
    expect([...s().selection]).toEqual([pasted.id]);
  });
});

describe('align and distribute in the editor', () => {
  it('counts what moves on its own and aligns by the canvas frames, one undo step', () => {
    s().load(plant());
    s().select(['cell', 'plc', 'hist']);
    // The PLC moves with its zone.
    expect(arrangeableCount(s())).toBe(2);
    s().select(['plc', 'hmi', 'hist']);
    expect(arrangeableCount(s())).toBe(3);
    expect(alignSelection('top')).toBe(true);
    // The historian moved up into the cell's frame: it joined the cell.
    expect(s().doc.assets.map((a) => [a.position?.y, a.zoneId])).toEqual([
      [80, 'cell'],
      [80, 'cell'],
      [80, 'cell'],
    ]);
    expect(s().past).toHaveLength(1);
    expect(distributeSelection('horizontal')).toBe(true);
    expect(s().doc.assets.map((a) => a.position?.x)).toEqual([40, 240, 140]);
  });
});
