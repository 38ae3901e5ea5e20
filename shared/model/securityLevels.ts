/**
 * The seven foundational requirements (FR) of IEC 62443-1-1 / 3-3 and the security-level vectors
 * (SL-T, SL-C, SL-A) keyed by them.
 */

/** FR keys in the standard's order, FR1 to FR7. */
export const FR_KEYS = ['IAC', 'UC', 'SI', 'DC', 'RDF', 'TRE', 'RA'] as const;
export type FrKey = (typeof FR_KEYS)[number];

/** A security level 0–4 (0: no requirement). */
export type SecurityLevel = 0 | 1 | 2 | 3 | 4;
export const SECURITY_LEVELS: readonly SecurityLevel[] = [0, 1, 2, 3, 4];

/** One level per FR. Used for SL-T (target), SL-C (capability) and SL-A (achieved). */
export type SlVector = Readonly<Record<FrKey, SecurityLevel>>;

export const FR_INFO: Readonly<Record<FrKey, { readonly number: number; readonly name: string }>> = {
  IAC: { number: 1, name: 'Identification and authentication control' },
  UC: { number: 2, name: 'Use control' },
  SI: { number: 3, name: 'System integrity' },
  DC: { number: 4, name: 'Data confidentiality' },
  RDF: { number: 5, name: 'Restricted data flow' },
  TRE: { number: 6, name: 'Timely response to events' },
  RA: { number: 7, name: 'Resource availability' },
};

const FR_LABELS = Object.fromEntries(FR_KEYS.map((fr) => [fr, `FR${FR_INFO[fr].number} ${fr}`])) as Record<FrKey, string>;

/** "FR1 IAC" style label (worded once: findings on big plants repeat them thousands of times). */
export function frLabel(fr: FrKey): string {
  return FR_LABELS[fr];
}

export function uniformSl(level: SecurityLevel): SlVector {
  return { IAC: level, UC: level, SI: level, DC: level, RDF: level, TRE: level, RA: level };
}

/** A vector as one number, a base-5 digit per FR, to key caches by level without building strings. */
export function slCode(v: SlVector): number {
  return (((((v.IAC * 5 + v.UC) * 5 + v.SI) * 5 + v.DC) * 5 + v.RDF) * 5 + v.TRE) * 5 + v.RA;
}

const sharedVectors = new Array<SlVector | undefined>(5 ** FR_KEYS.length);
/**
 * The one frozen vector with `v`'s levels. The loader keeps every vector this way: a plant's
 * thousands of assets hold a handful of distinct SL-C vectors, and sharing them saves memory and
 * keeps the few the analysis reads in cache.
 */
export function sharedSl(v: SlVector): SlVector {
  const code = slCode(v);
  return (sharedVectors[code] ??= Object.freeze({ ...v }));
}

/** Per-FR maximum of several vectors; undefined when there are none. */
export function maxSl(vectors: readonly SlVector[]): SlVector | undefined {
  if (vectors.length === 0) return undefined;
  const out: Record<FrKey, SecurityLevel> = { ...uniformSl(0) };
  for (const v of vectors) for (const fr of FR_KEYS) if (v[fr] > out[fr]) out[fr] = v[fr];
  return out;
}

/** The FRs on which `a` is below `b`. */
export function frsBelow(a: SlVector, b: SlVector): FrKey[] {
  return FR_KEYS.filter((fr) => a[fr] < b[fr]);
}

export function highestLevel(v: SlVector): SecurityLevel {
  let m: SecurityLevel = 0;
  for (const fr of FR_KEYS) if (v[fr] > m) m = v[fr];
  return m;
}

export function slEquals(a: SlVector, b: SlVector): boolean {
  return FR_KEYS.every((fr) => a[fr] === b[fr]);
}

/** Compact text form: `{IAC 2, UC 2, SI 1, DC 1, RDF 2, TRE 1, RA 1}`. */
export function formatSl(v: SlVector): string {
  return `{${FR_KEYS.map((fr) => `${fr} ${v[fr]}`).join(', ')}}`;
}
