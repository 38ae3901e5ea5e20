/**
 * The asset owner's approval (ZCR 7.1): who approved, when, and the content hash of what they
 * approved. Once the model changes, the hash no longer matches and the approval shows as stale,
 * with what that means and how to renew it.
 */
import { useId, useState } from 'react';
import { approvalStatus, approve, contentHash, revokeApproval, type Approval, type ZonewrightDocument } from '../../../../shared';
import { todayIso } from '../../analysis/today';
import { CheckCircleIcon, WarningIcon } from '../../icons/uiIcons';
import { editorStore } from '../../store/editorStore';
import { shortHash } from './workflowModel';
import { FormField } from '../../components/fields';

interface Draft {
  readonly by: string;
  readonly role: string;
  readonly date: string;
  readonly note: string;
  readonly problem?: string;
}

function draftFrom(approval: Approval | undefined): Draft {
  return { by: approval?.by ?? '', role: approval?.role ?? '', date: todayIso(), note: '' };
}

function ApprovalForm({ initial, openSteps, onDone, onCancel }: { readonly initial: Draft; readonly openSteps: number; readonly onDone: () => void; readonly onCancel?: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const submit = () => {
    if (!draft.by.trim()) return setDraft({ ...draft, problem: 'Enter who approves: the asset owner or their representative.' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) return setDraft({ ...draft, problem: 'Enter the date of the approval.' });
    const ok = editorStore.getState().edit((d) => approve(d, { by: draft.by, role: draft.role, date: draft.date, note: draft.note }));
    if (!ok) return setDraft({ ...draft, problem: 'The approval could not be recorded: check the name (at most 200 characters) and the note.' });
    editorStore.getState().notify('Approval recorded with the content hash of the model.', 'success');
    onDone();
  };
  return (
    <form
      className="wf-approval-form"
      aria-label="Approve"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="wf-approval-grid">
        <FormField htmlFor={`${id}-by`} label="Approved by" problem={draft.problem && !draft.by.trim()}>
          <input id={`${id}-by`} type="text" value={draft.by} onChange={(e) => setDraft({ ...draft, by: e.target.value, problem: undefined })} />
        </FormField>
        <FormField htmlFor={`${id}-role`} label="Role">
          <input id={`${id}-role`} type="text" value={draft.role} placeholder="e.g. Asset owner, plant manager" onChange={(e) => setDraft({ ...draft, role: e.target.value })} />
        </FormField>
        <FormField htmlFor={`${id}-date`} label="Date">
          <input id={`${id}-date`} type="date" value={draft.date} onChange={(e) => setDraft({ ...draft, date: e.target.value, problem: undefined })} />
        </FormField>
      </div>
      <FormField htmlFor={`${id}-note`} label="Note">
        <textarea id={`${id}-note`} rows={2} value={draft.note} placeholder="Conditions, or what the approval covers" onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
      </FormField>
      {openSteps > 0 && (
        <p className="wf-note">
          <WarningIcon size={14} /> {openSteps} of the 7 steps {openSteps === 1 ? 'is' : 'are'} not complete. An approval records that the asset owner accepts the model as it is now.
        </p>
      )}
      {draft.problem && (
        <p className="field-problem" role="alert">
          {draft.problem}
        </p>
      )}
      <div className="wf-actions">
        <button type="submit" className="btn btn-primary">
          Approve
        </button>
        {onCancel && (
          <button type="button" className="btn btn-ghost" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

export function ApprovalPanel({ doc, openSteps }: { readonly doc: ZonewrightDocument; readonly openSteps: number }) {
  const [renewing, setRenewing] = useState(false);
  const approval = doc.approval;
  const status = approvalStatus(doc);
  if (!approval) {
    return (
      <div className="wf-approval">
        <ApprovalForm key="new" initial={draftFrom(undefined)} openSteps={openSteps} onDone={() => setRenewing(false)} />
      </div>
    );
  }
  const stale = status === 'stale';
  const revoke = () => {
    if (editorStore.getState().edit(revokeApproval)) editorStore.getState().notify('Approval revoked. Undo brings it back.', 'info');
  };
  return (
    <div className="wf-approval">
      <div className={`wf-approval-record${stale ? ' is-stale' : ' is-valid'}`} role="group" aria-label="Approval">
        <div className="wf-approval-status">
          {stale ? <WarningIcon size={18} /> : <CheckCircleIcon size={18} />}
          <strong>{stale ? 'Stale' : 'Valid'}</strong>
          <span className="wf-approval-who">
            Approved by {approval.by}
            {approval.role ? ` (${approval.role})` : ''} on {approval.date.slice(0, 10)}
            {approval.revision ? `, revision ${approval.revision}` : ''}
          </span>
        </div>
        <dl className="wf-approval-facts">
          <dt>Approved content</dt>
          <dd>
            <code title={approval.contentHash}>{shortHash(approval.contentHash)}</code>
          </dd>
          {stale && (
            <>
              <dt>Model now</dt>
              <dd>
                <code title={contentHash(doc)}>{shortHash(contentHash(doc))}</code>
              </dd>
            </>
          )}
          {approval.note && (
            <>
              <dt>Note</dt>
              <dd>{approval.note}</dd>
            </>
          )}
        </dl>
        {stale ? (
          <p className="wf-approval-explain">
            The model changed after the approval, so the approval no longer covers what the project holds now. Any change of content (zones, assets, conduits, SL-T, requirement status, risk
            registers, the project description) makes it stale; moving elements on the diagram and the maintenance records do not. Have the asset owner review the changes and approve again.
          </p>
        ) : (
          <p className="wf-approval-explain">The model has not changed since it was approved. Any change to its content will make this approval stale.</p>
        )}
      </div>
      {renewing ? (
        <ApprovalForm key="renew" initial={draftFrom(approval)} openSteps={openSteps} onDone={() => setRenewing(false)} onCancel={() => setRenewing(false)} />
      ) : (
        <div className="wf-actions">
          <button type="button" className={`btn${stale ? ' btn-primary' : ''}`} onClick={() => setRenewing(true)}>
            Approve again
          </button>
          <button type="button" className="btn btn-ghost" onClick={revoke}>
            Revoke
          </button>
        </div>
      )}
    </div>
  );
}
