/**
 * The 62443-3-3 system requirements and 62443-4-2 component requirements, with our guidance,
 * and the selection of those that apply at a given SL vector.
 */
import { COMPONENT_CLASS_PREFIX, type ComponentClass } from '../model/kinds';
import { slCode, type FrKey, type SlVector } from '../model/securityLevels';
import { GUIDANCE } from './guidance';
import { COMPONENT_REQUIREMENT_ROWS, SYSTEM_REQUIREMENT_ROWS } from './referenceData';
import type { ClassPrefix, ReferenceComponentRow, ReferenceSystemRow, VerificationStatus } from './referenceTypes';

export interface Requirement {
  /** `SR 1.1`, `SR 1.1 RE 1`, `CR 2.4`, `EDR 2.4 RE 1`, `NDR 1.6` … */
  readonly id: string;
  readonly fr: FrKey;
  /** The standard's short title (a fact). */
  readonly title: string;
  /** Lowest SL at which it is required; it stays required at every higher SL. */
  readonly minSl: 1 | 2 | 3 | 4;
  /** The requirement it enhances (`SR 1.1` for `SR 1.1 RE 1`); undefined for base requirements. */
  readonly baseId: string | undefined;
  /** Our own one-line advice on meeting it. */
  readonly guidance: string;
  /** How sure the reference data is of `minSl`. */
  readonly status: VerificationStatus;
  readonly note: string | undefined;
}

export interface ComponentRequirement extends Requirement {
  /** Component classes it applies to (SAR, EDR, HDR, NDR). */
  readonly classes: readonly ClassPrefix[];
}

function toRequirement<R extends ReferenceSystemRow>(row: R) {
  const re = row.id.indexOf(' RE ');
  return {
    ...row,
    baseId: re === -1 ? undefined : row.id.slice(0, re),
    guidance: GUIDANCE[row.id] ?? '',
    note: row.note,
  };
}

export const SYSTEM_REQUIREMENTS: readonly Requirement[] = SYSTEM_REQUIREMENT_ROWS.map(toRequirement);
export const COMPONENT_REQUIREMENTS: readonly ComponentRequirement[] = COMPONENT_REQUIREMENT_ROWS.map(
  (row: ReferenceComponentRow) => toRequirement(row),
);

const byId = new Map<string, Requirement | ComponentRequirement>();
for (const r of SYSTEM_REQUIREMENTS) byId.set(r.id, r);
for (const r of COMPONENT_REQUIREMENTS) byId.set(r.id, r);

/** Looks up any SR, RE or CR by its id. */
export function requirementById(id: string): Requirement | ComponentRequirement | undefined {
  return byId.get(id);
}

function select<R extends Requirement>(rows: readonly R[], sl: SlVector): readonly R[] {
  return rows.filter((r) => r.minSl <= sl[r.fr]);
}

// Plants share few distinct vectors, so selections are cached and the same array is handed out.
const systemCache = new Map<number, readonly Requirement[]>();
const componentCache = new Map<number, readonly ComponentRequirement[]>();
const CLASS_INDEX: Readonly<Record<ComponentClass, number>> = {
  'software-application': 0,
  'embedded-device': 1,
  'host-device': 2,
  'network-device': 3,
};

/** The 3-3 SRs and REs a zone or conduit at SL-T `sl` must meet, in catalog order. */
export function systemRequirementsFor(sl: SlVector): readonly Requirement[] {
  const key = slCode(sl);
  let hit = systemCache.get(key);
  if (!hit) systemCache.set(key, (hit = select(SYSTEM_REQUIREMENTS, sl)));
  return hit;
}

/** The 4-2 CRs, REs and class-specific requirements a component of `cls` must meet at `sl`. */
export function componentRequirementsFor(cls: ComponentClass, sl: SlVector): readonly ComponentRequirement[] {
  const key = slCode(sl) * 4 + CLASS_INDEX[cls];
  let hit = componentCache.get(key);
  if (!hit) {
    const prefix = COMPONENT_CLASS_PREFIX[cls];
    hit = select(
      COMPONENT_REQUIREMENTS.filter((r) => r.classes.includes(prefix)),
      sl,
    );
    componentCache.set(key, hit);
  }
  return hit;
}
