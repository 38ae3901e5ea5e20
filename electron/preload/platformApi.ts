/**
 * The desktop implementation of the renderer's `PlatformApi` over IPC (after Electron Fiddle's
 * preload): one named method per operation, each bound to one channel of the contract; events from
 * the main process are checked against the contract's schemas and fanned out through one listener
 * table; every subscription returns its unsubscribe function. The page never sees `ipcRenderer`,
 * an IPC event object or a channel name.
 */
import type { DocumentState, ExportRequest, OpenedFile, PlatformApi, SaveRequest, SavedFile } from '../../shared/platform/api';
import type { CommandId } from '../../shared/platform/commands';
import {
  IPC_EVENT_CHANNELS,
  IPC_EVENT_PAYLOADS,
  IPC_INVOKE_CHANNELS,
  IPC_SEND_CHANNELS,
} from '../../shared/platform/ipc';

/** The parts of Electron's `ipcRenderer` the API uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** Files that arrive before the page subscribes (a launch file reaches a window while it loads) wait here. */
const MAX_PENDING_FILES = 32;

/** Copies only the fields of the contract, so extra properties of the caller's object never cross into IPC. */
function saveRequestOf(request: SaveRequest): SaveRequest {
  return {
    suggestedName: request.suggestedName,
    content: request.content,
    ...(request.path !== undefined ? { path: request.path } : {}),
    ...(request.saveAs !== undefined ? { saveAs: request.saveAs } : {}),
  };
}

function exportRequestOf(request: ExportRequest): ExportRequest {
  return { suggestedName: request.suggestedName, mimeType: request.mimeType, data: request.data };
}

export function createPlatformApi(ipc: IpcRendererLike, log: (message: string) => void = () => {}): PlatformApi {
  const commandListeners = new Set<(command: CommandId) => void>();
  const fileListeners = new Set<(file: OpenedFile) => void>();
  const pendingFiles: OpenedFile[] = [];

  const notify = <T>(listeners: Set<(value: T) => void>, value: T) => {
    for (const listener of [...listeners]) {
      try {
        listener(value);
      } catch (error) {
        log(`a listener failed: ${String(error)}`);
      }
    }
  };

  ipc.on(IPC_EVENT_CHANNELS.command, (_event, payload) => {
    const parsed = IPC_EVENT_PAYLOADS[IPC_EVENT_CHANNELS.command].safeParse(payload);
    if (parsed.success) notify(commandListeners, parsed.data);
  });

  ipc.on(IPC_EVENT_CHANNELS.openFile, (_event, payload) => {
    const parsed = IPC_EVENT_PAYLOADS[IPC_EVENT_CHANNELS.openFile].safeParse(payload);
    if (!parsed.success) return;
    if (fileListeners.size > 0) notify(fileListeners, parsed.data);
    else if (pendingFiles.length < MAX_PENDING_FILES) pendingFiles.push(parsed.data);
  });

  const api: PlatformApi = {
    kind: 'electron',
    openFile: () => ipc.invoke(IPC_INVOKE_CHANNELS.openFile) as Promise<OpenedFile | null>,
    saveFile: (request) => ipc.invoke(IPC_INVOKE_CHANNELS.saveFile, saveRequestOf(request)) as Promise<SavedFile | null>,
    exportFile: (request) => ipc.invoke(IPC_INVOKE_CHANNELS.exportFile, exportRequestOf(request)) as Promise<SavedFile | null>,
    setDocumentState: (state: DocumentState) => {
      ipc.send(IPC_SEND_CHANNELS.setDocumentState, { title: state.title, modified: state.modified });
    },
    onCommand(listener) {
      commandListeners.add(listener);
      return () => {
        commandListeners.delete(listener);
      };
    },
    onOpenFile(listener) {
      fileListeners.add(listener);
      if (pendingFiles.length > 0) {
        const waiting = pendingFiles.splice(0);
        // After the subscriber's own setup has finished, as if the files arrived just now.
        queueMicrotask(() => {
          for (const file of waiting) notify(fileListeners, file);
        });
      }
      return () => {
        fileListeners.delete(listener);
      };
    },
  };
  return Object.freeze(api);
}
