import type { Rule } from '../rule';
import { slCode } from '../../model/securityLevels';
import { shortfallText, zoneLabel } from './helpers';

export const slcBelowSlt: Rule = {
  id: 'slc-below-slt',
  severity: 'warning',
  title: 'Component capability below zone target',
  clause: 'IEC 62443-3-2 ZCR 5.12',
  rationale:
    'A component whose SL-C (its 62443-4-2 capability) is below its zone\'s SL-T on some FR cannot meet the zone\'s target on its own. ZCR 5.12 then calls for additional countermeasures, which must be named and assessed.',
  remedy: 'Replace or upgrade the component, or document compensating countermeasures for the listed FRs (and re-check the zone\'s SL-T).',
  check(ctx, report) {
    const { assets, zones } = ctx.doc;
    // Thousands of assets share a few (zone, SL-C) pairs: word each pair once, so that every
    // message is the asset's name joined to a shared tail (less to build and to keep).
    const tails = new Array<Map<number, string> | undefined>(zones.length);
    const labels = new Array<string | undefined>(zones.length);
    for (let i = 0; i < assets.length; i++) {
      const asset = assets[i]!;
      const slC = asset.slC;
      const zone = ctx.zoneAt(i);
      const slT = zone?.slT;
      if (!slC || !zone || !slT) continue;
      const z = ctx.assetZone[i]!;
      const byLevel = (tails[z] ??= new Map());
      let tail = byLevel.get(slCode(slC));
      if (tail === undefined) {
        const shortfall = shortfallText(slC, slT);
        tail = shortfall && `" has SL-C below the SL-T of ${(labels[z] ??= zoneLabel(zone))}: ${shortfall}.`;
        byLevel.set(slCode(slC), tail);
      }
      if (tail === '') continue;
      // The tail opens with the name's closing quote: two joins per message, not four.
      report({ subjects: [asset.id, zone.id], message: 'Asset "' + asset.name + tail });
    }
  },
};
