import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../shared';
import { generatePlant } from '../../../shared/testing/generatePlant';
import { fittedViewport, FIT_MAX_ZOOM } from './viewport';

describe('the fitted view of a document', () => {
  it('puts the whole drawing in view, centred, with the Fit view margins', () => {
    const doc = generatePlant({ assets: 200, assetsPerZone: 20 });
    const size = { width: 1200, height: 700 };
    const v = fittedViewport(doc, size)!;
    // 10 zones of 700 × 560 on a 4-column grid, 760 × 620 apart: 2980 × 1800 canvas units.
    expect(v.zoom).toBeCloseTo(Math.min(size.width / (2980 * 1.12), size.height / (1800 * 1.12)), 2);
    expect(v.x + (2980 / 2) * v.zoom).toBeCloseTo(size.width / 2, 0);
    expect(v.y + (1800 / 2) * v.zoom).toBeCloseTo(size.height / 2, 0);
  });

  it('never zooms in past the Fit view limit, and has nothing to fit in an empty project', () => {
    const tiny = generatePlant({ assets: 2, assetsPerZone: 20 });
    expect(fittedViewport(tiny, { width: 4000, height: 4000 })!.zoom).toBe(FIT_MAX_ZOOM);
    expect(fittedViewport(emptyDocument(), { width: 1200, height: 700 })).toBeUndefined();
    expect(fittedViewport(tiny, { width: 0, height: 0 })).toBeUndefined();
  });
});
