import type { Rule } from '../rule';
import { quoted, zoneLabel } from './helpers';

export const conduitDangling: Rule = {
  id: 'conduit-dangling',
  severity: 'error',
  title: 'Conduit joins fewer than two zones',
  clause: 'IEC 62443-3-2 ZCR 3.1',
  rationale:
    'Under ZCR 3.1 a conduit is the communication path between zones, so one that joins fewer than two distinct zones describes no boundary at all. Its flows and boundary devices cannot be checked against anything.',
  remedy: 'Connect the conduit to the zones it links, or delete it if it is left over.',
  check(ctx, report) {
    for (const conduit of ctx.doc.conduits) {
      const zones = ctx.zonesOf(conduit);
      const [only] = zones;
      if (zones.length >= 2) continue;
      report({
        subjects: [conduit.id, ...zones.map((z) => z.id)],
        message: only
          ? `Conduit ${quoted(conduit.name)} joins only ${zoneLabel(only)}.`
          : `Conduit ${quoted(conduit.name)} joins no zone.`,
      });
    }
  },
};
