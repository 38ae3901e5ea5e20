/** Transient overlays: the conduit tool's prompt and short notices. */
import { useEffect } from 'react';
import { editorStore, useEditor } from '../store/editorStore';
import { ConduitIcon } from '../icons/uiIcons';

export function ModeBanner() {
  const mode = useEditor((s) => s.mode);
  const first = useEditor((s) => (s.mode.kind === 'addConduit' && s.mode.first ? s.doc.zones.find((z) => z.id === (s.mode as { first?: string }).first)?.name : undefined));
  if (mode.kind !== 'addConduit') return null;
  return (
    <div className="mode-banner" role="status">
      <ConduitIcon size={16} />
      <span>{first ? `Add conduit: now click the second zone to join with "${first}".` : 'Add conduit: click the first zone.'}</span>
      <button type="button" className="btn btn-small btn-ghost-inverse" onClick={() => editorStore.getState().setMode({ kind: 'idle' })}>
        Cancel <kbd>Esc</kbd>
      </button>
    </div>
  );
}

export function NoticeToast() {
  const notice = useEditor((s) => s.notice);
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => {
      if (editorStore.getState().notice?.id === notice.id) editorStore.setState({ notice: null });
    }, 3500);
    return () => clearTimeout(t);
  }, [notice]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {notice && (
        <div key={notice.id} className={`toast toast--${notice.tone}`}>
          {notice.text}
        </div>
      )}
    </div>
  );
}
