import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../../shared/testing/makeDocument';
import { moveElements, renameElement, type AssetId, type ConduitId, type ZoneId } from '../../../shared';
import { resolveLayout } from './geometry';
import { highlightScope } from './highlight';
import { ASSET_HANDLES, connectedEdges, createFlowMapper, documentToFlow, elementIdOf, HIGHLIGHTED_CLASS, shieldedConduits, withFrames, type FlowInput } from './mapping';

const doc = makeDocument({
  zones: [
    // Child listed before its parent on purpose: the mapping must reorder.
    { id: 'cell', name: 'Cell', kind: 'control', parentId: 'site', slT: 2, position: { x: 100, y: 120 }, size: { width: 300, height: 200 } },
    { id: 'site', name: 'Site', kind: 'operations', position: { x: 40, y: 40 }, size: { width: 600, height: 400 } },
    { id: 'ent', name: 'Enterprise', kind: 'enterprise', position: { x: 800, y: 40 }, size: { width: 300, height: 200 } },
  ],
  assets: [
    { id: 'plc', name: 'PLC', type: 'plc', zoneId: 'cell', position: { x: 130, y: 180 } },
    { id: 'fw', name: 'FW', type: 'firewall', zoneId: 'site', position: { x: 500, y: 60 } },
    { id: 'erp', name: 'ERP', type: 'server', zoneId: 'ent', position: { x: 820, y: 100 } },
    { id: 'stray', name: 'Stray', type: 'hmi', position: { x: 1200, y: 600 } },
  ],
  conduits: [
    { id: 'c1', name: 'Site-Ent', zoneIds: ['site', 'ent'] },
    { id: 'c2', name: 'Three', zoneIds: ['site', 'ent', 'cell'], boundaryDevices: ['fw'] },
  ],
  links: [
    { id: 'l1', source: 'fw', target: 'erp', conduitId: 'c1' },
    { id: 'l2', source: 'plc', target: 'fw' },
  ],
});

const input = (over: Partial<FlowInput> = {}): FlowInput => ({ doc, layout: resolveLayout(doc), selection: new Set(), badges: new Map(), ...over });

describe('document to React Flow', () => {
  it('makes zones group nodes, parents before children, then assets', () => {
    const { nodes } = documentToFlow(input());
    const ids = nodes.map((n) => n.id);
    expect(ids.indexOf('site')).toBeLessThan(ids.indexOf('cell'));
    expect(nodes.slice(0, 3).every((n) => n.type === 'zone')).toBe(true);
    expect(nodes.filter((n) => n.type === 'asset').map((n) => n.id)).toEqual(['plc', 'fw', 'erp', 'stray']);
  });

  it('turns absolute document positions into positions relative to the parent zone', () => {
    const { nodes } = documentToFlow(input());
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get('site')).toMatchObject({ position: { x: 40, y: 40 }, width: 600, height: 400 });
    expect(byId.get('site')).not.toHaveProperty('parentId');
    expect(byId.get('cell')).toMatchObject({ parentId: 'site', position: { x: 60, y: 80 } });
    expect(byId.get('plc')).toMatchObject({ parentId: 'cell', position: { x: 30, y: 60 } });
    expect(byId.get('stray')).toMatchObject({ position: { x: 1200, y: 600 } });
    expect(byId.get('stray')).not.toHaveProperty('parentId');
  });

  it('draws conduits as edges between zones (one per extra zone) and links between assets', () => {
    const { edges } = documentToFlow(input());
    const conduits = edges.filter((e) => e.type === 'conduit');
    expect(conduits.map((e) => [e.id, e.source, e.target])).toEqual([
      ['c1', 'site', 'ent'],
      ['c2', 'site', 'ent'],
      ['c2::1', 'site', 'cell'],
    ]);
    expect(conduits.map((e) => elementIdOf(e.id))).toEqual(['c1', 'c2', 'c2']);
    // c1 and c2 both join site and ent: drawn side by side.
    expect(conduits[0]?.data?.offset).not.toBe(conduits[1]?.data?.offset);
    expect(edges.filter((e) => e.type === 'link').map((e) => [e.source, e.target])).toEqual([
      ['fw', 'erp'],
      ['plc', 'fw'],
    ]);
  });

  it('marks conduits with a boundary device listed on them or at the end of one of their links', () => {
    expect([...shieldedConduits(doc)].sort()).toEqual(['c1', 'c2']);
  });

  it('carries selection, badges and an in-progress drag', () => {
    const { nodes, edges } = documentToFlow(
      input({
        selection: new Set(['plc', 'c2']),
        badges: new Map([['erp', { count: 2, severity: 'error' }]]),
        transient: { plc: { position: { x: 5, y: 6 } } },
      }),
    );
    const plc = nodes.find((n) => n.id === 'plc');
    expect(plc).toMatchObject({ selected: true, position: { x: 5, y: 6 } });
    expect(nodes.find((n) => n.id === 'erp')?.data.badge).toEqual({ count: 2, severity: 'error' });
    expect(edges.filter((e) => e.selected).map((e) => e.id)).toEqual(['c2', 'c2::1']);
  });
});

describe('the memoizing mapper', () => {
  it('reuses node objects whose element did not change', () => {
    const map = createFlowMapper();
    const first = map(input());
    const renamed = renameElement(doc, { id: 'erp' as AssetId, name: 'ERP 2' });
    const second = map(input({ doc: renamed, layout: resolveLayout(renamed) }));
    const pick = (r: typeof first, id: string) => r.nodes.find((n) => n.id === id);
    expect(pick(second, 'plc')).toBe(pick(first, 'plc'));
    expect(pick(second, 'site')).toBe(pick(first, 'site'));
    expect(pick(second, 'erp')).not.toBe(pick(first, 'erp'));
  });

  it('moving a zone re-creates its node but keeps its children, whose relative position is unchanged', () => {
    const map = createFlowMapper();
    const first = map(input());
    const moved = moveElements(doc, { moves: [{ id: 'site' as ZoneId, position: { x: 0, y: 0 } }] });
    const second = map(input({ doc: moved, layout: resolveLayout(moved) }));
    const pick = (r: typeof first, id: string) => r.nodes.find((n) => n.id === id);
    expect(pick(second, 'site')).not.toBe(pick(first, 'site'));
    expect(pick(second, 'plc')?.position).toEqual(pick(first, 'plc')?.position);
  });
});

describe('list identity', () => {
  it('keeps the edge list when only a node moved', () => {
    const map = createFlowMapper();
    const first = map(input());
    const second = map(input({ transient: { plc: { position: { x: 1, y: 2 } } } }));
    expect(second.edges).toBe(first.edges);
    expect(second.nodes).not.toBe(first.nodes);
  });
});

describe('scale: selection overlay, drag frames, level of detail', () => {
  it('a change of selection alone re-marks only the elements whose selection changed', () => {
    const map = createFlowMapper();
    const first = map(input());
    const second = map(input({ selection: new Set(['plc', 'l2']) }));
    const pick = (r: typeof first, id: string) => r.nodes.find((n) => n.id === id);
    expect(pick(second, 'plc')).toMatchObject({ selected: true });
    expect(pick(second, 'fw')).toBe(pick(first, 'fw'));
    expect(second.edges.find((e) => e.id === 'l2')).toMatchObject({ selected: true });
    expect(second.edges.find((e) => e.id === 'l1')).toBe(first.edges.find((e) => e.id === 'l1'));
    // Selecting the same again gives the very same objects.
    const third = map(input({ selection: new Set(['plc', 'l2']) }));
    expect(third.nodes).toBe(second.nodes);
    expect(third.edges).toBe(second.edges);
  });

  it('lays drag frames over the mapped nodes, replacing only the moving ones', () => {
    const { nodes } = documentToFlow(input());
    const moved = withFrames(nodes, new Map([['plc', { position: { x: 7, y: 9 } }], ['site', { width: 640, height: 420 }]]));
    expect(withFrames(nodes, new Map())).toBe(nodes);
    expect(moved.find((n) => n.id === 'plc')?.position).toEqual({ x: 7, y: 9 });
    expect(moved.find((n) => n.id === 'site')).toMatchObject({ width: 640, height: 420, measured: { width: 640, height: 420 } });
    expect(moved.find((n) => n.id === 'erp')).toBe(nodes.find((n) => n.id === 'erp'));
    expect(nodes.find((n) => n.id === 'plc')?.position).toEqual({ x: 30, y: 60 });
  });

  it('gives React Flow every handle up front, so nothing is measured in the DOM', () => {
    const { nodes } = documentToFlow(input());
    expect(nodes.find((n) => n.id === 'plc')?.handles).toBe(ASSET_HANDLES);
    expect(ASSET_HANDLES.map((h) => h.id)).toEqual(['top', 'right', 'bottom', 'left']);
    expect(nodes.find((n) => n.id === 'site')?.handles).toEqual([expect.objectContaining({ x: 297, y: 197, width: 6, height: 6 })]);
  });

  it('zoomed out, conduits and links stay known to React Flow but hidden, for the edge layer to draw', () => {
    const near = documentToFlow(input());
    const far = documentToFlow(input({ far: true }));
    expect(near.edges.every((e) => !e.hidden)).toBe(true);
    expect(far.edges.map((e) => e.id)).toEqual(near.edges.map((e) => e.id));
    expect(far.edges.every((e) => e.hidden)).toBe(true);
  });

  it('zoomed out, gives React Flow only the selected edges, the same list while they stay', () => {
    const map = createFlowMapper();
    const first = map(input({ far: true }));
    expect(first.flowEdges).toEqual([]);
    const selected = map(input({ far: true, selection: new Set(['l1', 'c2']) }));
    expect(selected.flowEdges.map((e) => e.id)).toEqual(['c2', 'c2::1', 'l1']);
    expect(selected.flowEdges.every((e) => e.selected && e.hidden)).toBe(true);
    const renamed = renameElement(doc, { id: 'c2' as ConduitId, name: 'Renamed' });
    const second = map(input({ doc: renamed, layout: resolveLayout(renamed), far: true, selection: new Set(['l1', 'c2']) }));
    expect(second.edges).not.toBe(selected.edges);
    expect(second.flowEdges).toBe(selected.flowEdges);
    const near = map(input({ doc: renamed, layout: resolveLayout(renamed) }));
    expect(near.flowEdges).toBe(near.edges);
  });

  it('finds the links and conduits at given nodes, as the rubber band selects them', () => {
    const { edges } = documentToFlow(input());
    expect([...connectedEdges(edges, ['plc'])]).toEqual(['l2']);
    expect([...connectedEdges(edges, ['fw', 'cell'])].sort()).toEqual(['c2', 'l1', 'l2']);
    expect([...connectedEdges(edges, ['stray'])]).toEqual([]);
  });
});

describe('canvas highlight', () => {
  it('marks exactly the highlighted zones, assets, conduits (every edge of one) and links', () => {
    const { nodes, edges } = documentToFlow(input({ highlight: new Set(['cell', 'erp', 'c2', 'l1', 'gone']) }));
    expect(nodes.filter((n) => n.className === HIGHLIGHTED_CLASS).map((n) => n.id)).toEqual(['cell', 'erp']);
    expect(nodes.filter((n) => n.data.highlighted).map((n) => n.id)).toEqual(['cell', 'erp']);
    expect(edges.filter((e) => e.className === HIGHLIGHTED_CLASS).map((e) => e.id)).toEqual(['c2', 'c2::1', 'l1']);
    expect(edges.filter((e) => e.data?.highlighted).map((e) => e.id)).toEqual(['c2', 'c2::1', 'l1']);
  });

  it('without a highlight, nothing is marked', () => {
    const { nodes, edges } = documentToFlow(input({ highlight: null }));
    expect([...nodes, ...edges].some((x) => x.className !== undefined || x.data?.highlighted)).toBe(false);
  });

  it('setting and clearing a highlight re-creates only the marked elements', () => {
    const map = createFlowMapper();
    const plain = map(input());
    const marked = map(input({ highlight: new Set(['plc', 'l2']) }));
    const node = (r: typeof plain, id: string) => r.nodes.find((n) => n.id === id);
    const edge = (r: typeof plain, id: string) => r.edges.find((e) => e.id === id);
    expect(node(marked, 'plc')).not.toBe(node(plain, 'plc'));
    expect(edge(marked, 'l2')).not.toBe(edge(plain, 'l2'));
    for (const id of ['site', 'cell', 'ent', 'fw', 'erp', 'stray']) expect(node(marked, id)).toBe(node(plain, id));
    expect(edge(marked, 'l1')).toBe(edge(plain, 'l1'));
    const cleared = map(input({ highlight: null }));
    expect(node(cleared, 'plc')?.className).toBeUndefined();
    expect(node(cleared, 'fw')).toBe(node(plain, 'fw'));
  });

  it('keeps the highlight across an edit and a change of selection', () => {
    const map = createFlowMapper();
    const highlight = new Set(['plc']);
    map(input({ highlight }));
    const renamed = renameElement(doc, { id: 'erp' as AssetId, name: 'ERP 2' });
    const edited = map(input({ doc: renamed, layout: resolveLayout(renamed), highlight, selection: new Set(['plc']) }));
    expect(edited.nodes.find((n) => n.id === 'plc')).toMatchObject({ className: HIGHLIGHTED_CLASS, selected: true });
  });

  it('zoomed out, highlighted edges stay hidden from React Flow and carry the mark for the edge layer', () => {
    const { edges } = documentToFlow(input({ far: true, highlight: new Set(['c1', 'l2']) }));
    expect(edges.every((e) => e.hidden)).toBe(true);
    expect(edges.filter((e) => e.data?.highlighted).map((e) => e.id)).toEqual(['c1', 'l2']);
  });
});

describe('highlight scope', () => {
  it('counts the elements present, the ids gone, and fits to conduit and link ends', () => {
    const scope = highlightScope(doc, new Set(['cell', 'c1', 'l2', 'deleted-zone']));
    expect(scope.present).toBe(3);
    expect(scope.missing).toBe(1);
    expect([...scope.nodeIds].sort()).toEqual(['cell', 'ent', 'fw', 'plc', 'site']);
  });

  it('an empty highlight covers nothing', () => {
    expect(highlightScope(doc, new Set())).toEqual({ present: 0, missing: 0, nodeIds: [] });
  });
});
