/** The lifecycle phases with their progress, and the maintenance records, as two tabs of one view. */
import './lifecycle.css';
import { useState, type KeyboardEvent } from 'react';
import { MaintainPanel } from './MaintainPanel';
import { PhasesPanel } from './PhasesPanel';

const TABS = [
  { id: 'phases', label: 'Phases' },
  { id: 'maintain', label: 'Maintain' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** The tab last shown, so coming back to the view lands where the user was. */
let lastTab: TabId = 'phases';
function rememberTab(tab: TabId): void {
  lastTab = tab;
}

export function LifecycleView() {
  const [tab, setTabState] = useState<TabId>(lastTab);
  const setTab = (next: TabId) => {
    rememberTab(next);
    setTabState(next);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const next = TABS[(TABS.findIndex((t) => t.id === tab) + 1) % TABS.length]!.id;
    setTab(next);
    document.getElementById(`lifecycle-tab-${next}`)?.focus();
  };
  return (
    <div className="lifecycle-view">
      <header className="lifecycle-header">
        <div>
          <h2>Lifecycle</h2>
          <p className="lifecycle-hint">Assess, develop and implement, maintain: what the document shows done in each phase of IEC 62443, and what is missing.</p>
        </div>
        <div role="tablist" aria-label="Lifecycle" className="lifecycle-tabs">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`lifecycle-tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`lifecycle-panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              className={`lifecycle-tab${tab === t.id ? ' is-current' : ''}`}
              onClick={() => setTab(t.id)}
              onKeyDown={onKeyDown}
            >
              {t.label}
            </button>
          ))}
        </div>
      </header>
      <div role="tabpanel" id={`lifecycle-panel-${tab}`} aria-labelledby={`lifecycle-tab-${tab}`}>
        {tab === 'phases' ? <PhasesPanel onMaintain={() => setTab('maintain')} /> : <MaintainPanel />}
      </div>
    </div>
  );
}
