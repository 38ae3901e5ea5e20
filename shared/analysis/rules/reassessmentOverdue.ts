import { dateOnly, isOverdue } from '../../lifecycle/dates';
import type { Rule } from '../rule';
import { capitalized, zoneLabel } from './helpers';

export const reassessmentOverdue: Rule = {
  id: 'reassessment-overdue',
  severity: 'warning',
  title: 'Risk reassessment overdue',
  clause: 'IEC 62443-3-2 ZCR 5.1',
  rationale:
    'The detailed risk assessment rests on the threats and vulnerabilities known when it was made (ZCR 5.1, 5.2); new ones appear all the time, so the asset owner reassesses on a schedule, and a date that has passed means the SL-Ts may no longer fit the risk. The rule needs today\'s date (analyze with { today }) and is quiet without it.',
  remedy: 'Review the risk register and the SL-Ts against current threats, then record the review and the next reassessment date.',
  check(ctx, report) {
    const today = ctx.today;
    if (!today) return;
    const due = ctx.doc.maintenance?.nextReassessment;
    if (due && isOverdue(due, today)) {
      report({ subjects: [], message: `The project's risk reassessment was due on ${dateOnly(due)}.` });
    }
    for (const zone of ctx.doc.zones) {
      if (zone.nextReassessment && isOverdue(zone.nextReassessment, today)) {
        report({
          subjects: [zone.id],
          message: `${capitalized(zoneLabel(zone))} was due for risk reassessment on ${dateOnly(zone.nextReassessment)}.`,
          remedy: `Reassess the risks of ${zoneLabel(zone)}, then set its last review and next reassessment dates.`,
        });
      }
    }
  },
};
