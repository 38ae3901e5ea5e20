/**
 * The 62443 catalogs against the reference matrix beside the repository (../shared/reference):
 * the generated data, our guidance and definitions, and which requirements a zone, conduit or
 * component gets at every security level of every foundational requirement.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPONENT_CLASS_DEFINITIONS, FR_DEFINITIONS, SL_DEFINITIONS, SL_KIND_KEYS, SL_KINDS } from '../../shared/catalog/definitions';
import { GUIDANCE } from '../../shared/catalog/guidance';
import { COMPONENT_REQUIREMENT_ROWS, SYSTEM_REQUIREMENT_ROWS } from '../../shared/catalog/referenceData';
import {
  COMPONENT_REQUIREMENTS,
  componentRequirementsFor,
  requirementById,
  SYSTEM_REQUIREMENTS,
  systemRequirementsFor,
} from '../../shared/catalog/requirements';
import { COMPONENT_CLASS_PREFIX, COMPONENT_CLASSES, type ComponentClass } from '../../shared/model/kinds';
import { FR_INFO, FR_KEYS, SECURITY_LEVELS, uniformSl, type FrKey, type SecurityLevel, type SlVector } from '../../shared/model/securityLevels';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const referenceDir = join(repoRoot, '..', 'shared', 'reference');

type TsvRow = Readonly<Record<string, string>>;

/** Reads a reference TSV into one record per row, keyed by the header's column names. */
function readTsv(name: string): TsvRow[] {
  const lines = readFileSync(join(referenceDir, name), 'utf8').replace(/\r/g, '').split('\n').filter((l) => l.trim() !== '');
  const [head, ...rows] = lines;
  if (head === undefined) throw new Error(`${name} is empty`);
  const cols = head.split('\t');
  return rows.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').trim()]));
  });
}

const srTsv = readTsv('iec62443-3-3-sr-re.tsv');
const crTsv = readTsv('iec62443-4-2-cr.tsv');
const field = (row: TsvRow, col: string): string => {
  const v = row[col];
  if (v === undefined) throw new Error(`column ${col} missing`);
  return v;
};

/** A vector with one FR at `level` and every other FR at 0. */
function onlyFr(fr: FrKey, level: SecurityLevel): SlVector {
  return { ...uniformSl(0), [fr]: level };
}

/** The TSV ids a vector selects by the README's rule: min_sl at or below the level of the row's FR. */
function expectedIds(rows: readonly TsvRow[], sl: SlVector): string[] {
  return rows.filter((r) => Number(field(r, 'min_sl')) <= sl[field(r, 'fr') as FrKey]).map((r) => field(r, 'id'));
}

const classRows = (cls: ComponentClass): TsvRow[] =>
  crTsv.filter((r) => field(r, 'component_classes').split(',').includes(COMPONENT_CLASS_PREFIX[cls]));

const ids = (rows: readonly { id: string }[]): string[] => rows.map((r) => r.id);
const levels = (level: SecurityLevel): string => (level === 1 ? 'SL 1' : `SL 1 to ${level}`);
const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
const slVectorArb = fc.record(
  Object.fromEntries(FR_KEYS.map((fr) => [fr, fc.constantFrom(...SECURITY_LEVELS)])) as Record<FrKey, fc.Arbitrary<SecurityLevel>>,
);
const ID_PATTERN = /^(SR|CR|SAR|EDR|HDR|NDR) \d+\.\d+( RE \d+)?$/;

describe('reference data', () => {
  it('the 3-3 catalog has the 100 SRs and REs of the reference matrix, row for row', () => {
    expect(srTsv).toHaveLength(100);
    expect(SYSTEM_REQUIREMENT_ROWS.map((r) => ({ id: r.id, fr: r.fr, title: r.title, minSl: r.minSl, status: r.status, note: r.note ?? '' }))).toEqual(
      srTsv.map((r) => ({
        id: field(r, 'id'),
        fr: field(r, 'fr'),
        title: field(r, 'title'),
        minSl: Number(field(r, 'min_sl')),
        status: field(r, 'status'),
        note: field(r, 'note'),
      })),
    );
  });

  it('the 4-2 catalog has the 122 component requirements of the reference matrix, row for row, with their classes', () => {
    expect(crTsv).toHaveLength(122);
    expect(
      COMPONENT_REQUIREMENT_ROWS.map((r) => ({
        id: r.id,
        fr: r.fr,
        title: r.title,
        classes: r.classes,
        minSl: r.minSl,
        status: r.status,
        note: r.note ?? '',
      })),
    ).toEqual(
      crTsv.map((r) => ({
        id: field(r, 'id'),
        fr: field(r, 'fr'),
        title: field(r, 'title'),
        classes: field(r, 'component_classes').split(','),
        minSl: Number(field(r, 'min_sl')),
        status: field(r, 'status'),
        note: field(r, 'note'),
      })),
    );
  });

  it('every requirement has a well-formed id, a known FR, a level from 1 to 4 and a verification status', () => {
    for (const r of [...SYSTEM_REQUIREMENTS, ...COMPONENT_REQUIREMENTS]) {
      expect(r.id, r.id).toMatch(ID_PATTERN);
      expect(FR_KEYS, r.id).toContain(r.fr);
      expect([1, 2, 3, 4], r.id).toContain(r.minSl);
      expect(['confirmed', 'disputed', 'unverified'], r.id).toContain(r.status);
    }
    for (const r of SYSTEM_REQUIREMENTS) expect(r.id, r.id).toMatch(/^SR /);
    for (const r of COMPONENT_REQUIREMENTS) expect(r.id, r.id).not.toMatch(/^SR /);
  });

  it('no requirement id appears twice', () => {
    const all = ids([...SYSTEM_REQUIREMENTS, ...COMPONENT_REQUIREMENTS]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('a requirement number belongs to the FR it is filed under (SR 3.x is system integrity)', () => {
    for (const r of [...SYSTEM_REQUIREMENTS, ...COMPONENT_REQUIREMENTS]) {
      const frNumber = Number(/ (\d+)\./.exec(r.id)?.[1]);
      expect(FR_INFO[r.fr].number, r.id).toBe(frNumber);
    }
  });

  it('a common CR applies to every component class, a class-specific one only to its own class', () => {
    for (const r of COMPONENT_REQUIREMENTS) {
      const prefix = r.id.split(' ')[0];
      if (prefix === 'CR') expect([...r.classes].sort(), r.id).toEqual(['EDR', 'HDR', 'NDR', 'SAR']);
      else expect(r.classes, r.id).toEqual([prefix]);
    }
  });

  it('every disputed or unverified level explains itself in a note', () => {
    for (const r of [...SYSTEM_REQUIREMENTS, ...COMPONENT_REQUIREMENTS]) {
      if (r.status !== 'confirmed') expect(r.note?.trim(), r.id).toBeTruthy();
    }
  });
});

describe('requirement lookup and enhancements', () => {
  it('every SR, RE and CR can be looked up by its id', () => {
    for (const r of [...SYSTEM_REQUIREMENTS, ...COMPONENT_REQUIREMENTS]) expect(requirementById(r.id), r.id).toBe(r);
    expect(requirementById('SR 9.9')).toBeUndefined();
    expect(requirementById('CR 1.6')).toBeUndefined();
  });

  it('an enhancement points at its base requirement, which is in the catalog with the same FR', () => {
    for (const r of [...SYSTEM_REQUIREMENTS, ...COMPONENT_REQUIREMENTS]) {
      const re = / RE \d+$/.exec(r.id);
      if (!re) {
        expect(r.baseId, r.id).toBeUndefined();
        continue;
      }
      expect(r.baseId, r.id).toBe(r.id.slice(0, re.index));
      const base = requirementById(r.baseId ?? '');
      expect(base, r.id).toBeDefined();
      expect(base?.fr, r.id).toBe(r.fr);
    }
    expect(requirementById('SR 1.1 RE 2')?.baseId).toBe('SR 1.1');
    expect(requirementById('NDR 1.6 RE 1')?.baseId).toBe('NDR 1.6');
    expect(requirementById('EDR 3.14 RE 1')?.baseId).toBe('EDR 3.14');
  });

  it('an enhancement is never required below the level of its base requirement', () => {
    for (const r of [...SYSTEM_REQUIREMENTS, ...COMPONENT_REQUIREMENTS]) {
      if (r.baseId === undefined) continue;
      const base = requirementById(r.baseId);
      expect(r.minSl, r.id).toBeGreaterThanOrEqual(base?.minSl ?? 5);
    }
  });

  it('a component enhancement applies to no class its base requirement leaves out', () => {
    for (const r of COMPONENT_REQUIREMENTS) {
      if (r.baseId === undefined) continue;
      const base = COMPONENT_REQUIREMENTS.find((b) => b.id === r.baseId);
      for (const c of r.classes) expect(base?.classes, r.id).toContain(c);
    }
  });
});

describe('guidance', () => {
  it('every SR, RE and CR comes with one line of our own guidance', () => {
    for (const r of [...SYSTEM_REQUIREMENTS, ...COMPONENT_REQUIREMENTS]) {
      expect(r.guidance.trim(), r.id).not.toBe('');
      expect(r.guidance, r.id).toBe(GUIDANCE[r.id]);
      expect(r.guidance, r.id).not.toMatch(/\n/);
    }
  });

  it('guidance names no requirement that is not in the catalog', () => {
    for (const id of Object.keys(GUIDANCE)) {
      expect(id, id).toMatch(ID_PATTERN);
      expect(requirementById(id), id).toBeDefined();
    }
    expect(Object.keys(GUIDANCE)).toHaveLength(SYSTEM_REQUIREMENTS.length + COMPONENT_REQUIREMENTS.length);
  });

  it('guidance is listed in catalog order', () => {
    expect(Object.keys(GUIDANCE)).toEqual(ids([...SYSTEM_REQUIREMENTS, ...COMPONENT_REQUIREMENTS]));
  });

  it('each guidance line is a single short sentence of roughly 10 to 25 words', () => {
    for (const [id, text] of Object.entries(GUIDANCE)) {
      const words = text.trim().split(/\s+/).length;
      expect(words, id).toBeGreaterThanOrEqual(8);
      expect(words, id).toBeLessThanOrEqual(28);
      expect(text, id).toMatch(/^[A-Z].*\.$/);
      expect(text.replace(/\be\.g\./g, 'eg'), id).not.toMatch(/[.!?] /);
    }
  });

  it('no two requirements share the same guidance text', () => {
    const texts = Object.values(GUIDANCE);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('requirements of a zone or conduit by SL-T', () => {
  for (const fr of FR_KEYS) {
    for (const level of SECURITY_LEVELS) {
      const expected = expectedIds(srTsv, onlyFr(fr, level));
      const what = level === 0 ? 'no SRs at all' : `exactly the ${count(expected.length, `${fr} requirement`)} of ${levels(level)}`;
      it(`a zone at SL-T ${level} on ${fr} and 0 elsewhere needs ${what}`, () => {
        const got = systemRequirementsFor(onlyFr(fr, level));
        expect(ids(got)).toEqual(expected);
        expect(got.every((r) => r.fr === fr && r.minSl <= level)).toBe(true);
        if (level === 0) expect(got).toHaveLength(0);
      });
    }
  }

  const uniformCounts: readonly [Exclude<SecurityLevel, 0>, number][] = [
    [1, 37],
    [2, 60],
    [3, 90],
    [4, 100],
  ];
  it('a zone at SL-T 0 on every FR needs no SRs at all', () => {
    expect(systemRequirementsFor(uniformSl(0))).toEqual([]);
  });
  for (const [level, total] of uniformCounts) {
    it(`a zone at SL-T ${level} on every FR needs exactly the ${total} SRs and REs of ${levels(level)}`, () => {
      const got = systemRequirementsFor(uniformSl(level));
      expect(got).toHaveLength(total);
      expect(ids(got)).toEqual(expectedIds(srTsv, uniformSl(level)));
    });
  }

  it('the README example {IAC 2, UC 2, SI 1, DC 1, RDF 2, TRE 1, RA 1} needs the union of its per-FR selections', () => {
    const sl: SlVector = { IAC: 2, UC: 2, SI: 1, DC: 1, RDF: 2, TRE: 1, RA: 1 };
    const union = new Set(FR_KEYS.flatMap((fr) => ids(systemRequirementsFor(onlyFr(fr, sl[fr])))));
    const got = ids(systemRequirementsFor(sl));
    expect(new Set(got)).toEqual(union);
    expect(got).toEqual(expectedIds(srTsv, sl));
    expect(got).toContain('SR 5.2 RE 1');
    expect(got).not.toContain('SR 3.4');
  });

  it('any mixed SL-T needs exactly the union of its per-FR selections, in catalog order', () => {
    fc.assert(
      fc.property(slVectorArb, (sl) => {
        const got = ids(systemRequirementsFor(sl));
        const union = new Set(FR_KEYS.flatMap((fr) => ids(systemRequirementsFor(onlyFr(fr, sl[fr])))));
        expect(new Set(got)).toEqual(union);
        expect(got).toEqual(expectedIds(srTsv, sl));
      }),
      { numRuns: 300 },
    );
  });

  it('raising the SL-T on one FR never drops a requirement', () => {
    fc.assert(
      fc.property(slVectorArb, fc.constantFrom(...FR_KEYS), (sl, fr) => {
        const higher: SlVector = { ...sl, [fr]: Math.min(4, sl[fr] + 1) as SecurityLevel };
        const after = new Set(ids(systemRequirementsFor(higher)));
        for (const id of ids(systemRequirementsFor(sl))) expect(after.has(id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('requirements of a component by class and SL', () => {
  for (const cls of COMPONENT_CLASSES) {
    const prefix = COMPONENT_CLASS_PREFIX[cls];
    const rows = classRows(cls);
    describe(`${cls} (${prefix})`, () => {
      for (const fr of FR_KEYS) {
        for (const level of SECURITY_LEVELS) {
          const expected = expectedIds(rows, onlyFr(fr, level));
          const what = level === 0 ? 'no requirements at all' : `exactly the ${count(expected.length, `${fr} requirement`)} of ${levels(level)}`;
          it(`at SL ${level} on ${fr} and 0 elsewhere it needs ${what}`, () => {
            const got = componentRequirementsFor(cls, onlyFr(fr, level));
            expect(ids(got)).toEqual(expected);
            expect(got.every((r) => r.fr === fr && r.classes.includes(prefix))).toBe(true);
          });
        }
      }

      for (const level of SECURITY_LEVELS) {
        const expected = expectedIds(rows, uniformSl(level));
        it(`at SL ${level} on every FR it needs exactly ${count(expected.length, 'requirement')}, none of another class`, () => {
          const got = componentRequirementsFor(cls, uniformSl(level));
          expect(ids(got)).toEqual(expected);
          for (const r of got) expect(r.id.startsWith('CR ') || r.id.startsWith(`${prefix} `), r.id).toBe(true);
        });
      }

      it('at any mixed SL it needs exactly the union of its per-FR selections', () => {
        fc.assert(
          fc.property(slVectorArb, (sl) => {
            const got = ids(componentRequirementsFor(cls, sl));
            const union = new Set(FR_KEYS.flatMap((fr) => ids(componentRequirementsFor(cls, onlyFr(fr, sl[fr])))));
            expect(new Set(got)).toEqual(union);
            expect(got).toEqual(expectedIds(rows, sl));
          }),
          { numRuns: 100 },
        );
      });
    });
  }

  it('only a network device gets wireless access management, remote access and zone boundary protection (NDR 1.6, 1.13, 5.2)', () => {
    for (const cls of COMPONENT_CLASSES) {
      const got = ids(componentRequirementsFor(cls, uniformSl(4)));
      const expected = cls === 'network-device';
      for (const id of ['NDR 1.6', 'NDR 1.13', 'NDR 5.2']) expect(got.includes(id), `${cls} ${id}`).toBe(expected);
    }
  });

  it('a software application gets no boot, tamper or update requirements of the device classes', () => {
    const got = ids(componentRequirementsFor('software-application', uniformSl(4)));
    expect(got.filter((id) => /^(EDR|HDR|NDR) /.test(id))).toEqual([]);
    expect(got).toContain('SAR 2.4');
    expect(got).toContain('SAR 3.2');
  });
});

describe('definitions', () => {
  it('each of the seven FRs has a title and a summary', () => {
    expect(Object.keys(FR_DEFINITIONS).sort()).toEqual([...FR_KEYS].sort());
    for (const fr of FR_KEYS) {
      expect(FR_DEFINITIONS[fr].title, fr).toBe(FR_INFO[fr].name);
      expect(FR_DEFINITIONS[fr].summary.trim(), fr).not.toBe('');
    }
  });

  it('each security level 0 to 4 has a label and a summary', () => {
    expect(Object.keys(SL_DEFINITIONS).map(Number).sort()).toEqual([...SECURITY_LEVELS]);
    for (const level of SECURITY_LEVELS) {
      expect(SL_DEFINITIONS[level].label.trim(), `SL ${level}`).not.toBe('');
      expect(SL_DEFINITIONS[level].summary.trim(), `SL ${level}`).not.toBe('');
    }
    expect(new Set(SECURITY_LEVELS.map((l) => SL_DEFINITIONS[l].summary)).size).toBe(5);
  });

  it('each component class has its 4-2 prefix and a summary', () => {
    expect(Object.keys(COMPONENT_CLASS_DEFINITIONS).sort()).toEqual([...COMPONENT_CLASSES].sort());
    for (const cls of COMPONENT_CLASSES) {
      expect(COMPONENT_CLASS_DEFINITIONS[cls].prefix, cls).toBe(COMPONENT_CLASS_PREFIX[cls]);
      expect(COMPONENT_CLASS_DEFINITIONS[cls].summary.trim(), cls).not.toBe('');
    }
  });

  it('SL-T, SL-C and SL-A are each explained in one line', () => {
    expect(Object.keys(SL_KINDS)).toEqual([...SL_KIND_KEYS]);
    for (const kind of SL_KIND_KEYS) {
      expect(SL_KINDS[kind].label.trim(), kind).not.toBe('');
      expect(SL_KINDS[kind].summary.trim(), kind).not.toBe('');
      expect(SL_KINDS[kind].summary, kind).not.toMatch(/\n/);
    }
  });
});
