/**
 * Boots the built main-process bundle (dist/electron/main.cjs, as shipped) against a fake `electron`
 * module: the only check of index.ts, the thin wiring file, on a machine where Electron cannot run.
 * The fake is handed to the bundle's `require('electron')`; the real electron package is never loaded.
 */
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serializeDocument } from '../../shared/model/serialize';
import { IPC_EVENT_CHANNELS, IPC_INVOKE_CHANNELS, IPC_SEND_CHANNELS } from '../../shared/platform/ipc';
import { makeDocument } from '../../shared/testing/makeDocument';
import { buildElectron } from '../build.mjs';
import { CONTENT_SECURITY_POLICY } from './security';

type Listener = (...args: unknown[]) => unknown;

let nextWebContentsId = 100;

class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly mainFrame = { url: 'app://zonewright/index.html', parent: null };
  readonly send = vi.fn();
}

class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow() {
    return FakeBrowserWindow.focused;
  }
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => {});
  title = '';
  destroyed = false;
  constructor(readonly options: { webPreferences: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  show() {}
  focus() {
    FakeBrowserWindow.focused = this;
  }
  maximize() {}
  setFullScreen() {}
  isMinimized() {
    return false;
  }
  restore() {}
  isDestroyed() {
    return this.destroyed;
  }
  setTitle(title: string) {
    this.title = title;
  }
  setDocumentEdited() {}
  setRepresentedFilename() {}
  getNormalBounds() {
    return { x: 10, y: 10, width: 1280, height: 800 };
  }
  isMaximized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.destroyed = true;
      this.emit('closed');
    }
  }
}

function fakeElectron(options: { lock: boolean; userData: string }) {
  let markReady: () => void = () => {};
  const readyPromise = new Promise<void>((resolve) => (markReady = resolve));
  const calls: string[] = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    setName: vi.fn(),
    setAppUserModelId: vi.fn(),
    requestSingleInstanceLock: vi.fn((_data: unknown) => options.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: () => readyPromise,
    getPath: (name: string) => (name === 'userData' ? options.userData : join(options.userData, name)),
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
  });
  const protocolHandlers = new Map<string, (request: { url: string; method: string }) => Promise<Response>>();
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
    handle: vi.fn((scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) => protocolHandlers.set(scheme, handler)),
  };
  const sessionHandlers = new Map<string, Listener>();
  const defaultSession = {
    setPermissionRequestHandler: (handler: Listener) => sessionHandlers.set('permissionRequest', handler),
    setPermissionCheckHandler: (handler: Listener) => sessionHandlers.set('permissionCheck', handler),
    setDevicePermissionHandler: (handler: Listener) => sessionHandlers.set('device', handler),
    setSpellCheckerEnabled: vi.fn(),
    on: (event: string, handler: Listener) => sessionHandlers.set(event, handler),
    webRequest: {
      onBeforeRequest: (handler: Listener) => sessionHandlers.set('beforeRequest', handler),
      onHeadersReceived: (handler: Listener) => sessionHandlers.set('headersReceived', handler),
    },
  };
  const invokeHandlers = new Map<string, Listener>();
  const sendHandlers = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, handler: Listener) => invokeHandlers.set(channel, handler),
    on: (channel: string, handler: Listener) => sendHandlers.set(channel, handler),
  };
  const menus: unknown[] = [];
  const electron = {
    app,
    protocol,
    session: { defaultSession },
    ipcMain,
    BrowserWindow: FakeBrowserWindow,
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => menus.push(menu) },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 2 })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
  };
  return { electron, app, protocol, protocolHandlers, sessionHandlers, invokeHandlers, sendHandlers, menus, calls, ready: markReady };
}

let base: string;
let mainPath: string;
let sample: string;
const sampleText = serializeDocument(makeDocument({ meta: { name: 'Wired plant' } }));

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'zw-wiring-'));
  mainPath = (await buildElectron({ outdir: join(base, 'dist', 'electron') })).main;
  mkdirSync(join(base, 'dist', 'web'), { recursive: true });
  writeFileSync(join(base, 'dist', 'web', 'index.html'), '<!doctype html><title>Zonewright</title>');
  sample = join(base, 'Wired plant.zonewright.json');
  writeFileSync(sample, sampleText);
}, 60_000);

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

/** Loads the bundle with `require('electron')` answered by the fake and a chosen command line. */
function boot(options: { lock?: boolean; argv?: string[] } = {}) {
  const fake = fakeElectron({ lock: options.lock ?? true, userData: join(base, `userData-${Math.random()}`) });
  const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const originalLoad = loader._load;
  const originalArgv = process.argv;
  loader._load = function load(request, parent, isMain) {
    if (request === 'electron') return fake.electron;
    return originalLoad.call(this, request, parent, isMain);
  };
  process.argv = options.argv ?? ['/opt/Zonewright/zonewright'];
  const require = createRequire(import.meta.url);
  try {
    delete require.cache[mainPath];
    require(mainPath);
  } finally {
    loader._load = originalLoad;
    process.argv = originalArgv;
  }
  return fake;
}

describe('main process wiring (built bundle against a fake Electron)', () => {
  it('registers the app scheme and enables the sandbox before the app is ready', () => {
    const fake = boot();
    expect(fake.calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('quits at once when another instance holds the lock, passing its files along', () => {
    const fake = boot({ lock: false, argv: ['/opt/Zonewright/zonewright', sample] });
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledWith({ files: [sample] });
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.listenerCount('second-instance')).toBe(0);
  });

  it('opens the launch file in a hardened window served from app://zonewright once ready', async () => {
    const before = FakeBrowserWindow.instances.length;
    const fake = boot({ argv: ['/opt/Zonewright/zonewright', sample] });
    fake.ready();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances.length).toBe(before + 1));
    const window = FakeBrowserWindow.instances.at(-1)!;

    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(String(window.options.webPreferences.preload)).toBe(join(base, 'dist', 'electron', 'preload.cjs'));
    expect(existsSync(String(window.options.webPreferences.preload))).toBe(true);
    expect(window.loadURL).toHaveBeenCalledWith('app://zonewright/index.html');
    expect(window.title).toBe('Wired plant.zonewright.json — Zonewright');

    // The page gets the file once it has loaded.
    window.webContents.emit('did-finish-load');
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNELS.openFile, { name: 'Wired plant.zonewright.json', path: sample, content: sampleText });

    // The session is locked down and the renderer is served with the CSP.
    const callback = vi.fn();
    fake.sessionHandlers.get('permissionRequest')!({}, 'media', callback, { requestingUrl: 'app://zonewright/' });
    expect(callback).toHaveBeenCalledWith(false);
    const cancel = vi.fn();
    fake.sessionHandlers.get('beforeRequest')!({ url: 'https://example.com/' }, cancel);
    expect(cancel).toHaveBeenCalledWith({ cancel: true });
    const response = await fake.protocolHandlers.get('app')!({ url: 'app://zonewright/index.html', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    // Every web contents gets the navigation locks.
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();

    // The menu is set (again when the recent files changed) and the IPC contract is registered, nothing more.
    expect(fake.menus).toHaveLength(2);
    expect(JSON.stringify(fake.menus.at(-1))).toContain(sample.replace(/\\/g, '\\\\'));
    expect([...fake.invokeHandlers.keys()].sort()).toEqual(Object.values(IPC_INVOKE_CHANNELS).sort());
    expect([...fake.sendHandlers.keys()]).toEqual(Object.values(IPC_SEND_CHANNELS));
  });

  it('saves through IPC from the window’s own page, and refuses other frames', async () => {
    const before = FakeBrowserWindow.instances.length;
    const fake = boot({ argv: ['/opt/Zonewright/zonewright', sample] });
    fake.ready();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances.length).toBe(before + 1));
    const window = FakeBrowserWindow.instances.at(-1)!;
    const save = fake.invokeHandlers.get(IPC_INVOKE_CHANNELS.saveFile)!;
    const changed = serializeDocument(makeDocument({ meta: { name: 'Changed over IPC' } }));
    const request = { suggestedName: 'Wired plant.zonewright.json', content: changed, path: sample };

    const foreign = { sender: window.webContents, senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(() => save(foreign, request)).toThrow(/untrusted sender/);
    expect(readFileSync(sample, 'utf8')).toBe(sampleText);

    const own = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    await expect(save(own, request)).resolves.toEqual({ name: 'Wired plant.zonewright.json', path: sample });
    expect(readFileSync(sample, 'utf8')).toBe(changed);
    expect(readFileSync(`${sample}.bak`, 'utf8')).toBe(sampleText);
    writeFileSync(sample, sampleText);
  });

  it('opens the file of a second launch in a new window', async () => {
    const before = FakeBrowserWindow.instances.length;
    const fake = boot();
    fake.ready();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances.length).toBe(before + 1));
    fake.app.emit('second-instance', {}, ['/opt/Zonewright/zonewright'], base, { files: [sample] });
    await vi.waitFor(() => expect(FakeBrowserWindow.instances.length).toBe(before + 2));
    expect(FakeBrowserWindow.instances.at(-1)!.title).toBe('Wired plant.zonewright.json — Zonewright');
  });
});
