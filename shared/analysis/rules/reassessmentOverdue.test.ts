import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { makeDocument } from '../../testing/makeDocument';
import { loadDocument } from '../../model/load';
import type { ZonewrightDocument } from '../../model/document';
import { goodPlant } from './fixtures';

function plant(maintenance?: Record<string, unknown>, zoneDue?: string): ZonewrightDocument {
  const base = makeDocument({ zones: [{ id: 'z1', name: 'Cell 1', kind: 'control', slT: 2, ...(zoneDue ? { nextReassessment: zoneDue } : {}) }] });
  const result = loadDocument({ ...base, ...(maintenance ? { maintenance } : {}) });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.doc;
}
const hits = (doc: ZonewrightDocument, today?: string) => analyze(doc, today ? { today } : {}).findings.filter((f) => f.rule === 'reassessment-overdue');

describe('reassessment-overdue', () => {
  it('warns when the project\'s reassessment date has passed', () => {
    const [hit, ...rest] = hits(plant({ nextReassessment: '2025-03-01' }), '2025-03-02');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ severity: 'warning', subjects: [], message: 'The project\'s risk reassessment was due on 2025-03-01.' });
  });

  it('warns for each zone whose own reassessment date has passed, naming the zone', () => {
    const [hit] = hits(plant(undefined, '2024-12-31T23:00:00Z'), '2025-01-01');
    expect(hit).toMatchObject({ subjects: ['z1'], message: 'Control zone "Cell 1" was due for risk reassessment on 2024-12-31.' });
  });

  it('does not count the due day itself as overdue', () => {
    expect(hits(plant({ nextReassessment: '2025-03-01' }), '2025-03-01')).toEqual([]);
  });

  it('stays quiet without today\'s date, since the analysis has no clock', () => {
    expect(hits(plant({ nextReassessment: '2000-01-01' }, '2000-01-01'))).toEqual([]);
  });

  it('stays quiet when no reassessment is scheduled', () => {
    expect(hits(goodPlant, '2030-01-01')).toEqual([]);
  });
});
