import { describe, expect, it } from 'vitest';
import { ZCR_ROWS } from '../catalog/referenceData';
import { emptyDocument, renameElement } from '../model/edits';
import type { ZoneId, ZonewrightDocument } from '../model/document';
import { goodPlant } from '../analysis/rules/fixtures';
import { acceptSuggestion, updateRiskScenario } from './edits';
import { assessedPlant, completePlant, load } from './fixtures';
import { flattenSteps, zcrWorkflow, type WorkflowStep } from './workflow';

function stepOf(doc: ZonewrightDocument, id: string): WorkflowStep {
  const step = flattenSteps(zcrWorkflow(doc)).find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
}

describe('ZCR workflow', () => {
  it('lists ZCR 1 to 7 with every sub-requirement of the reference table, in order, with clauses', () => {
    const flat = flattenSteps(zcrWorkflow(emptyDocument()));
    expect(flat.map((s) => [s.id, s.title, s.clause])).toEqual(ZCR_ROWS.map((r) => [r.id, r.title, r.clause]));
    expect(zcrWorkflow(emptyDocument()).map((s) => s.id)).toEqual(['ZCR 1', 'ZCR 2', 'ZCR 3', 'ZCR 4', 'ZCR 5', 'ZCR 6', 'ZCR 7']);
  });

  it('shows an empty project with every step missing, each saying what to do', () => {
    for (const step of flattenSteps(zcrWorkflow(emptyDocument()))) {
      expect(step.status).toBe('missing');
      if (step.subSteps.length === 0) expect(step.missing.length).toBeGreaterThan(0);
    }
  });

  it('shows every step done for a plant taken through the whole process', () => {
    const notDone = flattenSteps(zcrWorkflow(completePlant())).filter((s) => s.status !== 'done');
    expect(notDone.map((s) => `${s.id}: ${s.missing.join(' ')}`)).toEqual([]);
  });

  it('names the access points of the perimeter (ZCR 1.1)', () => {
    expect(stepOf(goodPlant, 'ZCR 1.1').done).toEqual(['Access point: conduit "Vendor remote access" from untrusted zone "Internet" to DMZ zone "DMZ".']);
  });

  it('takes the separation checks of ZCR 3.2–3.6 from the analysis, naming the elements', () => {
    const flawed = load({
      format: 'zonewright',
      version: 1,
      meta: { name: 'Flawed' },
      zones: [
        { id: 'z-office', name: 'Office', kind: 'enterprise', slT: 1 },
        { id: 'z-cell', name: 'Cell', kind: 'control', slT: 2 },
        { id: 'z-net', name: 'Internet', kind: 'untrusted' },
      ],
      assets: [
        { id: 'a-pc', name: 'Office PC', type: 'it-workstation', zoneId: 'z-office' },
        { id: 'a-plc', name: 'PLC', type: 'plc', zoneId: 'z-cell' },
        { id: 'a-sis', name: 'Safety PLC', type: 'safety-controller', zoneId: 'z-cell' },
        { id: 'a-ap', name: 'Wi-Fi', type: 'wireless-ap', zoneId: 'z-cell' },
        { id: 'a-cloud', name: 'Vendor cloud', type: 'cloud-service', zoneId: 'z-cell' },
        { id: 'a-laptop', name: 'Service laptop', type: 'engineering-workstation', zoneId: 'z-cell', temporary: true },
        { id: 'a-kiosk', name: 'Kiosk PC', type: 'it-workstation', zoneId: 'z-cell' },
      ],
      conduits: [
        { id: 'c1', name: 'Office to cell', zoneIds: ['z-office', 'z-cell'] },
        { id: 'c2', name: 'Internet to cell', zoneIds: ['z-net', 'z-cell'] },
      ],
    });
    const s32 = stepOf(flawed, 'ZCR 3.2');
    expect(s32.status).toBe('missing');
    expect(s32.missing).toContain('Business asset "Kiosk PC" sits in control zone "Cell".');
    expect(s32.missing.some((m) => m.includes('"Office to cell"'))).toBe(true);
    expect(s32.subjects).toEqual(expect.arrayContaining(['a-kiosk', 'z-cell', 'c1']));
    expect(stepOf(flawed, 'ZCR 3.3').missing[0]).toContain('Safety controller "Safety PLC"');
    expect(stepOf(flawed, 'ZCR 3.4').missing).toEqual(['Temporary device "Service laptop" shares control zone "Cell" with permanently installed assets.']);
    expect(stepOf(flawed, 'ZCR 3.5').missing[0]).toContain('"Wi-Fi"');
    expect(stepOf(flawed, 'ZCR 3.6').missing).toEqual(
      expect.arrayContaining(['Cloud service "Vendor cloud", outside the system, sits in control zone "Cell".']),
    );
    expect(stepOf(flawed, 'ZCR 3').status).toBe('partial');
  });

  it('counts the separation steps done on a well-designed plant', () => {
    expect(stepOf(goodPlant, 'ZCR 3').status).toBe('done');
  });

  it('asks for threats per zone, then ratings, countermeasures and residual risk only where risk is above tolerable', () => {
    const doc = load({
      format: 'zonewright',
      version: 1,
      meta: { name: 'Two cells' },
      zones: [
        { id: 'z1', name: 'Cell 1', kind: 'control', slT: 2, risks: [{ id: 'r1', threatId: 'rogue-device', likelihood: 4, consequence: { production: 4 } }] },
        { id: 'z2', name: 'Cell 2', kind: 'control', slT: 1, risks: [{ id: 'r2', threatId: 'insider-misuse', likelihood: 1, consequence: { production: 2 } }] },
        { id: 'z3', name: 'Cell 3', kind: 'control', slT: 1 },
      ],
    });
    expect(stepOf(doc, 'ZCR 5.1').missing).toEqual(['Control zone "Cell 3" has no threat scenario.']);
    expect(stepOf(doc, 'ZCR 5.5').status).toBe('done');
    expect(stepOf(doc, 'ZCR 5.8').missing).toEqual(['Control zone "Cell 1": record the existing countermeasures against "Rogue device on the control network".']);
    expect(stepOf(doc, 'ZCR 5.9').missing).toHaveLength(1);
    expect(stepOf(doc, 'ZCR 5.11').missing).toEqual(['Control zone "Cell 1": "Rogue device on the control network" still above the tolerable risk 4.']);
    expect(stepOf(doc, 'ZCR 5.11').done).toEqual(['Control zone "Cell 2": every rated risk is within the tolerable risk.']);
    expect(stepOf(doc, 'ZCR 5.11').subjects).toEqual(['z1']);
    expect(stepOf(doc, 'ZCR 4.1').done).toContain('1 of 2 rated scenarios is above the tolerable risk before countermeasures.');
  });

  it('asks to confirm a hand-set SL-T from the risk register, and reports a decision the risks have since overtaken', () => {
    const assessed = assessedPlant();
    expect(stepOf(assessed, 'ZCR 5.6').status).toBe('partial');
    expect(stepOf(assessed, 'ZCR 5.6').missing[0]).toMatch(/^Enterprise zone "Enterprise": confirm the SL-T from the risk register \(accept or override the suggested \{IAC 1/);
    const decided = acceptSuggestion(assessed, { elementId: 'z-ctl', by: 'A. Owner', date: '2025-01-10' });
    expect(stepOf(decided, 'ZCR 5.6').done).toContain('Control zone "Cell 1": SL-T {IAC 2, UC 2, SI 3, DC 1, RDF 3, TRE 2, RA 3} accepted by A. Owner on 2025-01-10.');
    const overtaken = updateRiskScenario(decided, { elementId: 'z-ctl', id: 'r-ctl-1', patch: { likelihood: 5, consequence: { safety: 5 } } });
    expect(stepOf(overtaken, 'ZCR 5.6').missing).toContain(
      'Control zone "Cell 1": the SL-T decision is outdated. The risk register changed after the decision: the suggestion is now different.',
    );
  });

  it('lists the gaps of the documentation (ZCR 6) until the CRS has everything', () => {
    const s6 = stepOf(goodPlant, 'ZCR 6');
    expect(s6.status).toBe('partial');
    expect(stepOf(goodPlant, 'ZCR 6.1').status).toBe('done');
    expect(stepOf(goodPlant, 'ZCR 6.4').missing[0]).toMatch(/^Describe enterprise zone "Enterprise", DMZ zone "DMZ"/);
    expect(stepOf(goodPlant, 'ZCR 6.8').missing).toEqual(['Set the tolerable risk of the project.']);
  });

  it('shows the approval done while it holds, and missing again once the model changes', () => {
    const approved = completePlant();
    expect(stepOf(approved, 'ZCR 7').status).toBe('done');
    expect(stepOf(approved, 'ZCR 7.1').done).toEqual(['Approved by A. Owner (Plant manager) on 2025-01-15.']);
    const edited = renameElement(approved, { id: 'z-ctl' as ZoneId, name: 'Cell one' });
    expect(stepOf(edited, 'ZCR 7').status).toBe('missing');
    expect(stepOf(edited, 'ZCR 7.1').missing[0]).toContain('no longer matches the model');
  });
});
