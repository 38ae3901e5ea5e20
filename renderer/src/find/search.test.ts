import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../../shared/testing/makeDocument';
import { countMatches, findElements } from './search';

const doc = makeDocument({
  zones: [
    { id: 'cell', name: 'Reactor cell 1', kind: 'control' },
    { id: 'ops', name: 'Site operations', kind: 'operations' },
  ],
  assets: [
    { id: 'plc', name: 'PLC-101', type: 'plc', zoneId: 'cell' },
    { id: 'hmi', name: 'HMI reactor', type: 'hmi', zoneId: 'cell' },
    { id: 'rx', name: 'Reactor', type: 'sensor' },
  ],
  conduits: [{ id: 'c1', name: 'Ops to reactor', zoneIds: ['ops', 'cell'] }],
});

describe('findElements', () => {
  it('finds zones, assets and conduits by part of their name, whole and leading matches first', () => {
    const hits = findElements(doc, 'reactor');
    expect(hits.map((h) => h.id)).toEqual(['rx', 'cell', 'hmi', 'c1']);
    expect(hits[0]).toMatchObject({ kind: 'asset', start: 0, length: 7, detail: 'Sensor · in no zone' });
    expect(hits.find((h) => h.id === 'hmi')).toMatchObject({ start: 4, detail: 'HMI · in Reactor cell 1' });
    expect(hits.find((h) => h.id === 'c1')?.detail).toBe('Conduit · Site operations ↔ Reactor cell 1');
  });

  it('ignores case and surrounding spaces; nothing for an empty query', () => {
    expect(findElements(doc, '  plc-1 ').map((h) => h.name)).toEqual(['PLC-101']);
    expect(findElements(doc, '   ')).toEqual([]);
    expect(findElements(doc, 'xyz')).toEqual([]);
  });

  it('lists at most the limit, and counts them all', () => {
    expect(findElements(doc, 'r', 2)).toHaveLength(2);
    expect(countMatches(doc, 'r')).toBe(5);
  });
});
