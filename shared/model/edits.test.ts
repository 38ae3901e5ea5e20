import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeDocument } from '../testing/makeDocument';
import type { AssetId, ConduitId, LinkId, ZoneId, ZonewrightDocument } from './document';
import { ASSET_TYPES, ZONE_KINDS } from './kinds';
import { loadDocument } from './load';
import { uniformSl } from './securityLevels';
import { serializeDocument } from './serialize';
import {
  addAsset,
  addConduit,
  addLink,
  addZone,
  assignAsset,
  conduitBetween,
  deleteElements,
  emptyDocument,
  ipProblem,
  moveElements,
  nameProblem,
  nextId,
  portProblem,
  renameElement,
  resizeZone,
  setBoundaryDevices,
  setFlows,
  setMeta,
  setSlC,
  setSlT,
  setZoneParent,
  updateAsset,
  updateLink,
  updateZone,
} from './edits';

const Z = (s: string) => s as ZoneId;
const A = (s: string) => s as AssetId;
const C = (s: string) => s as ConduitId;
const L = (s: string) => s as LinkId;

/** The document survives a round trip through the file format unchanged. */
function expectLoadable(doc: ZonewrightDocument) {
  const result = loadDocument(JSON.parse(serializeDocument(doc)));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  expect(result.doc).toEqual(doc);
}

function plant() {
  return makeDocument({
    zones: [
      { id: 'ent', name: 'Enterprise', kind: 'enterprise', position: { x: 0, y: 0 }, size: { width: 400, height: 200 } },
      { id: 'cell', name: 'Cell 1', kind: 'control', slT: 2, position: { x: 0, y: 400 }, size: { width: 600, height: 400 } },
      { id: 'sis', name: 'SIS', kind: 'safety', parentId: 'cell', position: { x: 300, y: 500 }, size: { width: 200, height: 200 } },
    ],
    assets: [
      { id: 'erp', name: 'ERP', type: 'server', zoneId: 'ent', position: { x: 20, y: 40 } },
      { id: 'fw', name: 'FW-1', type: 'firewall', zoneId: 'ent', position: { x: 200, y: 40 } },
      { id: 'plc', name: 'PLC-1', type: 'plc', zoneId: 'cell', position: { x: 20, y: 440 } },
      { id: 'sc', name: 'SC-1', type: 'safety-controller', zoneId: 'sis', position: { x: 320, y: 540 } },
    ],
    conduits: [
      {
        id: 'c1',
        name: 'Ent-Cell',
        zoneIds: ['ent', 'cell'],
        boundaryDevices: ['fw'],
        flows: [{ protocol: 'OPC UA', port: 4840, from: 'erp', to: 'plc' }],
      },
    ],
    links: [
      { id: 'l1', source: 'erp', target: 'plc', conduitId: 'c1' },
      { id: 'l2', source: 'plc', target: 'sc' },
    ],
  });
}

describe('field checks', () => {
  it('refuses an empty name and accepts a normal one', () => {
    expect(nameProblem('  ')).toMatch(/empty/);
    expect(nameProblem('PLC-1')).toBeUndefined();
  });
  it('refuses a port of 70000 and accepts 502 or nothing', () => {
    expect(portProblem('70000')).toMatch(/1 to 65535/);
    expect(portProblem('50.5')).toBeDefined();
    expect(portProblem('502')).toBeUndefined();
    expect(portProblem('')).toBeUndefined();
  });
  it('accepts IPv4, CIDR, IPv6 and lists, refuses garbage', () => {
    expect(ipProblem('10.0.1.20')).toBeUndefined();
    expect(ipProblem('10.0.1.0/24, fd00::1')).toBeUndefined();
    expect(ipProblem('300.1.1.1')).toBeDefined();
    expect(ipProblem('hello')).toBeDefined();
  });
});

describe('zones', () => {
  it('adds a zone with a fresh id and a unique default name', () => {
    let doc = emptyDocument();
    doc = addZone(doc, { kind: 'control', position: { x: 0, y: 0 } });
    doc = addZone(doc, { kind: 'control', position: { x: 400, y: 0 } });
    expect(doc.zones.map((z) => [z.id, z.name])).toEqual([
      ['zone-1', 'Control zone'],
      ['zone-2', 'Control zone 2'],
    ]);
    expectLoadable(doc);
  });

  it('refuses an empty name, leaving the document as it was', () => {
    const doc = plant();
    expect(updateZone(doc, { id: Z('cell'), patch: { name: '   ' } })).toBe(doc);
    expect(renameElement(doc, { id: Z('cell'), name: '' })).toBe(doc);
  });

  it('returns the same document when nothing changes', () => {
    const doc = plant();
    expect(updateZone(doc, { id: Z('cell'), patch: { name: 'Cell 1' } })).toBe(doc);
    expect(moveElements(doc, { moves: [{ id: A('plc'), position: { x: 20, y: 440 } }] })).toBe(doc);
  });

  it('moving a zone carries its nested zones and assets', () => {
    const doc = moveElements(plant(), { moves: [{ id: Z('cell'), position: { x: 100, y: 500 } }] });
    expect(doc.zones.find((z) => z.id === 'sis')?.position).toEqual({ x: 400, y: 600 });
    expect(doc.assets.find((a) => a.id === 'plc')?.position).toEqual({ x: 120, y: 540 });
    expect(doc.assets.find((a) => a.id === 'sc')?.position).toEqual({ x: 420, y: 640 });
    expect(doc.assets.find((a) => a.id === 'erp')?.position).toEqual({ x: 20, y: 40 });
    expectLoadable(doc);
  });

  it('an element moved explicitly with its zone lands where asked', () => {
    const doc = moveElements(plant(), {
      moves: [
        { id: Z('cell'), position: { x: 100, y: 500 } },
        { id: A('plc'), position: { x: 0, y: 0 } },
      ],
    });
    expect(doc.assets.find((a) => a.id === 'plc')?.position).toEqual({ x: 0, y: 0 });
  });

  it('resizing keeps the contents in place', () => {
    const doc = resizeZone(plant(), { id: Z('cell'), position: { x: -50, y: 350 }, size: { width: 700, height: 500 } });
    expect(doc.zones.find((z) => z.id === 'cell')).toMatchObject({ position: { x: -50, y: 350 }, size: { width: 700, height: 500 } });
    expect(doc.assets.find((a) => a.id === 'plc')?.position).toEqual({ x: 20, y: 440 });
    expect(resizeZone(plant(), { id: Z('cell'), position: { x: 0, y: 0 }, size: { width: 0, height: 10 } })).toEqual(plant());
  });

  it('refuses to nest a zone inside its own descendant', () => {
    const doc = plant();
    expect(setZoneParent(doc, { id: Z('cell'), parentId: Z('sis') })).toBe(doc);
    const nested = setZoneParent(doc, { id: Z('ent'), parentId: Z('sis') });
    expect(nested.zones.find((z) => z.id === 'ent')?.parentId).toBe('sis');
    expectLoadable(nested);
    const unnested = setZoneParent(doc, { id: Z('sis'), parentId: undefined });
    expect(unnested.zones.find((z) => z.id === 'sis')).not.toHaveProperty('parentId');
    expectLoadable(unnested);
  });

  it('sets and clears an SL-T vector', () => {
    const set = setSlT(plant(), { id: Z('ent'), slT: { ...uniformSl(1), IAC: 3 } });
    expect(set.zones.find((z) => z.id === 'ent')?.slT).toEqual({ ...uniformSl(1), IAC: 3 });
    const cleared = setSlT(set, { id: Z('ent'), slT: undefined });
    expect(cleared.zones.find((z) => z.id === 'ent')).not.toHaveProperty('slT');
    expectLoadable(cleared);
    expect(setSlT(plant(), { id: Z('ent'), slT: { ...uniformSl(1), IAC: 7 as 4 } })).toEqual(plant());
  });

  it('deleting a zone hands its contents to the enclosing zone and drops its conduits', () => {
    const doc = deleteElements(plant(), { ids: ['sis'] });
    expect(doc.assets.find((a) => a.id === 'sc')?.zoneId).toBe('cell');
    expectLoadable(doc);

    const noEnt = deleteElements(plant(), { ids: ['ent'] });
    expect(noEnt.conduits).toEqual([]);
    expect(noEnt.links.find((l) => l.id === 'l1')).not.toHaveProperty('conduitId');
    expect(noEnt.assets.find((a) => a.id === 'erp')).not.toHaveProperty('zoneId');
    expectLoadable(noEnt);
  });
});

describe('assets', () => {
  it('adds an asset named after its type', () => {
    const doc = addAsset(addAsset(emptyDocument(), { type: 'plc' }), { type: 'plc', position: { x: 1, y: 2 } });
    expect(doc.assets.map((a) => a.name)).toEqual(['PLC', 'PLC 2']);
    expectLoadable(doc);
  });

  it('refuses an unknown zone and an invalid SL-C', () => {
    const doc = plant();
    expect(addAsset(doc, { type: 'plc', zoneId: Z('nowhere') })).toBe(doc);
    expect(setSlC(doc, { id: A('plc'), slC: { ...uniformSl(2), RA: -1 as 0 } })).toBe(doc);
  });

  it('assigning an asset to another zone re-derives the conduit of its links', () => {
    let doc = plant();
    doc = assignAsset(doc, { assetId: A('erp'), zoneId: Z('cell') });
    expect(doc.links.find((l) => l.id === 'l1')).not.toHaveProperty('conduitId');
    doc = assignAsset(doc, { assetId: A('erp'), zoneId: Z('ent') });
    expect(doc.links.find((l) => l.id === 'l1')?.conduitId).toBe('c1');
    doc = assignAsset(doc, { assetId: A('erp'), zoneId: undefined });
    expect(doc.assets.find((a) => a.id === 'erp')).not.toHaveProperty('zoneId');
    expectLoadable(doc);
  });

  it('updates the descriptive fields and removes emptied ones', () => {
    let doc = updateAsset(plant(), { id: A('plc'), patch: { vendor: 'Acme', ip: '10.0.0.5', criticality: 'high', purdueLevel: 1 } });
    expect(doc.assets.find((a) => a.id === 'plc')).toMatchObject({ vendor: 'Acme', ip: '10.0.0.5', criticality: 'high' });
    doc = updateAsset(doc, { id: A('plc'), patch: { vendor: undefined } });
    expect(doc.assets.find((a) => a.id === 'plc')).not.toHaveProperty('vendor');
    expectLoadable(doc);
    expect(updateAsset(doc, { id: A('plc'), patch: { purdueLevel: 9 } })).toBe(doc);
  });

  it('deleting an asset removes its links and every reference to it', () => {
    const doc = deleteElements(plant(), { ids: ['plc', 'fw'] });
    expect(doc.links).toEqual([]);
    expect(doc.conduits[0]).not.toHaveProperty('boundaryDevices');
    expect(doc.conduits[0]?.flows).toEqual([{ protocol: 'OPC UA', port: 4840, from: 'erp' }]);
    expectLoadable(doc);
  });
});

describe('conduits and links', () => {
  it('a new conduit needs two distinct zones and adopts crossing links', () => {
    let doc = deleteElements(plant(), { ids: ['c1'] });
    expect(addConduit(doc, { zoneIds: [Z('ent'), Z('ent')] })).toBe(doc);
    doc = addConduit(doc, { zoneIds: [Z('ent'), Z('cell')] });
    expect(doc.conduits[0]).toMatchObject({ id: 'conduit-1', name: 'Enterprise ↔ Cell 1', zoneIds: ['ent', 'cell'] });
    expect(doc.links.find((l) => l.id === 'l1')?.conduitId).toBe('conduit-1');
    expectLoadable(doc);
  });

  it('a link between zones joins the conduit that joins them', () => {
    const doc = addLink(plant(), { source: A('fw'), target: A('plc') });
    expect(doc.links.at(-1)).toMatchObject({ id: 'link-1', source: 'fw', target: 'plc', conduitId: 'c1' });
    expect(conduitBetween(doc, Z('cell'), Z('ent'))?.id).toBe('c1');
    expect(addLink(doc, { source: A('fw'), target: A('fw') })).toBe(doc);
    expectLoadable(doc);
  });

  it('sets flows, refusing a port of 70000', () => {
    const doc = plant();
    expect(setFlows(doc, { id: C('c1'), flows: [{ protocol: 'Modbus/TCP', port: 70000 }] })).toBe(doc);
    expect(setFlows(doc, { id: C('c1'), flows: [{ protocol: ' ', port: 502 }] })).toBe(doc);
    const next = setFlows(doc, { id: C('c1'), flows: [{ protocol: 'Modbus/TCP', port: 502, from: A('erp'), to: A('plc'), bidirectional: true }] });
    expect(next.conduits[0]?.flows).toHaveLength(1);
    expectLoadable(next);
    const none = setFlows(next, { id: C('c1'), flows: [] });
    expect(none.conduits[0]).not.toHaveProperty('flows');
    expectLoadable(none);
  });

  it('sets boundary devices, dropping unknown ids', () => {
    const doc = setBoundaryDevices(plant(), { id: C('c1'), assetIds: [A('fw'), A('ghost'), A('fw'), A('erp')] });
    expect(doc.conduits[0]?.boundaryDevices).toEqual(['fw', 'erp']);
    expectLoadable(doc);
  });

  it('deleting a conduit keeps its links, outside any conduit', () => {
    const doc = deleteElements(plant(), { ids: ['c1'] });
    expect(doc.links).toHaveLength(2);
    expect(doc.links[0]).not.toHaveProperty('conduitId');
    expectLoadable(doc);
  });

  it('updates a link medium and refuses an unknown conduit', () => {
    const doc = updateLink(plant(), { id: L('l2'), patch: { medium: 'fiber' } });
    expect(doc.links[1]?.medium).toBe('fiber');
    expect(updateLink(doc, { id: L('l2'), patch: { conduitId: C('nope') } })).toBe(doc);
  });
});

describe('project', () => {
  it('renames the project, refusing an empty name', () => {
    const doc = setMeta(plant(), { patch: { name: 'Line 2', phase: 'implement' } });
    expect(doc.meta).toMatchObject({ name: 'Line 2', phase: 'implement' });
    expect(setMeta(doc, { patch: { name: '' } })).toBe(doc);
  });

  it('makes ids that are fresh in the shared id space', () => {
    const doc = addZone(emptyDocument(), { id: 'asset-1', position: { x: 0, y: 0 } });
    expect(nextId(doc, 'asset')).toBe('asset-2');
  });
});

// Any sequence of edits, with any arguments, yields a document the loader accepts.
describe('every edit keeps the document loadable', () => {
  const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);
  const idOf = (doc: ZonewrightDocument, i: number): string => {
    const all = [...doc.zones, ...doc.assets, ...doc.conduits, ...doc.links].map((e) => e.id as string);
    return pick(all, i) ?? 'missing';
  };
  const point = fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) });
  const level = fc.constantFrom(0, 1, 2, 3, 4, 5, -1) as fc.Arbitrary<0>;
  const step = fc.oneof(
    fc.record({ op: fc.constant('addZone' as const), kind: fc.constantFrom(...ZONE_KINDS), at: point, parent: fc.nat() }),
    fc.record({ op: fc.constant('addAsset' as const), type: fc.constantFrom(...ASSET_TYPES), at: point, zone: fc.nat() }),
    fc.record({ op: fc.constant('addConduit' as const), a: fc.nat(), b: fc.nat() }),
    fc.record({ op: fc.constant('addLink' as const), a: fc.nat(), b: fc.nat() }),
    fc.record({ op: fc.constant('move' as const), i: fc.nat(), at: point }),
    fc.record({ op: fc.constant('rename' as const), i: fc.nat(), name: fc.string({ maxLength: 8 }) }),
    fc.record({ op: fc.constant('assign' as const), a: fc.nat(), z: fc.nat(), none: fc.boolean() }),
    fc.record({ op: fc.constant('parent' as const), a: fc.nat(), b: fc.nat(), none: fc.boolean() }),
    fc.record({ op: fc.constant('sl' as const), i: fc.nat(), l: level }),
    fc.record({ op: fc.constant('flows' as const), c: fc.nat(), a: fc.nat(), port: fc.integer({ min: -5, max: 70000 }) }),
    fc.record({ op: fc.constant('boundary' as const), c: fc.nat(), a: fc.nat() }),
    fc.record({ op: fc.constant('delete' as const), i: fc.nat(), j: fc.nat() }),
  );

  it('holds for random edit sequences', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let doc = plant();
        for (const s of steps) {
          switch (s.op) {
            case 'addZone':
              doc = addZone(doc, { kind: s.kind, position: s.at, parentId: pick(doc.zones, s.parent)?.id });
              break;
            case 'addAsset':
              doc = addAsset(doc, { type: s.type, position: s.at, zoneId: pick(doc.zones, s.zone)?.id });
              break;
            case 'addConduit': {
              const a = pick(doc.zones, s.a)?.id;
              const b = pick(doc.zones, s.b)?.id;
              if (a && b) doc = addConduit(doc, { zoneIds: [a, b] });
              break;
            }
            case 'addLink': {
              const a = pick(doc.assets, s.a)?.id;
              const b = pick(doc.assets, s.b)?.id;
              if (a && b) doc = addLink(doc, { source: a, target: b });
              break;
            }
            case 'move':
              doc = moveElements(doc, { moves: [{ id: idOf(doc, s.i) as ZoneId, position: s.at }] });
              break;
            case 'rename':
              doc = renameElement(doc, { id: idOf(doc, s.i) as ZoneId, name: s.name });
              break;
            case 'assign': {
              const a = pick(doc.assets, s.a)?.id;
              if (a) doc = assignAsset(doc, { assetId: a, zoneId: s.none ? undefined : pick(doc.zones, s.z)?.id });
              break;
            }
            case 'parent': {
              const a = pick(doc.zones, s.a)?.id;
              if (a) doc = setZoneParent(doc, { id: a, parentId: s.none ? undefined : pick(doc.zones, s.b)?.id });
              break;
            }
            case 'sl':
              doc = setSlT(doc, { id: idOf(doc, s.i) as ZoneId, slT: uniformSl(s.l) });
              doc = setSlC(doc, { id: idOf(doc, s.i) as AssetId, slC: uniformSl(s.l) });
              break;
            case 'flows': {
              const c = pick(doc.conduits, s.c)?.id;
              if (c) doc = setFlows(doc, { id: c, flows: [{ protocol: 'TCP', port: s.port, from: pick(doc.assets, s.a)?.id }] });
              break;
            }
            case 'boundary': {
              const c = pick(doc.conduits, s.c)?.id;
              const a = pick(doc.assets, s.a)?.id;
              if (c && a) doc = setBoundaryDevices(doc, { id: c, assetIds: [a] });
              break;
            }
            case 'delete':
              doc = deleteElements(doc, { ids: [idOf(doc, s.i), idOf(doc, s.j)] });
              break;
          }
          const result = loadDocument(JSON.parse(serializeDocument(doc)));
          if (!result.ok) throw new Error(`${s.op}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
        }
      }),
      { numRuns: 200 },
    );
  });
});
