// The lifecycle on the shipped samples: the ZCR workflow as a user opening each sample sees it, and
// one sample walked from risk entry to an accepted SL-T, implementation, approval and a stale approval.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  acceptSuggestion,
  addRiskScenario,
  analyze,
  approvalStatus,
  approve,
  assignAsset,
  compareDocuments,
  flattenSteps,
  formatProblems,
  lifecycleProgress,
  loadDocument,
  loadDocumentText,
  serializeDocument,
  systemRequirementsFor,
  zcrWorkflow,
  type AssetId,
  type ZoneId,
  type ZonewrightDocument,
} from '../../shared';

const dir = join(import.meta.dirname, '..', '..', 'assets', 'samples');
const files = readdirSync(dir).filter((f) => f.endsWith('.zonewright.json'));

function load(file: string): ZonewrightDocument {
  const result = loadDocumentText(readFileSync(join(dir, file), 'utf8'));
  if (!result.ok) throw new Error(`${file}:\n${formatProblems(result.problems)}`);
  return result.doc;
}

const step = (doc: ZonewrightDocument, id: string) => flattenSteps(zcrWorkflow(doc)).find((s) => s.id === id)!;

describe('the ZCR workflow on the samples', () => {
  it.each(files)('%s shows every ZCR step, each saying what is done or missing', (file) => {
    const steps = flattenSteps(zcrWorkflow(load(file)));
    expect(steps).toHaveLength(39);
    for (const s of steps) {
      if (s.subSteps.length === 0) expect(s.done.length + s.missing.length).toBeGreaterThan(0);
      if (s.status === 'done') expect(s.missing).toEqual([]);
    }
  });

  it.each(files.filter((f) => !f.startsWith('flawed')))('%s has its partitioning done and its risk assessment still to do', (file) => {
    const doc = load(file);
    expect(step(doc, 'ZCR 3').status).toBe('done');
    expect(step(doc, 'ZCR 2.1').status).toBe('missing');
    expect(step(doc, 'ZCR 6.1').status).toBe('done');
  });

  it('the flawed plant fails the separation checks and shows its approval as stale', () => {
    const doc = load('flawed-plant.zonewright.json');
    for (const id of ['ZCR 3.2', 'ZCR 3.3', 'ZCR 3.5', 'ZCR 3.6']) expect(step(doc, id).status).not.toBe('done');
    expect(approvalStatus(doc)).toBe('stale');
    expect(step(doc, 'ZCR 7.1').missing[0]).toContain('no longer matches the model');
    const review = lifecycleProgress(doc, { today: '2026-01-15' })[2]!.activities.find((a) => a.id === 'review')!;
    expect(review.missing).toEqual(['The reassessment due on 2024-03-01 is overdue.']);
  });
});

describe('a sample walked through the lifecycle', () => {
  it('goes from a risk entry to an accepted SL-T, implementation to SL-A, approval, then a stale approval after an edit', () => {
    let doc = load('purdue-reference-plant.zonewright.json');
    const cell = doc.zones.find((z) => z.kind === 'control')!;

    // Risk entry: a rated scenario gives a suggestion, which the owner accepts.
    doc = addRiskScenario(doc, { elementId: cell.id, threatId: 'unauthorized-logic-change', likelihood: 3, consequence: { safety: 4, production: 3 } });
    doc = acceptSuggestion(doc, { elementId: cell.id, by: 'A. Owner', date: '2025-01-10' });
    const slT = doc.zones.find((z) => z.id === cell.id)!.slT!;
    expect(slT).toMatchObject({ SI: 3, UC: 3, IAC: 3, DC: 1 }); // 3 × 4 = 12, High: SL 3 on SI, UC and IAC
    expect(step(doc, 'ZCR 5.6').done).toContain(`Control zone "${cell.name}": SL-T {IAC 3, UC 3, SI 3, DC 1, RDF 1, TRE 1, RA 1} accepted by A. Owner on 2025-01-10.`);

    // Implementation: every requirement of the SL-T implemented lifts SL-A to the SL-T.
    const requirements = Object.fromEntries(systemRequirementsFor(slT).map((r) => [r.id, { status: 'implemented' }]));
    const raw = JSON.parse(serializeDocument(doc));
    raw.meta.phase = 'implement';
    raw.zones.find((z: { id: string }) => z.id === cell.id).requirements = requirements;
    const loaded = loadDocument(raw);
    if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
    doc = loaded.doc;
    const slA = analyze(doc).requirements.zones.find((z) => z.zoneId === cell.id)!.slA;
    expect(slA.SI).toBeGreaterThanOrEqual(3);
    expect(analyze(doc).findings.filter((f) => f.rule === 'sla-below-slt' && f.subjects.includes(cell.id))).toEqual([]);

    // Approval, then an edit that makes it stale; the comparison shows what changed.
    const approved = approve(doc, { by: 'A. Owner', role: 'Plant manager', date: '2025-02-01' });
    expect(approvalStatus(approved)).toBe('valid');
    expect(analyze(approved).findings.filter((f) => f.rule === 'approval-stale')).toEqual([]);
    const someAsset = approved.assets.find((a) => a.zoneId === cell.id)!;
    const other = approved.zones.find((z) => z.kind === 'supervisory')!;
    const edited = assignAsset(approved, { assetId: someAsset.id as AssetId, zoneId: other.id as ZoneId });
    expect(approvalStatus(edited)).toBe('stale');
    expect(analyze(edited).findings.filter((f) => f.rule === 'approval-stale')).toHaveLength(1);
    expect(compareDocuments(approved, edited)[0]).toMatchObject({ kind: 'asset-moved', elementId: someAsset.id });
  });
});
