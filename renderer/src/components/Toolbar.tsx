/** The toolbar: every button dispatches a command id, exactly as shortcuts and native menus do. */
import type { IconComponent } from '../icons/Icon';
import {
  ConduitIcon,
  FitViewIcon,
  KeyboardIcon,
  LayoutIcon,
  LogoIcon,
  NewIcon,
  OpenIcon,
  PdfIcon,
  RedoIcon,
  SaveIcon,
  SearchIcon,
  UndoIcon,
  ZoneIcon,
  ZoomInIcon,
  ZoomOutIcon,
} from '../icons/uiIcons';
import { commandById, disabledReason, dispatch, formatShortcut, isEnabled, type EditorCommandId } from '../commands/registry';
import { isModified, useEditor } from '../store/editorStore';
import { ApprovalBadge } from '../views/workflow/ApprovalBadge';

function ToolButton({
  id,
  label,
  icon: Icon,
  iconOnly,
  busyLabel,
}: {
  readonly id: EditorCommandId;
  readonly label: string;
  readonly icon: IconComponent;
  readonly iconOnly?: boolean;
  /** Shown instead of the label while the app is busy with this command. */
  readonly busyLabel?: string;
}) {
  const command = commandById(id);
  // Subscribing to the whole state keeps enabled states current (undo/redo after each edit).
  const enabled = useEditor((s) => (command ? isEnabled(command, s) : false));
  const busy = useEditor((s) => busyLabel !== undefined && s.busy === busyLabel);
  const why = useEditor((s) => (command ? disabledReason(command, s) : undefined));
  const shortcut = command?.shortcut[0];
  const title = busy ? busyLabel : why ? why : `${command?.label ?? label}${shortcut ? ` (${formatShortcut(shortcut)})` : ''}`;
  return (
    <button
      type="button"
      className={`tb-btn${iconOnly ? ' tb-btn--icon' : ''}${busy ? ' is-busy' : ''}`}
      onClick={() => dispatch(id)}
      disabled={!enabled}
      title={title}
      aria-label={iconOnly || busy ? label : undefined}
      aria-busy={busy || undefined}
    >
      {busy ? <span className="spinner" aria-hidden="true" /> : <Icon size={18} />}
      {!iconOnly && (
        <span className="tb-label" aria-hidden={busy || undefined}>
          {busy ? busyLabel : label}
        </span>
      )}
    </button>
  );
}

/** Zoom and fit, floating on the canvas; the same commands as the shortcuts. */
export function ViewControls() {
  return (
    <div className="view-controls" role="group" aria-label="View">
      <ToolButton id="view.zoomIn" label="Zoom in" icon={ZoomInIcon} iconOnly />
      <ToolButton id="view.zoomOut" label="Zoom out" icon={ZoomOutIcon} iconOnly />
      <ToolButton id="view.fitView" label="Fit view" icon={FitViewIcon} iconOnly />
    </div>
  );
}

export function Toolbar() {
  const name = useEditor((s) => s.doc.meta.name);
  const modified = useEditor(isModified);
  const fileName = useEditor((s) => s.file.name);
  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-logo">
          <LogoIcon size={20} />
        </span>
        <span className="brand-name">Zonewright</span>
      </div>
      <div className="doc-title" title={fileName ?? 'Not saved yet'}>
        <span className="doc-name">{name}</span>
        {modified ? (
          <span className="doc-state doc-state--modified" title="Unsaved changes">
            Edited
          </span>
        ) : (
          fileName && <span className="doc-state">{fileName}</span>
        )}
        <ApprovalBadge />
      </div>
      <nav className="toolbar-groups" aria-label="Toolbar">
        <div className="tb-group">
          <ToolButton id="file.new" label="New" icon={NewIcon} />
          <ToolButton id="file.open" label="Open" icon={OpenIcon} />
          <ToolButton id="file.save" label="Save" icon={SaveIcon} />
        </div>
        <div className="tb-group">
          <ToolButton id="edit.undo" label="Undo" icon={UndoIcon} />
          <ToolButton id="edit.redo" label="Redo" icon={RedoIcon} />
        </div>
        <div className="tb-group">
          <ToolButton id="insert.zone" label="Add zone" icon={ZoneIcon} />
          <ToolButton id="insert.conduit" label="Add conduit" icon={ConduitIcon} />
          <ToolButton id="layout.auto" label="Auto layout" icon={LayoutIcon} busyLabel="Laying out…" />
          <ToolButton id="file.exportPdf" label="Export PDF" icon={PdfIcon} />
        </div>
      </nav>
      <div className="tb-group tb-group--end">
        <ToolButton id="edit.find" label="Find" icon={SearchIcon} iconOnly />
        <ToolButton id="help.shortcuts" label="Keyboard shortcuts" icon={KeyboardIcon} iconOnly />
      </div>
    </header>
  );
}
