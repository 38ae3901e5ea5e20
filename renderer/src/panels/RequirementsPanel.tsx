/**
 * The requirements that apply to the selected zone, conduit or asset (from `analyze(doc)`),
 * grouped by foundational requirement, with our guidance and the status of each: planned,
 * implemented, not applicable (with a justification) or compensated (naming the countermeasure).
 * For zones and conduits, SL-T, SL-C and SL-A side by side per FR. With nothing selected: the
 * project's phase and each zone's progress.
 */
import { useDeferredValue, useState, type KeyboardEvent } from 'react';
import {
  FR_INFO,
  FR_KEYS,
  frLabel,
  PROJECT_PHASES,
  requirementById,
  requirementTextProblem,
  setProjectPhase,
  setRequirementState,
  setRequirementStates,
  type AnalysisResult,
  type AssetId,
  type ConduitId,
  type FrKey,
  type ProjectPhase,
  type RequirementState,
  type RequirementStates,
  type RequirementStatus,
  type SlVector,
  type ZoneId,
  type ZonewrightDocument,
} from '../../../shared';
import { analysisOf } from '../analysis/findings';
import { useAnalysis } from '../analysis/useAnalysis';
import { reveal } from '../commands/actions';
import { SlChip } from '../components/Badge';
import { CheckCircleIcon, WarningIcon } from '../icons/uiIcons';
import { editorStore, useEditor } from '../store/editorStore';
import { ReferenceLink } from '../views/reference/ReferenceLink';
import { conduitCapability, countsByFr, describeCounts, totalCounts, zoneCapability, type Capability, type FrCounts } from './requirementLevels';
import { SlChart } from './SlChart';

type Doc = ZonewrightDocument;
type OwnerId = ZoneId | ConduitId | AssetId;

const STATUS_LABEL: Readonly<Record<RequirementStatus, string>> = {
  planned: 'Planned',
  implemented: 'Implemented',
  'not-applicable': 'Not applicable',
  compensated: 'Compensated',
};

const PHASE_LABEL: Readonly<Record<ProjectPhase, string>> = { assess: 'Assess', implement: 'Implement', maintain: 'Maintain' };

/** The document made by the panel's own last edit: that edit is shown at once, not deferred. */
let ownEdit: Doc | undefined;
const edit = (fn: (doc: Doc) => Doc) => {
  editorStore.getState().edit(fn);
  ownEdit = editorStore.getState().doc;
};

/** The selected element's requirements, in the panel's terms. */
interface Subject {
  readonly id: OwnerId;
  readonly kind: 'zone' | 'conduit' | 'asset';
  readonly title: string;
  readonly what: string;
  readonly slT: SlVector | undefined;
  readonly inherited: boolean;
  readonly items: readonly string[];
  readonly states: RequirementStates | undefined;
  /** Zones and conduits: SL-A and what SL-C rests on. */
  readonly levels?: { readonly slA: SlVector; readonly capability: Capability; readonly note: string };
  readonly empty: string;
}

function capabilityNote(kind: 'zone' | 'conduit', cap: Capability): string {
  const noun = kind === 'zone' ? 'asset' : 'boundary device';
  const many = (n: number) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  if (cap.total === 0) return kind === 'zone' ? 'SL-C: no asset in this zone yet.' : 'SL-C: no boundary device enforces this conduit yet (list one, or link through a firewall).';
  if (cap.known === 0) return `SL-C unknown: none of its ${many(cap.total)} states an SL-C.`;
  if (cap.known === cap.total) return cap.total === 1 ? `SL-C: that of its ${noun}.` : `SL-C: per FR, the lowest of its ${many(cap.total)}.`;
  return `SL-C: per FR, the lowest of the ${cap.known} of its ${many(cap.total)} that state one.`;
}

function subjectOf(doc: Doc, id: string, { requirements }: AnalysisResult): Subject | undefined {
  const zone = doc.zones.find((z) => z.id === id);
  if (zone) {
    const zr = requirements.zones.find((r) => r.zoneId === id);
    if (!zr) return undefined;
    const capability = zoneCapability(doc, zone);
    return {
      id: zone.id,
      kind: 'zone',
      title: zone.name,
      what: 'IEC 62443-3-3 system requirements',
      slT: zr.slT,
      inherited: false,
      items: zr.items,
      states: zone.requirements,
      levels: { slA: zr.slA, capability, note: capabilityNote('zone', capability) },
      empty: 'Set the zone’s SL-T to see the system requirements it must meet.',
    };
  }
  const conduit = doc.conduits.find((c) => c.id === id);
  if (conduit) {
    const cr = requirements.conduits.find((r) => r.conduitId === id);
    if (!cr) return undefined;
    const capability = conduitCapability(doc, conduit);
    return {
      id: conduit.id,
      kind: 'conduit',
      title: conduit.name,
      what: 'IEC 62443-3-3 system requirements',
      slT: cr.slT,
      inherited: cr.inherited,
      items: cr.items,
      states: conduit.requirements,
      levels: { slA: cr.slA, capability, note: capabilityNote('conduit', capability) },
      empty: 'Set an SL-T on the conduit or on its zones to see its requirements.',
    };
  }
  const asset = doc.assets.find((a) => a.id === id);
  if (asset) {
    const ar = requirements.assets.find((r) => r.assetId === id);
    if (!ar) return undefined;
    return {
      id: asset.id,
      kind: 'asset',
      title: asset.name,
      what: 'IEC 62443-4-2 component requirements, at its zone’s SL-T',
      slT: ar.slT,
      inherited: true,
      items: ar.items,
      states: asset.requirements,
      empty: asset.zoneId ? 'Set the SL-T of the asset’s zone to see the component requirements.' : 'Put the asset in a zone with an SL-T to see its component requirements.',
    };
  }
  return undefined;
}

/** A small stacked bar of how far an FR's requirements are met, with the count. */
function Progress({ counts, label }: { readonly counts: FrCounts; readonly label: string }) {
  const part = (n: number) => `${(n / Math.max(1, counts.total)) * 100}%`;
  return (
    <span className="req-progress" role="img" aria-label={`${label}: ${describeCounts(counts)}`} title={describeCounts(counts)}>
      <span className="req-progress-bar" aria-hidden="true">
        <span className="req-progress-seg req-progress-seg--implemented" style={{ width: part(counts.byStatus.implemented) }} />
        <span className="req-progress-seg req-progress-seg--compensated" style={{ width: part(counts.byStatus.compensated) }} />
        <span className="req-progress-seg req-progress-seg--not-applicable" style={{ width: part(counts.byStatus['not-applicable']) }} />
      </span>
      <span className="req-progress-text" aria-hidden="true">
        {counts.met}/{counts.total}
      </span>
    </span>
  );
}

type ReasonField = 'justification' | 'compensatingCountermeasure';

/**
 * The justification or countermeasure a status needs, typed before the status is stored: an
 * empty text is refused here, with a message, and nothing reaches the document.
 */
function ReasonEditor({ requirementId, field, initial, onSave, onCancel }: {
  readonly requirementId: string;
  readonly field: ReasonField;
  readonly initial: string;
  readonly onSave: (text: string) => void;
  readonly onCancel: () => void;
}) {
  const [text, setText] = useState(initial);
  const [tried, setTried] = useState(false);
  const problem = requirementTextProblem(field, text);
  const label = field === 'justification' ? `Why ${requirementId} does not apply (required)` : `Countermeasure that compensates for ${requirementId} (required)`;
  const save = () => {
    setTried(true);
    if (!problem) onSave(text);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };
  const showProblem = problem !== undefined && (tried || text.length > 0);
  return (
    <div className={`req-reason-editor${showProblem ? ' has-problem' : ''}`}>
      <label className="req-reason-label">
        <span>{field === 'justification' ? 'Why it does not apply' : 'Compensating countermeasure'}</span>
        <textarea
          rows={2}
          value={text}
          // Focus moves here as the status is picked, so the reason can be typed at once.
          autoFocus
          aria-label={label}
          aria-invalid={showProblem ? true : undefined}
          placeholder={field === 'justification' ? 'e.g. The zone has no human user interface.' : 'e.g. Jump host with MFA in front of the zone.'}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </label>
      {showProblem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="req-reason-actions">
        <button type="button" className="btn btn-small btn-primary" onClick={save}>
          Save
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function RequirementRow({ owner, id, state }: { readonly owner: OwnerId; readonly id: string; readonly state: RequirementState | undefined }) {
  const r = requirementById(id);
  const stored = state?.status ?? 'planned';
  /** A status picked that needs a reason first, or the stored one being re-explained. */
  const [pending, setPending] = useState<RequirementStatus | null>(null);
  const shown = pending ?? stored;
  const store = (next: RequirementState) => edit((d) => setRequirementState(d, { id: owner, requirementId: id, state: next }));
  const choose = (status: RequirementStatus) => {
    if (status === 'not-applicable' || status === 'compensated') setPending(status);
    else {
      setPending(null);
      store({ status, ...(state?.note ? { note: state.note } : {}) });
    }
  };
  const reasonField: ReasonField | undefined = shown === 'not-applicable' ? 'justification' : shown === 'compensated' ? 'compensatingCountermeasure' : undefined;
  const storedReason = stored === 'not-applicable' ? state?.justification : stored === 'compensated' ? state?.compensatingCountermeasure : undefined;
  return (
    <li className={`req req--${shown}${r?.baseId ? ' req--enhancement' : ''}`} data-requirement={id}>
      <div className="req-side">
        <ReferenceLink entry={id} className="req-id" />
        <select
          className={`req-status req-status--${shown}`}
          value={shown}
          aria-label={`Status of ${id}`}
          onChange={(e) => choose(e.target.value as RequirementStatus)}
        >
          {(Object.keys(STATUS_LABEL) as RequirementStatus[]).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="req-text">
        <span className="req-title">{r?.title}</span>
        {r?.guidance && <span className="req-guidance">{r.guidance}</span>}
        {pending !== null && reasonField ? (
          <ReasonEditor
            requirementId={id}
            field={reasonField}
            initial={pending === stored ? (storedReason ?? '') : ''}
            onCancel={() => setPending(null)}
            onSave={(text) => {
              setPending(null);
              store({ status: pending, [reasonField]: text, ...(state?.note ? { note: state.note } : {}) });
            }}
          />
        ) : (
          storedReason && (
            <p className="req-reason">
              <span className="req-reason-kind">{stored === 'not-applicable' ? 'Not applicable:' : 'Compensated by:'}</span> {storedReason}{' '}
              <button type="button" className="link-button" onClick={() => setPending(stored)} aria-label={`Edit the ${stored === 'not-applicable' ? 'justification' : 'countermeasure'} of ${id}`}>
                Edit
              </button>
            </p>
          )
        )}
      </div>
    </li>
  );
}

function RequirementGroups({ subject }: { readonly subject: Subject }) {
  const counts = countsByFr(subject.items, subject.states);
  const byFr = new Map<FrKey, string[]>();
  for (const id of subject.items) {
    const fr = requirementById(id)?.fr;
    if (!fr) continue;
    const list = byFr.get(fr);
    if (list) list.push(id);
    else byFr.set(fr, [id]);
  }
  const markAll = (fr: FrKey) => {
    const open = (byFr.get(fr) ?? []).filter((id) => (subject.states?.[id]?.status ?? 'planned') === 'planned');
    edit((d) => setRequirementStates(d, { id: subject.id, states: Object.fromEntries(open.map((id) => [id, { status: 'implemented' as const }])) }));
  };
  return (
    <div className="req-groups">
      {FR_KEYS.filter((fr) => byFr.has(fr)).map((fr) => {
        const c = counts.get(fr)!;
        return (
          <details key={fr} className="req-group" open>
            <summary>
              <span className="req-fr">{frLabel(fr)}</span>
              <span className="req-fr-name">{FR_INFO[fr].name}</span>
              <Progress counts={c} label={frLabel(fr)} />
            </summary>
            {c.byStatus.planned > 0 && (
              <div className="req-group-actions">
                <button type="button" className="link-button" onClick={() => markAll(fr)} aria-label={`Mark the ${c.byStatus.planned} planned ${frLabel(fr)} requirements implemented`}>
                  {c.byStatus.planned === c.total ? 'Mark all as implemented' : `Mark the ${c.byStatus.planned} planned as implemented`}
                </button>
              </div>
            )}
            <ul className="req-list">
              {byFr.get(fr)?.map((id) => (
                <RequirementRow key={`${subject.id}:${id}`} owner={subject.id} id={id} state={subject.states?.[id]} />
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}

function SubjectView({ subject }: { readonly subject: Subject }) {
  const total = totalCounts(countsByFr(subject.items, subject.states).values());
  return (
    <>
      <div className="req-head">
        <span className="req-head-title">{subject.title}</span>
        <SlChip prefix="SL-T" value={subject.slT} inherited={subject.inherited} />
      </div>
      <p className="req-what">
        {subject.what}
        {subject.items.length > 0 && (
          <>
            {' · '}
            <span className="req-met">
              {total.met} of {total.total} met
            </span>
          </>
        )}
      </p>
      {subject.levels && (subject.kind === 'zone' || subject.kind === 'conduit') && (
        <SlChart
          subject={subject.title}
          slT={subject.slT}
          slC={subject.levels.capability.slC}
          slA={subject.levels.slA}
          capabilityNote={subject.levels.note}
          inherited={subject.inherited}
        />
      )}
      {subject.items.length === 0 ? <p className="empty-hint">{subject.empty}</p> : <RequirementGroups subject={subject} />}
    </>
  );
}

/** Nothing selected: the project's phase, and how far each zone is. */
function ProjectView({ doc }: { readonly doc: Doc }) {
  const phase = doc.meta.phase;
  // The zones' progress comes with the analysis, a moment after an edit: read it with the
  // document it was computed from, never against a newer one (a zone may have gone).
  const { doc: analysed, result: { requirements } } = useAnalysis();
  const zones = requirements.zones.filter((z) => z.slT !== undefined);
  const checking = phase === 'implement' || phase === 'maintain';
  return (
    <>
      <div className="req-project">
        <div className="phase-picker" role="radiogroup" aria-label="Project phase">
          <span className="phase-label">Phase</span>
          <span className="segmented segmented--wide">
            {PROJECT_PHASES.map((p) => (
              <label key={p} className="segment">
                <input type="radio" name="project-phase" value={p} checked={phase === p} onChange={() => edit((d) => setProjectPhase(d, { phase: p }))} />
                <span>{PHASE_LABEL[p]}</span>
              </label>
            ))}
          </span>
        </div>
        <p className="field-hint">
          {checking
            ? 'In implementation: every zone and conduit whose achieved level SL-A falls short of its SL-T is reported in the findings.'
            : 'Mark the project as in implementation to have zones and conduits whose SL-A falls short of their SL-T reported in the findings.'}
        </p>
      </div>
      {zones.length === 0 ? (
        <p className="empty-hint">Select a zone, conduit or asset to see the IEC 62443 requirements that apply at its target level, and record how far each is met.</p>
      ) : (
        <>
          <h3 className="req-section-title">Zones</h3>
          <ul className="zone-progress" aria-label="Progress of the zones">
            {zones.map((zr) => {
              const zone = analysed.zones.find((z) => z.id === zr.zoneId)!;
              const short = FR_KEYS.filter((fr) => zr.slA[fr] < zr.slT![fr]);
              const counts = totalCounts(countsByFr(zr.items, zone.requirements).values());
              return (
                <li key={zr.zoneId}>
                  <button type="button" className="row-button zone-progress-row" onClick={() => reveal([zr.zoneId])}>
                    <span
                      className={`zone-progress-icon${short.length === 0 ? ' is-met' : checking ? ' is-short' : ''}`}
                      title={short.length > 0 ? `SL-A below SL-T on ${short.map(frLabel).join(', ')}` : 'SL-A reaches SL-T'}
                    >
                      {short.length > 0 ? <WarningIcon size={14} /> : <CheckCircleIcon size={14} />}
                    </span>
                    <span className="zone-progress-name">{zone.name}</span>
                    <Progress counts={counts} label={zone.name} />
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}

export function RequirementsPanel() {
  // A long list (fifty requirements with their guidance, re-laid out when an asset changes zone):
  // it follows an edit in a deferred render, once the canvas and the findings are on screen. Not
  // the panel's own edits: its controls would show the old state until then (React puts a
  // controlled radio or select back to what was rendered), and a click would seem not to take.
  const current = useEditor((s) => s.doc);
  const deferred = useDeferredValue(current);
  const doc = current === ownEdit ? current : deferred;
  const selection = useDeferredValue(useEditor((s) => s.selection));
  const live = useAnalysis();
  const analysis = live.doc === doc ? live.result : analysisOf(doc);
  const subject = selection.size === 1 ? subjectOf(doc, [...selection][0] as string, analysis) : undefined;
  return (
    <section className="panel panel-requirements" aria-label="Requirements">
      <div className="panel-title-row">
        <h2 className="panel-title">Requirements</h2>
        {subject && subject.items.length > 0 && <span className="req-total">{subject.items.length}</span>}
      </div>
      <div className="panel-body">
        {subject ? (
          <SubjectView key={subject.id} subject={subject} />
        ) : selection.size === 0 ? (
          <ProjectView doc={doc} />
        ) : (
          <p className="empty-hint">Select a single zone, conduit or asset to see its requirements.</p>
        )}
      </div>
    </section>
  );
}
