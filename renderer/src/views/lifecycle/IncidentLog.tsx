/** The incident log of the Maintain phase: record, edit, close and remove incidents; each change is one undoable edit. */
import { useId, useState, type FormEvent } from 'react';
import {
  addIncident,
  INCIDENT_STATUSES,
  nameProblem,
  removeIncident,
  textProblem,
  updateIncident,
  type Incident,
  type IncidentStatus,
  type ZonewrightDocument,
} from '../../../../shared';
import { todayIso } from '../../analysis/today';
import { CloseIcon, PlusIcon, TrashIcon } from '../../icons/uiIcons';
import { editorStore } from '../../store/editorStore';
import { dateProblem } from './CellInput';
import { FormField } from '../../components/fields';

type Doc = ZonewrightDocument;
const edit = (fn: (doc: Doc) => Doc) => editorStore.getState().edit(fn);

const STATUS_LABEL: Readonly<Record<IncidentStatus, string>> = { open: 'Open', contained: 'Contained', closed: 'Closed' };

interface Draft {
  readonly date: string;
  readonly title: string;
  readonly status: IncidentStatus;
  readonly description: string;
  readonly affected: readonly string[];
}

/** The zones, assets and conduits an incident can name, with a word for what each is. */
function elementOptions(doc: Doc): { readonly id: string; readonly label: string }[] {
  return [
    ...doc.zones.map((z) => ({ id: z.id as string, label: `${z.name} (zone)` })),
    ...doc.assets.map((a) => ({ id: a.id as string, label: `${a.name} (asset)` })),
    ...doc.conduits.map((c) => ({ id: c.id as string, label: `${c.name} (conduit)` })),
  ];
}

function nameOf(doc: Doc, id: string): string | undefined {
  return doc.zones.find((z) => z.id === id)?.name ?? doc.assets.find((a) => a.id === id)?.name ?? doc.conduits.find((c) => c.id === id)?.name;
}

function IncidentForm({ doc, initial, submitLabel, onSubmit, onCancel }: {
  readonly doc: Doc;
  readonly initial: Draft;
  readonly submitLabel: string;
  readonly onSubmit: (draft: Draft) => void;
  readonly onCancel: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const problems = {
    date: draft.date === '' ? 'Give the date of the incident.' : dateProblem(draft.date),
    title: nameProblem(draft.title)?.replace(/^Name/, 'The title'),
    description: textProblem(draft.description, 20000),
  };
  const problem = problems.date ?? problems.title ?? problems.description;
  const options = elementOptions(doc).filter((o) => !draft.affected.includes(o.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!problem) onSubmit({ ...draft, title: draft.title.trim(), description: draft.description.trim() });
  };
  return (
    <form className="incident-form" onSubmit={submit} aria-label={submitLabel === 'Add incident' ? 'New incident' : `Edit incident ‘${initial.title}’`}>
      <div className="field-row">
        <FormField htmlFor={`${id}-date`} label="Date" className="incident-date-field" problem={tried && problems.date}>
          <input
            id={`${id}-date`}
            type="text"
            className="incident-date-input"
            placeholder="YYYY-MM-DD"
            value={draft.date}
            onChange={(e) => set({ date: e.target.value.trim() })}
            aria-invalid={tried && problems.date ? true : undefined}
          />
        </FormField>
        <FormField htmlFor={`${id}-title`} label="Title" problem={tried && problems.title}>
          <input
            id={`${id}-title`}
            type="text"
            value={draft.title}
            placeholder="Malware found on the engineering workstation"
            autoFocus
            onChange={(e) => set({ title: e.target.value })}
            aria-invalid={tried && problems.title ? true : undefined}
          />
        </FormField>
        <FormField htmlFor={`${id}-status`} label="Status" className="incident-status-field">
          <select id={`${id}-status`} value={draft.status} onChange={(e) => set({ status: e.target.value as IncidentStatus })}>
            {INCIDENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField htmlFor={`${id}-description`} label="Description">
        <textarea id={`${id}-description`} rows={2} value={draft.description} onChange={(e) => set({ description: e.target.value })} />
      </FormField>
      <div className="field field--compact">
        <span className="field-label" id={`${id}-affected-label`}>
          Affected elements
        </span>
        {draft.affected.length > 0 && (
          <ul className="affected-chips" aria-labelledby={`${id}-affected-label`}>
            {draft.affected.map((a) => (
              <li key={a} className="affected-chip">
                {nameOf(doc, a) ?? a}
                <button type="button" className="chip-remove" aria-label={`Remove ‘${nameOf(doc, a) ?? a}’ from the affected elements`} onClick={() => set({ affected: draft.affected.filter((x) => x !== a) })}>
                  <CloseIcon size={11} />
                </button>
              </li>
            ))}
          </ul>
        )}
        <select
          aria-label="Add an affected element"
          value=""
          onChange={(e) => {
            if (e.target.value) set({ affected: [...draft.affected, e.target.value] });
          }}
        >
          <option value="">{options.length === 0 ? 'No more elements' : 'Add a zone, asset or conduit…'}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {tried && problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="incident-form-actions">
        <button type="button" className="btn btn-small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-small btn-primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

function toPatch(draft: Draft) {
  return {
    date: draft.date,
    title: draft.title,
    status: draft.status,
    description: draft.description === '' ? undefined : draft.description,
    affected: draft.affected.length > 0 ? draft.affected : undefined,
  };
}

function IncidentItem({ incident, doc, onEdit }: { readonly incident: Incident; readonly doc: Doc; readonly onEdit: () => void }) {
  const headingId = useId();
  const title = `‘${incident.title}’`;
  const closed = incident.status === 'closed';
  return (
    <li className={`incident incident--${incident.status}`} aria-labelledby={headingId}>
      <div className="incident-head">
        <span className="incident-date">{incident.date.slice(0, 10)}</span>
        <span className={`incident-status incident-status--${incident.status}`}>{STATUS_LABEL[incident.status]}</span>
        <span className="incident-title" id={headingId}>
          {incident.title}
        </span>
      </div>
      {incident.description && <p className="incident-description">{incident.description}</p>}
      {incident.affected && incident.affected.length > 0 && (
        <p className="incident-affected">
          Affected: {incident.affected.map((a) => nameOf(doc, a) ?? `${a} (no longer in the model)`).join(', ')}
        </p>
      )}
      <div className="incident-actions">
        <button type="button" className="btn btn-small btn-ghost" onClick={onEdit} aria-label={`Edit incident ${title}`}>
          Edit
        </button>
        <button
          type="button"
          className="btn btn-small btn-ghost"
          aria-label={`${closed ? 'Reopen' : 'Close'} incident ${title}`}
          onClick={() => edit((d) => updateIncident(d, { id: incident.id, patch: { status: closed ? 'open' : 'closed' } }))}
        >
          {closed ? 'Reopen' : 'Close'}
        </button>
        <button type="button" className="btn btn-icon btn-ghost incident-remove" aria-label={`Remove incident ${title}`} title="Remove incident" onClick={() => edit((d) => removeIncident(d, { id: incident.id }))}>
          <TrashIcon size={14} />
        </button>
      </div>
    </li>
  );
}

export function IncidentLog({ doc }: { readonly doc: Doc }) {
  const id = useId();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const incidents = doc.incidents ?? [];
  // Newest first; the log keeps the order they were recorded in.
  const shown = [...incidents].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const open = incidents.filter((i) => i.status !== 'closed').length;
  return (
    <section className="view-card lifecycle-card incidents" aria-labelledby={`${id}-title`}>
      <div className="card-head">
        <div>
          <h3 id={`${id}-title`}>Incident log</h3>
          <p className="lifecycle-hint">
            {incidents.length === 0 ? 'No incident recorded.' : `${incidents.length} recorded, ${open} not closed.`}
          </p>
        </div>
        {editing !== 'new' && (
          <button type="button" className="btn btn-small" onClick={() => setEditing('new')}>
            <PlusIcon size={14} /> Add incident
          </button>
        )}
      </div>
      {editing === 'new' && (
        <IncidentForm
          doc={doc}
          initial={{ date: todayIso(), title: '', status: 'open', description: '', affected: [] }}
          submitLabel="Add incident"
          onCancel={() => setEditing(null)}
          onSubmit={(draft) => {
            const p = toPatch(draft);
            if (edit((d) => addIncident(d, { ...p, date: draft.date, title: draft.title }))) setEditing(null);
            else editorStore.getState().notify('The incident was not recorded: check its date and title.', 'error');
          }}
        />
      )}
      {shown.length > 0 && (
        <ul className="incident-list" aria-label="Incidents">
          {shown.map((i) =>
            editing === i.id ? (
              <li key={i.id} className="incident is-editing">
                <IncidentForm
                  doc={doc}
                  initial={{ date: i.date.slice(0, 10), title: i.title, status: i.status, description: i.description ?? '', affected: i.affected ?? [] }}
                  submitLabel="Save"
                  onCancel={() => setEditing(null)}
                  onSubmit={(draft) => {
                    // Keep the time of day of a recorded date-time when only the rest changed.
                    const date = draft.date === i.date.slice(0, 10) ? i.date : draft.date;
                    edit((d) => updateIncident(d, { id: i.id, patch: { ...toPatch(draft), date } }));
                    setEditing(null);
                  }}
                />
              </li>
            ) : (
              <IncidentItem key={i.id} incident={i} doc={doc} onEdit={() => setEditing(i.id)} />
            ),
          )}
        </ul>
      )}
    </section>
  );
}
