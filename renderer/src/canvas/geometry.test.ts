import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../../shared/testing/makeDocument';
import { ASSET_SIZE, borderPoint, contains, resolveLayout, toAbsolute, toRelative, zoneAt, zoneContaining } from './geometry';

const plant = () =>
  makeDocument({
    zones: [
      { id: 'site', name: 'Site', kind: 'operations', position: { x: 0, y: 0 }, size: { width: 1000, height: 800 } },
      { id: 'cell', name: 'Cell', kind: 'control', parentId: 'site', position: { x: 100, y: 100 }, size: { width: 400, height: 300 } },
      { id: 'sis', name: 'SIS', kind: 'safety', parentId: 'cell', position: { x: 150, y: 150 }, size: { width: 200, height: 150 } },
      { id: 'loose', name: 'Loose', kind: 'other' },
    ],
    assets: [
      { id: 'plc', name: 'PLC', type: 'plc', zoneId: 'cell', position: { x: 120, y: 340 } },
      { id: 'new', name: 'New', type: 'hmi', zoneId: 'cell' },
      { id: 'free', name: 'Free', type: 'server' },
    ],
  });

describe('absolute and relative positions', () => {
  it('converts to the parent frame and back', () => {
    const parent = { x: 100, y: 40 };
    const abs = { x: 130, y: 95 };
    expect(toRelative(abs, parent)).toEqual({ x: 30, y: 55 });
    expect(toAbsolute(toRelative(abs, parent), parent)).toEqual(abs);
    expect(toRelative(abs, undefined)).toBe(abs);
  });
});

describe('zone hit-testing', () => {
  it('finds the innermost zone under a point', () => {
    const doc = plant();
    const layout = resolveLayout(doc);
    expect(zoneAt(layout, { x: 200, y: 200 })?.id).toBe('sis');
    expect(zoneAt(layout, { x: 120, y: 120 })?.id).toBe('cell');
    expect(zoneAt(layout, { x: 900, y: 700 })?.id).toBe('site');
    expect(zoneAt(layout, { x: -50, y: -50 })).toBeUndefined();
  });

  it('skips excluded zones (the one being dragged and what it holds)', () => {
    const layout = resolveLayout(plant());
    expect(zoneAt(layout, { x: 200, y: 200 }, new Set(['sis', 'cell']))?.id).toBe('site');
  });

  it('finds the innermost zone that wholly contains a frame', () => {
    const layout = resolveLayout(plant());
    expect(zoneContaining(layout, { x: 110, y: 110, width: 50, height: 50 })?.id).toBe('cell');
    expect(zoneContaining(layout, { x: 450, y: 110, width: 100, height: 50 })?.id).toBe('site');
  });
});

describe('fallback layout', () => {
  it('keeps saved positions and places unsaved ones inside their zone', () => {
    const doc = plant();
    const layout = resolveLayout(doc);
    expect(layout.rects.get('plc')).toEqual({ x: 120, y: 340, ...ASSET_SIZE });
    const cell = layout.rects.get('cell')!;
    const placed = layout.rects.get('new')!;
    expect(contains(cell, { x: placed.x + placed.width / 2, y: placed.y + placed.height / 2 })).toBe(true);
    expect(layout.rects.get('loose')).toBeDefined();
    expect(layout.rects.get('free')).toBeDefined();
  });

  it('orders zones parents first and computes depth', () => {
    const layout = resolveLayout(plant());
    const order = layout.zoneOrder.map((z) => z.id as string);
    expect(order.indexOf('site')).toBeLessThan(order.indexOf('cell'));
    expect(order.indexOf('cell')).toBeLessThan(order.indexOf('sis'));
    expect(layout.depth.get('sis')).toBe(2);
  });

  it('is computed once per document version', () => {
    const doc = plant();
    expect(resolveLayout(doc)).toBe(resolveLayout(doc));
  });
});

describe('floating edge ends', () => {
  it('meets the border of the node towards the other node', () => {
    const r = { x: 0, y: 0, width: 100, height: 50 };
    expect(borderPoint(r, { x: 500, y: 25 })).toEqual({ x: 100, y: 25 });
    expect(borderPoint(r, { x: 50, y: -200 })).toEqual({ x: 50, y: 0 });
  });
});
