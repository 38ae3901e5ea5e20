import type { ZoneKind } from '../../model/kinds';
import type { Rule } from '../rule';
import { listText, quoted, withinKind, zoneLabel } from './helpers';

/** Zone kinds a safety zone may exchange data with, besides other safety zones. */
const SAFETY_PEERS: ReadonlySet<ZoneKind> = new Set<ZoneKind>(['control', 'supervisory']);

export const safetyNotIsolated: Rule = {
  id: 'safety-not-isolated',
  severity: 'error',
  title: 'Safety system not isolated',
  clause: 'IEC 62443-3-2 ZCR 3.3',
  rationale:
    'ZCR 3.3 keeps safety-related assets in zones of their own, because a safety instrumented system must keep working whatever happens to the basic control system. A safety controller among other assets, or a safety zone reachable from above the supervisory level, shares their exposure.',
  remedy: 'Place safety controllers in a safety zone, and connect that zone only to the control or supervisory zone it serves, through a boundary device.',
  check(ctx, report) {
    const inSafety = withinKind(ctx, 'safety');
    for (const asset of ctx.doc.assets) {
      if (asset.type !== 'safety-controller') continue;
      const zone = ctx.zoneOfAsset(asset);
      if (zone && inSafety(zone)) continue;
      report({
        subjects: zone ? [asset.id, zone.id] : [asset.id],
        message: zone
          ? `Safety controller ${quoted(asset.name)} sits in ${zoneLabel(zone)}, outside every safety zone.`
          : `Safety controller ${quoted(asset.name)} is in no zone, so outside every safety zone.`,
        remedy: `Move safety controller ${quoted(asset.name)} into a safety zone (a sub-zone of its current zone will do).`,
      });
    }
    for (const conduit of ctx.doc.conduits) {
      const zones = ctx.zonesOf(conduit);
      // A zone nested in a safety zone is part of the safety system, on either side of the conduit.
      if (!zones.some(inSafety)) continue;
      const safety = zones.filter(inSafety);
      const others = zones.filter((z) => !inSafety(z) && !SAFETY_PEERS.has(z.kind));
      if (others.length === 0) continue;
      report({
        subjects: [conduit.id, ...safety.map((z) => z.id), ...others.map((z) => z.id)],
        message: `Conduit ${quoted(conduit.name)} joins ${listText(safety.map(zoneLabel))} with ${listText(others.map(zoneLabel))}.`,
        remedy: `Connect ${listText(safety.map((z) => quoted(z.name)))} only to the control or supervisory zone it serves, and let other zones reach it through that zone.`,
      });
    }
  },
};
