/**
 * Offered on start when an earlier session (a crash, a tab or window closed without saving) left
 * unsaved work in the autosave: recover it, or discard it, for each such session.
 */
import { discardSession, recoverSession, type SessionRecord } from '../persistence';
import { RestoreIcon } from '../icons/uiIcons';
import { editorStore } from '../store/editorStore';
import { Modal } from './Modal';
import { count, whenWithAgo } from './when';

function RecoveryItem({ record, single, first }: { readonly record: SessionRecord; readonly single: boolean; readonly first: boolean }) {
  return (
    <li className="recovery-item">
      <span className="recovery-icon" aria-hidden="true">
        <RestoreIcon size={20} />
      </span>
      <div className="recovery-text">
        <span className="recovery-name">{record.name}</span>
        <span className="recovery-detail">
          Last change {whenWithAgo(record.updatedAt)}
        </span>
        <span className="recovery-detail">
          {record.file.name ? `From ${record.file.name}` : 'Never saved to a file'} · {count(record.counts.zones, 'zone')} · {count(record.counts.assets, 'asset')} ·{' '}
          {count(record.counts.conduits, 'conduit')}
        </span>
      </div>
      <div className="recovery-actions">
        <button type="button" className="btn" onClick={() => void discardSession(record)} aria-label={single ? 'Discard' : `Discard ${record.name}`}>
          Discard
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => recoverSession(record)}
          aria-label={single ? 'Recover' : `Recover ${record.name}`}
          // The likely answer has the focus, as in a native prompt.
          autoFocus={first}
        >
          Recover
        </button>
      </div>
    </li>
  );
}

export function RecoveryDialog({ records }: { readonly records: readonly SessionRecord[] }) {
  const single = records.length === 1;
  return (
    <Modal title="Recover unsaved work?" onClose={() => editorStore.getState().openDialog(null)} alert>
      <p className="modal-lead">
        {single
          ? 'Zonewright closed before this project was saved. Its last state was kept:'
          : 'Zonewright closed before these projects were saved. Their last states were kept:'}
      </p>
      <ul className="recovery-list" aria-label="Unsaved work">
        {records.map((r, i) => (
          <RecoveryItem key={r.sessionId} record={r} single={single} first={i === 0} />
        ))}
      </ul>
      <p className="field-hint">Closing this keeps the work for the next start. Discarding it cannot be undone.</p>
    </Modal>
  );
}
