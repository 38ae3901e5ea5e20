import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeDocument } from '../../shared/model/serialize';
import { makeDocument } from '../../shared/testing/makeDocument';
import type { CommandId } from '../../shared/platform/commands';
import { IPC_EVENT_CHANNELS } from '../../shared/platform/ipc';
import { createMemoryStorage } from './jsonFileStorage';
import { createProjectFiles } from './projectFiles';
import { createRecentFiles } from './recentFiles';
import { createShell, formatWindowTitle, type SaveChangesAnswer, type ShellDialogs, type ShellWindow, type WindowEvents } from './shell';
import { createWindowStateStore, type WindowState } from './windowState';

const SCREEN = { x: 0, y: 0, width: 1920, height: 1080 };

/** A window as the tests see it: what the shell did to it, and buttons to play the user and the page. */
class FakeWindow implements ShellWindow {
  static nextId = 1;
  readonly id = FakeWindow.nextId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  title = '';
  edited = false;
  closed = false;
  focusCount = 0;
  bounds: WindowState['bounds'];
  constructor(
    readonly initial: WindowState,
    private readonly events: WindowEvents,
  ) {
    this.bounds = initial.bounds;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  setTitle(title: string) {
    this.title = title;
  }
  setDocumentEdited(edited: boolean) {
    this.edited = edited;
  }
  setRepresentedFilename() {}
  focus() {
    this.focusCount++;
  }
  /** Like BrowserWindow.close(): runs the close check, closes unless prevented. */
  close() {
    if (this.closed) return;
    let prevented = false;
    this.events.closeRequested({ preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.closed = true;
      this.events.closed();
    }
  }
  state(): WindowState {
    return { bounds: this.bounds, maximized: false, fullScreen: false };
  }
  pageLoaded() {
    this.events.loaded();
  }
  rendererCrashed() {
    this.events.rendererGone();
  }
  commands() {
    return this.sent.filter((m) => m.channel === IPC_EVENT_CHANNELS.command).map((m) => m.payload as CommandId);
  }
  files() {
    return this.sent.filter((m) => m.channel === IPC_EVENT_CHANNELS.openFile).map((m) => m.payload as { name: string; path?: string; content: string });
  }
}

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'zw-shell-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const projectText = (name: string) => serializeDocument(makeDocument({ meta: { name } }));

async function project(fileName: string, name = fileName): Promise<string> {
  const path = join(folder, fileName);
  await writeFile(path, projectText(name));
  return path;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 5));

function setup(options: { windowStateStorage?: ReturnType<typeof createMemoryStorage> } = {}) {
  const windows: FakeWindow[] = [];
  let focusedId: number | undefined;
  const answers = {
    open: undefined as string | undefined,
    save: undefined as string | undefined,
    exportPath: undefined as string | undefined,
    saveChanges: 'cancel' as SaveChangesAnswer,
    replace: false,
  };
  const dialogs = {
    chooseProjectToOpen: vi.fn(async () => answers.open),
    chooseProjectSavePath: vi.fn(async (_parent: ShellWindow, _defaultPath: string) => answers.save),
    chooseExportPath: vi.fn(async () => answers.exportPath),
    askSaveChanges: vi.fn(async () => answers.saveChanges),
    confirmReplace: vi.fn(async () => answers.replace),
    showError: vi.fn(),
  } satisfies ShellDialogs;
  const recentStorage = createMemoryStorage();
  const windowStateStorage = options.windowStateStorage ?? createMemoryStorage();
  const recentChanged = vi.fn();
  const quit = vi.fn();
  const shell = createShell({
    platform: 'linux',
    appName: 'Zonewright',
    documentsFolder: folder,
    createWindow: (state, events) => {
      const window = new FakeWindow(state, events);
      windows.push(window);
      return window;
    },
    focusedWindowId: () => focusedId,
    workAreas: () => [SCREEN],
    dialogs,
    files: createProjectFiles(fsPromises, 'linux'),
    windowState: createWindowStateStore(windowStateStorage),
    recent: createRecentFiles(recentStorage, 'linux'),
    recentChanged,
    quit,
    log: () => {},
  });
  const focus = (window: FakeWindow | undefined) => {
    focusedId = window?.id;
  };
  const open = () => windows.filter((w) => !w.closed);
  return { shell, windows, open, focus, answers, dialogs, recentChanged, recentStorage, windowStateStorage, quit };
}

describe('opening documents', () => {
  it('opens each launch file in its own window, titled with its file name', async () => {
    const { shell, windows } = setup();
    const a = await project('Plant A.zonewright.json');
    const b = await project('Plant B.zonewright.json');
    await shell.start([a, b]);
    expect(windows).toHaveLength(2);
    expect(windows.map((w) => w.title)).toEqual(['Plant A.zonewright.json — Zonewright', 'Plant B.zonewright.json — Zonewright']);
  });

  it('opens one empty, untitled window when launched without files', async () => {
    const { shell, windows } = setup();
    await shell.start([]);
    expect(windows).toHaveLength(1);
    expect(windows[0]!.title).toBe('Untitled — Zonewright');
    expect(windows[0]!.files()).toEqual([]);
  });

  it('hands a launch file to its window once the page has loaded', async () => {
    const { shell, windows } = setup();
    const a = await project('a.zonewright.json');
    await shell.start([a]);
    expect(windows[0]!.files()).toEqual([]);
    windows[0]!.pageLoaded();
    expect(windows[0]!.files()).toEqual([{ name: 'a.zonewright.json', path: a, content: projectText('a.zonewright.json') }]);
  });

  it('opens the file of a second launch in a new window and focuses it', async () => {
    const { shell, windows, focus } = setup();
    await shell.start([await project('a.zonewright.json')]);
    focus(windows[0]);
    windows[0]!.pageLoaded();
    await shell.secondInstance([await project('b.zonewright.json')]);
    expect(windows).toHaveLength(2);
    expect(windows[1]!.title).toBe('b.zonewright.json — Zonewright');
    expect(windows[1]!.focusCount).toBe(1);
  });

  it('focuses the window already showing a file instead of opening it twice', async () => {
    const { shell, windows } = setup();
    const a = await project('a.zonewright.json');
    await shell.start([a]);
    await shell.secondInstance([a]);
    await shell.openFiles([a]);
    expect(windows).toHaveLength(1);
    expect(windows[0]!.focusCount).toBe(3);
  });

  it('brings the last window forward when launched again without files', async () => {
    const { shell, windows } = setup();
    await shell.start([]);
    await shell.secondInstance([]);
    expect(windows).toHaveLength(1);
    expect(windows[0]!.focusCount).toBe(1);
  });

  it('opens a file chosen from the menu into the focused untouched window', async () => {
    const { shell, windows, focus, answers } = setup();
    await shell.start([]);
    focus(windows[0]);
    windows[0]!.pageLoaded();
    answers.open = await project('a.zonewright.json');
    shell.dispatch('file.open');
    await flush();
    expect(windows).toHaveLength(1);
    expect(windows[0]!.files().map((f) => f.name)).toEqual(['a.zonewright.json']);
  });

  it('opens a file chosen from the menu in a new window when the focused one holds a document', async () => {
    const { shell, windows, focus, answers } = setup();
    await shell.start([]);
    focus(windows[0]);
    shell.setDocumentState(windows[0]!.id, { title: 'Draft', modified: true });
    answers.open = await project('a.zonewright.json');
    shell.dispatch('file.open');
    await flush();
    expect(windows).toHaveLength(2);
    expect(windows[1]!.title).toBe('a.zonewright.json — Zonewright');
  });

  it('shows an error and opens no window for a file that is not a Zonewright project', async () => {
    const { shell, windows, dialogs } = setup();
    const bad = join(folder, 'bad.zonewright.json');
    await writeFile(bad, '{"format":"something-else"}');
    await shell.openFiles([bad]);
    expect(windows).toHaveLength(0);
    expect(dialogs.showError).toHaveBeenCalledWith(undefined, expect.stringContaining('not a valid Zonewright project'));
  });

  it('answers the renderer’s open request with the chosen file and adopts it for saving', async () => {
    const { shell, windows, answers } = setup();
    await shell.start([]);
    answers.open = await project('a.zonewright.json');
    const file = await shell.openFileFor(windows[0]!.id);
    expect(file).toMatchObject({ name: 'a.zonewright.json', path: answers.open });
    expect(windows[0]!.title).toBe('a.zonewright.json — Zonewright');
  });

  it('focuses the other window instead when the renderer opens a file another window shows', async () => {
    const { shell, windows, answers } = setup();
    const a = await project('a.zonewright.json');
    await shell.start([a]);
    shell.dispatch('file.new');
    answers.open = a;
    await expect(shell.openFileFor(windows[1]!.id)).resolves.toBeNull();
    expect(windows[0]!.focusCount).toBe(2);
  });

  it('returns null to the renderer when the open dialog is cancelled', async () => {
    const { shell, windows } = setup();
    await shell.start([]);
    await expect(shell.openFileFor(windows[0]!.id)).resolves.toBeNull();
  });
});

describe('saving', () => {
  it('saves to the opened file without asking, atomically, and keeps a .bak of the previous version', async () => {
    const { shell, windows, dialogs } = setup();
    const a = await project('a.zonewright.json');
    await shell.start([a]);
    const saved = await shell.saveFileFor(windows[0]!.id, { suggestedName: 'a.zonewright.json', content: projectText('changed'), path: a });
    expect(saved).toEqual({ name: 'a.zonewright.json', path: a });
    expect(dialogs.chooseProjectSavePath).not.toHaveBeenCalled();
    expect(await readFile(a, 'utf8')).toBe(projectText('changed'));
    expect(await readFile(`${a}.bak`, 'utf8')).toBe(projectText('a.zonewright.json'));
  });

  it('asks where to save an untitled document, adds the extension and titles the window', async () => {
    const { shell, windows, answers, dialogs, recentChanged } = setup();
    await shell.start([]);
    answers.save = join(folder, 'Plant C');
    const saved = await shell.saveFileFor(windows[0]!.id, { suggestedName: 'Plant C', content: projectText('c') });
    expect(dialogs.chooseProjectSavePath).toHaveBeenCalledWith(windows[0], join(folder, 'Plant C.zonewright.json'));
    expect(saved).toEqual({ name: 'Plant C.zonewright.json', path: join(folder, 'Plant C.zonewright.json') });
    expect(await readFile(join(folder, 'Plant C.zonewright.json'), 'utf8')).toBe(projectText('c'));
    expect(windows[0]!.title).toBe('Plant C.zonewright.json — Zonewright');
    expect(recentChanged).toHaveBeenLastCalledWith([join(folder, 'Plant C.zonewright.json')], join(folder, 'Plant C.zonewright.json'));
  });

  it('does not let the page pick a file to overwrite: a path this window never opened goes through the dialog', async () => {
    const { shell, windows, dialogs } = setup();
    const victim = await project('other.zonewright.json');
    await shell.start([]);
    const saved = await shell.saveFileFor(windows[0]!.id, { suggestedName: 'x.zonewright.json', content: 'overwritten', path: victim });
    expect(saved).toBeNull();
    expect(dialogs.chooseProjectSavePath).toHaveBeenCalledWith(windows[0], victim);
    expect(await readFile(victim, 'utf8')).toBe(projectText('other.zonewright.json'));
  });

  it('always asks on Save As', async () => {
    const { shell, windows, dialogs, answers } = setup();
    const a = await project('a.zonewright.json');
    await shell.start([a]);
    answers.save = join(folder, 'copy.zonewright.json');
    await shell.saveFileFor(windows[0]!.id, { suggestedName: 'a.zonewright.json', content: projectText('copy'), path: a, saveAs: true });
    expect(dialogs.chooseProjectSavePath).toHaveBeenCalledTimes(1);
    expect(await readFile(join(folder, 'copy.zonewright.json'), 'utf8')).toBe(projectText('copy'));
    expect(await readFile(a, 'utf8')).toBe(projectText('a.zonewright.json'));
  });

  it('asks before replacing a file when it had to add the extension to the chosen name', async () => {
    const { shell, windows, answers, dialogs } = setup();
    const existing = await project('b.zonewright.json');
    await shell.start([]);
    answers.save = join(folder, 'b');
    answers.replace = false;
    await expect(shell.saveFileFor(windows[0]!.id, { suggestedName: 'b', content: 'new' })).resolves.toBeNull();
    expect(dialogs.confirmReplace).toHaveBeenCalledWith(windows[0], existing);
    expect(await readFile(existing, 'utf8')).toBe(projectText('b.zonewright.json'));
  });

  it('reports a failed save to the renderer and leaves the file unchanged', async () => {
    const { shell, windows, answers } = setup();
    await shell.start([]);
    answers.save = join(folder, 'missing-folder', 'x.zonewright.json');
    await expect(shell.saveFileFor(windows[0]!.id, { suggestedName: 'x', content: '{}' })).rejects.toThrow(/Could not save “x.zonewright.json”/);
  });
});

describe('exporting', () => {
  it('writes the export with the format’s extension next to the document', async () => {
    const { shell, windows, answers, dialogs } = setup();
    const a = await project('a.zonewright.json');
    await shell.start([a]);
    answers.exportPath = join(folder, 'report');
    const saved = await shell.exportFileFor(windows[0]!.id, { suggestedName: 'report', mimeType: 'application/pdf', data: new Uint8Array([37, 80, 68, 70]) });
    expect(dialogs.chooseExportPath).toHaveBeenCalledWith(windows[0], join(folder, 'report.pdf'), 'application/pdf');
    expect(saved).toEqual({ name: 'report.pdf', path: join(folder, 'report.pdf') });
    expect(await readFile(join(folder, 'report.pdf'), 'latin1')).toBe('%PDF');
  });

  it('returns null when the export dialog is cancelled', async () => {
    const { shell, windows } = setup();
    await shell.start([]);
    await expect(shell.exportFileFor(windows[0]!.id, { suggestedName: 'a.csv', mimeType: 'text/csv', data: 'a' })).resolves.toBeNull();
  });
});

describe('window title and closing', () => {
  it('shows a modified marker in the title while there are unsaved changes', async () => {
    const { shell, windows } = setup();
    await shell.start([await project('a.zonewright.json')]);
    shell.setDocumentState(windows[0]!.id, { title: 'Plant A', modified: true });
    expect(windows[0]!.title).toBe('● a.zonewright.json — Zonewright');
    expect(windows[0]!.edited).toBe(true);
    shell.setDocumentState(windows[0]!.id, { title: 'Plant A', modified: false });
    expect(windows[0]!.title).toBe('a.zonewright.json — Zonewright');
  });

  it('uses the document’s name while it has no file', () => {
    expect(formatWindowTitle({ title: 'Plant A', modified: true }, 'Zonewright')).toBe('● Plant A — Zonewright');
    expect(formatWindowTitle({ title: '  ', modified: false }, 'Zonewright')).toBe('Untitled — Zonewright');
  });

  it('closes a window without unsaved changes without asking', async () => {
    const { shell, windows, dialogs } = setup();
    await shell.start([]);
    windows[0]!.close();
    expect(windows[0]!.closed).toBe(true);
    expect(dialogs.askSaveChanges).not.toHaveBeenCalled();
    expect(shell.isOwnWindow(windows[0]!.id)).toBe(false);
  });

  it('asks before closing a window with unsaved changes and stays open on Cancel', async () => {
    const { shell, windows, dialogs, answers } = setup();
    await shell.start([]);
    shell.setDocumentState(windows[0]!.id, { title: 'Draft', modified: true });
    answers.saveChanges = 'cancel';
    windows[0]!.close();
    await flush();
    expect(dialogs.askSaveChanges).toHaveBeenCalledWith(windows[0], 'Draft');
    expect(windows[0]!.closed).toBe(false);
  });

  it('closes without saving on Don’t Save', async () => {
    const { shell, windows, answers } = setup();
    await shell.start([]);
    shell.setDocumentState(windows[0]!.id, { title: 'Draft', modified: true });
    answers.saveChanges = 'discard';
    windows[0]!.close();
    await flush();
    expect(windows[0]!.closed).toBe(true);
  });

  it('on Save asks the page to save and closes once the save succeeded', async () => {
    const { shell, windows, answers } = setup();
    const a = await project('a.zonewright.json');
    await shell.start([a]);
    shell.setDocumentState(windows[0]!.id, { title: 'Plant A', modified: true });
    answers.saveChanges = 'save';
    windows[0]!.close();
    await flush();
    expect(windows[0]!.commands()).toEqual(['file.save']);
    expect(windows[0]!.closed).toBe(false);
    await shell.saveFileFor(windows[0]!.id, { suggestedName: 'a.zonewright.json', content: projectText('saved on close'), path: a });
    await flush();
    expect(windows[0]!.closed).toBe(true);
    expect(await readFile(a, 'utf8')).toBe(projectText('saved on close'));
  });

  it('stays open when the save asked for on close is cancelled', async () => {
    const { shell, windows, answers } = setup();
    await shell.start([]);
    shell.setDocumentState(windows[0]!.id, { title: 'Draft', modified: true });
    answers.saveChanges = 'save';
    windows[0]!.close();
    await flush();
    answers.save = undefined;
    await shell.saveFileFor(windows[0]!.id, { suggestedName: 'Draft', content: '{}' });
    await flush();
    expect(windows[0]!.closed).toBe(false);
  });

  it('asks only once while its prompt is open', async () => {
    const { shell, windows, dialogs } = setup();
    await shell.start([]);
    shell.setDocumentState(windows[0]!.id, { title: 'Draft', modified: true });
    windows[0]!.close();
    windows[0]!.close();
    expect(dialogs.askSaveChanges).toHaveBeenCalledTimes(1);
  });

  it('closes a window whose page crashed without asking (there is nothing left to save)', async () => {
    const { shell, windows, dialogs } = setup();
    await shell.start([]);
    shell.setDocumentState(windows[0]!.id, { title: 'Draft', modified: true });
    windows[0]!.rendererCrashed();
    windows[0]!.close();
    expect(windows[0]!.closed).toBe(true);
    expect(dialogs.askSaveChanges).not.toHaveBeenCalled();
  });

  it('continues quitting after the user answered Don’t Save during a quit', async () => {
    const { shell, windows, answers, quit } = setup();
    await shell.start([]);
    shell.setDocumentState(windows[0]!.id, { title: 'Draft', modified: true });
    answers.saveChanges = 'discard';
    shell.quitting(true);
    windows[0]!.close();
    await flush();
    expect(quit).toHaveBeenCalled();
  });
});

describe('menu commands', () => {
  it('opens a new window on New', async () => {
    const { shell, windows } = setup();
    await shell.start([]);
    shell.dispatch('file.new');
    expect(windows).toHaveLength(2);
  });

  it('closes the focused window on Close, through the unsaved-changes check', async () => {
    const { shell, windows, focus } = setup();
    await shell.start([]);
    focus(windows[0]);
    shell.dispatch('file.close');
    expect(windows[0]!.closed).toBe(true);
  });

  it('sends document commands to the focused window’s page only', async () => {
    const { shell, windows, focus } = setup();
    await shell.start([]);
    shell.dispatch('file.new');
    focus(windows[1]);
    for (const command of ['file.save', 'file.saveAs', 'file.exportPdf', 'edit.undo', 'view.fitView', 'help.reference'] as const) shell.dispatch(command);
    expect(windows[1]!.commands()).toEqual(['file.save', 'file.saveAs', 'file.exportPdf', 'edit.undo', 'view.fitView', 'help.reference']);
    expect(windows[0]!.commands()).toEqual([]);
  });
});

describe('recent files and window positions', () => {
  it('lists opened and saved files as recent, most recent first', async () => {
    const { shell, recentChanged } = setup();
    const a = await project('a.zonewright.json');
    const b = await project('b.zonewright.json');
    await shell.start([a, b]);
    expect(recentChanged).toHaveBeenLastCalledWith([b, a], b);
  });

  it('removes a recent file that no longer exists and says so', async () => {
    const { shell, dialogs, recentChanged } = setup();
    const a = await project('a.zonewright.json');
    await shell.start([a]);
    await rm(a);
    await shell.openRecent(a);
    expect(recentChanged).toHaveBeenLastCalledWith([]);
    expect(dialogs.showError).toHaveBeenCalledWith(undefined, expect.stringContaining('no longer exists'));
  });

  it('opens the next window where the last one was closed', async () => {
    const storage = createMemoryStorage();
    const first = setup({ windowStateStorage: storage });
    await first.shell.start([]);
    first.windows[0]!.bounds = { x: 300, y: 200, width: 1000, height: 700 };
    first.windows[0]!.close();
    const second = setup({ windowStateStorage: storage });
    await second.shell.start([]);
    expect(second.windows[0]!.initial.bounds).toEqual({ x: 300, y: 200, width: 1000, height: 700 });
  });

  it('cascades further windows from the current one', async () => {
    const { shell, windows } = setup();
    await shell.start([]);
    shell.dispatch('file.new');
    const [a, b] = [windows[0]!.initial.bounds, windows[1]!.initial.bounds];
    expect([b.x - a.x, b.y - a.y]).toEqual([28, 28]);
  });
});
