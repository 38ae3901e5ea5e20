import { describe, expect, it } from 'vitest';
import { FR_KEYS, uniformSl } from '../model/securityLevels';
import type { RequirementStates } from '../model/document';
import { systemRequirementsFor, SYSTEM_REQUIREMENTS } from '../catalog/requirements';
import { statusCounts, systemAchievedLevel } from './achieved';

/** Marks every 3-3 requirement up to `level` (per FR) as implemented. */
function implementedUpTo(level: 1 | 2 | 3 | 4): Record<string, { status: 'implemented' }> {
  return Object.fromEntries(systemRequirementsFor(uniformSl(level)).map((r) => [r.id, { status: 'implemented' as const }]));
}

describe('SL-A', () => {
  it('is 0 on every FR while nothing is implemented', () => {
    expect(systemAchievedLevel(undefined)).toEqual(uniformSl(0));
    expect(systemAchievedLevel({})).toEqual(uniformSl(0));
  });

  it('reaches exactly the level whose every requirement is met', () => {
    for (const level of [1, 2, 4] as const) expect(systemAchievedLevel(implementedUpTo(level))).toEqual(uniformSl(level));
  });

  it('reaches a level that adds no requirement of its FR with the level below (TRE and RA at SL 4)', () => {
    expect(SYSTEM_REQUIREMENTS.filter((r) => (r.fr === 'TRE' || r.fr === 'RA') && r.minSl === 4)).toEqual([]);
    expect(systemAchievedLevel(implementedUpTo(3))).toEqual({ ...uniformSl(3), TRE: 4, RA: 4 });
  });

  it('drops an FR to one below its lowest unmet requirement, leaving the other FRs alone', () => {
    const states: RequirementStates = { ...implementedUpTo(3), 'SR 1.1 RE 1': { status: 'planned' } };
    expect(systemAchievedLevel(states)).toEqual({ ...uniformSl(3), IAC: 1, TRE: 4, RA: 4 });
  });

  it('counts compensated and justified not-applicable requirements as met', () => {
    const states: RequirementStates = {
      ...implementedUpTo(2),
      'SR 5.2': { status: 'compensated', compensatingCountermeasure: 'Unidirectional gateway' },
      'SR 5.3': { status: 'not-applicable', justification: 'No person-to-person messaging exists in the zone' },
    };
    expect(systemAchievedLevel(states).RDF).toBe(2);
  });

  it('never skips a level: meeting SL 3 rows without all SL 2 rows gives SL 1', () => {
    const sl3Only = Object.fromEntries(
      SYSTEM_REQUIREMENTS.filter((r) => r.fr === 'UC' && (r.minSl === 1 || r.minSl === 3)).map((r) => [r.id, { status: 'implemented' as const }]),
    );
    expect(systemAchievedLevel(sl3Only).UC).toBe(1);
  });

  it('counts statuses of the required items, unmarked ones as planned', () => {
    const items = ['SR 1.1', 'SR 1.2', 'SR 1.3'];
    expect(statusCounts(items, { 'SR 1.1': { status: 'implemented' } })).toEqual({ planned: 2, implemented: 1, 'not-applicable': 0, compensated: 0 });
    expect(FR_KEYS).toHaveLength(7);
  });
});
