import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../../shared/testing/makeDocument';
import { addAsset, renameElement, type AssetId, type ZoneId } from '../../../shared';
import { createEditorStore, isModified } from './editorStore';

const plant = () =>
  makeDocument({
    zones: [
      { id: 'a', name: 'A', kind: 'control', position: { x: 0, y: 0 }, size: { width: 400, height: 300 } },
      { id: 'b', name: 'B', kind: 'enterprise', position: { x: 600, y: 0 }, size: { width: 400, height: 300 } },
    ],
    assets: [{ id: 'plc', name: 'PLC', type: 'plc', zoneId: 'a', position: { x: 40, y: 60 } }],
  });

describe('editor store history', () => {
  it('records each edit as one undo step and skips edits that change nothing', () => {
    const store = createEditorStore(plant());
    const s = () => store.getState();
    expect(s().edit((d) => renameElement(d, { id: 'plc' as AssetId, name: 'PLC-1' }))).toBe(true);
    expect(s().edit((d) => renameElement(d, { id: 'plc' as AssetId, name: '' }))).toBe(false);
    expect(s().past).toHaveLength(1);
    s().undo();
    expect(s().doc.assets[0]?.name).toBe('PLC');
    s().redo();
    expect(s().doc.assets[0]?.name).toBe('PLC-1');
    expect(isModified(s())).toBe(true);
  });

  it('a drag (many pointer moves, one commit) is one step, and moves the asset into the zone under it', () => {
    const initial = plant();
    const store = createEditorStore(initial);
    const s = () => store.getState();
    // Pointer moves stay on the canvas (canvas/dragInStore.ts); the release commits once.
    expect(s().doc).toBe(initial);
    s().commitMoves([{ id: 'plc' as AssetId, position: { x: 700, y: 100 } }]);
    expect(s().past).toHaveLength(1);
    expect(s().doc.assets[0]).toMatchObject({ zoneId: 'b', position: { x: 700, y: 100 } });
    s().undo();
    expect(s().doc.assets[0]).toMatchObject({ zoneId: 'a', position: { x: 40, y: 60 } });
  });

  it('dragging an asset out of every zone unassigns it; a zone dragged inside another nests', () => {
    const store = createEditorStore(plant());
    const s = () => store.getState();
    s().commitMoves([{ id: 'plc' as AssetId, position: { x: 450, y: 500 } }]);
    expect(s().doc.assets[0]).not.toHaveProperty('zoneId');
    s().edit((d) => ({ ...d, zones: d.zones.map((z) => (z.id === 'b' ? { ...z, size: { width: 100, height: 80 } } : z)) }));
    s().commitMoves([{ id: 'b' as ZoneId, position: { x: 50, y: 50 } }]);
    expect(s().doc.zones.find((z) => z.id === 'b')?.parentId).toBe('a');
  });

  it('keeps selection and the conduit tool out of history', () => {
    const store = createEditorStore(plant());
    const s = () => store.getState();
    s().select(['plc']);
    s().setMode({ kind: 'addConduit' });
    expect(s().past).toHaveLength(0);
    expect(isModified(s())).toBe(false);
  });

  it('drops selected ids that an undo removed', () => {
    const store = createEditorStore(plant());
    const s = () => store.getState();
    s().edit((d) => addAsset(d, { id: 'hmi', type: 'hmi' }));
    s().select(['hmi', 'plc']);
    s().undo();
    expect([...s().selection]).toEqual(['plc']);
  });

  it('loading a project starts a fresh history', () => {
    const store = createEditorStore(plant());
    const s = () => store.getState();
    s().edit((d) => renameElement(d, { id: 'plc' as AssetId, name: 'X' }));
    s().load(plant(), { name: 'p.zonewright.json' });
    expect(s().past).toEqual([]);
    expect(s().future).toEqual([]);
    expect(isModified(s())).toBe(false);
    expect(s().file.name).toBe('p.zonewright.json');
  });
});
