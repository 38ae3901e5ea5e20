import type { Rule } from '../rule';
import { quoted } from './helpers';

export const conduitNoFlows: Rule = {
  id: 'conduit-no-flows',
  severity: 'warning',
  title: 'Conduit allows no explicit flow',
  clause: 'IEC 62443-3-3 SR 5.2',
  rationale:
    'Boundary protection under SR 5.2 (deny by default and allow by exception from SL 2, RE 1) needs the allowed traffic written down. A conduit with no flow either blocks everything or, more often, lets through whatever was never specified.',
  remedy: 'List every flow the conduit must carry (protocol, port, from and to asset), so the boundary device rules can be derived and reviewed.',
  check(ctx, report) {
    for (const conduit of ctx.doc.conduits) {
      if ((conduit.flows ?? []).length === 0) {
        report({ subjects: [conduit.id], message: `Conduit ${quoted(conduit.name)} explicitly allows no flow.` });
      }
    }
  },
};
