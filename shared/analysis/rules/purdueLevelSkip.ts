import type { Zone } from '../../model/document';
import type { Rule } from '../rule';
import { dmzBypass } from './dmzBypassed';
import { quoted, zoneLabel } from './helpers';

export const purdueLevelSkip: Rule = {
  id: 'purdue-level-skip',
  severity: 'warning',
  title: 'Conduit skips a Purdue level',
  clause: 'IEC 62443-3-3 SR 5.1',
  rationale:
    'Segmentation under SR 5.1 works in layers: each level of the reference model mediates the traffic between the levels around it. A conduit that spans more than one level skips that mediation, for example a site server talking straight to controllers.',
  remedy: 'Route the traffic through the zone of the level in between (for example via a supervisory server), or correct the zone kinds or Purdue levels if they are wrong.',
  check(ctx, report) {
    for (const conduit of ctx.doc.conduits) {
      let low: Zone | undefined;
      let high: Zone | undefined;
      let lowLevel = Infinity;
      let highLevel = -Infinity;
      for (const zone of ctx.zonesOf(conduit)) {
        const level = ctx.purdueLevelOf(zone);
        if (level === undefined) continue;
        if (level < lowLevel) {
          low = zone;
          lowLevel = level;
        }
        if (level > highLevel) {
          high = zone;
          highLevel = level;
        }
      }
      if (!low || !high || highLevel - lowLevel <= 1) continue;
      // A DMZ bypass is the graver finding for the same conduit; do not report it twice.
      if (dmzBypass(ctx, conduit)) continue;
      report({
        subjects: [conduit.id, high.id, low.id],
        message: `Conduit ${quoted(conduit.name)} joins ${zoneLabel(high)} (level ${highLevel}) with ${zoneLabel(low)} (level ${lowLevel}), skipping a Purdue level.`,
      });
    }
  },
};
