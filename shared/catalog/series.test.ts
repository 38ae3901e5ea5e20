import { describe, expect, it } from 'vitest';
import { SERIES_GROUPS, SERIES_PARTS, seriesDesignation, seriesPartById } from './series';

describe('the IEC 62443 series', () => {
  it('lists each part once, with a well-formed number', () => {
    const ids = SERIES_PARTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^62443-\d-\d+$/);
  });

  it('has parts in every group: general, policies, system, component, profiles, evaluation', () => {
    for (const group of SERIES_GROUPS) expect(SERIES_PARTS.some((p) => p.group === group), group).toBe(true);
  });

  it('gives a year to published parts only', () => {
    for (const p of SERIES_PARTS) {
      if (p.status === 'published') expect(p.year, p.id).toBeGreaterThanOrEqual(2009);
      else expect(p.year, p.id).toBeUndefined();
    }
  });

  it('knows the parts the analysis cites, in their editions', () => {
    expect(seriesDesignation(seriesPartById('62443-3-3')!)).toBe('IEC 62443-3-3:2013');
    expect(seriesDesignation(seriesPartById('62443-3-2')!)).toBe('IEC 62443-3-2:2020');
    expect(seriesDesignation(seriesPartById('62443-4-2')!)).toBe('IEC 62443-4-2:2019');
    expect(seriesDesignation(seriesPartById('62443-1-1')!)).toBe('IEC TS 62443-1-1:2009');
    expect(seriesDesignation(seriesPartById('62443-2-3')!)).toBe('IEC TR 62443-2-3:2015');
  });

  it('has a title and a summary of our own for each part', () => {
    for (const p of SERIES_PARTS) {
      expect(p.title.length, p.id).toBeGreaterThan(5);
      expect(p.summary.length, p.id).toBeGreaterThan(20);
    }
  });
});
