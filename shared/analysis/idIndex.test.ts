import { describe, expect, it } from 'vitest';
import { IdIndex } from './idIndex';

describe('IdIndex', () => {
  it('finds the position of every id, and -1 for ids it does not hold', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => (i % 2 ? `asset-${i}` : `${crypto.randomUUID()}`));
    const index = new IdIndex(ids);
    ids.forEach((id, i) => expect(index.indexOf(id)).toBe(i));
    expect(index.indexOf('asset-0')).toBe(-1);
    expect(index.indexOf('')).toBe(-1);
    expect(index.indexOf('asset-4999 ')).toBe(-1);
  });

  it('tells apart ids that differ only in non-ASCII characters or case', () => {
    const ids = ['Pumpe-Ü1', 'Pumpe-ü1', 'PUMPE-Ü1', 'ポンプ1', 'ポンプ2'];
    const index = new IdIndex(ids);
    ids.forEach((id, i) => expect(index.indexOf(id)).toBe(i));
    expect(index.indexOf('Pumpe-U1')).toBe(-1);
  });

  it('keeps the first position of a repeated id, and handles an empty list', () => {
    expect(new IdIndex(['a', 'b', 'a']).indexOf('a')).toBe(0);
    expect(new IdIndex([]).indexOf('a')).toBe(-1);
  });
});
