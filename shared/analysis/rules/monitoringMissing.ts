import type { Rule } from '../rule';
import { capitalized, zoneLabel } from './helpers';

export const monitoringMissing: Rule = {
  id: 'monitoring-missing',
  severity: 'warning',
  title: 'No network monitoring for the zone',
  clause: 'IEC 62443-3-3 SR 6.2',
  rationale:
    'From TRE level 2, SR 6.2 asks for continuous monitoring of the zone, so that attacks and misuse are noticed while they happen. With no intrusion detection sensor in the zone or on its conduits, nothing in the model provides it.',
  remedy: 'Add an IDS or network monitoring sensor to the zone, or attach one (for example by a SPAN link) to a conduit of the zone.',
  check(ctx, report) {
    // One pass over the assets and one over the links find the few IDS sensors, so that each
    // zone's test below is a lookup. An IDS is on a conduit when listed on it or linked over it.
    const { assets, conduits, links } = ctx.doc;
    const isIdsAt = (assetIndex: number) => assetIndex >= 0 && assets[assetIndex]!.type === 'ids';
    const zonesWithIds = new Set<string>();
    for (const asset of assets) if (asset.type === 'ids' && asset.zoneId !== undefined) zonesWithIds.add(asset.zoneId);
    const monitored = new Set<string>();
    for (let l = 0; l < links.length; l++) {
      const conduitId = links[l]!.conduitId;
      if (conduitId !== undefined && (isIdsAt(ctx.linkSource[l]!) || isIdsAt(ctx.linkTarget[l]!))) monitored.add(conduitId);
    }
    for (const conduit of conduits) {
      if (conduit.boundaryDevices?.some((id) => ctx.assetById.get(id)?.type === 'ids')) monitored.add(conduit.id);
    }
    for (const zone of ctx.doc.zones) {
      if (!zone.slT || zone.slT.TRE < 2) continue;
      if (zonesWithIds.has(zone.id)) continue;
      if (ctx.conduitsOf(zone.id).some((c) => monitored.has(c.id))) continue;
      report({
        subjects: [zone.id],
        message: `${capitalized(zoneLabel(zone))} has SL-T TRE ${zone.slT.TRE} but no IDS in it or on any of its conduits.`,
      });
    }
  },
};
