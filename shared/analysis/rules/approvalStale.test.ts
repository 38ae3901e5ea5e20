import { describe, expect, it } from 'vitest';
import type { AssetId, ZoneId } from '../../model/document';
import { moveElements, renameElement } from '../../model/edits';
import { completePlant } from '../../lifecycle/fixtures';
import { setAssetLifecycle } from '../../lifecycle/edits';
import { findingsOf, goodPlant } from './fixtures';

const approved = completePlant();

describe('approval-stale', () => {
  it('warns once the approved model is edited, naming who approved it and when', () => {
    const found = findingsOf(renameElement(approved, { id: 'z-ctl' as ZoneId, name: 'Cell one' }), 'approval-stale');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', subjects: [], clause: 'IEC 62443-3-2 ZCR 7.1' });
    expect(found[0]?.message).toBe('The approval by A. Owner (Plant manager) on 2025-01-15 no longer matches the model: it was edited since.');
  });

  it('stays quiet while the approval matches the model', () => {
    expect(findingsOf(approved, 'approval-stale')).toEqual([]);
  });

  it('stays quiet when only the layout or the maintenance records changed', () => {
    let doc = moveElements(approved, { moves: [{ id: 'a-plc1' as AssetId, position: { x: 1, y: 2 } }] });
    doc = setAssetLifecycle(doc, { assetId: 'a-plc1' as AssetId, patch: { patchStatus: 'pending' } });
    expect(findingsOf(doc, 'approval-stale')).toEqual([]);
  });

  it('stays quiet for a model that was never approved', () => {
    expect(findingsOf(goodPlant, 'approval-stale')).toEqual([]);
  });
});
