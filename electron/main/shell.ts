/**
 * The desktop shell's behaviour, without Electron: one window per document, which window a file
 * opens in, menu command routing, the save and export flows with their dialogs, the unsaved-changes
 * prompt on close, window titles, recent files and remembered window positions. `index.ts` binds it
 * to real BrowserWindows, dialogs and IPC; the tests drive it with fakes.
 */
import nodePath from 'node:path';
import type { DocumentState, ExportRequest, OpenedFile, SaveRequest, SavedFile } from '../../shared/platform/api';
import type { CommandId } from '../../shared/platform/commands';
import { IPC_EVENT_CHANNELS, type ExportMimeType, type IpcEventChannel } from '../../shared/platform/ipc';
import { fileNameOf, folderOf, withExportExtension, withProjectExtension, type ProjectFiles } from './projectFiles';
import { samePath, type RecentFiles } from './recentFiles';
import type { Rect } from './security';
import { cascadeFrom, type WindowState, type WindowStateStore } from './windowState';

/** One document window, as the shell sees it. */
export interface ShellWindow {
  /** The id of its WebContents: IPC events carry it as `event.sender.id`. */
  readonly id: number;
  send(channel: IpcEventChannel, payload: unknown): void;
  setTitle(title: string): void;
  /** macOS: the dot in the close button; elsewhere a no-op. */
  setDocumentEdited(edited: boolean): void;
  /** macOS: the proxy icon in the title bar; elsewhere a no-op. */
  setRepresentedFilename(path: string): void;
  /** Shows, restores if minimized, and focuses. */
  focus(): void;
  /** Asks to close (runs the close check). */
  close(): void;
  /** Size and position to remember (the normal bounds, even when maximized). */
  state(): WindowState;
}

/** What a window reports back to the shell. */
export interface WindowEvents {
  /** The page finished loading: the preload listens for events from now on. */
  loaded(): void;
  /** The user or the app asked to close; `preventDefault` keeps the window open. Must decide synchronously. */
  closeRequested(event: { preventDefault(): void }): void;
  closed(): void;
  focused(): void;
  /** The renderer process crashed or was killed: nothing left to save from it. */
  rendererGone(): void;
}

export type SaveChangesAnswer = 'save' | 'discard' | 'cancel';

export interface ShellDialogs {
  chooseProjectToOpen(parent: ShellWindow | undefined, folder: string): Promise<string | undefined>;
  chooseProjectSavePath(parent: ShellWindow, defaultPath: string): Promise<string | undefined>;
  chooseExportPath(parent: ShellWindow, defaultPath: string, mimeType: ExportMimeType): Promise<string | undefined>;
  askSaveChanges(parent: ShellWindow, documentName: string): Promise<SaveChangesAnswer>;
  /** Asked when the shell added an extension to a chosen name and that file exists. */
  confirmReplace(parent: ShellWindow, path: string): Promise<boolean>;
  showError(parent: ShellWindow | undefined, message: string): void;
}

export interface ShellDeps {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  /** Folder the first open and save dialogs start in. */
  readonly documentsFolder: string;
  createWindow(state: WindowState, events: WindowEvents): ShellWindow;
  /** WebContents id of the focused window, if one of ours has focus. */
  focusedWindowId(): number | undefined;
  /** Work areas of the displays, primary first. */
  workAreas(): Rect[];
  readonly dialogs: ShellDialogs;
  readonly files: ProjectFiles;
  readonly windowState: WindowStateStore;
  readonly recent: RecentFiles;
  /** The recent list changed: rebuild the Open Recent menu, tell the OS. */
  recentChanged(recent: readonly string[], added?: string): void;
  /** Quit the app (used to continue a quit that a save prompt interrupted). */
  quit(): void;
  log(message: string): void;
}

interface WindowRecord {
  readonly window: ShellWindow;
  /** The file this window's document lives in, once opened or saved. */
  path?: string;
  /** The renderer's name for the document (used while it has no file). */
  title: string;
  modified: boolean;
  /** Never given a file and never edited: an open request may reuse it. */
  blank: boolean;
  loaded: boolean;
  pendingFiles: OpenedFile[];
  /** Paths the user chose or opened in this window; a save without a dialog may only write here. */
  readonly grantedPaths: Set<string>;
  allowClose: boolean;
  closeAfterSave: boolean;
  prompting: boolean;
  rendererGone: boolean;
}

export interface Shell {
  /** Opens the launch files (a window each) or one empty window. */
  start(files: readonly string[]): Promise<void>;
  /** Opens files, each in its own window (reusing an untouched focused window); focuses a window already showing one. */
  openFiles(files: readonly string[]): Promise<void>;
  /** A second launch: open its files, or bring the app to the front. */
  secondInstance(files: readonly string[]): Promise<void>;
  /** macOS dock click: a window if there is none. */
  activate(): void;
  /** A menu command for the focused window. */
  dispatch(command: CommandId): void;
  openRecent(path: string): Promise<void>;
  clearRecent(): void;
  /** The app is quitting: a save prompt that ends in closing continues the quit. */
  quitting(value: boolean): void;
  isOwnWindow(webContentsId: number): boolean;
  windowCount(): number;
  openFileFor(windowId: number): Promise<OpenedFile | null>;
  saveFileFor(windowId: number, request: SaveRequest): Promise<SavedFile | null>;
  exportFileFor(windowId: number, request: ExportRequest): Promise<SavedFile | null>;
  setDocumentState(windowId: number, state: DocumentState): void;
}

/** `● Plant A.zonewright.json — Zonewright`: the file name (or the document's name while unsaved) and a marker while modified. */
export function formatWindowTitle(document: { path?: string; title: string; modified: boolean }, appName: string): string {
  const name = documentNameOf(document);
  return `${document.modified ? '● ' : ''}${name} — ${appName}`;
}

function documentNameOf(document: { path?: string; title: string }): string {
  return document.path ? fileNameOf(document.path) : document.title.trim() || 'Untitled';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createShell(deps: ShellDeps): Shell {
  const windows = new Map<number, WindowRecord>();
  let lastFocusedId: number | undefined;
  let quitting = false;

  const pathKey = (path: string) => (deps.platform === 'linux' ? path : path.toLowerCase());

  const refreshTitle = (record: WindowRecord) => {
    record.window.setTitle(formatWindowTitle(record, deps.appName));
    record.window.setDocumentEdited(record.modified);
    if (record.path) record.window.setRepresentedFilename(record.path);
  };

  const rememberRecent = (path: string) => {
    deps.recent.add(path);
    deps.recentChanged(deps.recent.list(), path);
  };

  const focusedRecord = (): WindowRecord | undefined => {
    const id = deps.focusedWindowId();
    return id === undefined ? undefined : windows.get(id);
  };

  const findByPath = (path: string): WindowRecord | undefined =>
    [...windows.values()].find((record) => record.path !== undefined && samePath(record.path, path, deps.platform));

  const requireRecord = (windowId: number): WindowRecord => {
    const record = windows.get(windowId);
    if (!record) throw new Error('the window is gone');
    return record;
  };

  const startFolder = (record: WindowRecord | undefined) => (record?.path ? folderOf(record.path) : deps.documentsFolder);

  const saveWindowState = (record: WindowRecord) => {
    try {
      deps.windowState.save(record.window.state());
    } catch (error) {
      deps.log(`could not remember the window position: ${messageOf(error)}`);
    }
  };

  function handleClose(record: WindowRecord, event: { preventDefault(): void }): void {
    if (record.allowClose || record.rendererGone || !record.modified) {
      saveWindowState(record);
      return;
    }
    event.preventDefault();
    if (record.prompting) return;
    record.prompting = true;
    void deps.dialogs.askSaveChanges(record.window, documentNameOf(record)).then(
      (answer) => {
        record.prompting = false;
        if (!windows.has(record.window.id)) return;
        if (answer === 'save') {
          // The renderer saves as it would from the menu; a successful save then closes the window.
          record.closeAfterSave = true;
          record.window.send(IPC_EVENT_CHANNELS.command, 'file.save' satisfies CommandId);
        } else if (answer === 'discard') {
          record.allowClose = true;
          record.window.close();
        } else {
          quitting = false;
        }
      },
      (error: unknown) => {
        record.prompting = false;
        quitting = false;
        deps.log(`close prompt failed: ${messageOf(error)}`);
      },
    );
  }

  function newWindow(): WindowRecord {
    const workAreas = deps.workAreas();
    const restored = deps.windowState.restore(workAreas);
    const reference = (lastFocusedId !== undefined ? windows.get(lastFocusedId) : undefined) ?? [...windows.values()].pop();
    const state: WindowState = reference
      ? { bounds: cascadeFrom(reference.window.state().bounds, workAreas), maximized: false, fullScreen: false }
      : restored;
    // The events fire only after `record` below exists (never during createWindow).
    const events: WindowEvents = {
      loaded: () => {
        record.loaded = true;
        for (const file of record.pendingFiles.splice(0)) record.window.send(IPC_EVENT_CHANNELS.openFile, file);
      },
      closeRequested: (event) => handleClose(record, event),
      closed: () => {
        windows.delete(record.window.id);
        if (lastFocusedId === record.window.id) lastFocusedId = undefined;
        if (quitting && record.allowClose) deps.quit();
      },
      focused: () => {
        lastFocusedId = record.window.id;
      },
      rendererGone: () => {
        record.rendererGone = true;
        deps.log(`the renderer of window ${record.window.id} is gone`);
      },
    };
    const window = deps.createWindow(state, events);
    const record: WindowRecord = {
      window,
      title: '',
      modified: false,
      blank: true,
      loaded: false,
      pendingFiles: [],
      grantedPaths: new Set(),
      allowClose: false,
      closeAfterSave: false,
      prompting: false,
      rendererGone: false,
    };
    windows.set(window.id, record);
    refreshTitle(record);
    return record;
  }

  /** Points a window at a file it now shows: its path is granted for saving without a dialog. */
  function adopt(record: WindowRecord, file: OpenedFile): void {
    record.path = file.path;
    if (file.path) record.grantedPaths.add(pathKey(file.path));
    record.title = file.name;
    record.modified = false;
    record.blank = false;
    refreshTitle(record);
  }

  function deliver(record: WindowRecord, file: OpenedFile): void {
    adopt(record, file);
    if (record.loaded) record.window.send(IPC_EVENT_CHANNELS.openFile, file);
    else record.pendingFiles.push(file);
  }

  async function openFiles(files: readonly string[]): Promise<void> {
    for (const path of files) {
      const showing = findByPath(path);
      if (showing) {
        showing.window.focus();
        continue;
      }
      let file: OpenedFile;
      try {
        file = await deps.files.readProject(path);
      } catch (error) {
        deps.dialogs.showError(focusedRecord()?.window, messageOf(error));
        continue;
      }
      const openedMeanwhile = findByPath(path);
      if (openedMeanwhile) {
        openedMeanwhile.window.focus();
        continue;
      }
      const focused = focusedRecord();
      const target = focused?.blank ? focused : newWindow();
      deliver(target, file);
      target.window.focus();
      rememberRecent(path);
    }
  }

  async function openWithDialog(): Promise<void> {
    const parent = focusedRecord();
    const path = await deps.dialogs.chooseProjectToOpen(parent?.window, startFolder(parent));
    if (path) await openFiles([path]);
  }

  /** The user chose a path in a dialog; the shell adds a missing extension, asking before it replaces a file. */
  async function settleChosenPath(record: WindowRecord, chosen: string, withExtension: (p: string) => string): Promise<string | undefined> {
    const target = withExtension(chosen);
    if (target !== chosen && (await deps.files.exists(target)) && !(await deps.dialogs.confirmReplace(record.window, target))) {
      return undefined;
    }
    return target;
  }

  const cancelPendingClose = (record: WindowRecord) => {
    record.closeAfterSave = false;
    quitting = false;
  };

  return {
    async start(files) {
      if (files.length > 0) await openFiles(files);
      if (windows.size === 0) newWindow();
    },

    openFiles,

    async secondInstance(files) {
      if (files.length > 0) {
        await openFiles(files);
        return;
      }
      const front = (lastFocusedId !== undefined ? windows.get(lastFocusedId) : undefined) ?? [...windows.values()].pop();
      if (front) front.window.focus();
      else newWindow();
    },

    activate() {
      if (windows.size === 0) newWindow();
    },

    dispatch(command) {
      switch (command) {
        case 'file.new':
          newWindow();
          return;
        case 'file.open':
          void openWithDialog().catch((error: unknown) => deps.dialogs.showError(focusedRecord()?.window, messageOf(error)));
          return;
        case 'file.close':
          focusedRecord()?.window.close();
          return;
        default:
          focusedRecord()?.window.send(IPC_EVENT_CHANNELS.command, command);
      }
    },

    async openRecent(path) {
      if (!(await deps.files.exists(path))) {
        deps.recent.remove(path);
        deps.recentChanged(deps.recent.list());
        deps.dialogs.showError(focusedRecord()?.window, `“${fileNameOf(path)}” no longer exists at ${path}. It was removed from the recent files.`);
        return;
      }
      await openFiles([path]);
    },

    clearRecent() {
      deps.recent.clear();
      deps.recentChanged([]);
    },

    quitting(value) {
      quitting = value;
    },

    isOwnWindow: (id) => windows.has(id),
    windowCount: () => windows.size,

    async openFileFor(windowId) {
      const record = requireRecord(windowId);
      const chosen = await deps.dialogs.chooseProjectToOpen(record.window, startFolder(record));
      if (!chosen) return null;
      const elsewhere = findByPath(chosen);
      if (elsewhere && elsewhere !== record) {
        elsewhere.window.focus();
        return null;
      }
      const file = await deps.files.readProject(chosen);
      if (windows.has(windowId)) adopt(record, file);
      rememberRecent(chosen);
      return file;
    },

    async saveFileFor(windowId, request) {
      const record = requireRecord(windowId);
      try {
        let target: string | undefined;
        if (!request.saveAs && request.path && record.grantedPaths.has(pathKey(request.path))) {
          target = request.path;
        } else {
          // Also when the renderer names a path this window never opened: only the user picks new places to write.
          const defaultPath = request.path ?? nodePath.join(startFolder(record), withProjectExtension(request.suggestedName));
          const chosen = await deps.dialogs.chooseProjectSavePath(record.window, defaultPath);
          target = chosen === undefined ? undefined : await settleChosenPath(record, chosen, withProjectExtension);
        }
        if (target === undefined) {
          cancelPendingClose(record);
          return null;
        }
        await deps.files.writeProject(target, request.content);
        if (windows.has(windowId)) {
          record.path = target;
          record.grantedPaths.add(pathKey(target));
          record.blank = false;
          refreshTitle(record);
        }
        rememberRecent(target);
        if (record.closeAfterSave && windows.has(windowId)) {
          record.closeAfterSave = false;
          record.allowClose = true;
          setTimeout(() => record.window.close(), 0);
        }
        return { name: fileNameOf(target), path: target };
      } catch (error) {
        cancelPendingClose(record);
        throw error;
      }
    },

    async exportFileFor(windowId, request) {
      const record = requireRecord(windowId);
      const defaultPath = nodePath.join(startFolder(record), withExportExtension(request.suggestedName, request.mimeType));
      const chosen = await deps.dialogs.chooseExportPath(record.window, defaultPath, request.mimeType);
      if (chosen === undefined) return null;
      const target = await settleChosenPath(record, chosen, (p) => withExportExtension(p, request.mimeType));
      if (target === undefined) return null;
      await deps.files.writeExport(target, request.data);
      return { name: fileNameOf(target), path: target };
    },

    setDocumentState(windowId, state) {
      const record = windows.get(windowId);
      if (!record) return;
      record.title = state.title;
      record.modified = state.modified;
      if (state.modified) record.blank = false;
      refreshTitle(record);
    },
  };
}
