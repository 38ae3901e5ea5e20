/** Named revisions of the project, and the comparison of two of them (or of one with the current document). */
import './history.css';
import { useId, useState, type FormEvent } from 'react';
import { changedElementIds, compareDocuments, type Change, type ZonewrightDocument } from '../../../../shared';
import { count, when } from '../../components/when';
import { ClockIcon, RestoreIcon, TrashIcon, WarningIcon } from '../../icons/uiIcons';
import { revisionNameProblem, revisionNoteProblem, type RevisionRecord, type RevisionStore } from '../../persistence/revisions';
import { editorStore, useEditor } from '../../store/editorStore';
import { groupChanges, highlightLabel, type CompareSide } from './changeGroups';
import { useRevisions } from './useRevisions';
import { FormField } from '../../components/fields';

const CURRENT = 'current';

function counts(r: RevisionRecord): string {
  return `${count(r.counts.zones, 'zone')} · ${count(r.counts.assets, 'asset')} · ${count(r.counts.conduits, 'conduit')}`;
}

/** Reports a failed database write in words, and keeps the app going. */
function failed(what: string, error: unknown) {
  console.warn(what, error);
  editorStore.getState().notify(`${what}: ${error instanceof Error ? error.message : 'the browser’s database refused it'}.`, 'error');
}

function SaveRevisionForm({ store, onSaved }: { readonly store: RevisionStore; readonly onSaved: (r: RevisionRecord) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const problem = revisionNameProblem(name.trim()) ?? revisionNoteProblem(note);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problem || busy) return;
    const { doc, projectKey } = editorStore.getState();
    setBusy(true);
    try {
      const saved = await store.save({ projectKey, name, note, doc });
      setName('');
      setNote('');
      setTried(false);
      editorStore.getState().notify(`Saved revision ‘${saved.name}’.`, 'success');
      onSaved(saved);
    } catch (error) {
      failed('The revision was not saved', error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="view-card history-card history-save" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Save a revision</h3>
      <p className="history-hint">Keeps the project as it is now under a name, to compare later versions with it or go back to it.</p>
      <FormField htmlFor={`${id}-name`} label="Revision name" compact={false} problem={tried && problem}>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          placeholder="Design review"
          spellCheck={false}
          aria-invalid={tried && problem ? true : undefined}
          aria-describedby={tried && problem ? `${id}-problem` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </FormField>
      <FormField htmlFor={`${id}-note`} label="Note (optional)" compact={false}>
        <textarea id={`${id}-note`} rows={2} value={note} placeholder="What this revision stands for" onChange={(e) => setNote(e.target.value)} />
      </FormField>
      {tried && problem && (
        <p className="field-problem" id={`${id}-problem`} role="alert">
          {problem.replace(/^Name/, 'The revision name')}
        </p>
      )}
      <div className="history-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Save revision
        </button>
      </div>
    </form>
  );
}

function RenameForm({ revision, onDone, store }: { readonly revision: RevisionRecord; readonly onDone: (changed: boolean) => void; readonly store: RevisionStore }) {
  const id = useId();
  const [name, setName] = useState(revision.name);
  const [note, setNote] = useState(revision.note ?? '');
  const problem = revisionNameProblem(name.trim()) ?? revisionNoteProblem(note);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (problem) return;
    try {
      await store.rename(revision.id, name, note);
      onDone(true);
    } catch (error) {
      failed('The revision was not renamed', error);
    }
  };
  return (
    <form className="revision-rename" onSubmit={(e) => void submit(e)} aria-label={`Rename revision ‘${revision.name}’`}>
      <FormField htmlFor={`${id}-name`} label="New name" problem={problem}>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          spellCheck={false}
          autoFocus
          aria-invalid={problem ? true : undefined}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              onDone(false);
            }
          }}
        />
      </FormField>
      <FormField htmlFor={`${id}-note`} label="Note">
        <input id={`${id}-note`} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
      </FormField>
      {problem && <p className="field-problem">{problem.replace(/^Name/, 'The revision name')}</p>}
      <div className="history-actions">
        <button type="button" className="btn btn-small" onClick={() => onDone(false)}>
          Cancel
        </button>
        <button type="submit" className="btn btn-small btn-primary">
          Rename
        </button>
      </div>
    </form>
  );
}

function RevisionItem({
  revision,
  store,
  comparing,
  onChanged,
  onCompare,
}: {
  readonly revision: RevisionRecord;
  readonly store: RevisionStore;
  readonly comparing: boolean;
  readonly onChanged: () => void;
  readonly onCompare: () => void;
}) {
  const [renaming, setRenaming] = useState(false);
  const headingId = useId();
  const restore = () =>
    editorStore.getState().openDialog({
      kind: 'confirm',
      title: `Restore revision ‘${revision.name}’?`,
      message: `The project goes back to how it was ${when(revision.createdAt)}. This is one step in the undo history: Undo brings the current state back.`,
      confirmLabel: 'Restore',
      onConfirm: () => {
        const state = editorStore.getState();
        if (state.edit(() => revision.doc)) state.notify(`Restored revision ‘${revision.name}’. Undo takes it back.`, 'success');
        else state.notify(`The project already matches revision ‘${revision.name}’.`, 'info');
      },
    });
  const remove = () =>
    editorStore.getState().openDialog({
      kind: 'confirm',
      title: `Delete revision ‘${revision.name}’?`,
      message: 'The stored revision is deleted from this browser; this cannot be undone. The project itself does not change.',
      confirmLabel: 'Delete',
      onConfirm: () => {
        void store.remove(revision.id).then(onChanged, (error: unknown) => failed('The revision was not deleted', error));
      },
    });
  return (
    <li className={`revision${comparing ? ' is-compared' : ''}`} aria-labelledby={headingId}>
      <div className="revision-head">
        <span className="revision-icon" aria-hidden="true">
          <ClockIcon size={15} />
        </span>
        <div className="revision-text">
          <span className="revision-name" id={headingId}>
            {revision.name}
          </span>
          <span className="revision-meta">
            {when(revision.createdAt)} · {counts(revision)}
          </span>
          {revision.note && <span className="revision-note">{revision.note}</span>}
        </div>
      </div>
      {renaming ? (
        <RenameForm
          revision={revision}
          store={store}
          onDone={(changed) => {
            setRenaming(false);
            if (changed) onChanged();
          }}
        />
      ) : (
        <div className="revision-actions">
          <button type="button" className="btn btn-small" onClick={onCompare} aria-label={`Compare revision ‘${revision.name}’ with the current document`}>
            Compare
          </button>
          <button type="button" className="btn btn-small" onClick={restore} aria-label={`Restore revision ‘${revision.name}’`}>
            <RestoreIcon size={13} /> Restore
          </button>
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setRenaming(true)} aria-label={`Rename revision ‘${revision.name}’`}>
            Rename
          </button>
          <button type="button" className="btn btn-icon btn-ghost revision-delete" onClick={remove} aria-label={`Delete revision ‘${revision.name}’`} title="Delete revision">
            <TrashIcon size={15} />
          </button>
        </div>
      )}
    </li>
  );
}

/** Items shown per group before "more": a long run of requirement changes should not bury the rest. */
const SHOWN = 6;

function ChangeList({ changes }: { readonly changes: readonly Change[] }) {
  const items = (list: readonly Change[], offset: number) =>
    list.map((c, i) => (
      <li key={offset + i} className={`change change--${c.kind.split('-').at(-1)}`}>
        {c.summary}
      </li>
    ));
  const more = changes.length > SHOWN + 1 ? changes.slice(SHOWN) : [];
  return (
    <>
      <ul>{items(more.length > 0 ? changes.slice(0, SHOWN) : changes, 0)}</ul>
      {more.length > 0 && (
        <details className="compare-more">
          <summary>{count(more.length, 'more change')}</summary>
          <ul>{items(more, SHOWN)}</ul>
        </details>
      )}
    </>
  );
}

interface Side {
  readonly side: CompareSide;
  readonly doc: ZonewrightDocument;
  readonly title: string;
}

function Comparison({ revisions, fromId, toId, setFromId, setToId }: {
  readonly revisions: readonly RevisionRecord[];
  readonly fromId: string;
  readonly toId: string;
  readonly setFromId: (id: string) => void;
  readonly setToId: (id: string) => void;
}) {
  const id = useId();
  const current = useEditor((s) => s.doc);
  const highlight = useEditor((s) => s.highlight);
  const sideOf = (key: string): Side | undefined => {
    if (key === CURRENT) return { side: { kind: 'current' }, doc: current, title: 'the current document' };
    const r = revisions.find((x) => x.id === key);
    return r && { side: { kind: 'revision', name: r.name }, doc: r.doc, title: `revision ‘${r.name}’` };
  };
  const from = sideOf(fromId);
  const to = sideOf(toId);
  // The React compiler memoizes these per document pair.
  const changes = from && to ? compareDocuments(from.doc, to.doc) : [];
  const groups = groupChanges(changes);
  const ids = changedElementIds(changes);
  const present = new Set<string>();
  for (const list of [current.zones, current.assets, current.conduits, current.links]) for (const e of list) present.add(e.id);
  const onDiagram = ids.filter((x) => present.has(x));
  const label = from && to ? highlightLabel(from.side, to.side) : '';
  const shown = highlight !== null && highlight.label === label;
  const options = [
    ...revisions.map((r) => ({ value: r.id, label: `${r.name} (${when(r.createdAt)})` })),
    { value: CURRENT, label: 'Current document' },
  ];
  const showOnDiagram = () => {
    const state = editorStore.getState();
    state.setHighlight({ ids: new Set(onDiagram), label });
    state.showView('diagram');
    state.notify(`${label}: ${count(onDiagram.length, 'element')} marked on the diagram.`, 'info');
  };
  return (
    <section className="view-card history-card history-compare" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Compare</h3>
      <div className="compare-pick">
        <RevisionPick id={`${id}-from`} label="From" value={fromId} options={options} onChange={setFromId} />
        <span className="compare-arrow" aria-hidden="true">
          →
        </span>
        <RevisionPick id={`${id}-to`} label="To" value={toId} options={options} onChange={setToId} />
      </div>
      {from && to && (
        <>
          <div className="compare-summary">
            <p aria-live="polite">
              {fromId === toId ? (
                'Pick two different versions to compare.'
              ) : changes.length === 0 ? (
                <>No differences between {from.title} and {to.title} (the layout of the diagram is not compared).</>
              ) : (
                <>
                  <strong>{count(changes.length, 'change')}</strong> from {from.title} to {to.title}
                  {ids.length > 0 && <>, touching {count(ids.length, 'element')}</>}.
                </>
              )}
            </p>
            {changes.length > 0 && (
              <div className="compare-actions">
                {shown && (
                  <button type="button" className="btn btn-small btn-ghost" onClick={() => editorStore.getState().setHighlight(null)}>
                    Clear highlight
                  </button>
                )}
                <button type="button" className="btn btn-small btn-primary" disabled={onDiagram.length === 0} onClick={showOnDiagram} title={onDiagram.length === 0 ? 'None of the changed elements is in the current diagram' : label}>
                  Show on diagram
                </button>
              </div>
            )}
          </div>
          {shown && <p className="compare-shown">Marked on the diagram: {count(highlight.ids.size, 'element')}.</p>}
          {onDiagram.length < ids.length && changes.length > 0 && (
            <p className="history-hint">{count(ids.length - onDiagram.length, 'changed element')} no longer in the current document cannot be marked on the diagram.</p>
          )}
          <div className="compare-groups">
            {groups.map((g) => (
              <section key={g.id} className="compare-group" aria-label={g.title}>
                <h4>
                  {g.title} <span className="compare-count">{g.changes.length}</span>
                </h4>
                <ChangeList changes={g.changes} />
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

export function HistoryView() {
  const projectKey = useEditor((s) => s.projectKey);
  const projectName = useEditor((s) => s.doc.meta.name);
  const { state, reload } = useRevisions(projectKey);
  const [pick, setPick] = useState<{ readonly from: string | null; readonly to: string }>({ from: null, to: CURRENT });
  const revisions = state.status === 'ready' ? state.revisions : [];
  const known = (key: string | null) => key !== null && (key === CURRENT || revisions.some((r) => r.id === key));
  const fromId = known(pick.from) ? pick.from! : (revisions[0]?.id ?? CURRENT);
  const toId = known(pick.to) ? pick.to : CURRENT;
  return (
    <div className="history-view">
      <header className="history-header">
        <h2>Revisions</h2>
        <p className="history-hint">
          Named versions of “{projectName}”, stored in this browser. Compare two of them, or one with the current document, to see what changed.
        </p>
      </header>
      {state.status === 'loading' && <p className="history-hint">Reading the stored revisions…</p>}
      {state.status === 'unavailable' && (
        <p className="notice-inline notice-inline--warning history-unavailable" role="status">
          <WarningIcon size={16} /> {state.reason}
        </p>
      )}
      {state.status === 'ready' && (
        <div className="history-columns">
          <div className="history-side">
            <SaveRevisionForm
              store={state.store}
              onSaved={(r) => {
                setPick({ from: r.id, to: CURRENT });
                reload();
              }}
            />
            <section className="view-card history-card" aria-labelledby="revision-list-title">
              <h3 id="revision-list-title">
                Saved revisions <span className="compare-count">{revisions.length}</span>
              </h3>
              {revisions.length === 0 ? (
                <p className="history-hint">No revision yet. Save one at a milestone (a design review, an approval), then compare later versions with it.</p>
              ) : (
                <ul className="revision-list" aria-label="Saved revisions">
                  {revisions.map((r) => (
                    <RevisionItem
                      key={r.id}
                      revision={r}
                      store={state.store}
                      comparing={r.id === fromId || r.id === toId}
                      onChanged={reload}
                      onCompare={() => setPick({ from: r.id, to: CURRENT })}
                    />
                  ))}
                </ul>
              )}
            </section>
          </div>
          {revisions.length > 0 ? (
            <Comparison revisions={revisions} fromId={fromId} toId={toId} setFromId={(from) => setPick({ from, to: toId })} setToId={(to) => setPick({ from: fromId, to })} />
          ) : (
            <section className="view-card history-card history-compare history-compare--empty" aria-label="Compare">
              <h3>Compare</h3>
              <p className="history-hint">Once a revision is saved, the changes since then show here: zones, conduits, assets, SL-T, requirement status and more, and on the diagram.</p>
            </section>
          )}
        </div>
      )}
    </div>
  );
}

/** One end of a comparison: a revision, or the current document. */
function RevisionPick({
  id,
  label,
  value,
  options,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
}) {
  return (
    <FormField htmlFor={id} label={label}>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}
