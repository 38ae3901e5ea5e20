/** The three lifecycle phases side by side, each with its activities, and the per-zone roll-up of requirements into SL-A. */
import { useId, useMemo } from 'react';
import { FR_INFO, FR_KEYS, frLabel, lifecycleProgress, setMeta, type Activity, type Phase, type StepStatus } from '../../../../shared';
import { useAnalysis } from '../../analysis/useAnalysis';
import { todayIso } from '../../analysis/today';
import { reveal } from '../../commands/actions';
import { CheckCircleIcon } from '../../icons/uiIcons';
import { editorStore } from '../../store/editorStore';
import { activityLinks, percent, zoneImplementation, type ActivityTarget } from './lifecycleModel';
import { Progress } from './Progress';

const STATUS_TEXT: Readonly<Record<StepStatus, string>> = { done: 'Done', partial: 'In progress', missing: 'Not started' };
const IMPLEMENTATION_ID = 'lifecycle-implementation';
/** Items shown per list before "more". */
const SHOWN = 3;

function StatusMark({ status }: { readonly status: StepStatus }) {
  return status === 'done' ? (
    <span className="status-mark status-mark--done" aria-hidden="true">
      <CheckCircleIcon size={16} />
    </span>
  ) : (
    <span className={`status-mark status-mark--${status}`} aria-hidden="true" />
  );
}

function Items({ items, kind }: { readonly items: readonly string[]; readonly kind: 'done' | 'missing' }) {
  if (items.length === 0) return null;
  const label = kind === 'done' ? 'Done' : 'Missing';
  const list = (xs: readonly string[]) =>
    xs.map((x, i) => (
      <li key={i} className={`activity-item activity-item--${kind}`}>
        {x}
      </li>
    ));
  return (
    <div className="activity-items">
      <span className="activity-items-label">{label}</span>
      <ul aria-label={label}>{list(items.slice(0, SHOWN))}</ul>
      {items.length > SHOWN && (
        <details className="activity-more">
          <summary>{items.length - SHOWN} more</summary>
          <ul>{list(items.slice(SHOWN))}</ul>
        </details>
      )}
    </div>
  );
}

function go(target: ActivityTarget, onMaintain: () => void) {
  const state = editorStore.getState();
  switch (target.kind) {
    case 'view':
      state.showView(target.view);
      return;
    case 'maintain':
      onMaintain();
      return;
    case 'implementation': {
      const table = document.getElementById(IMPLEMENTATION_ID);
      table?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      table?.focus({ preventScroll: true });
      return;
    }
    case 'diagram':
      state.showView('diagram');
      reveal(target.ids);
      return;
  }
}

function ActivityCard({ activity, onMaintain }: { readonly activity: Activity; readonly onMaintain: () => void }) {
  const id = useId();
  const links = activityLinks(activity);
  return (
    <li className={`activity activity--${activity.status}`} aria-labelledby={`${id}-title`}>
      <div className="activity-head">
        <StatusMark status={activity.status} />
        <h4 id={`${id}-title`}>{activity.title}</h4>
        <span className={`activity-status activity-status--${activity.status}`}>{STATUS_TEXT[activity.status]}</span>
      </div>
      <Progress value={activity.progress} label={`${activity.title} progress`} small />
      {activity.zcr && <p className="activity-zcr">{activity.zcr.join(', ')}</p>}
      <Items items={activity.done} kind="done" />
      <Items items={activity.missing} kind="missing" />
      {links.length > 0 && (
        <div className="activity-links">
          {links.map((l) => (
            <button key={l.label} type="button" className="link-button" onClick={() => go(l.target, onMaintain)}>
              {l.label}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}

function PhaseColumn({ phase, current, onMaintain }: { readonly phase: Phase; readonly current: boolean; readonly onMaintain: () => void }) {
  const id = useId();
  const done = phase.activities.filter((a) => a.status === 'done').length;
  return (
    <section className={`phase${current ? ' is-current' : ''}`} aria-labelledby={`${id}-title`}>
      <header className="phase-head">
        <div className="phase-title-row">
          <h3 id={`${id}-title`}>{phase.title}</h3>
          {current ? (
            <span className="phase-current">Current phase</span>
          ) : (
            <button type="button" className="btn btn-small btn-ghost phase-make-current" onClick={() => editorStore.getState().edit((d) => setMeta(d, { patch: { phase: phase.id } }))}>
              Mark as current
            </button>
          )}
        </div>
        <div className="phase-progress">
          <Progress value={phase.progress} label={`${phase.title} progress`} />
          <span className="phase-percent">{percent(phase.progress)}</span>
        </div>
        <p className="phase-count">
          {done} of {phase.activities.length} activities done
        </p>
      </header>
      <ol className="activity-list">
        {phase.activities.map((a) => (
          <ActivityCard key={a.id} activity={a} onMaintain={onMaintain} />
        ))}
      </ol>
    </section>
  );
}

function ImplementationTable() {
  const { doc, result } = useAnalysis();
  const rows = useMemo(() => zoneImplementation(doc, result), [doc, result]);
  return (
    <section className="view-card lifecycle-card implementation" id={IMPLEMENTATION_ID} tabIndex={-1} aria-labelledby={`${IMPLEMENTATION_ID}-title`}>
      <h3 id={`${IMPLEMENTATION_ID}-title`}>Implementation per zone: requirement status to SL-A</h3>
      <p className="lifecycle-hint">
        Each zone’s SL-A per foundational requirement follows from the status of its IEC 62443-3-3 requirements; a cell reads SL-A / SL-T and is marked where SL-A
        falls short.
      </p>
      {rows.length === 0 ? (
        <p className="lifecycle-empty">No zone has an SL-T yet. Set the SL-Ts first (risk register or Properties): the requirements to implement follow from them.</p>
      ) : (
        <div className="table-scroll">
          <table className="lifecycle-table implementation-table">
            <thead>
              <tr>
                <th scope="col">Zone</th>
                {FR_KEYS.map((fr) => (
                  <th key={fr} scope="col" className="num" title={`${frLabel(fr)} ${FR_INFO[fr].name}`}>
                    {fr}
                  </th>
                ))}
                <th scope="col">Implemented</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.zoneId}>
                  <th scope="row">
                    <div className="zone-cell">
                      <button
                        type="button"
                        className="link-button"
                        title="Select on the diagram"
                        onClick={() => {
                          editorStore.getState().showView('diagram');
                          reveal([r.zoneId]);
                        }}
                      >
                        {r.name}
                      </button>
                      {r.short.length === 0 ? <span className="sl-verdict sl-verdict--met">SL-A meets SL-T</span> : <span className="sl-verdict sl-verdict--short">short on {r.short.length} FR</span>}
                    </div>
                  </th>
                  {FR_KEYS.map((fr) => {
                    const short = r.slA[fr] < r.slT[fr];
                    return (
                      <td
                        key={fr}
                        className={`num sl-cell${short ? ' is-short' : ' is-met'}`}
                        title={`${frLabel(fr)}: SL-A ${r.slA[fr]}, SL-T ${r.slT[fr]}${short ? ' (short)' : ''}`}
                      >
                        {r.slA[fr]}
                        <span className="sl-of"> / {r.slT[fr]}</span>
                      </td>
                    );
                  })}
                  <td className="implementation-share">
                    <Progress value={r.total === 0 ? 1 : r.met / r.total} label={`Requirements implemented in ${r.name}`} small />
                    <span>
                      {r.met} / {r.total} · {percent(r.total === 0 ? 1 : r.met / r.total)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function PhasesPanel({ onMaintain }: { readonly onMaintain: () => void }) {
  const { doc, result } = useAnalysis();
  const phases = useMemo(() => lifecycleProgress(doc, { analysis: result, today: todayIso() }), [doc, result]);
  const current = doc.meta.phase;
  return (
    <div className="phases-panel">
      {!current && <p className="lifecycle-hint phases-unset">The project’s current phase is not set: mark one below, or set it under Properties.</p>}
      <div className="phases">
        {phases.map((p) => (
          <PhaseColumn key={p.id} phase={p} current={p.id === current} onMaintain={onMaintain} />
        ))}
      </div>
      <ImplementationTable />
    </div>
  );
}
