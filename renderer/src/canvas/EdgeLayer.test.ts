import { describe, expect, it } from 'vitest';
import type { Link } from '../../../shared';
import type { Rect } from './geometry';
import type { LinkEdge } from './mapping';
import { drawLinks, type DrawnGroups } from './EdgeLayer';

function link(id: string, source: string, target: string): LinkEdge {
  const data = { elementId: id, link: { id, source, target } as Link };
  return { id, type: 'link', source, target, data } as LinkEdge;
}

const edges = [link('l1', 'a1', 'a2'), link('l2', 'a2', 'a3'), link('l3', 'b1', 'b2')];
const zoneOf = (id: string) => (id.startsWith('a') ? 'za' : 'zb');
const layout = (moved: Partial<Record<string, Rect>> = {}) => {
  const rects: Record<string, Rect> = {
    a1: { x: 0, y: 0, width: 10, height: 10 },
    a2: { x: 100, y: 0, width: 10, height: 10 },
    a3: { x: 200, y: 0, width: 10, height: 10 },
    b1: { x: 0, y: 100, width: 10, height: 10 },
    b2: { x: 100, y: 100, width: 10, height: 10 },
    ...moved,
  };
  // New rectangle objects each time, as each layout makes them.
  return (id: string) => (rects[id] ? { ...rects[id] } : undefined);
};

describe('drawLinks', () => {
  it('draws one path per zone, from border to border', () => {
    const paths = drawLinks(edges, layout(), zoneOf);
    expect(paths.map((p) => [p.key, p.d])).toEqual([
      ['plain za', 'M10,5L100,5M110,5L200,5'],
      ['plain zb', 'M10,105L100,105'],
    ]);
  });

  it('keeps the path of a zone whose links did not move, and redraws the one that did', () => {
    const drawn: DrawnGroups = new Map();
    const first = drawLinks(edges, layout(), zoneOf, drawn);
    const again = drawLinks(edges, layout({ b2: { x: 100, y: 150, width: 10, height: 10 } }), zoneOf, drawn);
    expect(again[0]!.d).toBe(first[0]!.d);
    expect(again[1]!.d).not.toBe(first[1]!.d);
    // Redrawn as a fresh call would draw it.
    expect(again).toEqual(drawLinks(edges, layout({ b2: { x: 100, y: 150, width: 10, height: 10 } }), zoneOf));
  });

  it('forgets groups that are gone', () => {
    const drawn: DrawnGroups = new Map();
    drawLinks(edges, layout(), zoneOf, drawn);
    drawLinks(edges.slice(0, 2), layout(), zoneOf, drawn);
    expect([...drawn.keys()]).toEqual(['plain za']);
  });
});
