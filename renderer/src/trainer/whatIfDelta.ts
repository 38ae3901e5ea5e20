/**
 * What a what-if experiment changed, compared with the document it started from: findings that
 * appeared or went away (matched by rule and subjects, so a reworded message is the same finding),
 * SL-T changes of zones and conduits, and how many requirements each of them gained or lost.
 */
import { FR_KEYS, type AnalysisResult, type Finding, type FrKey, type SlVector, type ZonewrightDocument } from '../../../shared';

export interface SideOfDelta {
  readonly doc: ZonewrightDocument;
  readonly result: AnalysisResult;
}

export interface SlTStep {
  readonly fr: FrKey;
  /** Undefined: no SL-T. */
  readonly before: number | undefined;
  readonly after: number | undefined;
}

export interface ElementDelta {
  readonly id: string;
  readonly kind: 'zone' | 'conduit';
  readonly name: string;
  /** FRs whose SL-T changed (for a conduit without its own, the level it takes from its zones). */
  readonly slT: readonly SlTStep[];
  readonly requirementsBefore: number;
  readonly requirementsAfter: number;
}

export interface WhatIfDelta {
  readonly added: readonly Finding[];
  readonly removed: readonly Finding[];
  /** Zones and conduits whose SL-T or requirement count changed, in document order. */
  readonly elements: readonly ElementDelta[];
  /** Change in the number of 4-2 requirements over all assets. */
  readonly componentRequirements: number;
  /** True when nothing above changed. */
  readonly empty: boolean;
}

function findingKey(f: Finding): string {
  return `${f.rule}\u0000${[...f.subjects].sort().join('\u0001')}`;
}

/** The findings of `a` that `b` has not, counting repeats. */
function minus(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const left = new Map<string, number>();
  for (const f of b) left.set(findingKey(f), (left.get(findingKey(f)) ?? 0) + 1);
  const out: Finding[] = [];
  for (const f of a) {
    const key = findingKey(f);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    else out.push(f);
  }
  return out;
}

function slTSteps(before: SlVector | undefined, after: SlVector | undefined): SlTStep[] {
  if (before === after) return [];
  const out: SlTStep[] = [];
  for (const fr of FR_KEYS) {
    const b = before?.[fr];
    const a = after?.[fr];
    if (a !== b) out.push({ fr, before: b, after: a });
  }
  return out;
}

interface Side {
  readonly slT: SlVector | undefined;
  readonly count: number;
  readonly name: string;
}

function sides(side: SideOfDelta): Map<string, Side & { kind: 'zone' | 'conduit' }> {
  const out = new Map<string, Side & { kind: 'zone' | 'conduit' }>();
  const names = new Map<string, string>();
  for (const e of [...side.doc.zones, ...side.doc.conduits]) names.set(e.id, e.name);
  for (const z of side.result.requirements.zones) out.set(z.zoneId, { kind: 'zone', slT: z.slT, count: z.items.length, name: names.get(z.zoneId) ?? z.zoneId });
  for (const c of side.result.requirements.conduits) out.set(c.conduitId, { kind: 'conduit', slT: c.slT, count: c.items.length, name: names.get(c.conduitId) ?? c.conduitId });
  return out;
}

export function whatIfDelta(base: SideOfDelta, now: SideOfDelta): WhatIfDelta {
  const added = minus(now.result.findings, base.result.findings);
  const removed = minus(base.result.findings, now.result.findings);
  const before = sides(base);
  const after = sides(now);
  const elements: ElementDelta[] = [];
  for (const id of new Set([...after.keys(), ...before.keys()])) {
    const b = before.get(id);
    const a = after.get(id);
    const slT = slTSteps(b?.slT, a?.slT);
    const requirementsBefore = b?.count ?? 0;
    const requirementsAfter = a?.count ?? 0;
    if (slT.length === 0 && requirementsBefore === requirementsAfter) continue;
    elements.push({ id, kind: (a ?? b)!.kind, name: (a ?? b)!.name, slT, requirementsBefore, requirementsAfter });
  }
  const components = (r: AnalysisResult) => r.requirements.assets.reduce((n, x) => n + x.items.length, 0);
  const componentRequirements = components(now.result) - components(base.result);
  return { added, removed, elements, componentRequirements, empty: added.length + removed.length + elements.length === 0 && componentRequirements === 0 };
}

const level = (n: number | undefined) => (n === undefined ? '–' : String(n));

/** `SL-T IAC 2→3, UC 2→3`. */
export function describeSlT(steps: readonly SlTStep[]): string {
  return steps.length === 0 ? '' : `SL-T ${steps.map((s) => `${s.fr} ${level(s.before)}→${level(s.after)}`).join(', ')}`;
}

/** `+23 requirements` or `−5 requirements` or `no change in requirements`. */
export function describeCount(before: number, after: number): string {
  const d = after - before;
  if (d === 0) return 'no change in requirements';
  return `${d > 0 ? '+' : '−'}${Math.abs(d)} requirement${Math.abs(d) === 1 ? '' : 's'}`;
}

/** `Reactor cell 1: +23 requirements (SL-T IAC 2→3)`. */
export function describeElement(e: ElementDelta): string {
  const sl = describeSlT(e.slT);
  return `${e.name}: ${describeCount(e.requirementsBefore, e.requirementsAfter)}${sl ? ` (${sl})` : ''}`;
}
