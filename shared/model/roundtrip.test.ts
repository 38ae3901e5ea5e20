import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSET_TYPES, CRITICALITIES, LINK_MEDIA, ZONE_KINDS } from './kinds';
import { loadDocument, loadDocumentText } from './load';
import { serializeDocument } from './serialize';
import { FR_KEYS } from './securityLevels';
import { INCIDENT_STATUSES, PATCH_STATUSES } from './document';
import { DEFAULT_RISK_MATRIX } from '../lifecycle/risk';
import { THREAT_LIBRARY } from '../lifecycle/threats';

const level = fc.integer({ min: 0, max: 4 });
const slVector = fc.record(Object.fromEntries(FR_KEYS.map((fr) => [fr, level])) as Record<(typeof FR_KEYS)[number], typeof level>);
const name = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0);
const unicodeName = fc.oneof(name, fc.constantFrom('Zone ä', 'Ørsted-ø', 'Łódź', 'Цех 1', '制御ゾーン', 'Kontrollraum'));
const point = fc.record({ x: fc.double({ min: -1e5, max: 1e5, noNaN: true }), y: fc.double({ min: -1e5, max: 1e5, noNaN: true }) });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString().slice(0, 10), d.toISOString()));
const step5 = fc.integer({ min: 1, max: 5 });
const frs = fc.uniqueArray(fc.constantFrom(...FR_KEYS), { minLength: 1, maxLength: 7 });
const ratings = fc
  .uniqueArray(fc.constantFrom(...DEFAULT_RISK_MATRIX.categories.map((c) => c.id)), { maxLength: 5 })
  .chain((ids) => fc.tuple(...ids.map(() => step5)).map((vs) => Object.fromEntries(ids.map((id, i) => [id, vs[i]]))));
const CUSTOM_THREATS = ['threat-a', 'threat-b'];
const threatId = fc.constantFrom(...THREAT_LIBRARY.map((t) => t.id), ...CUSTOM_THREATS);
/** Risk scenarios of one element; ids are unique in the document because they carry the element's id. */
const scenarios = (owner: string) =>
  opt(
    fc.array(
      fc.record({
        threatId,
        description: opt(fc.string({ maxLength: 30 })),
        vulnerabilities: opt(fc.string({ maxLength: 30 })),
        frs: opt(frs),
        likelihood: opt(step5),
        consequence: opt(ratings),
        countermeasures: opt(fc.string({ maxLength: 30 })),
        residualLikelihood: opt(step5),
        residualConsequence: opt(ratings),
        additionalCountermeasures: opt(fc.string({ maxLength: 30 })),
      }),
      { maxLength: 3 },
    ).map((list) => list.map((r, j) => clean({ id: `r-${owner}-${j}`, ...r }))),
  );
const decisions = opt(
  fc.array(
    fc
      .record({
        action: fc.constantFrom('accepted', 'overridden'),
        by: name,
        date: isoDate,
        slT: slVector,
        suggested: opt(slVector),
        previous: opt(slVector),
        reason: opt(name),
      })
      .map((d) => clean(d.action === 'overridden' && !d.reason ? { ...d, reason: 'Compensated elsewhere' } : d)),
    { maxLength: 2 },
  ),
);
/** A valid matrix at least 5×5 with the default categories, so that every generated rating fits. */
const matrix = fc
  .record({ l: fc.integer({ min: 5, max: 7 }), c: fc.integer({ min: 5, max: 7 }), extra: fc.boolean(), cuts: fc.uniqueArray(fc.integer({ min: 2, max: 25 }), { maxLength: 3 }) })
  .map(({ l, c, extra, cuts }) => ({
    likelihoods: Array.from({ length: l }, (_, i) => `L${i + 1}`),
    consequences: Array.from({ length: c }, (_, i) => `C${i + 1}`),
    categories: [...DEFAULT_RISK_MATRIX.categories, ...(extra ? [{ id: 'image', label: 'Public image' }] : [])],
    bands: [1, ...cuts.sort((x, y) => x - y)].map((minScore, i) => ({ label: `Band ${i + 1}`, minScore, sl: Math.min(4, i + 1) })),
  }));
const lifecycle = fc.record({
  suc: opt(fc.record({ scope: opt(fc.string({ maxLength: 30 })), assumptions: opt(fc.string({ maxLength: 30 })), regulations: opt(fc.string({ maxLength: 30 })) }).map(clean)),
  risk: opt(fc.record({ matrix: opt(matrix), tolerableRisk: opt(fc.integer({ min: 0, max: 25 })) }).map(clean)),
  threats: fc.subarray(CUSTOM_THREATS).chain((ids) =>
    fc.tuple(...ids.map((id) => fc.record({ title: name, frs, likelihood: opt(step5), description: opt(fc.string({ maxLength: 30 })) }).map((t) => clean({ id, ...t })))),
  ),
  maintenance: opt(fc.record({ lastReview: opt(isoDate), nextReassessment: opt(isoDate) }).map(clean)),
  incidents: opt(
    fc
      .array(fc.record({ date: isoDate, title: name, description: opt(fc.string({ maxLength: 30 })), affected: opt(fc.array(fc.constantFrom('a0', 'z1', 'deleted-long-ago'), { maxLength: 2 })), status: fc.constantFrom(...INCIDENT_STATUSES) }), { maxLength: 3 })
      .map((list) => list.map((x, i) => clean({ id: `i${i}`, ...x }))),
  ),
  approval: opt(
    fc
      .record({ by: name, role: opt(name), date: isoDate, hex: fc.stringMatching(/^[0-9a-f]{64}$/), revision: opt(fc.string({ maxLength: 5 })) })
      .map(({ hex, ...a }) => clean({ ...a, contentHash: `sha256:${hex}` })),
  ),
});

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
            risks: scenarios(id),
            slTDecisions: decisions,
            lastReview: opt(isoDate),
            nextReassessment: opt(isoDate),
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
            temporary: opt(fc.boolean()),
            patchStatus: opt(fc.constantFrom(...PATCH_STATUSES)),
            lastPatched: opt(isoDate),
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
            risks: scenarios(id),
            slTDecisions: decisions,
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
    return fc.record({ meta: fc.record({ name: unicodeName }), zones, assets, conduits, links, lifecycle }).map((d) => {
      // Scenarios may only name the custom threats the document defines.
      const known = new Set(d.lifecycle.threats.map((t) => t.id));
      const keep = <T extends { risks?: { threatId: string }[] }>(e: T): T =>
        e.risks ? { ...e, risks: e.risks.filter((r) => !CUSTOM_THREATS.includes(r.threatId) || known.has(r.threatId)) } : e;
      const { threats, ...rest } = d.lifecycle;
      return clean({
        format: 'zonewright',
        version: 1,
        meta: d.meta,
        zones: d.zones.map(keep),
        assets: d.assets,
        conduits: d.conduits.map(keep),
        links: d.links.map((l, i) => clean({ id: `l${i}`, source: l.pair[0], target: l.pair[1], conduitId: l.conduitId, medium: l.medium })),
        ...rest,
        threats: threats.length > 0 ? threats : undefined,
      });
    });
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
  (d) => (d.zones[0]?.risks?.[0] ? ((d.zones[0].risks[0].threatId = 'no-such-threat'), 'zones[0].risks[0].threatId') : undefined),
  (d) => (d.conduits[0]?.risks?.[0] ? ((d.conduits[0].risks[0].likelihood = 9), 'conduits[0].risks[0].likelihood') : undefined),
  (d) => (d.assets[0] ? ((d.assets[0].lastPatched = '2025-13-01'), 'assets[0].lastPatched') : undefined),
  (d) => ((d.approval = { by: 'Owner', date: '2025-01-01', contentHash: 'sha1:00' }), 'approval.contentHash'),
  (d) => ((d.incidents = [{ id: 'i0', date: '2025-01-01', title: 'One', status: 'open' }, { id: 'i0', date: '2025-01-02', title: 'Two', status: 'open' }]), 'incidents[1].id'),
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

  it('the generated documents exercise every lifecycle field', () => {
    const docs = fc.sample(validDocument, { numRuns: 300, seed: 62443 }) as any[];
    const seen = (test: (d: any) => boolean) => docs.some(test);
    for (const key of ['suc', 'risk', 'threats', 'maintenance', 'incidents', 'approval']) expect(seen((d) => key in d)).toBe(true);
    expect(seen((d) => d.risk?.matrix)).toBe(true);
    expect(seen((d) => d.zones.some((z: any) => z.risks?.length && z.slTDecisions?.length && z.nextReassessment))).toBe(true);
    expect(seen((d) => d.conduits.some((c: any) => c.risks?.some((r: any) => r.residualConsequence)))).toBe(true);
    expect(seen((d) => d.assets.some((a: any) => a.patchStatus && a.lastPatched && a.temporary !== undefined))).toBe(true);
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
