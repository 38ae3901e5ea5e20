/**
 * The achieved security level SL-A: per FR, the highest level all of whose requirements are met.
 * A requirement is met when it is implemented, compensated, or justified as not applicable.
 */
import type { RequirementState, RequirementStates } from '../model/document';
import { FR_KEYS, type FrKey, type SecurityLevel, type SlVector } from '../model/securityLevels';
import { SYSTEM_REQUIREMENTS, type Requirement } from '../catalog/requirements';

export function isMet(state: RequirementState | undefined): boolean {
  return state !== undefined && state.status !== 'planned';
}

/**
 * SL-A from the states of a requirement set. `requirements` is the whole catalog part that
 * applies (all SL 1–4 rows), so that a level counts only when every one of its rows is met.
 */
const NOTHING_ACHIEVED: SlVector = { IAC: 0, UC: 0, SI: 0, DC: 0, RDF: 0, TRE: 0, RA: 0 };

export function achievedLevel(requirements: readonly Requirement[], states: RequirementStates | undefined): SlVector {
  if (!states) return NOTHING_ACHIEVED;
  // The lowest level of each FR with an unmet requirement caps that FR one below it.
  const firstUnmet: Record<FrKey, number> = { IAC: 5, UC: 5, SI: 5, DC: 5, RDF: 5, TRE: 5, RA: 5 };
  for (const r of requirements) {
    if (r.minSl < firstUnmet[r.fr] && !isMet(states?.[r.id])) firstUnmet[r.fr] = r.minSl;
  }
  const out = {} as Record<FrKey, SecurityLevel>;
  for (const fr of FR_KEYS) out[fr] = (firstUnmet[fr] - 1) as SecurityLevel;
  return out;
}

/** SL-A of a zone or conduit from its 62443-3-3 requirement states. */
export function systemAchievedLevel(states: RequirementStates | undefined): SlVector {
  return achievedLevel(SYSTEM_REQUIREMENTS, states);
}

export interface StatusCounts {
  readonly planned: number;
  readonly implemented: number;
  readonly 'not-applicable': number;
  readonly compensated: number;
}

// Elements with no recorded state share one (frozen) count per requirement list.
const allPlanned = new WeakMap<readonly string[], StatusCounts>();

/** How many of `items` stand at each status (no entry counts as planned). */
export function statusCounts(items: readonly string[], states: RequirementStates | undefined): StatusCounts {
  if (!states) {
    let counts = allPlanned.get(items);
    if (!counts) allPlanned.set(items, (counts = Object.freeze({ planned: items.length, implemented: 0, 'not-applicable': 0, compensated: 0 })));
    return counts;
  }
  const counts = { planned: 0, implemented: 0, 'not-applicable': 0, compensated: 0 };
  for (const id of items) counts[states?.[id]?.status ?? 'planned']++;
  return counts;
}
