/**
 * What the requirements panel shows beside the requirement list: the capability SL-C of a zone
 * (the lowest of its assets', per FR) or of a conduit (the lowest of its boundary devices'), and
 * the status counts per FR. Pure functions of the document.
 */
import {
  BOUNDARY_DEVICE_TYPES,
  FR_KEYS,
  requirementById,
  type Asset,
  type Conduit,
  type FrKey,
  type RequirementStates,
  type RequirementStatus,
  type SecurityLevel,
  type SlVector,
  type Zone,
  type ZonewrightDocument,
} from '../../../shared';

export interface Capability {
  /** Per FR, the lowest SL-C of the elements that state one; undefined when none does. */
  readonly slC: SlVector | undefined;
  /** How many of the elements state an SL-C. */
  readonly known: number;
  /** How many elements there are. */
  readonly total: number;
}

function lowest(assets: readonly Asset[]): Capability {
  const rated = assets.filter((a) => a.slC !== undefined);
  if (rated.length === 0) return { slC: undefined, known: 0, total: assets.length };
  const out = {} as Record<FrKey, SecurityLevel>;
  for (const fr of FR_KEYS) out[fr] = Math.min(...rated.map((a) => a.slC![fr])) as SecurityLevel;
  return { slC: out, known: rated.length, total: assets.length };
}

/** A zone can do no better than its weakest asset: per FR, the minimum SL-C of the assets directly in it. */
export function zoneCapability(doc: ZonewrightDocument, zone: Zone): Capability {
  return lowest(doc.assets.filter((a) => a.zoneId === zone.id));
}

/**
 * A conduit is as capable as the boundary devices that enforce it: per FR, their minimum SL-C.
 * Its devices are those listed on it and the firewalls, diodes and gateways at an end of one of
 * its links (as the canvas's shield counts them).
 */
export function conduitCapability(doc: ZonewrightDocument, conduit: Conduit): Capability {
  const ids = new Set<string>(conduit.boundaryDevices ?? []);
  const boundary = new Set<string>(doc.assets.filter((a) => BOUNDARY_DEVICE_TYPES.has(a.type)).map((a) => a.id));
  for (const l of doc.links) {
    if (l.conduitId !== conduit.id) continue;
    if (boundary.has(l.source)) ids.add(l.source);
    if (boundary.has(l.target)) ids.add(l.target);
  }
  return lowest(doc.assets.filter((a) => ids.has(a.id)));
}

export interface FrCounts {
  readonly total: number;
  /** Implemented, compensated or justified as not applicable. */
  readonly met: number;
  readonly byStatus: Readonly<Record<RequirementStatus, number>>;
}

/** Status counts of `items` per FR (no entry counts as planned); FRs without items are left out. */
export function countsByFr(items: readonly string[], states: RequirementStates | undefined): Map<FrKey, FrCounts> {
  const acc = new Map<FrKey, { total: number; met: number; byStatus: Record<RequirementStatus, number> }>();
  for (const id of items) {
    const fr = requirementById(id)?.fr;
    if (!fr) continue;
    let c = acc.get(fr);
    if (!c) acc.set(fr, (c = { total: 0, met: 0, byStatus: { planned: 0, implemented: 0, 'not-applicable': 0, compensated: 0 } }));
    const status = states?.[id]?.status ?? 'planned';
    c.total++;
    c.byStatus[status]++;
    if (status !== 'planned') c.met++;
  }
  return acc;
}

/** "5 of 16 met: 3 implemented, 1 not applicable, 1 compensated, 11 planned". */
export function describeCounts(c: FrCounts): string {
  const b = c.byStatus;
  return `${c.met} of ${c.total} met: ${b.implemented} implemented, ${b['not-applicable']} not applicable, ${b.compensated} compensated, ${b.planned} planned`;
}

/** Sum of per-FR counts. */
export function totalCounts(counts: Iterable<FrCounts>): FrCounts {
  const byStatus: Record<RequirementStatus, number> = { planned: 0, implemented: 0, 'not-applicable': 0, compensated: 0 };
  let total = 0;
  let met = 0;
  for (const c of counts) {
    total += c.total;
    met += c.met;
    for (const k of Object.keys(byStatus) as RequirementStatus[]) byStatus[k] += c.byStatus[k];
  }
  return { total, met, byStatus };
}
