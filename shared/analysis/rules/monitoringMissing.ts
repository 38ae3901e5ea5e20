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
    // One pass over the conduits, so that each zone's test below is a lookup.
    const monitored = new Set<string>();
    for (const conduit of ctx.doc.conduits) {
      if (ctx.assetsOn(conduit).some((a) => a.type === 'ids')) monitored.add(conduit.id);
    }
    for (const zone of ctx.doc.zones) {
      if (!zone.slT || zone.slT.TRE < 2) continue;
      if (ctx.assetsIn(zone.id).some((a) => a.type === 'ids')) continue;
      if (ctx.conduitsOf(zone.id).some((c) => monitored.has(c.id))) continue;
      report({
        subjects: [zone.id],
        message: `${capitalized(zoneLabel(zone))} has SL-T TRE ${zone.slT.TRE} but no IDS in it or on any of its conduits.`,
      });
    }
  },
};
