/**
 * The entries of the reference view, one list built once from the catalogs: the parts of the
 * series, the FR and SL definitions, the ZCRs of 3-2 and every 3-3 and 4-2 requirement. Also the
 * mapping from a finding's clause (`IEC 62443-3-3 SR 5.1`) to the entry it names.
 */
import { COMPONENT_REQUIREMENTS, FR_INFO, FR_KEYS, SYSTEM_REQUIREMENTS, frLabel, type FrKey, type SecurityLevel } from '../../../../shared';
import { FR_DEFINITIONS, SL_DEFINITIONS } from '../../../../shared/catalog/definitions';
import { ZCR_ROWS } from '../../../../shared/catalog/referenceData';
import { SERIES_DOC_TYPE_LABEL, SERIES_PARTS, seriesDesignation, type SeriesGroup } from '../../../../shared/catalog/series';
import { ZCR_NOTES } from './zcrNotes';

export const REFERENCE_SECTIONS = ['series', 'definitions', 'zcr', 'system', 'component'] as const;
export type ReferenceSection = (typeof REFERENCE_SECTIONS)[number];

export const SECTION_TITLE: Readonly<Record<ReferenceSection, string>> = {
  series: 'Parts of the IEC 62443 series',
  definitions: 'Foundational requirements and security levels',
  zcr: 'Zone and conduit requirements (IEC 62443-3-2)',
  system: 'System requirements (IEC 62443-3-3)',
  component: 'Component requirements (IEC 62443-4-2)',
};

export interface ReferenceEntry {
  /** What links and `referenceFocus` name: `62443-3-3`, `FR3`, `SL2`, `ZCR 3.2`, `SR 1.1 RE 1`, `EDR 2.4`. */
  readonly id: string;
  readonly section: ReferenceSection;
  readonly title: string;
  /** Our own explanation: a part's summary, a definition, a requirement's guidance. */
  readonly text: string;
  /** Small facts shown beside the title (type and year, lowest SL, component classes). */
  readonly facts: readonly string[];
  /** The FR it belongs to, for the FR filter (requirements and FR definitions only). */
  readonly fr: FrKey | undefined;
  /** A series group heading the entry starts, for the list of parts. */
  readonly group?: SeriesGroup;
  /** Lower-case text the search matches against. */
  readonly haystack: string;
}

function entry(e: Omit<ReferenceEntry, 'haystack'>): ReferenceEntry {
  return { ...e, haystack: `${e.id} ${e.title} ${e.text} ${e.facts.join(' ')}`.toLowerCase() };
}

/** A DOM id for an entry (ids hold spaces and dots). */
export function entryDomId(id: string): string {
  return `ref-${id.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

function buildEntries(): readonly ReferenceEntry[] {
  const out: ReferenceEntry[] = [];
  for (const p of SERIES_PARTS) {
    const facts = [SERIES_DOC_TYPE_LABEL[p.type], p.status === 'published' ? `published ${p.year}` : 'in development'];
    if (p.amendments) facts.push(p.amendments);
    if (p.usedHere) facts.push('used by Zonewright');
    out.push(entry({ id: p.id, section: 'series', title: `${seriesDesignation(p)} ${p.title}`, text: p.summary, facts, fr: undefined, group: p.group }));
  }
  for (const fr of FR_KEYS) {
    out.push(entry({ id: `FR${FR_INFO[fr].number}`, section: 'definitions', title: `${frLabel(fr)}: ${FR_DEFINITIONS[fr].title}`, text: FR_DEFINITIONS[fr].summary, facts: ['foundational requirement'], fr }));
  }
  for (const level of [1, 2, 3, 4] as const satisfies readonly SecurityLevel[]) {
    out.push(entry({ id: `SL${level}`, section: 'definitions', title: `SL ${level}: ${SL_DEFINITIONS[level].label}`, text: SL_DEFINITIONS[level].summary, facts: ['security level'], fr: undefined }));
  }
  for (const z of ZCR_ROWS) {
    out.push(entry({ id: z.id, section: 'zcr', title: z.title, text: ZCR_NOTES[z.id] ?? '', facts: [`clause ${z.clause}`], fr: undefined }));
  }
  for (const r of SYSTEM_REQUIREMENTS) {
    const facts = [frLabel(r.fr), `from SL ${r.minSl}`];
    if (r.status !== 'confirmed' && r.note) facts.push(r.note);
    out.push(entry({ id: r.id, section: 'system', title: r.title, text: r.guidance, facts, fr: r.fr }));
  }
  for (const r of COMPONENT_REQUIREMENTS) {
    const facts = [frLabel(r.fr), `from SL ${r.minSl}`, r.id.startsWith('CR ') ? 'all component classes' : r.classes.join(', ')];
    if (r.status !== 'confirmed' && r.note) facts.push(r.note);
    out.push(entry({ id: r.id, section: 'component', title: r.title, text: r.guidance, facts, fr: r.fr }));
  }
  return out;
}

export const REFERENCE_ENTRIES: readonly ReferenceEntry[] = buildEntries();

const byId = new Map(REFERENCE_ENTRIES.map((e) => [e.id, e]));

export function referenceEntry(id: string): ReferenceEntry | undefined {
  return byId.get(id);
}

const ZCR_BY_CLAUSE = new Map(ZCR_ROWS.map((z) => [z.clause, z.id]));

/**
 * The reference entry a clause names: `IEC 62443-3-3 SR 5.1` → `SR 5.1`, `IEC 62443-3-2 ZCR 5.12`
 * → `ZCR 5.12`, `SR 1.1 (1)` → `SR 1.1 RE 1`, `IEC 62443-3-2 4.4.3` → `ZCR 3.2`, `FR 3` → `FR3`;
 * a requirement we do not list falls back to its base requirement, then to its part of the
 * series. Undefined when nothing matches.
 */
export function entryIdForClause(clause: string): string | undefined {
  let rest = clause.trim().replace(/\s+/g, ' ');
  let part: string | undefined;
  const head = /^(?:ISA[/-])?(?:IEC )?(?:(?:TS|TR) )?(62443-\d-\d+)(?::\d{4})?,? ?/i.exec(rest);
  if (head) {
    part = head[1];
    rest = rest.slice(head[0].length);
  }
  const fr = /^FR ?([1-7])\b/i.exec(rest);
  if (fr) return `FR${fr[1]}`;
  const req = /^(SR|CR|SAR|EDR|HDR|NDR|ZCR) ?(\d+(?:\.\d+)*)(?: ?(?:RE ?(\d+)|\((\d+)\)))?/i.exec(rest);
  if (req) {
    const base = `${req[1]!.toUpperCase()} ${req[2]}`;
    const re = req[3] ?? req[4];
    if (re !== undefined && byId.has(`${base} RE ${re}`)) return `${base} RE ${re}`;
    if (byId.has(base)) return base;
  } else if (part === '62443-3-2') {
    const number = /^(?:clause )?(\d+(?:\.\d+)+)/i.exec(rest);
    const zcr = number ? ZCR_BY_CLAUSE.get(number[1]!) : undefined;
    if (zcr) return zcr;
  }
  return part !== undefined && byId.has(part) ? part : undefined;
}

/** The entries a search and an FR filter leave, in catalog order. */
export function filterEntries(entries: readonly ReferenceEntry[], query: string, fr: FrKey | 'all'): readonly ReferenceEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((e) => (fr === 'all' || e.fr === fr) && words.every((w) => e.haystack.includes(w)));
}
