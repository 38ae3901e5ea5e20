// Align and distribute the selection.
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../testing/makeDocument';
import { alignElements, alignMoves, distributeElements, distributeMoves, topmostElements, type ElementBox } from './edits';
import type { AssetId } from './document';

const box = (id: string, x: number, y: number, width = 100, height = 50): ElementBox => ({ id: id as AssetId, x, y, width, height });

describe('alignMoves', () => {
  const boxes = [box('a', 10, 0), box('b', 200, 40, 60, 30), box('c', 50, 100, 120, 80)];

  it('lines up left edges on the leftmost, right edges on the rightmost', () => {
    expect(alignMoves(boxes, 'left')).toEqual([
      { id: 'b', position: { x: 10, y: 40 } },
      { id: 'c', position: { x: 10, y: 100 } },
    ]);
    expect(alignMoves(boxes, 'right')).toEqual([
      { id: 'a', position: { x: 160, y: 0 } },
      { id: 'c', position: { x: 140, y: 100 } },
    ]);
  });

  it('centres on the middle of the common bounds', () => {
    // Bounds x 10..260: centre 135.
    expect(alignMoves(boxes, 'centre')).toEqual([
      { id: 'a', position: { x: 85, y: 0 } },
      { id: 'b', position: { x: 105, y: 40 } },
      { id: 'c', position: { x: 75, y: 100 } },
    ]);
    // Bounds y 0..180: middle 90.
    expect(alignMoves(boxes, 'middle').map((m) => m.position.y)).toEqual([65, 75, 50]);
  });

  it('top and bottom move vertically only', () => {
    expect(alignMoves(boxes, 'top')).toEqual([
      { id: 'b', position: { x: 200, y: 0 } },
      { id: 'c', position: { x: 50, y: 0 } },
    ]);
    expect(alignMoves(boxes, 'bottom').map((m) => m.position)).toEqual([
      { x: 10, y: 130 },
      { x: 200, y: 150 },
    ]);
  });

  it('needs two boxes', () => {
    expect(alignMoves([box('a', 1, 2)], 'left')).toEqual([]);
  });
});

describe('distributeMoves', () => {
  it('keeps the outer boxes and makes the gaps between neighbours equal', () => {
    // Widths 100, 40, 100; span 0..500 holds 240 of boxes, so two gaps of 130.
    const moves = distributeMoves([box('a', 0, 0), box('c', 400, 0), box('b', 120, 10, 40, 50)], 'horizontal');
    expect(moves).toEqual([{ id: 'b', position: { x: 230, y: 10 } }]);
  });

  it('works vertically, in order of position whatever the input order', () => {
    const moves = distributeMoves([box('d', 0, 600), box('a', 0, 0), box('b', 5, 70), box('c', 0, 90)], 'vertical');
    // Span 0..650 holds 200 of boxes: gaps of 150.
    expect(moves).toEqual([
      { id: 'b', position: { x: 5, y: 200 } },
      { id: 'c', position: { x: 0, y: 400 } },
    ]);
  });

  it('needs three boxes', () => {
    expect(distributeMoves([box('a', 0, 0), box('b', 300, 0)], 'horizontal')).toEqual([]);
  });
});

describe('alignElements and distributeElements', () => {
  const doc = makeDocument({
    zones: [
      { id: 'z1', name: 'Z1', kind: 'control', position: { x: 0, y: 0 }, size: { width: 400, height: 300 } },
      { id: 'z2', name: 'Z2', kind: 'control', position: { x: 600, y: 80 }, size: { width: 400, height: 300 } },
    ],
    assets: [
      { id: 'a1', name: 'A1', type: 'plc', zoneId: 'z2', position: { x: 640, y: 140 } },
      { id: 'a2', name: 'A2', type: 'plc', position: { x: 100, y: 500 } },
      { id: 'a3', name: 'A3', type: 'plc', position: { x: 400, y: 520 } },
      { id: 'a4', name: 'A4', type: 'plc', position: { x: 900, y: 560 } },
    ],
  });

  it('an asset inside a selected zone moves with its zone, not on its own', () => {
    expect(topmostElements(doc, ['z2', 'a1', 'z1'])).toEqual(['z1', 'z2']);
    const next = alignElements(doc, { ids: ['z1', 'z2', 'a1'], edge: 'top' });
    expect(next.zones[1]?.position).toEqual({ x: 600, y: 0 });
    expect(next.assets[0]?.position).toEqual({ x: 640, y: 60 });
  });

  it('distributes assets by their stored positions', () => {
    const next = distributeElements(doc, { ids: ['a2', 'a3', 'a4'], axis: 'horizontal' });
    // Span 100..1020 holds 360: gaps of 280.
    expect(next.assets.map((a) => a.position?.x)).toEqual([640, 100, 500, 900]);
    expect(distributeElements(next, { ids: ['a2', 'a3', 'a4'], axis: 'horizontal' })).toBe(next);
  });
});
