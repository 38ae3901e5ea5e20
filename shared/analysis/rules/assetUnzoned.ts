import type { Rule } from '../rule';

export const assetUnzoned: Rule = {
  id: 'asset-unzoned',
  severity: 'error',
  title: 'Asset outside every zone',
  clause: 'IEC 62443-3-2 ZCR 3.1',
  rationale:
    'ZCR 3.1 asks that every asset of the system under consideration be placed in a zone; an asset in no zone has no target level, so nothing says how it must be protected.',
  remedy: 'Drag the asset into the zone it belongs to, or create a zone for it.',
  check(ctx, report) {
    for (const asset of ctx.doc.assets) {
      if (asset.zoneId === undefined) report({ subjects: [asset.id], message: `Asset "${asset.name}" is in no zone.` });
    }
  },
};
