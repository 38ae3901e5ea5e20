// Copy, paste and duplicate as pure edits: fresh ids, internal links kept, dangling references dropped.
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../testing/makeDocument';
import type { ZonewrightDocument } from './document';
import { loadDocument } from './load';
import { serializeDocument } from './serialize';
import { copyElements, emptyDocument, freshIdsFor, isEmptyClip, pasteElements, type ElementClip } from './edits';

function expectLoadable(doc: ZonewrightDocument) {
  const result = loadDocument(JSON.parse(serializeDocument(doc)));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  expect(result.doc).toEqual(doc);
}

const plant = () =>
  makeDocument({
    zones: [
      { id: 'ent', name: 'Enterprise', kind: 'enterprise', position: { x: 0, y: 0 }, size: { width: 400, height: 200 } },
      {
        id: 'cell',
        name: 'Cell 1',
        kind: 'control',
        slT: 2,
        position: { x: 0, y: 400 },
        size: { width: 600, height: 400 },
        requirements: { 'SR 1.1': { status: 'implemented' } },
      },
      { id: 'sis', name: 'SIS', kind: 'safety', parentId: 'cell', position: { x: 300, y: 500 }, size: { width: 200, height: 200 } },
    ],
    assets: [
      { id: 'erp', name: 'ERP', type: 'server', zoneId: 'ent', position: { x: 20, y: 40 } },
      { id: 'fw', name: 'FW-1', type: 'firewall', zoneId: 'ent', position: { x: 200, y: 40 } },
      { id: 'plc', name: 'PLC-1', type: 'plc', zoneId: 'cell', position: { x: 20, y: 440 } },
      { id: 'hmi', name: 'HMI-1', type: 'hmi', zoneId: 'cell', position: { x: 160, y: 440 } },
      { id: 'sc', name: 'SC-1', type: 'safety-controller', zoneId: 'sis', position: { x: 320, y: 540 } },
    ],
    conduits: [
      {
        id: 'c1',
        name: 'Ent to cell',
        zoneIds: ['ent', 'cell'],
        boundaryDevices: ['fw'],
        flows: [{ protocol: 'OPC UA', port: 4840, from: 'erp', to: 'plc' }],
      },
      { id: 'c2', name: 'Cell to SIS', zoneIds: ['cell', 'sis'], flows: [{ protocol: 'Modbus', from: 'plc', to: 'sc' }] },
    ],
    links: [
      { id: 'l1', source: 'plc', target: 'hmi' },
      { id: 'l2', source: 'erp', target: 'plc', conduitId: 'c1' },
      { id: 'l3', source: 'plc', target: 'sc', conduitId: 'c2' },
    ],
  });

describe('copyElements', () => {
  it('takes a zone with its nested zones, their assets, and the links and conduits between them', () => {
    const clip = copyElements(plant(), { ids: ['cell'] });
    expect(clip.zones.map((z) => z.id)).toEqual(['cell', 'sis']);
    expect(clip.assets.map((a) => a.id)).toEqual(['plc', 'hmi', 'sc']);
    expect(clip.links.map((l) => l.id)).toEqual(['l1', 'l3']);
    expect(clip.conduits.map((c) => c.id)).toEqual(['c2']);
    // The nested zone keeps its parent (inside the clip); the SR state comes along.
    expect(clip.zones[1]?.parentId).toBe('cell');
    expect(clip.zones[0]?.requirements).toEqual({ 'SR 1.1': { status: 'implemented' } });
  });

  it('takes the link between two copied assets even when the link itself was not selected', () => {
    const clip = copyElements(plant(), { ids: ['plc', 'hmi'] });
    expect(clip.links.map((l) => l.id)).toEqual(['l1']);
    // Their zone stays behind, so the copies point at no zone.
    expect(clip.assets.every((a) => a.zoneId === undefined)).toBe(true);
  });

  it('drops references to what stays behind: parent zone, link conduit, flow ends, boundary devices', () => {
    const doc = plant();
    const clip = copyElements(doc, { ids: ['ent', 'cell', 'erp', 'plc'] });
    const c1 = clip.conduits.find((c) => c.id === 'c1')!;
    // The firewall is inside "ent", so it is copied and stays a boundary device.
    expect(c1.boundaryDevices).toEqual(['fw']);
    expect(c1.flows).toEqual([{ protocol: 'OPC UA', port: 4840, from: 'erp', to: 'plc' }]);
    const sisOnly = copyElements(doc, { ids: ['sis', 'c2', 'l3'] });
    expect(sisOnly.zones[0]).not.toHaveProperty('parentId');
    expect(sisOnly.conduits).toEqual([]);
    expect(sisOnly.links).toEqual([]);
    const twoZones = copyElements(doc, { ids: ['ent', 'sis'] });
    expect(twoZones.conduits).toEqual([]);
    const entAndCellNoFw = copyElements(
      { ...doc, assets: doc.assets.map((a) => (a.id === 'fw' ? { ...a, zoneId: undefined } : a)) },
      { ids: ['ent', 'cell'] },
    );
    expect(entAndCellNoFw.conduits.find((c) => c.id === 'c1')).not.toHaveProperty('boundaryDevices');
  });

  it('leaves the risk register and SL-T decisions behind: a copy is a new zone to assess', () => {
    const doc = makeDocument({
      zones: [
        {
          id: 'z',
          name: 'Z',
          kind: 'control',
          slT: 2,
          risks: [{ id: 'r1', threatId: 'rogue-device', likelihood: 2 }],
          slTDecisions: [{ action: 'accepted', by: 'A. Owner', date: '2025-01-10', slT: 2 }],
          lastReview: '2025-01-10',
        },
      ],
    });
    const clip = copyElements(doc, { ids: ['z'] });
    expect(clip.zones[0]).toEqual({ id: 'z', name: 'Z', kind: 'control', slT: doc.zones[0]!.slT, size: doc.zones[0]!.size });
    const twice = pasteElements(doc, { clip: { ...clip, zones: [doc.zones[0]!] } });
    expectLoadable(twice);
    expect(twice.zones[1]).not.toHaveProperty('risks');
  });

  it('copies nothing from an empty selection', () => {
    expect(isEmptyClip(copyElements(plant(), { ids: [] }))).toBe(true);
    expect(isEmptyClip(copyElements(plant(), { ids: ['l1'] }))).toBe(true);
  });
});

describe('pasteElements', () => {
  it('pastes a zone with its assets under fresh ids, keeping the links between them, shifted by the offset', () => {
    const doc = plant();
    const clip = copyElements(doc, { ids: ['cell'] });
    const ids = freshIdsFor(doc, clip);
    const next = pasteElements(doc, { clip, offset: { x: 1000, y: 0 }, ids });
    expectLoadable(next);
    expect(next.zones).toHaveLength(5);
    expect(next.assets).toHaveLength(8);
    const cell = next.zones.find((z) => z.id === ids.get('cell'))!;
    const sis = next.zones.find((z) => z.id === ids.get('sis'))!;
    expect(cell).toMatchObject({ name: 'Cell 1 2', position: { x: 1000, y: 400 }, size: { width: 600, height: 400 } });
    expect(sis.parentId).toBe(cell.id);
    const plc = next.assets.find((a) => a.id === ids.get('plc'))!;
    expect(plc).toMatchObject({ name: 'PLC-1 2', zoneId: cell.id, position: { x: 1020, y: 440 } });
    const l1 = next.links.find((l) => l.id === ids.get('l1'))!;
    expect(l1).toMatchObject({ source: plc.id, target: ids.get('hmi') });
    const l3 = next.links.find((l) => l.id === ids.get('l3'))!;
    const c2 = next.conduits.find((c) => c.id === ids.get('c2'))!;
    expect(l3.conduitId).toBe(c2.id);
    expect(c2.zoneIds).toEqual([cell.id, sis.id]);
    expect(c2.flows).toEqual([{ protocol: 'Modbus', from: plc.id, to: ids.get('sc') }]);
    // Nothing of the original changed.
    expect(next.zones.slice(0, 3)).toEqual(doc.zones);
    expect(next.links.slice(0, 3)).toEqual(doc.links);
  });

  it('gives every pasted element an id unused in the document and continues its numbering', () => {
    const doc = makeDocument({
      zones: [{ id: 'zone-7', name: 'Z', kind: 'control' }],
      assets: [{ id: 'asset-3', name: 'A', type: 'plc', zoneId: 'zone-7' }],
    });
    const clip = copyElements(doc, { ids: ['zone-7'] });
    const twice = pasteElements(pasteElements(doc, { clip }), { clip });
    expect(twice.zones.map((z) => z.id)).toEqual(['zone-7', 'zone-8', 'zone-9']);
    expect(twice.assets.map((a) => a.id)).toEqual(['asset-3', 'asset-4', 'asset-5']);
    expect(twice.assets.map((a) => a.name)).toEqual(['A', 'A 2', 'A 3']);
    expectLoadable(twice);
  });

  it('pastes into another document (another window): names stay when free, references inside the clip hold', () => {
    const clip = copyElements(plant(), { ids: ['plc', 'hmi'] });
    const next = pasteElements(emptyDocument(), { clip });
    expectLoadable(next);
    expect(next.assets.map((a) => a.name)).toEqual(['PLC-1', 'HMI-1']);
    expect(next.links).toHaveLength(1);
    expect(next.links[0]).toMatchObject({ source: next.assets[0]!.id, target: next.assets[1]!.id });
  });

  it('drops dangling references of a hand-made clip instead of refusing it', () => {
    const doc = plant();
    const clip: ElementClip = {
      zones: [{ ...doc.zones[2]!, parentId: doc.zones[1]!.id }],
      assets: [{ ...doc.assets[4]! }, { ...doc.assets[2]!, zoneId: doc.zones[1]!.id }],
      conduits: [{ ...doc.conduits[1]! }],
      links: [{ ...doc.links[2]! }, { ...doc.links[0]! }],
    };
    const next = pasteElements(doc, { clip });
    expectLoadable(next);
    const pasted = next.zones[3]!;
    expect(pasted).not.toHaveProperty('parentId');
    expect(next.assets[5]).toMatchObject({ zoneId: pasted.id });
    expect(next.assets[6]).not.toHaveProperty('zoneId');
    // The conduit joined a zone that was not pasted: it goes, and the link keeps no conduit.
    expect(next.conduits).toHaveLength(2);
    expect(next.links).toHaveLength(4);
    expect(next.links[3]).not.toHaveProperty('conduitId');
  });

  it('refuses ids that are not fresh, and an empty clip changes nothing', () => {
    const doc = plant();
    const clip = copyElements(doc, { ids: ['plc'] });
    expect(pasteElements(doc, { clip, ids: new Map([['plc', 'hmi']]) })).toBe(doc);
    expect(pasteElements(doc, { clip, ids: new Map() })).toBe(doc);
    expect(pasteElements(doc, { clip: { zones: [], assets: [], conduits: [], links: [] } })).toBe(doc);
  });
});
