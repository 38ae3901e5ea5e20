import { describe, expect, it } from 'vitest';
import { moveElements, type AssetId } from '../../../shared';
import { generatePlant } from '../../../shared/testing/generatePlant';
import { analysisOf, badgesOf } from './findings';
import { namesOf } from './useAnalysis';

describe('findings shared across analyses', () => {
  it('keeps an unchanged finding the same object after an edit, and tells changed ones apart', () => {
    const doc = generatePlant({ assets: 100, assetsPerZone: 20 });
    const before = analysisOf(doc);
    expect(analysisOf(doc)).toBe(before);
    // Move an asset out of every zone: one new finding, the others as they were.
    const next = moveElements(doc, { moves: [{ id: 'a99' as AssetId, position: { x: -5000, y: -5000 } }] });
    const after = analysisOf({ ...next, assets: next.assets.map((a) => (a.id === 'a99' ? { ...a, zoneId: undefined } : a)) });
    const kept = after.findings.filter((f) => before.findings.includes(f));
    expect(kept.length).toBeGreaterThan(0);
    expect(after.findings.some((f) => f.rule === 'asset-unzoned' && !before.findings.includes(f))).toBe(true);
    expect(badgesOf(after.findings).get('a99')).toMatchObject({ severity: expect.any(String) });
  });

  it('keeps the names map while no name changes', () => {
    const doc = generatePlant({ assets: 40, assetsPerZone: 20 });
    const names = namesOf(doc);
    const moved = moveElements(doc, { moves: [{ id: 'a1' as AssetId, position: { x: 10, y: 10 } }] });
    expect(namesOf(moved)).toBe(names);
    const renamed = { ...moved, assets: moved.assets.map((a) => (a.id === 'a1' ? { ...a, name: 'Renamed' } : a)) };
    expect(namesOf(renamed)).not.toBe(names);
    expect(namesOf(renamed).get('a1')).toBe('Renamed');
  });
});
