/**
 * PlatformApi for a plain browser: the file picker to open, a download to save or export.
 * There is no native menu and no shell asking to open files, so those subscriptions are no-ops.
 */
import type { DocumentState, ExportRequest, OpenedFile, PlatformApi, SavedFile, SaveRequest } from '../../../shared/platform/api';

/** Reads a File the user picked or dropped. */
export async function readFile(file: File): Promise<OpenedFile> {
  return { name: file.name, content: await file.text() };
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    let settled = false;
    const done = (file: File | null) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => done(null));
    document.body.append(input);
    input.click();
  });
}

function download(name: string, data: BlobPart, type: string): SavedFile {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { name };
}

let unsavedGuard: ((e: BeforeUnloadEvent) => void) | undefined;

export const browserPlatform: PlatformApi = {
  kind: 'browser',
  async openFile() {
    const file = await pickFile('.json,.zonewright.json,application/json');
    return file ? readFile(file) : null;
  },
  async saveFile(request: SaveRequest) {
    return download(request.suggestedName, request.content, 'application/json');
  },
  async exportFile(request: ExportRequest) {
    const data = typeof request.data === 'string' ? request.data : new Uint8Array(request.data);
    return download(request.suggestedName, data, request.mimeType);
  },
  setDocumentState(state: DocumentState) {
    document.title = `${state.modified ? '• ' : ''}${state.title} — Zonewright`;
    if (state.modified && !unsavedGuard) {
      unsavedGuard = (e) => e.preventDefault();
      window.addEventListener('beforeunload', unsavedGuard);
    } else if (!state.modified && unsavedGuard) {
      window.removeEventListener('beforeunload', unsavedGuard);
      unsavedGuard = undefined;
    }
  },
  onCommand() {
    return () => {};
  },
  onOpenFile() {
    return () => {};
  },
};
