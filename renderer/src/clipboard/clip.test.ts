import { describe, expect, it } from 'vitest';
import { copyElements } from '../../../shared';
import { makeDocument } from '../../../shared/testing/makeDocument';
import { CLIP_TYPE, parseClip, serializeClip, type ClipPayload } from './clip';

const doc = makeDocument({
  zones: [{ id: 'z', name: 'Cell', kind: 'control', position: { x: 0, y: 0 }, size: { width: 400, height: 300 } }],
  assets: [
    { id: 'a', name: 'PLC', type: 'plc', zoneId: 'z', position: { x: 20, y: 60 } },
    { id: 'b', name: 'HMI', type: 'hmi', zoneId: 'z', position: { x: 200, y: 60 } },
  ],
  links: [{ id: 'l', source: 'a', target: 'b' }],
});

const payload = (): ClipPayload => ({ type: CLIP_TYPE, version: 1, copiedAt: 1234, source: 'tab-1', elements: copyElements(doc, { ids: ['z'] }) });

describe('clipboard payload', () => {
  it('round-trips through text', () => {
    expect(parseClip(serializeClip(payload()))).toEqual(payload());
  });

  it('ignores text that is not a Zonewright payload', () => {
    expect(parseClip('hello')).toBeUndefined();
    expect(parseClip('')).toBeUndefined();
    expect(parseClip(null)).toBeUndefined();
    expect(parseClip(`{"type":"${CLIP_TYPE}", "version": 1`)).toBeUndefined();
    expect(parseClip(JSON.stringify({ ...payload(), type: 'application/json' }))).toBeUndefined();
    expect(parseClip(JSON.stringify({ ...payload(), version: 2 }))).toBeUndefined();
  });

  it('refuses elements that would not make a valid project (the clipboard is untrusted)', () => {
    const bad = payload();
    const tampered = { ...bad, elements: { ...bad.elements, assets: [{ ...bad.elements.assets[0], type: 'toaster' }] } };
    expect(parseClip(JSON.stringify(tampered))).toBeUndefined();
    const dangling = { ...bad, elements: { ...bad.elements, links: [{ id: 'x', source: 'a', target: 'nowhere' }] } };
    expect(parseClip(JSON.stringify(dangling))).toBeUndefined();
  });
});
