// The auto-layout that places zones and assets saved without positions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyLayout, ASSET_SIZE, containsRect, drawingLevel, intersects, layoutDocument, layoutDocumentSync, needsLayout, type DocumentLayout, type Rect } from '../../shared/layout';
import type { ZonewrightDocument } from '../../shared/model/document';
import { loadDocument } from '../../shared/model/load';
import { makeDocument } from '../../shared/testing/makeDocument';

const root = join(import.meta.dirname, '..', '..');
const raw = (name: string) => JSON.parse(readFileSync(join(root, 'assets', 'samples', `${name}.zonewright.json`), 'utf8')) as Record<string, any>;

function load(json: unknown): ZonewrightDocument {
  const r = loadDocument(json);
  if (!r.ok) throw new Error('sample does not load');
  return r.doc;
}

/** The sample with every position and size removed, as a hand-written file would be. */
function unplaced(name: string): ZonewrightDocument {
  const json = raw(name);
  for (const z of json.zones) {
    delete z.position;
    delete z.size;
  }
  for (const a of json.assets) delete a.position;
  return load(json);
}

function frames(doc: ZonewrightDocument): { zones: Map<string, Rect>; assets: Map<string, Rect> } {
  return {
    zones: new Map(doc.zones.map((z) => [z.id, { ...z.position!, ...z.size! }])),
    assets: new Map(doc.assets.map((a) => [a.id, { ...a.position!, ...ASSET_SIZE }])),
  };
}

function expectTidy(doc: ZonewrightDocument): void {
  expect(needsLayout(doc)).toBe(false);
  const { zones, assets } = frames(doc);
  for (const a of doc.assets) {
    if (a.zoneId) expect(containsRect(zones.get(a.zoneId)!, assets.get(a.id)!), `${a.name} inside its zone`).toBe(true);
  }
  const list = doc.assets;
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) expect(intersects(assets.get(list[i]!.id)!, assets.get(list[j]!.id)!), `${list[i]!.name} / ${list[j]!.name}`).toBe(false);
  }
  const top = doc.zones.filter((z) => !z.parentId);
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) expect(intersects(zones.get(top[i]!.id)!, zones.get(top[j]!.id)!), `${top[i]!.name} / ${top[j]!.name}`).toBe(false);
  }
  for (const z of doc.zones) if (z.parentId) expect(containsRect(zones.get(z.parentId)!, zones.get(z.id)!), `${z.name} inside its parent`).toBe(true);
}

describe('layoutDocument', () => {
  it.each(['purdue-reference-plant', 'water-utility', 'flawed-plant'])('places every zone and asset of %s saved without positions, higher Purdue levels above lower', async (name) => {
    const doc = applyLayout(unplaced(name), await layoutDocument(unplaced(name)));
    expectTidy(doc);
    const top = doc.zones.filter((z) => !z.parentId);
    for (const a of top) {
      for (const b of top) {
        if (drawingLevel(a) > drawingLevel(b)) expect(a.position!.y + a.size!.height, `${a.name} above ${b.name}`).toBeLessThan(b.position!.y);
      }
    }
  });

  it('puts nested zones inside their parent, below its assets', async () => {
    const doc = applyLayout(unplaced('machine-builder-cell'), await layoutDocument(unplaced('machine-builder-cell')));
    expectTidy(doc);
    const cell = doc.zones.find((z) => z.id === 'z-cell')!;
    const safety = doc.zones.find((z) => z.id === 'z-safety')!;
    const cellAssets = doc.assets.filter((a) => a.zoneId === 'z-cell');
    for (const a of cellAssets) expect(a.position!.y + ASSET_SIZE.height).toBeLessThanOrEqual(safety.position!.y);
    expect(safety.position!.y).toBeGreaterThan(cell.position!.y);
  });

  it('leaves stored positions and sizes untouched and places only what lacks one', async () => {
    const json = raw('purdue-reference-plant');
    delete json.zones[1].position;
    delete json.zones[1].size;
    for (const a of json.assets) if (a.zoneId === json.zones[1].id) delete a.position;
    const doc = load(json);
    const layout: DocumentLayout = await layoutDocument(doc);
    expect([...layout.zones.keys()]).toEqual([json.zones[1].id]);
    expect([...layout.assets.keys()].sort()).toEqual(json.assets.filter((a: any) => a.zoneId === json.zones[1].id).map((a: any) => a.id).sort());
    const out = applyLayout(doc, layout);
    doc.zones.forEach((z, i) => {
      if (i !== 1) expect(out.zones[i]).toBe(z);
    });
    // The re-placed zone goes below the drawing, not over it.
    const others = doc.zones.filter((_, i) => i !== 1).map((z) => ({ ...z.position!, ...z.size! }));
    const placed = { ...out.zones[1]!.position!, ...out.zones[1]!.size! };
    for (const r of others) expect(intersects(r, placed)).toBe(false);
    expectTidy(out);
  });

  it('puts a new asset into a free slot of its zone, clear of the assets already there', async () => {
    const doc = makeDocument({
      zones: [{ id: 'z1', name: 'Cell', kind: 'control', position: { x: 0, y: 0 }, size: { width: 440, height: 260 } }],
      assets: [
        { id: 'a1', name: 'PLC', type: 'plc', zoneId: 'z1', position: { x: 20, y: 50 } },
        { id: 'a2', name: 'New HMI', type: 'hmi', zoneId: 'z1' },
        { id: 'a3', name: 'New drive', type: 'drive', zoneId: 'z1' },
      ],
    });
    const out = applyLayout(doc, await layoutDocument(doc));
    expectTidy(out);
    expect(out.assets[0]).toBe(doc.assets[0]);
    expect(out.assets[1]!.position).toEqual({ x: 160, y: 50 });
  });

  it('sizes a placed zone that lacks a size to what it holds', async () => {
    const doc = makeDocument({
      zones: [{ id: 'z1', name: 'Cell', kind: 'control', position: { x: 100, y: 100 } }],
      assets: Array.from({ length: 9 }, (_, i) => ({ id: `a${i}`, name: `Asset ${i}`, type: 'plc', zoneId: 'z1' })),
    });
    const out = applyLayout(doc, await layoutDocument(doc));
    expect(out.zones[0]!.position).toEqual({ x: 100, y: 100 });
    expectTidy(out);
  });

  it('lines unzoned assets up below the zones', async () => {
    const doc = makeDocument({
      zones: [{ id: 'z1', name: 'Cell', kind: 'control' }],
      assets: [
        { id: 'a1', name: 'PLC', type: 'plc', zoneId: 'z1' },
        { id: 'a2', name: 'Laptop', type: 'it-workstation' },
      ],
    });
    const out = applyLayout(doc, await layoutDocument(doc));
    const zone = out.zones[0]!;
    expect(out.assets[1]!.position!.y).toBeGreaterThan(zone.position!.y + zone.size!.height);
  });

  it('changes nothing in a fully placed document', async () => {
    const doc = load(raw('water-utility'));
    const layout = await layoutDocument(doc);
    expect(layout.zones.size + layout.assets.size).toBe(0);
    expect(applyLayout(doc, layout)).toBe(doc);
  });

  it('also works without ELK, synchronously, with the same guarantees', () => {
    const doc = unplaced('purdue-reference-plant');
    expectTidy(applyLayout(doc, layoutDocumentSync(doc)));
  });
});
