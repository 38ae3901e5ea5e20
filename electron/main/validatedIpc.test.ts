import { describe, expect, it, vi } from 'vitest';
import {
  IPC_INVOKE_CHANNELS,
  IPC_SEND_CHANNELS,
  MAX_DOCUMENT_BYTES,
  MAX_EXPORT_BYTES,
} from '../../shared/platform/ipc';
import { checkSender, registerIpcHandlers, type IpcEventLike, type IpcMainLike } from './validatedIpc';

const OWN_ID = 7;

function appEvent(overrides: { url?: string; subframe?: boolean; senderId?: number; frameGone?: boolean } = {}): IpcEventLike {
  const mainFrame = { url: overrides.url ?? 'app://zonewright/index.html', parent: null };
  const frame = overrides.subframe ? { url: overrides.url ?? 'app://zonewright/index.html', parent: mainFrame } : mainFrame;
  return { senderFrame: overrides.frameGone ? null : frame, sender: { id: overrides.senderId ?? OWN_ID, mainFrame } };
}

/** A fake ipcMain plus spies standing for the file-system work behind each channel. */
function harness() {
  const invokeListeners = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>();
  const sendListeners = new Map<string, (event: IpcEventLike, ...args: unknown[]) => void>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => invokeListeners.set(channel, listener),
    on: (channel, listener) => sendListeners.set(channel, listener),
  };
  const touched = {
    openFile: vi.fn(async () => null),
    saveFile: vi.fn(async () => ({ name: 'a.zonewright.json' })),
    exportFile: vi.fn(async () => ({ name: 'a.pdf' })),
    setDocumentState: vi.fn(),
  };
  const log = vi.fn();
  registerIpcHandlers(ipcMain, {
    invoke: {
      [IPC_INVOKE_CHANNELS.openFile]: touched.openFile,
      [IPC_INVOKE_CHANNELS.saveFile]: touched.saveFile,
      [IPC_INVOKE_CHANNELS.exportFile]: touched.exportFile,
    },
    send: { [IPC_SEND_CHANNELS.setDocumentState]: touched.setDocumentState },
    isOwnWebContents: (id) => id === OWN_ID,
    log,
  });
  const invoke = async (channel: string, event: IpcEventLike, ...args: unknown[]) => invokeListeners.get(channel)!(event, ...args);
  const send = (channel: string, event: IpcEventLike, ...args: unknown[]) => sendListeners.get(channel)!(event, ...args);
  return { invoke, send, touched, log, invokeListeners, sendListeners };
}

const goodSave = { suggestedName: 'Plant A.zonewright.json', content: '{}', path: '/home/ann/Plant A.zonewright.json' };

describe('IPC argument validation', () => {
  it('listens on exactly the channels of the contract', () => {
    const { invokeListeners, sendListeners } = harness();
    expect([...invokeListeners.keys()].sort()).toEqual(Object.values(IPC_INVOKE_CHANNELS).sort());
    expect([...sendListeners.keys()]).toEqual(Object.values(IPC_SEND_CHANNELS));
  });

  it('passes a well-formed save request to the handler', async () => {
    const h = harness();
    await expect(h.invoke(IPC_INVOKE_CHANNELS.saveFile, appEvent(), goodSave)).resolves.toEqual({ name: 'a.zonewright.json' });
    expect(h.touched.saveFile).toHaveBeenCalledWith(expect.anything(), goodSave);
  });

  it('accepts Windows and UNC paths', async () => {
    const h = harness();
    for (const path of ['C:\\Users\\ann\\Plant.zonewright.json', 'D:/plants/Plant.zonewright.json', '\\\\server\\share\\Plant.zonewright.json']) {
      await expect(h.invoke(IPC_INVOKE_CHANNELS.saveFile, appEvent(), { ...goodSave, path })).resolves.toBeTruthy();
    }
  });

  const rejectedSaves: [string, unknown[]][] = [
    ['no argument at all', []],
    ['two arguments', [goodSave, goodSave]],
    ['a string instead of a request', ['save me']],
    ['content that is a number', [{ ...goodSave, content: 42 }]],
    ['saveAs that is a string', [{ ...goodSave, saveAs: 'yes' }]],
    ['an unknown field', [{ ...goodSave, overwriteSystemFiles: true }]],
    ['a relative path', [{ ...goodSave, path: 'plants/Plant.zonewright.json' }]],
    ['a path climbing with ..', [{ ...goodSave, path: '/home/ann/../../etc/x.zonewright.json' }]],
    ['a path with the wrong extension', [{ ...goodSave, path: '/home/ann/.bashrc' }]],
    ['a path ending in .json only', [{ ...goodSave, path: '/home/ann/plant.json' }]],
    ['a NUL byte in the path', [{ ...goodSave, path: '/home/ann/x\0.zonewright.json' }]],
    ['a NUL byte in the suggested name', [{ ...goodSave, suggestedName: 'a\0.zonewright.json' }]],
    ['a suggested name with folders', [{ ...goodSave, suggestedName: '../../x.zonewright.json' }]],
    ['an empty suggested name', [{ ...goodSave, suggestedName: '' }]],
    ['a suggested name of 300 characters', [{ ...goodSave, suggestedName: `${'a'.repeat(284)}.zonewright.json` }]],
    ['a path of 5000 characters', [{ ...goodSave, path: `/${'a'.repeat(5000)}.zonewright.json` }]],
    ['content over 50 MiB', [{ ...goodSave, content: 'x'.repeat(MAX_DOCUMENT_BYTES + 1) }]],
    ['content just over 50 MiB once UTF-8 encoded', [{ ...goodSave, content: 'é'.repeat(MAX_DOCUMENT_BYTES / 2 + 1) }]],
  ];

  it.each(rejectedSaves)('rejects a save with %s before touching the file system', async (_what, args) => {
    const h = harness();
    await expect(h.invoke(IPC_INVOKE_CHANNELS.saveFile, appEvent(), ...args)).rejects.toThrow(/zonewright:file:save/);
    expect(h.touched.saveFile).not.toHaveBeenCalled();
    expect(h.log).toHaveBeenCalledWith(expect.stringContaining('rejected IPC'));
  });

  it('does not echo a huge payload back in the error', async () => {
    const h = harness();
    const error = await h.invoke(IPC_INVOKE_CHANNELS.saveFile, appEvent(), { ...goodSave, content: 'x'.repeat(MAX_DOCUMENT_BYTES + 1) }).catch((e: Error) => e);
    expect(String((error as Error).message).length).toBeLessThan(300);
  });

  it('rejects arguments to the open dialog, which takes none', async () => {
    const h = harness();
    await expect(h.invoke(IPC_INVOKE_CHANNELS.openFile, appEvent(), '/etc/passwd')).rejects.toThrow();
    expect(h.touched.openFile).not.toHaveBeenCalled();
    await h.invoke(IPC_INVOKE_CHANNELS.openFile, appEvent());
    expect(h.touched.openFile).toHaveBeenCalledTimes(1);
  });

  it('accepts exports as text or bytes of a known format', async () => {
    const h = harness();
    await h.invoke(IPC_INVOKE_CHANNELS.exportFile, appEvent(), { suggestedName: 'report.pdf', mimeType: 'application/pdf', data: new Uint8Array([37, 80, 68, 70]) });
    await h.invoke(IPC_INVOKE_CHANNELS.exportFile, appEvent(), { suggestedName: 'zones.csv', mimeType: 'text/csv', data: 'a,b\n' });
    expect(h.touched.exportFile).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['an unknown format', { suggestedName: 'x.exe', mimeType: 'application/x-msdownload', data: 'MZ' }],
    ['data that is an object', { suggestedName: 'x.pdf', mimeType: 'application/pdf', data: { length: 3 } }],
    ['bytes over 100 MiB', { suggestedName: 'x.pdf', mimeType: 'application/pdf', data: new Uint8Array(MAX_EXPORT_BYTES + 1) }],
    ['a name with a path', { suggestedName: '/tmp/x.pdf', mimeType: 'application/pdf', data: 'x' }],
  ])('rejects an export with %s', async (_what, request) => {
    const h = harness();
    await expect(h.invoke(IPC_INVOKE_CHANNELS.exportFile, appEvent(), request)).rejects.toThrow();
    expect(h.touched.exportFile).not.toHaveBeenCalled();
  });

  it('ignores a malformed document state instead of applying it', () => {
    const h = harness();
    h.send(IPC_SEND_CHANNELS.setDocumentState, appEvent(), { title: 'Plant A', modified: 'yes' });
    h.send(IPC_SEND_CHANNELS.setDocumentState, appEvent(), { title: 'x'.repeat(201), modified: true });
    h.send(IPC_SEND_CHANNELS.setDocumentState, appEvent(), { title: 'line\nbreak', modified: true });
    expect(h.touched.setDocumentState).not.toHaveBeenCalled();
    h.send(IPC_SEND_CHANNELS.setDocumentState, appEvent(), { title: 'Plant A', modified: true });
    expect(h.touched.setDocumentState).toHaveBeenCalledWith(expect.anything(), { title: 'Plant A', modified: true });
  });
});

describe('IPC sender check', () => {
  it('trusts the main frame of our own window showing the app origin', () => {
    expect(checkSender(appEvent(), (id) => id === OWN_ID)).toEqual({ trusted: true });
  });

  it.each([
    ['a foreign https origin', appEvent({ url: 'https://evil.example/index.html' })],
    ['a file: page', appEvent({ url: 'file:///home/ann/index.html' })],
    ['a look-alike host', appEvent({ url: 'app://zonewright.evil/index.html' })],
    ['a look-alike scheme', appEvent({ url: 'apps://zonewright/index.html' })],
    ['credentials in the URL', appEvent({ url: 'app://user@zonewright/index.html' })],
    ['a subframe, even of our own origin', appEvent({ subframe: true })],
    ['a frame that is gone', appEvent({ frameGone: true })],
    ['a window this app did not create', appEvent({ senderId: 99 })],
  ])('rejects %s', (_what, event) => {
    expect(checkSender(event, (id) => id === OWN_ID).trusted).toBe(false);
  });

  it('rejects an invoke from a foreign origin before validating or running anything', async () => {
    const h = harness();
    await expect(h.invoke(IPC_INVOKE_CHANNELS.saveFile, appEvent({ url: 'https://evil.example/' }), goodSave)).rejects.toThrow(/untrusted sender/);
    await expect(h.invoke(IPC_INVOKE_CHANNELS.openFile, appEvent({ subframe: true }))).rejects.toThrow(/subframe/);
    expect(h.touched.saveFile).not.toHaveBeenCalled();
    expect(h.touched.openFile).not.toHaveBeenCalled();
  });

  it('ignores a document state sent by a subframe', () => {
    const h = harness();
    h.send(IPC_SEND_CHANNELS.setDocumentState, appEvent({ subframe: true }), { title: 'x', modified: false });
    expect(h.touched.setDocumentState).not.toHaveBeenCalled();
  });
});
