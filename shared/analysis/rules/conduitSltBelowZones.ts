import { frsBelow, maxSl } from '../../model/securityLevels';
import type { Rule } from '../rule';
import { quoted, shortfallText } from './helpers';

export const conduitSltBelowZones: Rule = {
  id: 'conduit-slt-below-zones',
  severity: 'warning',
  title: 'Conduit target below its zones',
  clause: 'IEC 62443-3-2 ZCR 5.6',
  rationale:
    'ZCR 5.6 sets a target level for conduits as well as zones, and a conduit carries traffic right into the most demanding zone it joins. A conduit targeted lower on some FR becomes the easier way into that zone.',
  remedy: 'Raise the conduit\'s SL-T to at least the highest of its zones on the listed FRs, or clear it so that it inherits them.',
  check(ctx, report) {
    for (const conduit of ctx.doc.conduits) {
      // A conduit without its own SL-T inherits the highest of its zones, which cannot fall short.
      if (!conduit.slT) continue;
      const own = conduit.slT;
      const highest = maxSl(ctx.zonesOf(conduit).flatMap((z) => (z.slT ? [z.slT] : [])));
      if (!highest || frsBelow(own, highest).length === 0) continue;
      // The zones the conduit falls short of, in the order the conduit names them.
      const above = ctx.zonesOf(conduit).filter((z) => z.slT && frsBelow(own, z.slT).length > 0);
      report({
        subjects: [conduit.id, ...above.map((z) => z.id)],
        message: `Conduit ${quoted(conduit.name)} has SL-T below the highest of its zones: ${shortfallText(own, highest)}.`,
      });
    }
  },
};
