import type { Zone } from '../../model/document';
import type { Rule } from '../rule';
import { isBoundaryDevice, listText, quoted } from './helpers';

export const dualHomedAsset: Rule = {
  id: 'dual-homed-asset',
  severity: 'warning',
  title: 'Dual-homed asset bridges zones',
  clause: 'IEC 62443-3-3 SR 5.1',
  rationale:
    'An asset wired straight into two zones joins them past every boundary device, undoing the segmentation SR 5.1 asks for. Whoever takes over that asset, or misconfigures its routing, reaches both zones.',
  remedy: 'Give the asset one network connection in its own zone and let traffic to the other zone pass through a boundary device on a conduit.',
  check(ctx, report) {
    for (const asset of ctx.doc.assets) {
      if (isBoundaryDevice(asset) || asset.type === 'ids') continue;
      // Most assets reach one zone at most: only build the list once a second zone shows up.
      let first: Zone | undefined;
      let zones: Map<string, Zone> | undefined;
      for (const { other } of ctx.neighboursOf(asset.id)) {
        if (isBoundaryDevice(other)) continue;
        const zone = ctx.zoneOfAsset(other);
        if (!zone) continue;
        if (!first) first = zone;
        else if (zones) zones.set(zone.id, zone);
        else if (zone.id !== first.id) zones = new Map([[first.id, first], [zone.id, zone]]);
      }
      if (!zones) continue;
      const list = [...zones.values()];
      report({
        subjects: [asset.id, ...list.map((z) => z.id)],
        message: `Asset ${quoted(asset.name)} is linked directly to assets in ${list.length} zones: ${listText(list.map((z) => quoted(z.name)))}.`,
      });
    }
  },
};
