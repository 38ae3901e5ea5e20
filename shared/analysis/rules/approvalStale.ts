import { approvalStatus } from '../../lifecycle/approval';
import type { Rule } from '../rule';

export const approvalStale: Rule = {
  id: 'approval-stale',
  severity: 'warning',
  title: 'Approval no longer matches the model',
  clause: 'IEC 62443-3-2 ZCR 7.1',
  rationale:
    'ZCR 7.1 has the asset owner approve the results of the zone and conduit work; the approval covers the model as it was then (its content hash), so an edit since leaves the current design unapproved. Layout moves and maintenance records do not count as edits.',
  remedy: 'Review the changes since the approval (compare with the approved revision) and have the asset owner approve the model again.',
  check(ctx, report) {
    const approval = ctx.doc.approval;
    // The content hash is cached per element and per document, so this stays linear and cheap.
    if (!approval || approvalStatus(ctx.doc) !== 'stale') return;
    const role = approval.role ? ` (${approval.role})` : '';
    report({
      subjects: [],
      message: `The approval by ${approval.by}${role} on ${approval.date.slice(0, 10)} no longer matches the model: it was edited since.`,
    });
  },
};
