/** The toolbar's word on the asset owner's approval: "Approved", or "Approval stale" once the model changed; opens ZCR 7. */
import './assess.css';
import { approvalStatus } from '../../../../shared';
import { useEditor } from '../../store/editorStore';
import { openWorkflowStep } from './navigation';
import { APPROVAL_LABEL } from './workflowModel';

export function ApprovalBadge() {
  const status = useEditor((s) => approvalStatus(s.doc));
  if (status === 'none') return null;
  return (
    <button
      type="button"
      className={`approval-badge approval-badge--${status}`}
      title={status === 'stale' ? 'The model changed since it was approved: open the approval (ZCR 7)' : 'The model as approved by the asset owner: open the approval (ZCR 7)'}
      onClick={() => openWorkflowStep('ZCR 7')}
    >
      {APPROVAL_LABEL[status]}
    </button>
  );
}
