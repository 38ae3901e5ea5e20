import type { Rule } from '../rule';
import { capitalized, zoneLabel } from './helpers';

export const zoneSltMissing: Rule = {
  id: 'zone-slt-missing',
  severity: 'error',
  title: 'Zone without target security level',
  clause: 'IEC 62443-3-2 ZCR 5.6',
  rationale:
    'ZCR 5.6 has a target security level set for every zone from its risk assessment; without one, neither the system requirements of the zone nor the capability its components need can be derived. Untrusted zones are outside the owner\'s control and need none.',
  remedy: 'Set the zone\'s SL-T per FR from the detailed risk assessment (or a uniform level as a first estimate).',
  check(ctx, report) {
    for (const zone of ctx.doc.zones) {
      if (zone.kind !== 'untrusted' && !zone.slT) {
        report({ subjects: [zone.id], message: `${capitalized(zoneLabel(zone))} has no target security level (SL-T).` });
      }
    }
  },
};
