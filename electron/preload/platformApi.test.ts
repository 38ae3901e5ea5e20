import { describe, expect, it, vi } from 'vitest';
import type { OpenedFile } from '../../shared/platform/api';
import { IPC_EVENT_CHANNELS, IPC_INVOKE_CHANNELS, IPC_SEND_CHANNELS } from '../../shared/platform/ipc';
import { createPlatformApi, type IpcRendererLike } from './platformApi';

/** A fake ipcRenderer: records what the API sends and lets the test play the main process. */
function fakeIpc() {
  const listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  const ipc = {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => null),
    send: vi.fn(),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    }),
  } satisfies IpcRendererLike;
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the raw IPC event' }, payload);
  };
  return { ipc, emit, listeners };
}

const plant: OpenedFile = { name: 'Plant A.zonewright.json', path: '/home/ann/Plant A.zonewright.json', content: '{"format":"zonewright"}' };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('preload platform API', () => {
  it('exposes exactly the PlatformApi members, frozen, with no IPC object reachable', () => {
    const api = createPlatformApi(fakeIpc().ipc);
    expect(Object.keys(api).sort()).toEqual(['exportFile', 'kind', 'onCommand', 'onOpenFile', 'openFile', 'saveFile', 'setDocumentState']);
    expect(api.kind).toBe('electron');
    expect(Object.isFrozen(api)).toBe(true);
    for (const value of Object.values(api)) expect(typeof value === 'function' || typeof value === 'string').toBe(true);
  });

  it('maps each method to its channel of the contract', async () => {
    const { ipc } = fakeIpc();
    const api = createPlatformApi(ipc);
    await api.openFile();
    await api.saveFile({ suggestedName: 'a.zonewright.json', content: '{}', path: '/a.zonewright.json', saveAs: true });
    await api.exportFile({ suggestedName: 'a.pdf', mimeType: 'application/pdf', data: new Uint8Array([1]) });
    api.setDocumentState({ title: 'Plant A', modified: true });
    expect(ipc.invoke.mock.calls).toEqual([
      [IPC_INVOKE_CHANNELS.openFile],
      [IPC_INVOKE_CHANNELS.saveFile, { suggestedName: 'a.zonewright.json', content: '{}', path: '/a.zonewright.json', saveAs: true }],
      [IPC_INVOKE_CHANNELS.exportFile, { suggestedName: 'a.pdf', mimeType: 'application/pdf', data: new Uint8Array([1]) }],
    ]);
    expect(ipc.send).toHaveBeenCalledWith(IPC_SEND_CHANNELS.setDocumentState, { title: 'Plant A', modified: true });
  });

  it('sends only the fields of the contract, whatever else the caller passes', async () => {
    const { ipc } = fakeIpc();
    const api = createPlatformApi(ipc);
    const request = { suggestedName: 'a.zonewright.json', content: '{}', secretToken: 'x' };
    await api.saveFile(request);
    expect(ipc.invoke).toHaveBeenCalledWith(IPC_INVOKE_CHANNELS.saveFile, { suggestedName: 'a.zonewright.json', content: '{}' });
  });

  it('passes the main process answer through', async () => {
    const { ipc } = fakeIpc();
    ipc.invoke.mockResolvedValueOnce(plant);
    await expect(createPlatformApi(ipc).openFile()).resolves.toEqual(plant);
  });

  it('delivers menu commands to listeners, without the IPC event, until they unsubscribe', () => {
    const { ipc, emit } = fakeIpc();
    const api = createPlatformApi(ipc);
    const listener = vi.fn();
    const unsubscribe = api.onCommand(listener);
    emit(IPC_EVENT_CHANNELS.command, 'file.save');
    expect(listener).toHaveBeenCalledWith('file.save');
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    emit(IPC_EVENT_CHANNELS.command, 'file.save');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('drops command ids that are not in the contract', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createPlatformApi(ipc).onCommand(listener);
    emit(IPC_EVENT_CHANNELS.command, 'shell.exec');
    emit(IPC_EVENT_CHANNELS.command, { id: 'file.save' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps a file sent before the page subscribed and hands it over on subscription', async () => {
    const { ipc, emit } = fakeIpc();
    const api = createPlatformApi(ipc);
    emit(IPC_EVENT_CHANNELS.openFile, plant);
    const listener = vi.fn();
    api.onOpenFile(listener);
    expect(listener).not.toHaveBeenCalled();
    await tick();
    expect(listener).toHaveBeenCalledWith(plant);
    emit(IPC_EVENT_CHANNELS.openFile, { ...plant, name: 'b.zonewright.json' });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('stops delivering files after unsubscribe', () => {
    const { ipc, emit } = fakeIpc();
    const api = createPlatformApi(ipc);
    const listener = vi.fn();
    api.onOpenFile(listener)();
    emit(IPC_EVENT_CHANNELS.openFile, plant);
    expect(listener).not.toHaveBeenCalled();
  });

  it('drops malformed file events', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createPlatformApi(ipc).onOpenFile(listener);
    emit(IPC_EVENT_CHANNELS.openFile, { name: 'a', content: 42 });
    emit(IPC_EVENT_CHANNELS.openFile, 'not a file');
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps delivering to other listeners when one throws', () => {
    const { ipc, emit } = fakeIpc();
    const log = vi.fn();
    const api = createPlatformApi(ipc, log);
    const second = vi.fn();
    api.onCommand(() => {
      throw new Error('boom');
    });
    api.onCommand(second);
    emit(IPC_EVENT_CHANNELS.command, 'edit.undo');
    expect(second).toHaveBeenCalledWith('edit.undo');
    expect(log).toHaveBeenCalled();
  });

  it('listens on the two event channels only, once each', () => {
    const { ipc, listeners } = fakeIpc();
    const api = createPlatformApi(ipc);
    api.onCommand(() => {});
    api.onCommand(() => {});
    api.onOpenFile(() => {});
    expect([...listeners.keys()].sort()).toEqual([IPC_EVENT_CHANNELS.command, IPC_EVENT_CHANNELS.openFile].sort());
    expect(ipc.on).toHaveBeenCalledTimes(2);
  });
});
