import type { Rule } from '../rule';
import { quoted, shortfallText, zoneLabel } from './helpers';

export const slcBelowSlt: Rule = {
  id: 'slc-below-slt',
  severity: 'warning',
  title: 'Component capability below zone target',
  clause: 'IEC 62443-3-2 ZCR 5.12',
  rationale:
    'A component whose SL-C (its 62443-4-2 capability) is below its zone\'s SL-T on some FR cannot meet the zone\'s target on its own. ZCR 5.12 then calls for additional countermeasures, which must be named and assessed.',
  remedy: 'Replace or upgrade the component, or document compensating countermeasures for the listed FRs (and re-check the zone\'s SL-T).',
  check(ctx, report) {
    for (const asset of ctx.doc.assets) {
      const slC = asset.slC;
      const zone = ctx.zoneOfAsset(asset);
      const slT = zone?.slT;
      if (!slC || !zone || !slT) continue;
      const shortfall = shortfallText(slC, slT);
      if (shortfall === '') continue;
      report({
        subjects: [asset.id, zone.id],
        message: `Asset ${quoted(asset.name)} has SL-C below the SL-T of ${zoneLabel(zone)}: ${shortfall}.`,
      });
    }
  },
};
