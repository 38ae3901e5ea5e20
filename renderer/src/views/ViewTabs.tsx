/** The strip above the main area that switches between the diagram and the lifecycle views. */
import './views.css';
import { commandById, dispatch, formatShortcut } from '../commands/registry';
import { editorStore, useEditor, type ViewId } from '../store/editorStore';

const TABS: readonly { readonly view: ViewId; readonly label: string; readonly command: 'view.diagram' | 'view.workflow' | 'view.risk' | 'view.lifecycle' | 'view.history' | 'view.reference' }[] = [
  { view: 'diagram', label: 'Diagram', command: 'view.diagram' },
  { view: 'workflow', label: 'Workflow', command: 'view.workflow' },
  { view: 'risk', label: 'Risk', command: 'view.risk' },
  { view: 'lifecycle', label: 'Lifecycle', command: 'view.lifecycle' },
  { view: 'history', label: 'Revisions', command: 'view.history' },
  { view: 'reference', label: 'Reference', command: 'view.reference' },
];

export function ViewTabs() {
  const current = useEditor((s) => s.view);
  const whatIf = useEditor((s) => s.whatIf !== null);
  const presenting = useEditor((s) => s.presentation);
  return (
    <div className="view-tabs">
      <div role="tablist" aria-label="Views" className="view-tablist">
        {TABS.map((t) => {
          const shortcut = commandById(t.command)?.shortcut[0];
          return (
            <button
              key={t.view}
              type="button"
              role="tab"
              id={`view-tab-${t.view}`}
              aria-selected={current === t.view}
              aria-controls={`view-${t.view}`}
              tabIndex={current === t.view ? 0 : -1}
              className={`view-tab${current === t.view ? ' is-current' : ''}`}
              title={shortcut ? `${t.label} (${formatShortcut(shortcut)})` : t.label}
              onClick={() => editorStore.getState().showView(t.view)}
              onKeyDown={(e) => {
                if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
                e.preventDefault();
                const i = TABS.findIndex((x) => x.view === current);
                const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
                editorStore.getState().showView(next.view);
                document.getElementById(`view-tab-${next.view}`)?.focus();
              }}
            >
              {t.label}
            </button>
          );
        })}
      </div>
      <div className="view-tabs-tools" role="group" aria-label="Trainer">
        <button type="button" className={`view-tool${whatIf ? ' is-on' : ''}`} aria-pressed={whatIf} onClick={() => dispatch('trainer.whatIf')}>
          What-if
        </button>
        <button type="button" className="view-tool" onClick={() => dispatch('trainer.scenarios')}>
          Scenarios
        </button>
        <button type="button" className={`view-tool${presenting ? ' is-on' : ''}`} aria-pressed={presenting} onClick={() => dispatch('view.presentation')}>
          Present
        </button>
      </div>
    </div>
  );
}
