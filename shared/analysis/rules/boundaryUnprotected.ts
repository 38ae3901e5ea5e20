import { FR_KEYS, frLabel, type FrKey } from '../../model/securityLevels';
import type { Zone } from '../../model/document';
import type { Rule } from '../rule';
import { listText, quoted, zoneLabel } from './helpers';

/** The FRs on which the zones that have an SL-T do not all share one level. */
function differingFrs(zones: readonly Zone[]): FrKey[] {
  const out: FrKey[] = [];
  for (const fr of FR_KEYS) {
    let min = Infinity;
    let max = -Infinity;
    for (const z of zones) {
      if (!z.slT) continue;
      min = Math.min(min, z.slT[fr]);
      max = Math.max(max, z.slT[fr]);
    }
    if (max > min) out.push(fr);
  }
  return out;
}

export const boundaryUnprotected: Rule = {
  id: 'boundary-unprotected',
  severity: 'error',
  title: 'Zone boundary without boundary device',
  clause: 'IEC 62443-3-3 SR 5.2',
  rationale:
    'SR 5.2 asks that traffic be monitored and controlled where it crosses a zone boundary. Where the zones\' targets differ, or one side is untrusted, only a firewall, data diode or remote-access gateway keeps the weaker side from setting the protection of the stronger one.',
  remedy: 'Put a firewall (or a data diode or remote-access gateway) on the conduit: list it as a boundary device or route the conduit\'s links through it.',
  check(ctx, report) {
    for (const conduit of ctx.doc.conduits) {
      const zones = ctx.zonesOf(conduit);
      // A conduit with fewer than two zones crosses no boundary (conduit-dangling reports it).
      if (zones.length < 2) continue;
      if (ctx.boundaryDevicesOn(conduit).length > 0) continue;
      const frs = differingFrs(zones);
      if (frs.length === 0 && !zones.some((z) => z.kind === 'untrusted')) continue;
      const on = frs.length === FR_KEYS.length ? 'every FR' : listText(frs.map(frLabel));
      const differ = frs.length > 0 ? `, whose SL-T differ on ${on}` : '';
      report({
        subjects: [conduit.id, ...zones.map((z) => z.id)],
        message: `Conduit ${quoted(conduit.name)} joins ${listText(zones.map(zoneLabel))}${differ}, yet no boundary device is on it.`,
      });
    }
  },
};
