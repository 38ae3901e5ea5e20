import type { ZoneKind } from '../../model/kinds';
import type { Rule } from '../rule';
import { quoted, zoneLabel } from './helpers';

/** Zone kinds where wireless must not mix with the wired assets. */
const CRITICAL_KINDS: ReadonlySet<ZoneKind> = new Set<ZoneKind>(['control', 'safety', 'field']);

export const wirelessInSafetyOrControl: Rule = {
  id: 'wireless-in-safety-or-control',
  severity: 'warning',
  title: 'Wireless inside a control, safety or field zone',
  clause: 'IEC 62443-3-2 ZCR 3.5',
  rationale:
    'ZCR 3.5 puts wireless devices in zones of their own, because radio reaches beyond the physical perimeter and needs the access management of SR 1.6. An access point or radio link inside a control, safety or field zone lets anyone in range reach its controllers without crossing a conduit.',
  remedy: 'Move the access point or wireless devices into a wireless zone of their own and join it to the zone through a conduit with a boundary device.',
  check(ctx, report) {
    const { assets, links, zones } = ctx.doc;
    for (const asset of assets) {
      if (asset.type !== 'wireless-ap') continue;
      const zone = ctx.zoneOfAsset(asset);
      if (!zone || !CRITICAL_KINDS.has(zone.kind)) continue;
      report({
        subjects: [asset.id, zone.id],
        message: `Wireless access point ${quoted(asset.name)} sits directly in ${zoneLabel(zone)}, not in a wireless zone of its own.`,
      });
    }
    for (let l = 0; l < links.length; l++) {
      const link = links[l]!;
      if (link.medium !== 'wireless') continue;
      const s = ctx.linkSource[l]!;
      const t = ctx.linkTarget[l]!;
      if (s < 0 || t < 0) continue;
      const source = assets[s]!;
      const target = assets[t]!;
      // Links of an access point are covered by the access point's own finding.
      if (source.type === 'wireless-ap' || target.type === 'wireless-ap') continue;
      // A wireless link between zones is a conduit matter (link-bypasses-conduit when it has none).
      const z = ctx.assetZone[s]!;
      if (z < 0 || ctx.assetZone[t] !== z || !CRITICAL_KINDS.has(zones[z]!.kind)) continue;
      const zone = zones[z]!;
      report({
        subjects: [link.id, source.id, target.id, zone.id],
        message: `Wireless link ${quoted(source.name)} – ${quoted(target.name)} runs inside ${zoneLabel(zone)} without a zone or conduit of its own.`,
      });
    }
  },
};
