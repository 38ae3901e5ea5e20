import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { RULES } from './index';
import { goodPlant } from './fixtures';

describe('a well-designed Purdue-style plant', () => {
  it('raises no finding at all', () => {
    expect(analyze(goodPlant).findings).toEqual([]);
  });

  it('is checked by every rule, each with its own id and clause', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.clause).toMatch(/^IEC 62443-\d-\d (SR|ZCR) \d+(\.\d+)?$/);
      expect(rule.title.length).toBeLessThanOrEqual(60);
      expect(rule.rationale.split(/(?<=\.)\s/).length).toBeLessThanOrEqual(2);
      expect(rule.rationale).toContain(rule.clause.split(' ').slice(-2).join(' '));
    }
  });
});
