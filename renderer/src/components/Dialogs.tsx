/** The dialogs the store asks for: new project, shortcuts, file problems, confirmation. */
import { ScenarioDialog } from '../trainer/ScenarioDialog';
import { emptyDocument } from '../../../shared';
import { loadProject } from '../commands/actions';
import { COMMANDS, formatShortcut } from '../commands/registry';
import { ExportDialogHost } from '../export';
import { SAMPLES } from '../files/samples';
import { NewIcon, WarningIcon, ZoneIcon } from '../icons/uiIcons';
import { editorStore, isModified, useEditor } from '../store/editorStore';
import { Modal } from './Modal';
import { RecentProjects } from './RecentProjects';
import { RecoveryDialog } from './RecoveryDialog';

const close = () => editorStore.getState().openDialog(null);

function NewProjectDialog() {
  const modified = useEditor(isModified);
  const start = (load: () => void) => {
    close();
    load();
  };
  return (
    <Modal title="New project" onClose={close} wide>
      {modified && (
        <p className="notice-inline notice-inline--warning">
          <WarningIcon size={16} /> The open project has unsaved changes; starting a new one discards them.
        </p>
      )}
      <RecentProjects limit={5} />
      <p className="modal-lead">Start from an empty canvas, or from a sample plant to explore.</p>
      <ul className="choice-grid">
        <li>
          <button type="button" className="choice" onClick={() => start(() => loadProject(emptyDocument(), {}, true))}>
            <span className="choice-icon">
              <NewIcon size={22} />
            </span>
            <span className="choice-title">Empty project</span>
            <span className="choice-text">A blank canvas: add zones, drag in assets, join zones with conduits.</span>
          </button>
        </li>
        {SAMPLES.map((s) => (
          <li key={s.file}>
            <button
              type="button"
              className="choice"
              disabled={!s.doc}
              title={s.problems ?? s.file}
              onClick={() => s.doc && start(() => loadProject(s.doc!, {}, true))}
            >
              <span className="choice-icon">
                <ZoneIcon size={22} />
              </span>
              <span className="choice-title">{s.name}</span>
              <span className="choice-text">{s.problems ? 'This sample does not load.' : (s.description ?? s.file)}</span>
              <span className="choice-meta">
                {s.counts.zones} zones · {s.counts.assets} assets · {s.counts.conduits} conduits
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}

const EXTRA: readonly (readonly [string, string])[] = [
  ['←  →  ↑  ↓', 'Nudge the selection one grid step'],
  ['Shift + arrows', 'Nudge five grid steps'],
  ['Click a zone’s title bar', 'Select the zone; drag the title bar to move it'],
  ['Shift + click', 'Add to or remove from the selection'],
  ['Drag on the canvas', 'Select with a rubber band'],
  ['Space + drag, middle-button drag, scroll', 'Pan'],
  ['Right-click', 'Actions for the selection or the canvas'],
  ['Ctrl + scroll, pinch', 'Zoom'],
  ['Drag from an asset’s handle to another', 'Draw a link'],
  ['Right-click with several selected', 'Align and distribute them'],
];

function ShortcutsDialog() {
  const listed = COMMANDS.filter((c) => c.shortcut.length > 0 && c.listed !== false);
  return (
    <Modal title="Keyboard shortcuts" onClose={close} footer={<button type="button" className="btn btn-primary" onClick={close}>Done</button>}>
      <table className="shortcuts">
        <tbody>
          {listed.map((c) => (
            <tr key={c.id}>
              <td>
                {c.shortcut.map((s, i) => (
                  <span key={s}>
                    {i > 0 && <span className="kbd-or"> or </span>}
                    <kbd>{formatShortcut(s)}</kbd>
                  </span>
                ))}
              </td>
              <td>{c.label}</td>
            </tr>
          ))}
          {EXTRA.map(([keys, what]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}

export function Dialogs() {
  const dialog = useEditor((s) => s.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'new':
      return <NewProjectDialog />;
    case 'shortcuts':
      return <ShortcutsDialog />;
    case 'recover':
      return <RecoveryDialog records={dialog.records} />;
    case 'export':
      return <ExportDialogHost />;
    case 'scenarios':
      return <ScenarioDialog />;
    case 'problems':
      return (
        <Modal
          title={dialog.title}
          onClose={close}
          alert
          footer={
            <button type="button" className="btn btn-primary" onClick={close}>
              OK
            </button>
          }
        >
          <p>{dialog.message}</p>
          <ul className="problem-list" aria-label="Problems">
            {dialog.problems.map((p, i) => (
              <li key={i}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </Modal>
      );
    case 'confirm':
      return (
        <Modal
          title={dialog.title}
          onClose={close}
          alert
          footer={
            <>
              <button type="button" className="btn" onClick={close}>
                Cancel
              </button>
              <button
                type="button"
                className="btn btn-danger"
                onClick={() => {
                  close();
                  dialog.onConfirm();
                }}
              >
                {dialog.confirmLabel}
              </button>
            </>
          }
        >
          <p>{dialog.message}</p>
        </Modal>
      );
  }
}
