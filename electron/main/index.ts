/**
 * Entry point of the Electron main process: binds the shell (`shell.ts`) and the security policy
 * (`security.ts`) to real Electron objects. Everything with logic lives in those modules and is
 * unit-tested there; this file only wires events, dialogs and IPC.
 */
import * as electron from 'electron';
import { app, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import type { FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import * as fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FILE_EXTENSION } from '../../shared/model/document';
import { EXPORT_FORMATS, IPC_INVOKE_CHANNELS, IPC_SEND_CHANNELS } from '../../shared/platform/ipc';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './appOrigin';
import { createAppProtocolHandler } from './appProtocol';
import { createJsonFileStorage } from './jsonFileStorage';
import { filesFromCommandLine, filesFromSecondInstance, type SecondInstanceData } from './launchArgs';
import { buildMenuTemplate } from './menu';
import { createProjectFiles, fileNameOf } from './projectFiles';
import { createRecentFiles } from './recentFiles';
import { createDocumentWindow, hardenSession, hardenWebContents } from './security';
import { createShell, type Shell, type ShellDialogs, type ShellWindow, type WindowEvents } from './shell';
import { registerIpcHandlers } from './validatedIpc';
import { createWindowStateStore, type WindowState } from './windowState';

const APP_NAME = 'Zonewright';
/** Windows: must equal `appId` in electron-builder.yml (taskbar grouping, jump list). */
const APP_USER_MODEL_ID = 'org.zonewright.desktop';
/** Bundled layout (also inside app.asar): dist/electron/{main,preload}.cjs next to dist/web. */
const RENDERER_ROOT = path.join(__dirname, '..', 'web');
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
const ICON_PATH = path.join(__dirname, 'icon.png');

/**
 * Read by name at run time: esbuild would otherwise hoist `electron.BrowserWindow` into a bundle-wide
 * `BrowserWindow` binding and rename the window factory's parameter, and electronegativity, which
 * checks `new BrowserWindow({...})` calls, would no longer recognise the factory in dist/electron.
 */
const ElectronBrowserWindow = Reflect.get(electron, 'BrowserWindow') as typeof electron.BrowserWindow;

function log(message: string): void {
  console.log(`[zonewright] ${message}`);
}

// Before `ready`: the app scheme is a standard, secure origin; every renderer is sandboxed.
protocol.registerSchemesAsPrivileged([{ ...APP_SCHEME_PRIVILEGES, privileges: { ...APP_SCHEME_PRIVILEGES.privileges } }]);
app.enableSandbox();
app.setName(APP_NAME);
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

const launchFiles = filesFromCommandLine(process.argv, process.cwd());
const secondInstanceData: SecondInstanceData = { files: launchFiles };

if (!app.requestSingleInstanceLock(secondInstanceData)) {
  // Another Zonewright is running: it received our files through 'second-instance'.
  app.quit();
} else {
  run();
}

function run(): void {
  let shell: Shell | undefined;
  const filesBeforeReady: string[] = [];
  const browserWindows = new Map<number, electron.BrowserWindow>();
  const browserWindowOf = (window: ShellWindow | undefined) => (window ? browserWindows.get(window.id) : undefined);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('session-created', (created) => hardenSession(created, log));

  // macOS delivers double-clicked files (and files dropped on the dock icon) as events, possibly before `ready`.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (!filePath.toLowerCase().endsWith(FILE_EXTENSION)) return;
    if (shell) void shell.openFiles([filePath]);
    else filesBeforeReady.push(filePath);
  });

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const files = filesFromSecondInstance(argv, workingDirectory, additionalData);
    if (shell) void shell.secondInstance(files);
    else filesBeforeReady.push(...files);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => shell?.quitting(true));
  app.on('activate', () => shell?.activate());

  const projectFilters = (): FileFilter[] => [
    // macOS matches only the last extension; the file association still marks .zonewright.json files.
    { name: 'Zonewright project', extensions: [process.platform === 'darwin' ? 'json' : FILE_EXTENSION.slice(1)] },
    { name: 'All files', extensions: ['*'] },
  ];

  const showOpenDialog = async (parent: electron.BrowserWindow | undefined, options: OpenDialogOptions) =>
    parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);

  const showSaveDialog = async (parent: electron.BrowserWindow | undefined, options: SaveDialogOptions) => {
    const withProperties: SaveDialogOptions = { ...options, properties: ['createDirectory', 'showOverwriteConfirmation'] };
    const result = parent ? await dialog.showSaveDialog(parent, withProperties) : await dialog.showSaveDialog(withProperties);
    return result.canceled || !result.filePath ? undefined : result.filePath;
  };

  const dialogs: ShellDialogs = {
    async chooseProjectToOpen(parent, folder) {
      const result = await showOpenDialog(browserWindowOf(parent), {
        title: 'Open Project',
        defaultPath: folder,
        properties: ['openFile'],
        filters: projectFilters(),
      });
      return result.canceled ? undefined : result.filePaths[0];
    },
    async chooseProjectSavePath(parent, defaultPath) {
      return showSaveDialog(browserWindowOf(parent), { title: 'Save Project', defaultPath, filters: projectFilters() });
    },
    async chooseExportPath(parent, defaultPath, mimeType) {
      const format = EXPORT_FORMATS[mimeType];
      return showSaveDialog(browserWindowOf(parent), {
        title: `Export ${format.label}`,
        defaultPath,
        filters: [{ name: format.label, extensions: [format.extension.slice(1)] }],
      });
    },
    async askSaveChanges(parent, documentName) {
      const options = {
        type: 'warning' as const,
        buttons: ['Save', 'Don’t Save', 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
        message: `Do you want to save the changes to “${documentName}”?`,
        detail: 'Your changes will be lost if you don’t save them.',
      };
      const window = browserWindowOf(parent);
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
    },
    async confirmReplace(parent, filePath) {
      const options = {
        type: 'question' as const,
        buttons: ['Replace', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
        message: `“${fileNameOf(filePath)}” already exists. Do you want to replace it?`,
        detail: filePath,
      };
      const window = browserWindowOf(parent);
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
    showError(parent, message) {
      const [first, ...rest] = message.split('\n');
      const options = { type: 'error' as const, title: APP_NAME, message: first ?? message, detail: rest.join('\n') };
      const window = browserWindowOf(parent);
      void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
    },
  };

  function createShellWindow(state: WindowState, events: WindowEvents): ShellWindow {
    const window = createDocumentWindow(ElectronBrowserWindow, {
      bounds: state.bounds,
      preload: PRELOAD_PATH,
      devTools: !app.isPackaged,
      ...(fs.existsSync(ICON_PATH) ? { icon: ICON_PATH } : {}),
    });
    const id = window.webContents.id;
    browserWindows.set(id, window);
    if (state.maximized) window.maximize();
    if (state.fullScreen) window.setFullScreen(true);
    let shown = false;
    window.once('ready-to-show', () => {
      shown = true;
      window.show();
    });
    // The title is the shell's (file name, modified marker), not the page's <title>.
    window.on('page-title-updated', (event) => event.preventDefault());
    window.on('close', (event) => events.closeRequested(event));
    window.on('closed', () => {
      browserWindows.delete(id);
      events.closed();
    });
    window.on('focus', () => events.focused());
    window.webContents.on('did-finish-load', () => events.loaded());
    window.webContents.on('render-process-gone', (_event, details) => {
      log(`renderer gone (${details.reason})`);
      events.rendererGone();
    });
    window.loadURL(APP_INDEX_URL).catch((error: unknown) => log(`could not load the app page: ${String(error)}`));
    const alive = () => !window.isDestroyed();
    return {
      id,
      send: (channel, payload) => {
        if (alive()) window.webContents.send(channel, payload);
      },
      setTitle: (title) => {
        if (alive()) window.setTitle(title);
      },
      setDocumentEdited: (edited) => {
        if (alive() && process.platform === 'darwin') window.setDocumentEdited(edited);
      },
      setRepresentedFilename: (filePath) => {
        if (alive() && process.platform === 'darwin') window.setRepresentedFilename(filePath);
      },
      focus: () => {
        // A window not painted yet shows (and takes focus) on 'ready-to-show'; showing it earlier would flash.
        if (!alive() || !shown) return;
        if (window.isMinimized()) window.restore();
        window.show();
        window.focus();
      },
      close: () => {
        if (alive()) window.close();
      },
      state: () => ({ bounds: window.getNormalBounds(), maximized: window.isMaximized(), fullScreen: window.isFullScreen() }),
    };
  }

  app
    .whenReady()
    .then(async () => {
      if (!fs.existsSync(path.join(RENDERER_ROOT, 'index.html'))) {
        dialog.showErrorBox(`${APP_NAME} cannot start`, `The user interface is missing: ${path.join(RENDERER_ROOT, 'index.html')} was not found. Build it with \`npm run build:web\`.`);
        app.exit(1);
        return;
      }
      hardenSession(session.defaultSession, log);
      protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: RENDERER_ROOT, readFile: (file) => fs.promises.readFile(file) }));

      const userData = app.getPath('userData');
      const recent = createRecentFiles(createJsonFileStorage(path.join(userData, 'recent-files.json'), fs, log), process.platform);
      const windowState = createWindowStateStore(createJsonFileStorage(path.join(userData, 'window-state.json'), fs, log));
      let documentsFolder: string;
      try {
        documentsFolder = app.getPath('documents');
      } catch {
        documentsFolder = os.homedir();
      }

      const setMenu = (recentFiles: readonly string[]) => {
        const template = buildMenuTemplate({
          platform: process.platform,
          appName: APP_NAME,
          recentFiles,
          development: !app.isPackaged,
          dispatch: (command) => shell?.dispatch(command),
          openRecent: (filePath) => void shell?.openRecent(filePath),
          clearRecent: () => shell?.clearRecent(),
        });
        Menu.setApplicationMenu(Menu.buildFromTemplate(template));
      };

      const created = createShell({
        platform: process.platform,
        appName: APP_NAME,
        documentsFolder,
        createWindow: createShellWindow,
        focusedWindowId: () => ElectronBrowserWindow.getFocusedWindow()?.webContents.id,
        workAreas: () => {
          const primary = screen.getPrimaryDisplay();
          return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map((display) => display.workArea);
        },
        dialogs,
        files: createProjectFiles(fs.promises, process.platform),
        windowState,
        recent,
        recentChanged: (recentFiles, added) => {
          setMenu(recentFiles);
          if (added) app.addRecentDocument(added);
          else if (recentFiles.length === 0) app.clearRecentDocuments();
        },
        quit: () => app.quit(),
        log,
      });
      shell = created;

      registerIpcHandlers(ipcMain, {
        isOwnWebContents: (id) => created.isOwnWindow(id),
        log,
        invoke: {
          [IPC_INVOKE_CHANNELS.openFile]: (event) => created.openFileFor(event.sender.id),
          [IPC_INVOKE_CHANNELS.saveFile]: (event, request) => created.saveFileFor(event.sender.id, request),
          [IPC_INVOKE_CHANNELS.exportFile]: (event, request) => created.exportFileFor(event.sender.id, request),
        },
        send: {
          [IPC_SEND_CHANNELS.setDocumentState]: (event, state) => created.setDocumentState(event.sender.id, state),
        },
      });

      setMenu(recent.list());
      await created.start([...launchFiles, ...filesBeforeReady.splice(0)]);
    })
    .catch((error: unknown) => {
      log(`startup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      dialog.showErrorBox(`${APP_NAME} cannot start`, String(error));
      app.exit(1);
    });
}
