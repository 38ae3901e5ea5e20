import { FR_KEYS, frLabel, type SlVector } from '../../model/securityLevels';
import type { Rule } from '../rule';
import { systemAchievedLevel } from '../achieved';
import { quoted, zoneLabel } from './helpers';

function shortfall(slA: SlVector, slT: SlVector): string {
  return FR_KEYS.filter((fr) => slA[fr] < slT[fr])
    .map((fr) => `${frLabel(fr)} ${slA[fr]} < ${slT[fr]}`)
    .join(', ');
}

export const slaBelowSlt: Rule = {
  id: 'sla-below-slt',
  severity: 'warning',
  title: 'Achieved level below target',
  clause: 'IEC 62443-3-2 ZCR 5.11',
  rationale:
    'ZCR 5.11 compares residual risk with tolerable risk: once a project is in implementation, a zone or conduit whose achieved level SL-A falls short of its SL-T on an FR carries more risk than was deemed tolerable. SL-A per FR is the highest level all of whose 62443-3-3 requirements are met.',
  remedy: 'Implement the open requirements of the listed FRs, record a compensating countermeasure, or justify why a requirement does not apply.',
  check(ctx, report) {
    const phase = ctx.doc.meta.phase;
    if (phase !== 'implement' && phase !== 'maintain') return;
    for (const zone of ctx.doc.zones) {
      if (!zone.slT) continue;
      const gap = shortfall(systemAchievedLevel(zone.requirements), zone.slT);
      if (gap) report({ subjects: [zone.id], message: `SL-A of ${zoneLabel(zone)} is below its SL-T: ${gap}.` });
    }
    for (const conduit of ctx.doc.conduits) {
      const { slT } = ctx.conduitLevel(conduit);
      if (!slT) continue;
      const gap = shortfall(systemAchievedLevel(conduit.requirements), slT);
      if (gap) report({ subjects: [conduit.id], message: `SL-A of conduit ${quoted(conduit.name)} is below its SL-T: ${gap}.` });
    }
  },
};
