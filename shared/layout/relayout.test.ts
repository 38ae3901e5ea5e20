// The editor's Auto layout: the whole document placed afresh, stored positions ignored.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ZonewrightDocument } from '../model/document';
import { loadDocument } from '../model/load';
import { ASSET_SIZE, containsRect, drawingLevel, intersects, placeElements, relayoutDocument, withFreshLayout, withoutPlacement } from './index';

const sample = (name: string): ZonewrightDocument => {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'samples', `${name}.zonewright.json`), 'utf8');
  const r = loadDocument(JSON.parse(text));
  if (!r.ok) throw new Error(`${name} does not load`);
  return r.doc;
};

/** A sample scrambled: every zone and asset dumped at one spot, as a messy drawing would be. */
const scrambled = (doc: ZonewrightDocument): ZonewrightDocument => ({
  ...doc,
  zones: doc.zones.map((z) => ({ ...z, position: { x: 5, y: 5 }, size: { width: 300, height: 200 } })),
  assets: doc.assets.map((a) => ({ ...a, position: { x: 7, y: 9 } })),
});

describe('relayoutDocument', () => {
  it.each(['purdue-reference-plant', 'machine-builder-cell'])('places every zone and asset of a scrambled %s afresh, tidy and by Purdue level', async (name) => {
    const doc = await withFreshLayout(scrambled(sample(name)));
    const zone = new Map(doc.zones.map((z) => [z.id as string, { ...z.position!, ...z.size! }]));
    const asset = new Map(doc.assets.map((a) => [a.id as string, { ...a.position!, ...ASSET_SIZE }]));
    for (const a of doc.assets) if (a.zoneId) expect(containsRect(zone.get(a.zoneId)!, asset.get(a.id)!), `${a.name} in its zone`).toBe(true);
    for (const z of doc.zones) if (z.parentId) expect(containsRect(zone.get(z.parentId)!, zone.get(z.id)!), `${z.name} in its parent`).toBe(true);
    for (let i = 0; i < doc.assets.length; i++) {
      for (let j = i + 1; j < doc.assets.length; j++) expect(intersects(asset.get(doc.assets[i]!.id)!, asset.get(doc.assets[j]!.id)!)).toBe(false);
    }
    const top = doc.zones.filter((z) => !z.parentId);
    for (const a of top) {
      for (const b of top) {
        if (a !== b) expect(intersects(zone.get(a.id)!, zone.get(b.id)!), `${a.name} / ${b.name}`).toBe(false);
        if (drawingLevel(a) > drawingLevel(b)) expect(zone.get(a.id)!.y + zone.get(a.id)!.height).toBeLessThan(zone.get(b.id)!.y);
      }
    }
  });

  it('lays out the same whatever the stored positions were', async () => {
    const doc = sample('water-utility');
    const a = await relayoutDocument(doc);
    const b = await relayoutDocument(scrambled(doc));
    expect(b).toEqual(a);
    expect(a.zones.size).toBe(doc.zones.length);
    expect(a.assets.size).toBe(doc.assets.length);
  });

  it('placeElements writes over stored positions and keeps what does not move', async () => {
    const doc = sample('water-utility');
    const laid = await withFreshLayout(doc);
    expect(placeElements(laid, await relayoutDocument(laid))).toBe(laid);
    expect(withoutPlacement(laid).zones.every((z) => !z.position && !z.size)).toBe(true);
    expect(withoutPlacement(laid).assets.every((a) => !a.position)).toBe(true);
  });
});
