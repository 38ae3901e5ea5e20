/**
 * The parts of the IEC 62443 series, for the reference view. Ids, titles, document types and
 * publication years are facts (as published by IEC); the one-line summaries are our own words.
 * Parts still being drafted carry no year: their numbers and titles may change.
 */

/** IS: International Standard; TS: Technical Specification; TR: Technical Report. */
export const SERIES_DOC_TYPES = ['IS', 'TS', 'TR'] as const;
export type SeriesDocType = (typeof SERIES_DOC_TYPES)[number];

export const SERIES_DOC_TYPE_LABEL: Readonly<Record<SeriesDocType, string>> = {
  IS: 'International Standard',
  TS: 'Technical Specification',
  TR: 'Technical Report',
};

/** The groups of the series, in reading order. */
export const SERIES_GROUPS = ['general', 'policies', 'system', 'component', 'profiles', 'evaluation'] as const;
export type SeriesGroup = (typeof SERIES_GROUPS)[number];

export const SERIES_GROUP_INFO: Readonly<Record<SeriesGroup, { readonly title: string; readonly summary: string }>> = {
  general: { title: 'General', summary: 'Concepts, terms and models shared by every other part.' },
  policies: { title: 'Policies and procedures', summary: 'What the asset owner and service providers run as a security programme.' },
  system: { title: 'System', summary: 'Securing a whole control system: risk assessment, zones and conduits, system requirements.' },
  component: { title: 'Component', summary: 'What suppliers build: the development process and the security capabilities of products.' },
  profiles: { title: 'Profiles', summary: 'How to select and tailor the requirements of the series for one sector or kind of system.' },
  evaluation: { title: 'Evaluation', summary: 'How assessors check conformity with the parts, for certification schemes.' },
};

export type SeriesStatus = 'published' | 'in-development';

export interface SeriesPart {
  /** `62443-3-3`: the part number, without the publisher prefix. */
  readonly id: string;
  readonly group: SeriesGroup;
  readonly type: SeriesDocType;
  /** The part's title (a fact). */
  readonly title: string;
  readonly status: SeriesStatus;
  /** Year of the edition in force; undefined while in development. */
  readonly year: number | undefined;
  /** Amendments or corrigenda to that edition, when there are any. */
  readonly amendments?: string;
  /** Our own one-line summary of what the part is for. */
  readonly summary: string;
  /** True for the parts this editor's model and analysis build on. */
  readonly usedHere?: boolean;
}

export const SERIES_PARTS: readonly SeriesPart[] = [
  {
    id: '62443-1-1',
    group: 'general',
    type: 'TS',
    title: 'Terminology, concepts and models',
    status: 'published',
    year: 2009,
    summary: 'Introduces the vocabulary of the series: zones, conduits, foundational requirements, security levels and the reference models.',
  },
  {
    id: '62443-1-2',
    group: 'general',
    type: 'TR',
    title: 'Master glossary of terms and abbreviations',
    status: 'in-development',
    year: undefined,
    summary: 'One glossary of the terms and abbreviations used across all parts.',
  },
  {
    id: '62443-1-3',
    group: 'general',
    type: 'TR',
    title: 'System security conformance metrics',
    status: 'in-development',
    year: undefined,
    summary: 'Measures for how far a system meets its security requirements, to track conformance over time.',
  },
  {
    id: '62443-1-4',
    group: 'general',
    type: 'TR',
    title: 'IACS security lifecycle and use cases',
    status: 'in-development',
    year: undefined,
    summary: 'Walks through the security lifecycle of a control system and shows how the parts fit together in practice.',
  },
  {
    id: '62443-2-1',
    group: 'policies',
    type: 'IS',
    title: 'Security program requirements for IACS asset owners',
    status: 'published',
    year: 2024,
    summary: 'What an asset owner\'s security management programme for its control systems must contain, as a set of checkable elements.',
  },
  {
    id: '62443-2-3',
    group: 'policies',
    type: 'TR',
    title: 'Patch management in the IACS environment',
    status: 'published',
    year: 2015,
    summary: 'How asset owners and suppliers qualify, distribute and install security patches without upsetting the process.',
    usedHere: true,
  },
  {
    id: '62443-2-4',
    group: 'policies',
    type: 'IS',
    title: 'Security program requirements for IACS service providers',
    status: 'published',
    year: 2023,
    summary: 'The security capabilities integrators and maintenance providers must bring when they build or service a control system.',
  },
  {
    id: '62443-2-5',
    group: 'policies',
    type: 'TR',
    title: 'Implementation guidance for IACS asset owners',
    status: 'in-development',
    year: undefined,
    summary: 'Practical advice for asset owners on putting a security programme into operation.',
  },
  {
    id: '62443-3-1',
    group: 'system',
    type: 'TR',
    title: 'Security technologies for industrial automation and control systems',
    status: 'published',
    year: 2009,
    summary: 'A survey of security technologies (authentication, filtering, encryption, monitoring…) and how well each suits control systems.',
  },
  {
    id: '62443-3-2',
    group: 'system',
    type: 'IS',
    title: 'Security risk assessment for system design',
    status: 'published',
    year: 2020,
    summary: 'The zone-and-conduit requirements (ZCR): scope the system, assess risk, partition it into zones and conduits and set each one\'s SL-T.',
    usedHere: true,
  },
  {
    id: '62443-3-3',
    group: 'system',
    type: 'IS',
    title: 'System security requirements and security levels',
    status: 'published',
    year: 2013,
    amendments: 'Corrigendum 1 (2014)',
    summary: 'The system requirements (SR) and their enhancements (RE) per foundational requirement, each tied to the security level that calls for it.',
    usedHere: true,
  },
  {
    id: '62443-4-1',
    group: 'component',
    type: 'IS',
    title: 'Secure product development lifecycle requirements',
    status: 'published',
    year: 2018,
    summary: 'The practices a supplier follows to develop and maintain secure products: threat modelling, secure coding, testing, defect and update handling.',
  },
  {
    id: '62443-4-2',
    group: 'component',
    type: 'IS',
    title: 'Technical security requirements for IACS components',
    status: 'published',
    year: 2019,
    summary: 'The component requirements (CR, and SAR, EDR, HDR, NDR per component class) that set a product\'s security capability SL-C.',
    usedHere: true,
  },
  {
    id: '62443-1-5',
    group: 'profiles',
    type: 'TS',
    title: 'Scheme for IEC 62443 security profiles',
    status: 'published',
    year: 2023,
    summary: 'How to write a security profile: a selection of the series\' requirements fitted to one industry sector or kind of system.',
  },
  {
    id: '62443-6-1',
    group: 'evaluation',
    type: 'TS',
    title: 'Security evaluation methodology for IEC 62443-2-4',
    status: 'published',
    year: 2024,
    summary: 'How an assessor checks a service provider against 62443-2-4, so that certifications are comparable.',
  },
  {
    id: '62443-6-2',
    group: 'evaluation',
    type: 'TS',
    title: 'Security evaluation methodology for IEC 62443-4-2',
    status: 'published',
    year: 2025,
    summary: 'How an assessor checks a component against 62443-4-2: what evidence and which tests show that a requirement is met.',
  },
];

/** The full designation, e.g. `IEC TS 62443-1-1:2009` or `IEC TR 62443-1-2` (in development). */
export function seriesDesignation(part: SeriesPart): string {
  const type = part.type === 'IS' ? '' : `${part.type} `;
  return `IEC ${type}${part.id}${part.year === undefined ? '' : `:${part.year}`}`;
}

const byId = new Map(SERIES_PARTS.map((p) => [p.id, p]));

/** Looks up a part by its number (`62443-3-2`). */
export function seriesPartById(id: string): SeriesPart | undefined {
  return byId.get(id);
}
