import { describe, expect, it } from 'vitest';
import { formatProblems, loadDocument, loadDocumentText } from './load';
import { migrate } from './migrations';
import { serializeDocument } from './serialize';

const base = {
  format: 'zonewright',
  version: 1,
  meta: { name: 'Plant A' },
  zones: [
    { id: 'z1', name: 'Basic control', kind: 'control', slT: { IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 2, TRE: 1, RA: 1 } },
    { id: 'z2', name: 'DMZ', kind: 'dmz', slT: 2 },
  ],
  assets: [
    { id: 'a1', name: 'PLC-101', type: 'plc', zoneId: 'z1', slC: { IAC: 1, UC: 1, SI: 1, DC: 1, RDF: 1, TRE: 1, RA: 1 } },
    { id: 'a5', name: 'FW-1', type: 'firewall', zoneId: 'z1' },
    { id: 'a7', name: 'Historian mirror', type: 'historian', zoneId: 'z2' },
  ],
  conduits: [
    {
      id: 'c1',
      name: 'Control to DMZ',
      zoneIds: ['z1', 'z2'],
      slT: { IAC: 2, UC: 2, SI: 2, DC: 2, RDF: 2, TRE: 1, RA: 1 },
      flows: [{ protocol: 'opc-ua', port: 4840, from: 'a1', to: 'a7' }],
    },
  ],
  links: [{ id: 'l1', source: 'a1', target: 'a5', conduitId: 'c1', medium: 'wired' }],
};

function clone<T>(v: T): T {
  return structuredClone(v);
}

function problemsOf(raw: unknown): string {
  const result = loadDocument(raw);
  if (result.ok) throw new Error('expected the document to be refused');
  return formatProblems(result.problems);
}

describe('loading a project file', () => {
  it('accepts the documented example and expands the single-number SL-T shorthand', () => {
    const result = loadDocument(base);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.zones[1]?.slT).toEqual({ IAC: 2, UC: 2, SI: 2, DC: 2, RDF: 2, TRE: 2, RA: 2 });
    expect(result.doc.assets[0]?.slC?.IAC).toBe(1);
  });

  it('loads equal SL vectors as one frozen object, whether written out or as shorthand', () => {
    const raw = clone(base) as Record<string, any>;
    raw.assets[1].slC = 1;
    raw.assets[2].slC = 2;
    const result = loadDocument(raw);
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const [plc, firewall, historian] = result.doc.assets;
    expect(firewall!.slC).toBe(plc!.slC);
    expect(historian!.slC).toBe(result.doc.zones[1]!.slT);
    expect(Object.isFrozen(plc!.slC)).toBe(true);
    // Sharing never merges different vectors.
    expect(result.doc.zones[0]!.slT).toEqual({ IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 2, TRE: 1, RA: 1 });
    expect(result.doc.conduits[0]!.slT).toEqual({ IAC: 2, UC: 2, SI: 2, DC: 2, RDF: 2, TRE: 1, RA: 1 });
  });

  it('reads missing element lists as empty', () => {
    const result = loadDocument({ format: 'zonewright', version: 1, meta: { name: 'Empty' } });
    expect(result.ok && result.doc.zones).toEqual([]);
  });

  it('names the path of an asset that points at a missing zone', () => {
    const raw = clone(base);
    raw.assets[2]!.zoneId = 'z9';
    expect(problemsOf(raw)).toBe('assets[2].zoneId: unknown zone "z9"');
  });

  it('names every broken reference: links, conduits, flows, boundary devices, parents', () => {
    const raw = clone(base) as Record<string, any>;
    raw.links[0].target = 'nope';
    raw.links[0].conduitId = 'c9';
    raw.conduits[0].zoneIds = ['z1', 'z7'];
    raw.conduits[0].flows[0].to = 'a99';
    raw.conduits[0].boundaryDevices = ['a42'];
    raw.zones[0].parentId = 'zz';
    const text = problemsOf(raw);
    expect(text).toContain('links[0].target: unknown asset "nope"');
    expect(text).toContain('links[0].conduitId: unknown conduit "c9"');
    expect(text).toContain('conduits[0].zoneIds[1]: unknown zone "z7"');
    expect(text).toContain('conduits[0].flows[0].to: unknown asset "a99"');
    expect(text).toContain('conduits[0].boundaryDevices[0]: unknown asset "a42"');
    expect(text).toContain('zones[0].parentId: unknown zone "zz"');
  });

  it('refuses duplicate ids, even across element kinds', () => {
    const raw = clone(base);
    raw.assets[2]!.id = 'z1';
    expect(problemsOf(raw)).toContain('assets[2].id: duplicate id "z1" (already used at zones[0].id)');
  });

  it('refuses zone nesting that loops', () => {
    const raw = clone(base) as Record<string, any>;
    raw.zones[0].parentId = 'z2';
    raw.zones[1].parentId = 'z1';
    expect(problemsOf(raw)).toContain('zones[0].parentId: zone nesting forms a cycle');
  });

  it('explains type, range and vocabulary errors at their path', () => {
    const raw = clone(base) as Record<string, any>;
    raw.conduits[0].flows[0].port = 70000;
    raw.assets[0].type = 'plcx';
    raw.zones[0].slT.IAC = 5;
    raw.zones[1].name = '   ';
    raw.assets[1].colour = 'red';
    const text = problemsOf(raw);
    expect(text).toContain('conduits[0].flows[0].port: must be a whole number from 1 to 65535');
    expect(text).toContain('assets[0].type: "plcx" is not a known asset type; expected one of plc, rtu,');
    expect(text).toContain('zones[0].slT.IAC: must be a whole number from 0 to 4');
    expect(text).toContain('zones[1].name: must not be empty');
    expect(text).toContain('assets[1]: unknown field "colour"');
  });

  it('says which FR is missing from an SL vector', () => {
    const raw = clone(base) as Record<string, any>;
    delete raw.zones[0].slT.RA;
    expect(problemsOf(raw)).toBe('zones[0].slT.RA: is required');
  });

  it('reports a missing required field as required, not as a type error', () => {
    const raw = clone(base) as Record<string, any>;
    delete raw.assets[0].name;
    expect(problemsOf(raw)).toBe('assets[0].name: is required');
  });

  it('checks requirement states: known ids of the right part, with the reasons their status needs', () => {
    const raw = clone(base) as Record<string, any>;
    raw.zones[0].requirements = {
      'SR 1.1': { status: 'implemented' },
      'SR 9.9': { status: 'implemented' },
      'SR 5.3': { status: 'not-applicable' },
      'SR 5.2': { status: 'compensated', compensatingCountermeasure: 'Unidirectional gateway' },
      'CR 1.1': { status: 'implemented' },
    };
    raw.assets[0].requirements = { 'HDR 3.2': { status: 'implemented' }, 'EDR 3.2': { status: 'done' } };
    const text = problemsOf(raw);
    expect(text).toContain('zones[0].requirements["SR 5.3"].justification: is required when the status is not-applicable');
    expect(text).toContain('assets[0].requirements["EDR 3.2"].status: "done" is not a known requirement status');
    const refs = clone(base) as Record<string, any>;
    refs.zones[0].requirements = { 'SR 1.1': { status: 'implemented' }, 'SR 9.9': { status: 'implemented' }, 'CR 1.1': { status: 'implemented' } };
    refs.assets[0].requirements = { 'HDR 3.2': { status: 'implemented' }, 'EDR 3.2': { status: 'implemented' } };
    const refText = problemsOf(refs);
    expect(refText).toContain('zones[0].requirements["SR 9.9"]: unknown requirement "SR 9.9"');
    expect(refText).toContain('zones[0].requirements["CR 1.1"]: "CR 1.1" is not a 62443-3-3 system requirement');
    expect(refText).toContain('assets[0].requirements["HDR 3.2"]: "HDR 3.2" is not a 62443-4-2 requirement of a plc');
    expect(refText).not.toContain('EDR 3.2');
  });

  it('refuses a file from a newer Zonewright with a clear message', () => {
    const text = problemsOf({ ...base, version: 7 });
    expect(text).toContain('format version 7');
    expect(text).toContain('newer Zonewright');
  });

  it('refuses something that is not a Zonewright project', () => {
    expect(problemsOf({ hello: 'world' })).toContain('not a Zonewright project');
    expect(problemsOf([1, 2])).toContain('got a list');
  });

  it('points at the line and column of broken JSON', () => {
    const result = loadDocumentText('{\n  "format": "zonewright",\n  "version": 1,,\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toMatch(/not valid JSON at line 3, column \d+/);
  });

  it('round-trips through the file text unchanged', () => {
    const first = loadDocument(base);
    if (!first.ok) throw new Error('base must load');
    const again = loadDocumentText(serializeDocument(first.doc));
    expect(again.ok && again.doc).toEqual(first.doc);
  });
});

describe('migrations', () => {
  it('brings an older file up to the current version one step at a time', () => {
    // A made-up version 0 that called zones "areas": the framework must carry it to version 1.
    const registry = {
      0: (doc: Record<string, unknown>) => {
        const { areas, ...rest } = doc;
        return { ...rest, zones: areas };
      },
    };
    const old = { ...clone(base), version: 0 } as Record<string, unknown>;
    old.areas = old.zones;
    delete old.zones;
    const migrated = migrate(old, 1, registry);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(migrated.from).toBe(0);
    expect(migrated.doc.version).toBe(1);
    const loaded = loadDocument(migrated.doc);
    expect(loaded.ok && loaded.doc.zones.map((z) => z.id)).toEqual(['z1', 'z2']);
  });

  it('fails clearly when a step of the chain is missing', () => {
    const result = migrate({ ...base, version: 0 }, 2, {});
    expect(result).toEqual({ ok: false, message: 'version: no migration from format version 0 to 1' });
  });
});

describe('loading the lifecycle fields', () => {
  const lifecycle = () => {
    const raw = clone(base) as Record<string, any>;
    raw.zones[0].risks = [
      {
        id: 'r1',
        threatId: 'remote-access-compromise',
        likelihood: 4,
        consequence: { safety: 4, production: 3 },
        vulnerabilities: 'Shared vendor account',
        countermeasures: 'VPN with MFA',
        residualLikelihood: 2,
        additionalCountermeasures: 'Session recording',
      },
    ];
    raw.zones[0].slTDecisions = [{ action: 'overridden', by: 'A. Owner', date: '2025-01-10', slT: 2, suggested: 3, reason: 'Plant-wide MFA' }];
    raw.zones[0].lastReview = '2025-01-10';
    raw.zones[0].nextReassessment = '2026-01-10';
    raw.conduits[0].risks = [{ id: 'r2', threatId: 'hvac-link', likelihood: 1, consequence: { finance: 2 } }];
    raw.assets[0].patchStatus = 'pending';
    raw.assets[0].lastPatched = '2024-11-30';
    raw.assets[0].temporary = false;
    raw.suc = { scope: 'Line 1', assumptions: 'Locked cabinets' };
    raw.risk = { tolerableRisk: 6 };
    raw.threats = [{ id: 'hvac-link', title: 'HVAC vendor link', frs: ['RDF'], likelihood: 2 }];
    raw.maintenance = { lastReview: '2025-01-10', nextReassessment: '2026-01-10T09:00:00+01:00' };
    raw.incidents = [{ id: 'i1', date: '2025-02-01', title: 'Unknown laptop', affected: ['a1', 'a-long-gone'], status: 'closed' }];
    raw.approval = { by: 'A. Owner', role: 'Plant manager', date: '2025-01-15', contentHash: `sha256:${'ab'.repeat(32)}` };
    return raw;
  };

  it('reads every lifecycle field, and files without them as before', () => {
    const result = loadDocument(lifecycle());
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(result.doc.zones[0]?.slTDecisions?.[0]?.slT.RA).toBe(2);
    expect(result.doc.incidents?.[0]?.affected).toEqual(['a1', 'a-long-gone']);
    const again = loadDocumentText(serializeDocument(result.doc));
    expect(again.ok && again.doc).toEqual(result.doc);
    const plain = loadDocument(base);
    expect(plain.ok && Object.keys(plain.doc)).toEqual(['format', 'version', 'meta', 'zones', 'assets', 'conduits', 'links']);
  });

  it('names the path of ratings that do not fit the risk matrix', () => {
    const raw = lifecycle();
    raw.zones[0].risks[0].likelihood = 6;
    raw.zones[0].risks[0].consequence = { safety: 5, morale: 2 };
    raw.zones[0].risks[0].residualLikelihood = 11;
    raw.risk.tolerableRisk = 30;
    const text = problemsOf(raw);
    expect(text).toContain('zones[0].risks[0].residualLikelihood: must be a whole number from 1 to 10');
    const fits = lifecycle();
    fits.zones[0].risks[0].likelihood = 6;
    fits.zones[0].risks[0].consequence = { safety: 5, morale: 2 };
    fits.risk.tolerableRisk = 30;
    const refs = problemsOf(fits);
    expect(refs).toContain('zones[0].risks[0].likelihood: must be at most 5, the number of likelihood steps of the risk matrix');
    expect(refs).toContain('zones[0].risks[0].consequence.morale: unknown consequence category "morale"; the risk matrix has safety, environment, production, finance, reputation');
    expect(refs).toContain('risk.tolerableRisk: must be at most 25, the highest score of the risk matrix');
  });

  it('checks ratings against the project\'s own matrix', () => {
    const raw = lifecycle();
    raw.risk.matrix = {
      likelihoods: ['Low', 'Medium', 'High'],
      consequences: ['Low', 'Medium', 'High'],
      categories: [{ id: 'safety', label: 'Safety' }, { id: 'production', label: 'Production' }],
      bands: [{ label: 'Low', minScore: 1, sl: 1 }, { label: 'High', minScore: 5, sl: 3 }],
    };
    raw.risk.tolerableRisk = 10;
    const text = problemsOf(raw);
    expect(text).toContain('zones[0].risks[0].likelihood: must be at most 3');
    expect(text).toContain('zones[0].risks[0].consequence.safety: must be at most 3');
    expect(text).toContain('conduits[0].risks[0].consequence.finance: unknown consequence category "finance"');
    expect(text).toContain('risk.tolerableRisk: must be at most 9');
  });

  it('explains a malformed risk matrix at its path', () => {
    const raw = lifecycle();
    raw.risk.matrix = {
      likelihoods: ['Only one'],
      consequences: ['Low', 'High'],
      categories: [{ id: 'safety', label: 'Safety' }, { id: 'safety', label: 'Safety again' }],
      bands: [{ label: 'Low', minScore: 2, sl: 2 }, { label: 'High', minScore: 2, sl: 1 }, { label: 'Huge', minScore: 99, sl: 5 }],
    };
    const text = problemsOf(raw);
    expect(text).toContain('risk.matrix.likelihoods: needs 2 to 10 steps');
    expect(text).toContain('risk.matrix.bands[2].sl: must be a whole number from 1 to 4');
    const ordered = lifecycle();
    ordered.risk.matrix = { ...raw.risk.matrix, likelihoods: ['Low', 'High'], bands: [{ label: 'Low', minScore: 2, sl: 2 }, { label: 'High', minScore: 2, sl: 1 }, { label: 'Huge', minScore: 9, sl: 4 }] };
    const refined = problemsOf(ordered);
    expect(refined).toContain('risk.matrix.categories[1].id: duplicate category "safety"');
    expect(refined).toContain('risk.matrix.bands[0].minScore: the first band must start at 1');
    expect(refined).toContain('risk.matrix.bands[1].minScore: must be above the previous band\'s');
    expect(refined).toContain('risk.matrix.bands[1].sl: must not be below the previous band\'s');
    expect(refined).toContain('risk.matrix.bands[2].minScore: must be at most 4, the highest score of the matrix');
  });

  it('refuses unknown threats, duplicate ids, and custom threats that reuse a library id', () => {
    const raw = lifecycle();
    raw.zones[0].risks[0].threatId = 'zombie-apocalypse';
    raw.conduits[0].risks.push({ id: 'r2', threatId: 'insider-misuse' });
    raw.threats.push({ id: 'rogue-device', title: 'Mine', frs: ['SI'] }, { id: 'hvac-link', title: 'Twice', frs: ['SI'] });
    raw.incidents.push({ id: 'i1', date: '2025-03-01', title: 'Again', status: 'open' });
    const text = problemsOf(raw);
    expect(text).toContain('zones[0].risks[0].threatId: unknown threat "zombie-apocalypse"');
    expect(text).toContain('conduits[0].risks[1].id: duplicate risk scenario id "r2" (already used at conduits[0].risks[0].id)');
    expect(text).toContain('threats[1].id: "rogue-device" is the id of a built-in threat');
    expect(text).toContain('threats[2].id: duplicate threat id "hvac-link" (already used at threats[0].id)');
    expect(text).toContain('incidents[1].id: duplicate incident id "i1" (already used at incidents[0].id)');
  });

  it('explains bad dates, statuses, hashes and decisions at their path', () => {
    const raw = lifecycle();
    raw.assets[0].lastPatched = '2025-02-30';
    raw.assets[0].patchStatus = 'fine';
    raw.maintenance.nextReassessment = 'next spring';
    raw.incidents[0].status = 'solved';
    raw.approval.contentHash = 'md5:1234';
    raw.zones[0].slTDecisions[0].reason = ' ';
    raw.zones[0].slTDecisions.push({ action: 'accepted', by: 'B', date: '2025-01-11', slT: 9 });
    raw.zones[0].risks[0].frs = ['XYZ'];
    const text = problemsOf(raw);
    expect(text.split('\n').filter((line) => line.startsWith('assets[0].lastPatched:'))).toEqual([
      'assets[0].lastPatched: must be a date like 2025-03-31 or a date and time like 2025-03-31T14:05:00Z',
    ]);
    expect(text).toContain('assets[0].patchStatus: "fine" is not a known patch status; expected one of current, pending, unsupported, unknown');
    expect(text).toContain('maintenance.nextReassessment: must be a date like 2025-03-31');
    expect(text).toContain('incidents[0].status: "solved" is not a known incident status');
    expect(text).toContain('approval.contentHash: must be "sha256:" and 64 lowercase hex digits');
    expect(text).toContain('zones[0].slTDecisions[0].reason: is required for an override');
    expect(text).toContain('zones[0].slTDecisions[1].slT: must be a whole number from 0 to 4');
    expect(text).toContain('zones[0].risks[0].frs[0]: "XYZ" is not a known foundational requirement');
  });

  it('accepts the same scenario id in two registers, as a pasted zone brings its register along', () => {
    const raw = lifecycle();
    raw.conduits[0].risks[0].id = 'r1';
    expect(loadDocument(raw).ok).toBe(true);
  });

  it('keeps incidents that name elements deleted since: an incident outlives what it hit', () => {
    const raw = lifecycle();
    raw.incidents[0].affected = ['gone-1'];
    expect(loadDocument(raw).ok).toBe(true);
  });
});
