import type { Conduit, Zone } from '../../model/document';
import { IACS_ZONE_KINDS } from '../../model/kinds';
import type { AnalysisContext } from '../context';
import type { Rule } from '../rule';
import { listText, quoted, zoneLabel } from './helpers';

/**
 * The zones that make a conduit bypass the DMZ: its untrusted or enterprise zones and its IACS
 * zones (operations down to field), or undefined when it joins no such pair.
 */
export function dmzBypass(ctx: AnalysisContext, conduit: Conduit): { outside: Zone[]; inside: Zone[] } | undefined {
  const zones = ctx.zonesOf(conduit);
  // Most conduits join no zone outside the IACS: test before collecting.
  if (!zones.some(isOutside) || !zones.some(isIacs)) return undefined;
  return { outside: zones.filter(isOutside), inside: zones.filter(isIacs) };
}

function isOutside(zone: Zone): boolean {
  return zone.kind === 'untrusted' || zone.kind === 'enterprise';
}

function isIacs(zone: Zone): boolean {
  return IACS_ZONE_KINDS.has(zone.kind);
}

export const dmzBypassed: Rule = {
  id: 'dmz-bypassed',
  severity: 'error',
  title: 'Conduit bypasses the DMZ',
  clause: 'IEC 62443-3-2 ZCR 3.2',
  rationale:
    'ZCR 3.2 separates business and external networks from the IACS, and common practice puts a DMZ between them so that no connection runs end to end. A conduit straight from an enterprise or untrusted zone into the IACS lets a compromise of the outer network reach control assets in one step.',
  remedy: 'Terminate the connection in the DMZ (replicated historian, jump host, remote-access gateway) and join the IACS zone to the DMZ only.',
  check(ctx, report) {
    for (const conduit of ctx.doc.conduits) {
      const bypass = dmzBypass(ctx, conduit);
      if (!bypass) continue;
      report({
        subjects: [conduit.id, ...bypass.outside.map((z) => z.id), ...bypass.inside.map((z) => z.id)],
        message: `Conduit ${quoted(conduit.name)} joins ${listText(bypass.outside.map(zoneLabel))} with ${listText(bypass.inside.map(zoneLabel))} directly.`,
      });
    }
  },
};
