import { describe, expect, it } from 'vitest';
import { analyze, deleteElements, setSlT, type ZoneId, type ZonewrightDocument } from '../../../shared';
import { SAMPLES } from '../files/samples';
import { describeElement, whatIfDelta } from './whatIfDelta';

const riverside = SAMPLES.find((s) => s.file === 'purdue-reference-plant.zonewright.json')!.doc!;
const side = (doc: ZonewrightDocument) => ({ doc, result: analyze(doc) });

describe('what-if deltas', () => {
  it('show nothing before anything changed', () => {
    expect(whatIfDelta(side(riverside), side(riverside)).empty).toBe(true);
  });

  it('count the requirements a raised SL-T adds to the zone, and name the FR that changed', () => {
    const cell = riverside.zones.find((z) => z.id === 'z-cell1')!;
    const raised = setSlT(riverside, { id: cell.id, slT: { ...cell.slT!, IAC: 3 } });
    const delta = whatIfDelta(side(riverside), side(raised));
    const zone = delta.elements.find((e) => e.id === 'z-cell1')!;
    expect(zone.requirementsAfter).toBeGreaterThan(zone.requirementsBefore);
    expect(describeElement(zone)).toBe(`Reactor cell 1: +${zone.requirementsAfter - zone.requirementsBefore} requirements (SL-T IAC 2→3)`);
    // The conduit to the cell has no SL-T of its own and takes the higher level.
    expect(delta.elements.some((e) => e.kind === 'conduit' && e.slT.some((s) => s.fr === 'IAC' && s.after === 3))).toBe(true);
    expect(delta.componentRequirements).toBeGreaterThan(0);
    expect(delta.added.some((f) => f.rule === 'slc-below-slt' && f.subjects.includes('a-plc101' as never))).toBe(true);
  });

  it('list findings that went away, and keep a finding whose wording changed as the same', () => {
    const flawed = SAMPLES.find((s) => s.file === 'flawed-plant.zonewright.json')!.doc!;
    const fixed = deleteElements(flawed, { ids: ['c-dangling'] });
    const delta = whatIfDelta(side(flawed), side(fixed));
    expect(delta.removed.map((f) => f.rule)).toContain('conduit-dangling');
    expect(delta.added).toEqual([]);
    const line2 = setSlT(flawed, { id: 'z-line2' as ZoneId, slT: { IAC: 1, UC: 1, SI: 1, DC: 1, RDF: 1, TRE: 1, RA: 1 } });
    const d2 = whatIfDelta(side(flawed), side(line2));
    expect(d2.removed.map((f) => f.rule)).toEqual(['zone-slt-missing']);
    expect(describeElement(d2.elements.find((e) => e.id === 'z-line2')!)).toMatch(/^Line 2: \+\d+ requirements \(SL-T IAC –→1, UC –→1/);
  });
});
