/** The ui slice: what is not the document (the conduit tool, dialogs, notices, the view shown, trainer state). */
import type { StateCreator } from 'zustand';
import type { AssetType, Position, ZoneId, ZonewrightDocument } from '../../../shared';
import type { SessionRecord } from '../persistence/db';
import type { EditorState } from './editorStore';

/** A node's position (relative to its parent) and size while a drag or resize is under way. */
export interface TransientFrame {
  readonly position?: Position;
  readonly width?: number;
  readonly height?: number;
}

export type EditorMode = { readonly kind: 'idle' } | { readonly kind: 'addConduit'; readonly first?: ZoneId };

export type Dialog =
  | { readonly kind: 'new' }
  | { readonly kind: 'shortcuts' }
  /** Unsaved work of sessions that ended without saving (a crash, a closed tab), offered on start. */
  | { readonly kind: 'recover'; readonly records: readonly SessionRecord[] }
  | { readonly kind: 'export' }
  /** The trainer's list of guided scenarios. */
  | { readonly kind: 'scenarios' }
  | { readonly kind: 'problems'; readonly title: string; readonly message: string; readonly problems: readonly string[] }
  | {
      readonly kind: 'confirm';
      readonly title: string;
      readonly message: string;
      readonly confirmLabel: string;
      readonly onConfirm: () => void;
    };

/** An open context menu: where, and over what (commands act on the selection). */
export interface ContextMenuState {
  readonly x: number;
  readonly y: number;
  readonly over: 'element' | 'canvas';
}

/** The main views: the diagram editor, and the lifecycle views that take the canvas's place. */
export const VIEW_IDS = ['diagram', 'workflow', 'risk', 'lifecycle', 'history', 'reference'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** Elements marked on the canvas, with what the marking means (revision changes, a scenario step). */
export interface Highlight {
  readonly ids: ReadonlySet<string>;
  readonly label: string;
}

/** A what-if experiment: the document it started from, restored in one click by revert. */
export interface WhatIf {
  readonly base: ZonewrightDocument;
  /** The undo history length when it started, so revert also drops the experiment's undo steps. */
  readonly pastLength: number;
}

/** A guided trainer scenario under way. */
export interface ScenarioProgress {
  readonly id: string;
  readonly step: number;
}

export interface Notice {
  readonly id: number;
  readonly text: string;
  readonly tone: 'info' | 'success' | 'error';
}

export interface UiSlice {
  readonly mode: EditorMode;
  readonly dialog: Dialog | null;
  /** The palette entry chosen for Enter-to-add. */
  readonly paletteType: AssetType | null;
  readonly notice: Notice | null;
  readonly contextMenu: ContextMenuState | null;
  /** The find box over the canvas; `findRequest` counts requests, so a repeated Ctrl+F refocuses it. */
  readonly findOpen: boolean;
  readonly findRequest: number;
  /** A long-running command under way (auto layout), shown in the toolbar; null when idle. */
  readonly busy: string | null;
  /** Elements were copied here or in another window, so Paste has something to paste. */
  readonly clipboardReady: boolean;
  readonly view: ViewId;
  /** What the reference view should scroll to and mark: a requirement id (`SR 1.1 RE 1`) or a clause. */
  readonly referenceFocus: string | null;
  readonly highlight: Highlight | null;
  /** Trainer presentation: large type, high contrast, panels hidden. */
  readonly presentation: boolean;
  readonly whatIf: WhatIf | null;
  readonly scenario: ScenarioProgress | null;
  /** Shows a view; for the reference view, `focus` names the entry to show. */
  showView(view: ViewId, focus?: string): void;
  setHighlight(highlight: Highlight | null): void;
  setPresentation(on: boolean): void;
  setWhatIf(whatIf: WhatIf | null): void;
  setScenario(scenario: ScenarioProgress | null): void;
  openContextMenu(menu: ContextMenuState | null): void;
  openFind(open: boolean): void;
  setBusy(busy: string | null): void;
  setClipboardReady(ready: boolean): void;
  setMode(mode: EditorMode): void;
  openDialog(dialog: Dialog | null): void;
  setPaletteType(type: AssetType | null): void;
  notify(text: string, tone?: Notice['tone']): void;
}

let noticeId = 0;

export const createUiSlice: StateCreator<EditorState, [], [], UiSlice> = (set, get) => ({
    mode: { kind: 'idle' },
    dialog: null,
    paletteType: null,
    notice: null,
  contextMenu: null,
  findOpen: false,
  findRequest: 0,
  busy: null,
  clipboardReady: false,
  view: 'diagram',
  referenceFocus: null,
  highlight: null,
  presentation: false,
  whatIf: null,
  scenario: null,
  showView(view, focus) {
    set({ view, referenceFocus: view === 'reference' ? (focus ?? null) : get().referenceFocus, contextMenu: null });
  },
  setHighlight(highlight) {
    set({ highlight });
  },
  setPresentation(presentation) {
    set({ presentation });
  },
  setWhatIf(whatIf) {
    set({ whatIf });
  },
  setScenario(scenario) {
    set({ scenario });
  },
  openContextMenu(contextMenu) {
    set({ contextMenu });
  },
  openFind(open) {
    set(open ? { findOpen: true, findRequest: get().findRequest + 1 } : { findOpen: false });
  },
  setBusy(busy) {
    set({ busy });
  },
  setClipboardReady(clipboardReady) {
    if (get().clipboardReady !== clipboardReady) set({ clipboardReady });
  },
    setMode(mode) {
      set({ mode });
    },
    openDialog(dialog) {
      set({ dialog });
    },
    setPaletteType(paletteType) {
      set({ paletteType });
    },
    notify(text, tone = 'info') {
      set({ notice: { id: ++noticeId, text, tone } });
    },
});
