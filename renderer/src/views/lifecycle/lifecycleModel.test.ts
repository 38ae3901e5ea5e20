import { describe, expect, it } from 'vitest';
import { addZone, analyze, emptyDocument, setMaintenance, setRequirementStates, setZoneReview, type ZoneId } from '../../../../shared';
import { activityLinks, overdueReviews, percent, reviewState, reviewText, zoneImplementation } from './lifecycleModel';

const sl = (n: 1 | 2 | 3) => ({ IAC: n, UC: n, SI: n, DC: n, RDF: n, TRE: n, RA: n });

describe('reviewState', () => {
  it('says how many days a reassessment is overdue, or how long until it is due', () => {
    expect(reviewText(reviewState('2025-03-01', '2025-03-31'))).toBe('Overdue by 30 days');
    expect(reviewText(reviewState('2025-03-31', '2025-03-31'))).toBe('Due today');
    expect(reviewText(reviewState('2025-04-01T08:00:00Z', '2025-03-31'))).toBe('Due in 1 day');
    expect(reviewText(reviewState(undefined, '2025-03-31'))).toBe('Not scheduled');
  });
});

describe('overdueReviews', () => {
  it('lists the project and every zone whose reassessment date has passed', () => {
    let doc = addZone(addZone(emptyDocument('Plant'), { id: 'z1', name: 'Line 1' }), { id: 'z2', name: 'Line 2' });
    doc = setZoneReview(doc, { zoneId: 'z1' as ZoneId, patch: { nextReassessment: '2024-01-10' } });
    doc = setZoneReview(doc, { zoneId: 'z2' as ZoneId, patch: { nextReassessment: '2030-01-10' } });
    doc = setMaintenance(doc, { patch: { nextReassessment: '2024-06-01' } });
    expect(overdueReviews(doc, '2025-01-01')).toEqual([
      { name: 'the project', due: '2024-06-01' },
      { zoneId: 'z1', name: 'zone ‘Line 1’', due: '2024-01-10' },
    ]);
  });
});

describe('zoneImplementation', () => {
  it('rolls requirement status up per zone: SL-A against SL-T and the share met', () => {
    let doc = addZone(emptyDocument('Plant'), { id: 'z1', name: 'Cell', slT: sl(1) });
    doc = addZone(doc, { id: 'z2', name: 'No target' });
    const before = zoneImplementation(doc, analyze(doc));
    expect(before.map((z) => z.name)).toEqual(['Cell']);
    expect(before[0]!.met).toBe(0);
    expect(before[0]!.short).toContain('IAC');
    const total = before[0]!.total;
    const items = analyze(doc).requirements.zones[0]!.items;
    doc = setRequirementStates(doc, { id: 'z1' as ZoneId, states: Object.fromEntries(items.map((id) => [id, { status: 'implemented' as const }])) });
    const after = zoneImplementation(doc, analyze(doc))[0]!;
    expect(after.met).toBe(total);
    expect(after.short).toEqual([]);
  });
});

describe('activityLinks', () => {
  it('links the risk activity to the risk register and names the elements to select', () => {
    const links = activityLinks({ id: 'risk', title: 'Risk', status: 'partial', progress: 0.5, done: [], missing: [], subjects: ['z1' as ZoneId] });
    expect(links.map((l) => l.label)).toEqual(['Open the risk register', 'Select 1 on the diagram']);
  });
});

describe('percent', () => {
  it('never shows 100 % before everything is done', () => {
    expect(percent(0.996)).toBe('99 %');
    expect(percent(1)).toBe('100 %');
    expect(percent(0.4)).toBe('40 %');
  });
});
