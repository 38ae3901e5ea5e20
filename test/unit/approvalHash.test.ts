// The approval hash follows the scheme documented in shared/lifecycle/approval.ts exactly: an
// independent implementation here, on node:crypto, agrees with the core's on the samples and on a
// generated plant big enough to fill many 64-element runs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, formatProblems, loadDocumentText, type ZonewrightDocument } from '../../shared';
import { generatePlant } from '../../shared/testing/generatePlant';

const sha = (data: Buffer | string) => createHash('sha256').update(data).digest();

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const omit = (o: object, keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
const VOLATILE: Record<string, string[]> = {
  zones: ['position', 'size', 'lastReview', 'nextReassessment'],
  assets: ['position', 'patchStatus', 'lastPatched'],
  conduits: [],
  links: [],
};

function referenceHash(doc: ZonewrightDocument): string {
  const top: Record<string, unknown> = omit(doc, ['approval', 'maintenance', 'incidents']);
  top.meta = omit(doc.meta, ['phase', 'revision']);
  for (const kind of ['zones', 'assets', 'conduits', 'links'] as const) {
    const digests = doc[kind].map((e) => sha(canonical(omit(e, VOLATILE[kind]!))));
    const runs: Buffer[] = [];
    for (let i = 0; i < digests.length; i += 64) runs.push(sha(Buffer.concat(digests.slice(i, i + 64))));
    top[kind] = sha(Buffer.concat(runs)).toString('hex');
  }
  return `sha256:${sha(canonical(top)).toString('hex')}`;
}

const dir = join(import.meta.dirname, '..', '..', 'assets', 'samples');

describe('the approval hash scheme', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.zonewright.json')))('matches an independent implementation on %s', (file) => {
    const result = loadDocumentText(readFileSync(join(dir, file), 'utf8'));
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(contentHash(result.doc)).toBe(referenceHash(result.doc));
  });

  it('matches it on a plant of 1,000 assets, across many runs of 64 elements', () => {
    const doc = generatePlant({ assets: 1000 });
    expect(contentHash(doc)).toBe(referenceHash(doc));
  });
});
