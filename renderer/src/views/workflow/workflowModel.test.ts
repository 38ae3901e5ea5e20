import { describe, expect, it } from 'vitest';
import { emptyDocument, zcrWorkflow, type WorkflowStep } from '../../../../shared';
import { completePlant } from '../../../../shared/lifecycle/fixtures';
import { makeDocument } from '../../../../shared/testing/makeDocument';
import { fixTarget, itemSubjects, shortHash, summarize } from './workflowModel';

const leaf = (id: string, status: WorkflowStep['status'], done = 0, missing = 0): WorkflowStep => ({
  id,
  title: id,
  clause: '',
  status,
  done: Array.from({ length: done }, (_, i) => `done ${i}`),
  missing: Array.from({ length: missing }, (_, i) => `missing ${i}`),
  subjects: [],
  subSteps: [],
});

describe('summarize', () => {
  it('counts steps and sub-steps by status, and the share of sub-steps done', () => {
    const steps = [
      { ...leaf('ZCR 1', 'partial', 1, 1), subSteps: [leaf('ZCR 1.1', 'done', 2)] },
      { ...leaf('ZCR 2', 'partial'), subSteps: [leaf('ZCR 2.1', 'missing', 0, 1), leaf('ZCR 2.2', 'partial', 1, 1)] },
    ];
    expect(summarize(steps)).toEqual({
      steps: { done: 0, partial: 2, missing: 0 },
      subSteps: { done: 1, partial: 1, missing: 1 },
      done: 4,
      missing: 3,
      percent: 33,
    });
  });
  it('reaches 100% only when every sub-step is done', () => {
    expect(summarize(zcrWorkflow(completePlant())).percent).toBe(100);
    expect(summarize(zcrWorkflow(emptyDocument())).percent).toBeLessThan(100);
  });
});

describe('itemSubjects', () => {
  const doc = makeDocument({
    zones: [
      { id: 'c1', name: 'Cell 1', kind: 'control' },
      { id: 'c10', name: 'Cell 10', kind: 'control' },
      { id: 'ops', name: 'Operations', kind: 'operations' },
    ],
    assets: [{ id: 'pc', name: 'Office PC', type: 'it-workstation', zoneId: 'c1' }],
  });
  it('finds the elements a sentence names, in the order it names them', () => {
    const refs = itemSubjects(doc, 'Business asset "Office PC" sits in control zone "Cell 1".', ['c1', 'pc', 'ops']);
    expect(refs.map((r) => [r.name, r.kind])).toEqual([
      ['Office PC', 'asset'],
      ['Cell 1', 'zone'],
    ]);
  });
  it('does not take a longer name for a shorter one', () => {
    expect(itemSubjects(doc, 'Describe control zone "Cell 10".', ['c1', 'c10']).map((r) => r.id)).toEqual(['c10']);
  });
  it('ignores ids that are no longer in the document', () => {
    expect(itemSubjects(doc, 'Zone "Gone" has no SL-T.', ['gone'])).toEqual([]);
  });
});

describe('fixTarget', () => {
  it('sends zones and conduits of the risk steps to their register, and everything else to the diagram', () => {
    expect(fixTarget('ZCR 5.6', 'zone')).toBe('risk');
    expect(fixTarget('ZCR 2.1', 'conduit')).toBe('risk');
    expect(fixTarget('ZCR 5.12', 'asset')).toBe('diagram');
    expect(fixTarget('ZCR 3.2', 'zone')).toBe('diagram');
    expect(fixTarget('ZCR 6.4', 'zone')).toBe('diagram');
  });
});

describe('shortHash', () => {
  it('keeps the scheme and the first twelve hex digits', () => {
    expect(shortHash(`sha256:${'0123456789abcdef'.repeat(4)}`)).toBe('sha256:0123456789ab…');
  });
});
