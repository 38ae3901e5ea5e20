/**
 * The banner over a highlighted canvas: what the marking means (its label), how many elements it
 * covers, and the way out. "Zoom to" fits the view to the marked elements; Clear, or Escape
 * anywhere outside a field, dialog or menu, removes the highlight.
 */
import { useEffect, useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import { isEditable } from '../clipboard/useClipboardEvents';
import { FitViewIcon } from '../icons/uiIcons';
import { editorStore, useEditor } from '../store/editorStore';
import { highlightScope } from './highlight';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export interface HighlightBannerProps {
  readonly label: string;
  /** Marked elements in the diagram. */
  readonly count: number;
  /** Marked ids that are no longer in the diagram. */
  readonly missing: number;
  readonly onZoom: () => void;
  readonly onClear: () => void;
}

export function HighlightBanner({ label, count, missing, onZoom, onClear }: HighlightBannerProps) {
  useEffect(() => {
    // Capture phase: Escape clears the highlight before it would also clear the selection.
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || isEditable(e.target)) return;
      const s = editorStore.getState();
      if (s.dialog || s.contextMenu || s.mode.kind !== 'idle' || s.findOpen) return;
      e.preventDefault();
      onClear();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [onClear]);
  return (
    <div className="highlight-banner" role="region" aria-label="Highlight">
      <span className="highlight-banner-swatch" aria-hidden="true" />
      <span className="highlight-banner-text" role="status">
        <strong>{label}</strong>
        <span>
          {plural(count, 'element', 'elements')} marked
          {missing > 0 && ` · ${missing} no longer in the diagram`}
        </span>
      </span>
      <button type="button" className="btn btn-small btn-ghost-inverse" onClick={onZoom} disabled={count === 0}>
        <FitViewIcon size={14} />
        Zoom to
      </button>
      <button type="button" className="btn btn-small btn-ghost-inverse" onClick={onClear}>
        Clear <kbd>Esc</kbd>
      </button>
    </div>
  );
}

/** The banner for the store's highlight, when there is one. */
export function CanvasHighlight() {
  const highlight = useEditor((s) => s.highlight);
  const doc = useEditor((s) => s.doc);
  const flow = useReactFlow();
  const scope = useMemo(() => (highlight ? highlightScope(doc, highlight.ids) : undefined), [doc, highlight]);
  const onClear = useMemo(() => () => editorStore.getState().setHighlight(null), []);
  if (!highlight || !scope) return null;
  const onZoom = () => {
    if (scope.nodeIds.length > 0) void flow.fitView({ nodes: scope.nodeIds.map((id) => ({ id })), padding: 0.25, duration: 300, maxZoom: 1.25 });
  };
  return <HighlightBanner label={highlight.label} count={scope.present} missing={scope.missing} onZoom={onZoom} onClear={onClear} />;
}
