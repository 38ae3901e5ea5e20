/**
 * The one typed API through which the renderer reaches the operating system (files, dialogs,
 * menus, window state). Electron's preload implements it over IPC; the browser build implements
 * it with the file picker and downloads.
 */
import type { CommandId } from './commands';

/** A file the user opened: its text and where it came from. */
export interface OpenedFile {
  /** File name without folders, e.g. `plant.zonewright.json`. */
  readonly name: string;
  /** Full path on disk (desktop only); saving again writes there. */
  readonly path?: string;
  readonly content: string;
}

export interface SaveRequest {
  /** File name proposed to the user, e.g. `Plant A.zonewright.json`. */
  readonly suggestedName: string;
  readonly content: string;
  /** Where the document was opened from or last saved; absent means ask. */
  readonly path?: string;
  /** Always ask where to save, even when `path` is known. */
  readonly saveAs?: boolean;
}

export interface ExportRequest {
  readonly suggestedName: string;
  readonly mimeType: 'application/pdf' | 'image/svg+xml' | 'image/png' | 'text/csv' | 'application/json' | 'text/markdown'
    | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  readonly data: Uint8Array | string;
}

/** Where a file ended up; null from a save or open means the user cancelled. */
export interface SavedFile {
  readonly name: string;
  readonly path?: string;
}

export interface DocumentState {
  /** Project or file name shown in the window title. */
  readonly title: string;
  readonly modified: boolean;
}

export interface PlatformApi {
  readonly kind: 'electron' | 'browser';
  /** Asks the user for a project file and reads it; null when cancelled. */
  openFile(): Promise<OpenedFile | null>;
  /** Writes a project file (atomically on the desktop); null when cancelled. */
  saveFile(request: SaveRequest): Promise<SavedFile | null>;
  /** Writes an export (PDF, SVG, PNG, CSV …); null when cancelled. */
  exportFile(request: ExportRequest): Promise<SavedFile | null>;
  /** Reflects the document's name and unsaved state in the window (title, close prompt). */
  setDocumentState(state: DocumentState): void;
  /** Native menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: CommandId) => void): () => void;
  /** Files the shell asks the window to open (launch argument, file association). */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
}
