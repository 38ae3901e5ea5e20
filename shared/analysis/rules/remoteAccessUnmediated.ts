import type { Zone } from '../../model/document';
import { IACS_ZONE_KINDS } from '../../model/kinds';
import type { Rule } from '../rule';
import { listText, quoted, zoneLabel, zonesHolding } from './helpers';

function isRemote(zone: Zone): boolean {
  return zone.kind === 'untrusted' || zone.kind === 'remote-access';
}

export const remoteAccessUnmediated: Rule = {
  id: 'remote-access-unmediated',
  severity: 'error',
  title: 'Remote access not mediated',
  clause: 'IEC 62443-3-3 SR 1.13',
  rationale:
    'SR 1.13 requires access over untrusted networks to be monitored and controlled, which in practice means ending it on a jump host or remote-access gateway in the DMZ. A remote user who lands directly in the IACS, or in a DMZ with nothing to mediate the session, is controlled by no one.',
  remedy: 'Join the untrusted or remote-access zone only to a DMZ that holds a remote-access gateway or jump host, and reach the IACS from there.',
  check(ctx, report) {
    const mediatingDmz = zonesHolding(ctx, (a) => a.type === 'jump-host' || a.type === 'remote-access-gateway');
    for (const conduit of ctx.doc.conduits) {
      const zones = ctx.zonesOf(conduit);
      if (!zones.some(isRemote)) continue;
      const remote = zones.filter(isRemote);
      const iacs = zones.filter((z) => IACS_ZONE_KINDS.has(z.kind));
      const bareDmz = zones.filter((z) => z.kind === 'dmz' && !mediatingDmz.has(z.id));
      if (iacs.length === 0 && bareDmz.length === 0) continue;
      const targets: string[] = [];
      if (iacs.length > 0) targets.push(`${listText(iacs.map(zoneLabel))} directly`);
      if (bareDmz.length > 0) {
        targets.push(`${listText(bareDmz.map(zoneLabel))}, which holds no jump host or remote-access gateway`);
      }
      report({
        subjects: [conduit.id, ...remote.map((z) => z.id), ...iacs.map((z) => z.id), ...bareDmz.map((z) => z.id)],
        message: `Conduit ${quoted(conduit.name)} joins ${listText(remote.map(zoneLabel))} with ${targets.join(', and with ')}.`,
      });
    }
  },
};
