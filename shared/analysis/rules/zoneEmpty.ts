import type { Rule } from '../rule';
import { capitalized, zonesHolding, zoneLabel } from './helpers';

export const zoneEmpty: Rule = {
  id: 'zone-empty',
  severity: 'info',
  title: 'Zone holds no asset',
  clause: 'IEC 62443-3-2 ZCR 3.1',
  rationale:
    'ZCR 3.1 groups assets into zones; a zone with no asset, directly or in its sub-zones, is usually a placeholder or a leftover. It still shows up in requirements and reports as if it protected something.',
  remedy: 'Move the assets that belong to the zone into it, or delete the zone.',
  check(ctx, report) {
    const holding = zonesHolding(ctx, () => true);
    for (const zone of ctx.doc.zones) {
      if (!holding.has(zone.id)) report({ subjects: [zone.id], message: `${capitalized(zoneLabel(zone))} holds no asset.` });
    }
  },
};
