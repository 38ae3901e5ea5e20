import { describe, expect, it } from 'vitest';
import { systemRequirementsFor } from '../catalog/requirements';
import { emptyDocument } from '../model/edits';
import type { ZonewrightDocument } from '../model/document';
import { uniformSl } from '../model/securityLevels';
import { completePlant, load } from './fixtures';
import { lifecycleProgress, type Activity } from './phases';

function activity(doc: ZonewrightDocument, id: string, today?: string): Activity {
  const found = lifecycleProgress(doc, today ? { today } : {})
    .flatMap((p) => p.activities)
    .find((a) => a.id === id);
  if (!found) throw new Error(`no activity ${id}`);
  return found;
}

const implemented = (level: 1 | 2) => Object.fromEntries(systemRequirementsFor(uniformSl(level)).map((r) => [r.id, { status: 'implemented' }]));

const plant = (extra: Record<string, unknown> = {}, zone: Record<string, unknown> = {}, assets?: Record<string, unknown>[]) =>
  load({
    format: 'zonewright',
    version: 1,
    meta: { name: 'Cell', phase: 'implement' },
    zones: [{ id: 'z1', name: 'Cell 1', kind: 'control', slT: 2, ...zone }],
    assets: assets ?? [
      { id: 'a1', name: 'PLC-1', type: 'plc', zoneId: 'z1', slC: 2, firmware: 'V3.1', patchStatus: 'current', vendor: 'Acme', model: 'S7' },
      { id: 'a2', name: 'PLC-2', type: 'plc', zoneId: 'z1', slC: 1, patchStatus: 'unsupported' },
    ],
    ...extra,
  });

describe('lifecycle phases', () => {
  it('has Assess, Develop & Implement and Maintain, each with its activities and a progress from 0 to 1', () => {
    const phases = lifecycleProgress(completePlant());
    expect(phases.map((p) => [p.id, p.title])).toEqual([['assess', 'Assess'], ['implement', 'Develop & Implement'], ['maintain', 'Maintain']]);
    expect(phases[0]?.activities.map((a) => a.id)).toEqual(['scope', 'inventory', 'partition', 'risk', 'documentation', 'approval']);
    expect(phases[1]?.activities.map((a) => a.id)).toEqual(['architecture', 'countermeasures', 'components', 'configuration', 'residual-risk']);
    expect(phases[2]?.activities.map((a) => a.id)).toEqual(['versions', 'patches', 'review', 'incidents', 'approval-current']);
    for (const a of phases.flatMap((p) => p.activities)) {
      expect(a.progress).toBeGreaterThanOrEqual(0);
      expect(a.progress).toBeLessThanOrEqual(1);
    }
  });

  it('counts the ZCR steps of the assessment: a plant taken through them is assessed except for its inventory', () => {
    const [assess] = lifecycleProgress(completePlant());
    expect(assess?.activities.filter((a) => a.status !== 'done').map((a) => a.id)).toEqual(['inventory']);
    expect(lifecycleProgress(emptyDocument())[0]?.progress).toBe(0);
  });

  it('rolls requirement status up into SL-A to measure the countermeasures', () => {
    expect(activity(plant(), 'countermeasures')).toMatchObject({ status: 'missing', progress: 0 });
    expect(activity(plant(), 'countermeasures').missing[0]).toBe('Control zone "Cell 1": SL-A below SL-T on IAC 0 < 2, UC 0 < 2, SI 0 < 2, DC 0 < 2, RDF 0 < 2, TRE 0 < 2, RA 0 < 2; 60 of 60 requirements open.');
    const half = activity(plant({}, { requirements: implemented(1) }), 'countermeasures');
    expect(half.progress).toBeCloseTo(37 / 60);
    expect(activity(plant({}, { requirements: implemented(2) }), 'countermeasures')).toMatchObject({ status: 'done', progress: 1 });
  });

  it('compares component capability with the zone target', () => {
    const a = activity(plant(), 'components');
    expect(a).toMatchObject({ status: 'partial', progress: 0.5, subjects: ['a2'] });
  });

  it('tracks versions and patch status per asset (IEC 62443-2-3), naming unsupported ones', () => {
    expect(activity(plant(), 'versions')).toMatchObject({ progress: 0.5, subjects: ['a2'] });
    const patches = activity(plant(), 'patches');
    expect(patches.progress).toBe(0.5);
    expect(patches.missing).toEqual(['No longer supported by the vendor: "PLC-2"; plan compensating countermeasures or replacement.']);
  });

  it('warns of an overdue reassessment only when told today\'s date', () => {
    const doc = plant({ maintenance: { lastReview: '2024-01-10', nextReassessment: '2025-01-10' } }, { nextReassessment: '2025-06-01' });
    expect(activity(doc, 'review')).toMatchObject({ status: 'done', progress: 1 });
    const late = activity(doc, 'review', '2025-07-01');
    expect(late.missing).toEqual([
      'The reassessment due on 2025-01-10 is overdue.',
      'The reassessment of control zone "Cell 1" due on 2025-06-01 is overdue.',
    ]);
    expect(late).toMatchObject({ status: 'partial', progress: 0, subjects: ['z1'] });
    expect(activity(doc, 'review', '2025-03-01').progress).toBe(0.5);
  });

  it('lists incidents that are still open', () => {
    const doc = plant({
      incidents: [
        { id: 'i1', date: '2025-02-01', title: 'Malware on HMI', status: 'contained', affected: ['a1'] },
        { id: 'i2', date: '2025-01-01', title: 'Phishing', status: 'closed' },
      ],
    });
    expect(activity(doc, 'incidents')).toMatchObject({ progress: 0.5, missing: ['Incident "Malware on HMI" of 2025-02-01 is contained.'], subjects: ['a1'] });
    expect(activity(plant(), 'incidents')).toMatchObject({ status: 'done', done: ['No incident recorded.'] });
  });
});
