import type { Rule } from '../rule';
import { listText, quoted, zoneLabel } from './helpers';

export const controlToControl: Rule = {
  id: 'control-to-control',
  severity: 'warning',
  title: 'Control zones joined directly',
  clause: 'IEC 62443-3-3 SR 5.1',
  rationale:
    'Separate control zones under SR 5.1 are meant to keep a problem in one cell or unit from spreading to the next. A conduit straight between two control zones opens exactly that lateral path.',
  remedy: 'Exchange data between the cells through the supervisory level, or keep the conduit but restrict it to the few flows that must pass and justify them.',
  check(ctx, report) {
    for (const conduit of ctx.doc.conduits) {
      const zones = ctx.zonesOf(conduit);
      // Few conduits join two control zones: count before collecting them.
      let count = 0;
      for (const z of zones) if (z.kind === 'control') count++;
      if (count < 2) continue;
      const control = zones.filter((z) => z.kind === 'control');
      report({
        subjects: [conduit.id, ...control.map((z) => z.id)],
        message: `Conduit ${quoted(conduit.name)} joins ${listText(control.map(zoneLabel))} directly.`,
      });
    }
  },
};
