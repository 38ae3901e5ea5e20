import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSET_TYPES, CRITICALITIES, LINK_MEDIA, ZONE_KINDS } from './kinds';
import { loadDocument, loadDocumentText } from './load';
import { serializeDocument } from './serialize';
import { FR_KEYS } from './securityLevels';

const level = fc.integer({ min: 0, max: 4 });
const slVector = fc.record(Object.fromEntries(FR_KEYS.map((fr) => [fr, level])) as Record<(typeof FR_KEYS)[number], typeof level>);
const name = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0);
const unicodeName = fc.oneof(name, fc.constantFrom('Zone ä', 'Ørsted-ø', 'Łódź', 'Цех 1', '制御ゾーン', 'Kontrollraum'));
const point = fc.record({ x: fc.double({ min: -1e5, max: 1e5, noNaN: true }), y: fc.double({ min: -1e5, max: 1e5, noNaN: true }) });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops undefined fields, as JSON does. */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Random valid documents: counts first, then references drawn from the ids that exist. */
const validDocument = fc
  .record({ zones: fc.integer({ min: 0, max: 6 }), assets: fc.integer({ min: 0, max: 10 }), conduits: fc.integer({ min: 0, max: 4 }), links: fc.integer({ min: 0, max: 8 }) })
  .chain((n) => {
    const zoneIds = Array.from({ length: n.zones }, (_, i) => `z${i}`);
    const assetIds = Array.from({ length: n.assets }, (_, i) => `a${i}`);
    const conduitIds = Array.from({ length: n.conduits }, (_, i) => `c${i}`);
    const zoneRef = zoneIds.length ? opt(fc.constantFrom(...zoneIds)) : fc.constant(undefined);
    const assetRef = assetIds.length ? opt(fc.constantFrom(...assetIds)) : fc.constant(undefined);
    const zones = fc.tuple(
      ...zoneIds.map((id, i) =>
        fc
          .record({
            name: unicodeName,
            kind: fc.constantFrom(...ZONE_KINDS),
            // Parents only among earlier zones, so nesting never loops.
            parentId: i > 0 ? opt(fc.constantFrom(...zoneIds.slice(0, i))) : fc.constant(undefined),
            slT: opt(slVector),
            purdueLevel: opt(fc.constantFrom(0, 1, 2, 3, 3.5, 4)),
            notes: opt(fc.string({ maxLength: 40 })),
            position: opt(point),
            size: opt(fc.record({ width: fc.integer({ min: 1, max: 3000 }), height: fc.integer({ min: 1, max: 3000 }) })),
          })
          .map((z) => clean({ id, ...z })),
      ),
    );
    const assets = fc.tuple(
      ...assetIds.map((id) =>
        fc
          .record({
            name: unicodeName,
            type: fc.constantFrom(...ASSET_TYPES),
            zoneId: zoneRef,
            slC: opt(slVector),
            vendor: opt(name),
            ip: opt(fc.ipV4()),
            criticality: opt(fc.constantFrom(...CRITICALITIES)),
            position: opt(point),
          })
          .map((a) => clean({ id, ...a })),
      ),
    );
    const flow = fc
      .record({ protocol: name, port: opt(fc.integer({ min: 1, max: 65535 })), from: assetRef, to: assetRef, bidirectional: opt(fc.boolean()) })
      .map(clean);
    const conduits = fc.tuple(
      ...conduitIds.map((id) =>
        fc
          .record({
            name: unicodeName,
            zoneIds: zoneIds.length ? fc.array(fc.constantFrom(...zoneIds), { maxLength: 3 }) : fc.constant([]),
            slT: opt(slVector),
            flows: opt(fc.array(flow, { maxLength: 3 })),
            boundaryDevices: assetIds.length ? opt(fc.array(fc.constantFrom(...assetIds), { maxLength: 2 })) : fc.constant(undefined),
          })
          .map((c) => clean({ id, ...c })),
      ),
    );
    type LinkDraft = { pair: string[]; conduitId: string | undefined; medium: string | undefined };
    const links: fc.Arbitrary<LinkDraft[]> =
      assetIds.length < 2
        ? fc.constant([])
        : fc.array(
            fc
              .record({
                pair: fc.uniqueArray(fc.constantFrom(...assetIds), { minLength: 2, maxLength: 2 }),
                conduitId: conduitIds.length ? opt(fc.constantFrom(...conduitIds)) : fc.constant(undefined),
                medium: opt(fc.constantFrom(...LINK_MEDIA)),
              }),
            { maxLength: n.links },
          );
    return fc.record({ meta: fc.record({ name: unicodeName }), zones, assets, conduits, links }).map((d) => ({
      format: 'zonewright',
      version: 1,
      meta: d.meta,
      zones: d.zones,
      assets: d.assets,
      conduits: d.conduits,
      links: d.links.map((l, i) => clean({ id: `l${i}`, source: l.pair[0], target: l.pair[1], conduitId: l.conduitId, medium: l.medium })),
    }));
  });

/** Changes that each make a valid document invalid, with the path the error must name. */
const breakages: ((doc: any) => string | undefined)[] = [
  (d) => (d.zones[0] ? ((d.zones[0].kind = 'castle'), 'zones[0].kind') : undefined),
  (d) => (d.assets[0] ? ((d.assets[0].zoneId = 'nowhere'), 'assets[0].zoneId') : undefined),
  (d) => (d.assets[0] ? ((d.assets[0].slC = { ...Object.fromEntries(FR_KEYS.map((f) => [f, 1])), SI: 9 }), 'assets[0].slC.SI') : undefined),
  (d) => (d.links[0] ? ((d.links[0].source = 'ghost'), 'links[0].source') : undefined),
  (d) => (d.conduits[0] ? ((d.conduits[0].zoneIds = 'z0'), 'conduits[0].zoneIds') : undefined),
  (d) => (d.assets[0] ? ((d.assets[0].id = d.zones[0]?.id ?? 'dup'), d.zones[0] ? 'assets[0].id' : undefined) : undefined),
  (d) => ((d.meta.name = 42), 'meta.name'),
  (d) => ((d.zones = {}), 'zones'),
  (d) => ((d.unexpected = true), ''),
];

describe('documents survive saving and loading', () => {
  it('any valid document loads, saves and loads back unchanged', () => {
    fc.assert(
      fc.property(validDocument, (raw) => {
        const first = loadDocument(raw);
        if (!first.ok) throw new Error(JSON.stringify(first.problems));
        const text = serializeDocument(first.doc);
        const second = loadDocumentText(text);
        expect(second.ok && second.doc).toEqual(first.doc);
        expect(serializeDocument(second.ok ? second.doc : first.doc)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('a broken document is refused with a problem at the broken path, never with an exception', () => {
    fc.assert(
      fc.property(validDocument, fc.integer({ min: 0, max: breakages.length - 1 }), (raw, which) => {
        const doc = structuredClone(raw);
        const path = breakages[which]!(doc);
        fc.pre(path !== undefined);
        const result = loadDocument(doc);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.some((p) => p.path === path)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary JSON never makes the loader throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => loadDocument(value)).not.toThrow();
        expect(() => loadDocumentText(JSON.stringify(value) ?? '')).not.toThrow();
      }),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string(), (text) => void expect(() => loadDocumentText(text)).not.toThrow()), { numRuns: 300 });
  });
});
