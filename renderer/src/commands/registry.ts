/**
 * Every user action is a command `{ id, label, shortcut, run }`. The toolbar, the keyboard, context
 * menus and the desktop shell's native menus (through `PlatformApi.onCommand`) all dispatch ids from
 * here, so one action behaves the same from everywhere.
 */
import type { CommandId } from '../../../shared';
import { editorStore, type EditorState } from '../store/editorStore';
import {
  addZoneAtCentre,
  canvasBridge,
  cancelOrClear,
  deleteSelection,
  guardUnsaved,
  nudge,
  openProject,
  saveProject,
  selectAll,
  startAddConduit,
} from './actions';
import { alignSelection, arrangeableCount, distributeSelection } from './arrange';
import { autoLayout } from './autoLayout';
import { copySelection, cutSelection, duplicateSelection, pasteFromClipboard } from './clipboardActions';
import { openScenarios, toggleWhatIf } from '../trainer/actions';
import type { ViewId } from '../store/editorStore';

/** Renderer-only command ids (keyboard editing that has no native menu entry). */
export const LOCAL_COMMAND_IDS = [
  'edit.nudgeLeft',
  'edit.nudgeRight',
  'edit.nudgeUp',
  'edit.nudgeDown',
  'edit.nudgeLeftFar',
  'edit.nudgeRightFar',
  'edit.nudgeUpFar',
  'edit.nudgeDownFar',
  'edit.clearSelection',
  'arrange.alignLeft',
  'arrange.alignCentre',
  'arrange.alignRight',
  'arrange.alignTop',
  'arrange.alignMiddle',
  'arrange.alignBottom',
  'arrange.distributeHorizontally',
  'arrange.distributeVertically',
] as const;
export type LocalCommandId = (typeof LOCAL_COMMAND_IDS)[number];
export type EditorCommandId = CommandId | LocalCommandId;

export interface Command {
  readonly id: EditorCommandId;
  readonly label: string;
  /** Key chords, `Mod` meaning Cmd on macOS and Ctrl elsewhere; the first is shown in menus. */
  readonly shortcut: readonly string[];
  /** Disabled commands stay visible but do nothing. */
  readonly enabled?: (state: EditorState) => boolean;
  /** Explains a disabled command. */
  readonly disabledReason?: string;
  /** Shown in the shortcuts dialog (nudges are listed once, as a group). */
  readonly listed?: boolean;
  /**
   * Its shortcut is the browser's own clipboard key: the keyboard lets the browser fire its
   * copy / cut / paste event (which carries the system clipboard without asking for permission),
   * and the app's clipboard handler runs the command from there.
   */
  readonly nativeClipboard?: 'copy' | 'cut' | 'paste';
  run(): void;
}

const FAR = 5;

const hasSelection = (s: EditorState) => s.selection.size > 0;

/**
 * Commands that act on the diagram: while a lifecycle view covers it they are off, so Delete or an
 * arrow key in the risk register never changes an element the user cannot see.
 */
const DIAGRAM_ONLY: ReadonlySet<EditorCommandId> = new Set<EditorCommandId>([
  // Nudging, clearing the selection, aligning and distributing all act on the diagram.
  ...LOCAL_COMMAND_IDS,
  'edit.delete',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.duplicate',
  'edit.selectAll',
  'insert.zone',
  'insert.conduit',
  'layout.auto',
  'view.fitView',
  'view.zoomIn',
  'view.zoomOut',
]);

const NOT_ON_DIAGRAM = 'Works on the diagram: open the Diagram tab';

export const COMMANDS: readonly Command[] = [
  { id: 'file.new', label: 'New project', shortcut: [], run: () => editorStore.getState().openDialog({ kind: 'new' }) },
  { id: 'file.open', label: 'Open…', shortcut: ['Mod+O'], run: openProject },
  { id: 'file.save', label: 'Save', shortcut: ['Mod+S'], run: () => void saveProject(false) },
  { id: 'file.saveAs', label: 'Save as…', shortcut: ['Shift+Mod+S'], run: () => void saveProject(true) },
  { id: 'file.exportPdf', label: 'Export PDF', shortcut: [], run: () => editorStore.getState().openDialog({ kind: 'export' }) },
  {
    id: 'file.close',
    label: 'Close project',
    shortcut: [],
    run: () => guardUnsaved(() => editorStore.getState().openDialog({ kind: 'new' }), 'close it'),
    listed: false,
  },
  { id: 'edit.undo', label: 'Undo', shortcut: ['Mod+Z'], enabled: (s) => s.past.length > 0, run: () => editorStore.getState().undo() },
  {
    id: 'edit.redo',
    label: 'Redo',
    shortcut: ['Shift+Mod+Z', 'Ctrl+Y'],
    enabled: (s) => s.future.length > 0,
    run: () => editorStore.getState().redo(),
  },
  {
    id: 'edit.delete',
    label: 'Delete',
    shortcut: ['Delete', 'Backspace'],
    enabled: (s) => s.selection.size > 0,
    run: deleteSelection,
  },
  {
    id: 'edit.cut',
    label: 'Cut',
    shortcut: ['Mod+X'],
    enabled: hasSelection,
    disabledReason: 'Select zones or assets first',
    nativeClipboard: 'cut',
    run: () => void cutSelection(),
  },
  {
    id: 'edit.copy',
    label: 'Copy',
    shortcut: ['Mod+C'],
    enabled: hasSelection,
    disabledReason: 'Select zones or assets first',
    nativeClipboard: 'copy',
    run: () => void copySelection(),
  },
  {
    id: 'edit.paste',
    label: 'Paste',
    shortcut: ['Mod+V'],
    enabled: (s) => s.clipboardReady,
    disabledReason: 'Copy zones or assets first',
    nativeClipboard: 'paste',
    run: () => void pasteFromClipboard(),
  },
  {
    id: 'edit.duplicate',
    label: 'Duplicate',
    shortcut: ['Mod+D'],
    enabled: hasSelection,
    disabledReason: 'Select zones or assets first',
    run: () => void duplicateSelection(),
  },
  { id: 'edit.selectAll', label: 'Select all', shortcut: ['Mod+A'], run: selectAll },
  {
    id: 'edit.find',
    label: 'Find by name',
    shortcut: ['Mod+F'],
    run: () => {
      // Find jumps to an element on the diagram, so it brings the diagram up.
      editorStore.getState().showView('diagram');
      editorStore.getState().openFind(true);
    },
  },
  { id: 'edit.clearSelection', label: 'Clear selection / cancel', shortcut: ['Escape'], run: cancelOrClear },
  { id: 'edit.nudgeLeft', label: 'Nudge left', shortcut: ['ArrowLeft'], run: () => nudge(-1, 0), listed: false },
  { id: 'edit.nudgeRight', label: 'Nudge right', shortcut: ['ArrowRight'], run: () => nudge(1, 0), listed: false },
  { id: 'edit.nudgeUp', label: 'Nudge up', shortcut: ['ArrowUp'], run: () => nudge(0, -1), listed: false },
  { id: 'edit.nudgeDown', label: 'Nudge down', shortcut: ['ArrowDown'], run: () => nudge(0, 1), listed: false },
  { id: 'edit.nudgeLeftFar', label: 'Nudge left far', shortcut: ['Shift+ArrowLeft'], run: () => nudge(-FAR, 0), listed: false },
  { id: 'edit.nudgeRightFar', label: 'Nudge right far', shortcut: ['Shift+ArrowRight'], run: () => nudge(FAR, 0), listed: false },
  { id: 'edit.nudgeUpFar', label: 'Nudge up far', shortcut: ['Shift+ArrowUp'], run: () => nudge(0, -FAR), listed: false },
  { id: 'edit.nudgeDownFar', label: 'Nudge down far', shortcut: ['Shift+ArrowDown'], run: () => nudge(0, FAR), listed: false },
  { id: 'insert.zone', label: 'Add zone', shortcut: [], run: addZoneAtCentre },
  { id: 'insert.conduit', label: 'Add conduit', shortcut: [], run: startAddConduit },
  {
    id: 'layout.auto',
    label: 'Auto layout',
    shortcut: [],
    enabled: (s) => s.busy === null && (s.doc.zones.length > 0 || s.doc.assets.length > 0),
    disabledReason: 'Nothing to lay out yet',
    run: () => void autoLayout(),
  },
  ...(
    [
      ['arrange.alignLeft', 'Align left', 'left'],
      ['arrange.alignCentre', 'Align centres', 'centre'],
      ['arrange.alignRight', 'Align right', 'right'],
      ['arrange.alignTop', 'Align top', 'top'],
      ['arrange.alignMiddle', 'Align middles', 'middle'],
      ['arrange.alignBottom', 'Align bottom', 'bottom'],
    ] as const
  ).map(
    ([id, label, edge]): Command => ({
      id,
      label,
      shortcut: [],
      enabled: (s) => arrangeableCount(s) >= 2,
      disabledReason: 'Select two zones or assets or more',
      run: () => void alignSelection(edge),
    }),
  ),
  {
    id: 'arrange.distributeHorizontally',
    label: 'Distribute horizontally',
    shortcut: [],
    enabled: (s) => arrangeableCount(s) >= 3,
    disabledReason: 'Select three zones or assets or more',
    run: () => void distributeSelection('horizontal'),
  },
  {
    id: 'arrange.distributeVertically',
    label: 'Distribute vertically',
    shortcut: [],
    enabled: (s) => arrangeableCount(s) >= 3,
    disabledReason: 'Select three zones or assets or more',
    run: () => void distributeSelection('vertical'),
  },
  {
    id: 'view.fitView',
    label: 'Fit view',
    shortcut: ['Shift+1'],
    run: () => {
      const flow = canvasBridge.flow;
      if (flow && flow.getNodes().length > 0) void flow.fitView({ padding: 0.12, duration: 250, maxZoom: 1.25 });
    },
  },
  { id: 'view.zoomIn', label: 'Zoom in', shortcut: ['Mod+='], run: () => void canvasBridge.flow?.zoomIn({ duration: 150 }) },
  { id: 'view.zoomOut', label: 'Zoom out', shortcut: ['Mod+-'], run: () => void canvasBridge.flow?.zoomOut({ duration: 150 }) },
  { id: 'help.shortcuts', label: 'Keyboard shortcuts', shortcut: ['?'], run: () => editorStore.getState().openDialog({ kind: 'shortcuts' }) },
  ...(
    [
      ['view.diagram', 'Diagram', 'diagram', '1'],
      ['view.workflow', 'Workflow (ZCR)', 'workflow', '2'],
      ['view.risk', 'Risk register', 'risk', '3'],
      ['view.lifecycle', 'Lifecycle', 'lifecycle', '4'],
      ['view.history', 'Revisions', 'history', '5'],
      ['view.reference', 'IEC 62443 reference', 'reference', '6'],
    ] as const
  ).map(
    ([id, label, view, key]): Command => ({ id, label, shortcut: [`Mod+${key}`], run: () => editorStore.getState().showView(view satisfies ViewId) }),
  ),
  { id: 'help.reference', label: 'IEC 62443 reference', shortcut: [], listed: false, run: () => editorStore.getState().showView('reference') },
  {
    id: 'view.presentation',
    label: 'Presentation mode',
    shortcut: ['F5'],
    run: () => editorStore.getState().setPresentation(!editorStore.getState().presentation),
  },
  { id: 'trainer.whatIf', label: 'What-if mode', shortcut: [], run: toggleWhatIf },
  { id: 'trainer.scenarios', label: 'Guided scenarios', shortcut: [], run: openScenarios },
];

const BY_ID = new Map<string, Command>(COMMANDS.map((c) => [c.id, c]));

export function commandById(id: EditorCommandId): Command | undefined {
  return BY_ID.get(id);
}

export function isEnabled(command: Command, state: EditorState = editorStore.getState()): boolean {
  if (state.view !== 'diagram' && DIAGRAM_ONLY.has(command.id)) return false;
  return command.enabled ? command.enabled(state) : true;
}

/** Why a command is off, for its tooltip; undefined when it is on. */
export function disabledReason(command: Command, state: EditorState = editorStore.getState()): string | undefined {
  if (isEnabled(command, state)) return undefined;
  if (state.view !== 'diagram' && DIAGRAM_ONLY.has(command.id)) return NOT_ON_DIAGRAM;
  return command.disabledReason;
}

/** Runs a command by id, from any entry point; false when unknown or disabled. */
export function dispatch(id: EditorCommandId): boolean {
  const command = BY_ID.get(id);
  if (!command || !isEnabled(command)) return false;
  command.run();
  return true;
}

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

interface Chord {
  readonly key: string;
  readonly mod: boolean;
  readonly ctrl: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

function parseChord(text: string): Chord {
  const parts = text.split('+');
  // "Mod+=" splits to ["Mod", "="]; a bare "+" would be [""," "], which we never use.
  const key = parts[parts.length - 1] as string;
  const mods = new Set(parts.slice(0, -1));
  return { key, mod: mods.has('Mod'), ctrl: mods.has('Ctrl'), shift: mods.has('Shift'), alt: mods.has('Alt') };
}

/** Keys whose character already says whether Shift was pressed (so Shift is not compared). */
const PRINTED = /^[^a-zA-Z0-9]$/;

/** Does the key event match the chord, on this platform? */
export function matchesChord(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, text: string, mac = IS_MAC): boolean {
  const chord = parseChord(text);
  const wantCtrl = chord.ctrl || (chord.mod && !mac);
  const wantMeta = chord.mod && mac;
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta || event.altKey !== chord.alt) return false;
  if (/^[0-9]$/.test(chord.key)) {
    // Shift+1 types "!" on most layouts: compare the physical key.
    return event.code === `Digit${chord.key}` && event.shiftKey === chord.shift;
  }
  if (PRINTED.test(chord.key)) return event.key === chord.key || (chord.key === '=' && event.key === '+');
  if (event.shiftKey !== chord.shift) return false;
  return event.key.length === 1 ? event.key.toLowerCase() === chord.key.toLowerCase() : event.key === chord.key;
}

/** The command a key press triggers, if any. */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, mac = IS_MAC): Command | undefined {
  return COMMANDS.find((c) => c.shortcut.some((s) => matchesChord(event, s, mac)));
}

/** "⇧⌘Z" on macOS, "Shift+Ctrl+Z" elsewhere. */
export function formatShortcut(text: string, mac = IS_MAC): string {
  const chord = parseChord(text);
  const names: Record<string, string> = mac
    ? { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc', Delete: '⌦', Backspace: '⌫' }
    : { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc', Delete: 'Del', Backspace: 'Backspace' };
  const key = names[chord.key] ?? chord.key.toUpperCase();
  if (mac) return `${chord.ctrl ? '⌃' : ''}${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${chord.mod ? '⌘' : ''}${key}`;
  return [chord.ctrl || chord.mod ? 'Ctrl' : '', chord.alt ? 'Alt' : '', chord.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}
