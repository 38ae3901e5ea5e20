import { describe, expect, it } from 'vitest';
import { analyze, setSlT, uniformSl, type ZoneId, type ZonewrightDocument } from '../../../shared';
import { SAMPLES } from '../files/samples';
import { SCENARIOS, scenarioById, type Scenario } from './scenarios';

function sampleOf(scenario: Scenario): ZonewrightDocument {
  const doc = SAMPLES.find((s) => s.file === scenario.sample)?.doc;
  if (!doc) throw new Error(`sample ${scenario.sample} missing`);
  return doc;
}

const ids = (doc: ZonewrightDocument) => new Set<string>([...doc.zones, ...doc.assets, ...doc.conduits, ...doc.links].map((e) => e.id));

describe.each(SCENARIOS.map((s) => [s.title, s] as const))('scenario "%s"', (_, scenario) => {
  it('starts with every step still to do, and each fix completes its step', () => {
    let doc = sampleOf(scenario);
    for (const step of scenario.steps) expect(step.check(doc), step.title).toBe(false);
    for (const step of scenario.steps) {
      expect(step.check(doc), `${step.title} before its fix`).toBe(false);
      const next = step.fix(doc);
      expect(next, `${step.title} changes the document`).not.toBe(doc);
      doc = next;
      expect(step.check(doc), `${step.title} after its fix`).toBe(true);
    }
    // A later fix never undoes an earlier step.
    for (const step of scenario.steps) expect(step.check(doc), step.title).toBe(true);
  });

  it('marks only elements of its sample', () => {
    const known = ids(sampleOf(scenario));
    for (const step of scenario.steps) for (const id of step.highlight) expect(known.has(id), `${step.title}: ${id}`).toBe(true);
  });

  it('explains every step and names its clause', () => {
    for (const step of scenario.steps) {
      expect(step.explanation.length, step.title).toBeGreaterThan(80);
      expect(step.clause).toMatch(/^IEC 62443-\d-\d+ (SR|ZCR|CR) /);
    }
  });
});

describe('fixing the flawed plant', () => {
  it('leaves no error once every step is fixed in order', () => {
    const scenario = scenarioById('flawed-plant')!;
    const start = sampleOf(scenario);
    expect(analyze(start).findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(10);
    const end = scenario.steps.reduce((doc, step) => step.fix(doc), start);
    expect(analyze(end).findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });

  it('still ends without errors when the learner fixed a step their own way', () => {
    const scenario = scenarioById('flawed-plant')!;
    let doc = sampleOf(scenario);
    // Step 2 by hand: Line 2 at a uniform SL-T 2 (not Line 1's vector), so its conduit to Line 1 now needs a boundary device.
    for (const [i, step] of scenario.steps.entries()) {
      doc = i === 1 ? setSlT(doc, { id: 'z-line2' as ZoneId, slT: uniformSl(2) }) : step.fix(doc);
      expect(step.check(doc), step.title).toBe(true);
    }
    expect(analyze(doc).findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });
});
