/**
 * The IPC contract between the desktop shell's preload and its main process: every channel name and
 * a zod schema for every message's arguments. The main process parses each message with these
 * schemas before it touches the file system (the idea of VS Code's `validatedIpcMain`); the preload
 * only ever uses the channel names listed here. Pure: no Node, no Electron.
 */
import { z } from 'zod';
import type { DocumentState, ExportRequest, OpenedFile, SaveRequest } from './api';
import { COMMAND_IDS } from './commands';
import { FILE_EXTENSION } from '../model/document';

/** Largest project file the shell reads or writes: 50 MiB of UTF-8. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
/** Largest export (a PDF with many pages, a spreadsheet): 100 MiB. */
export const MAX_EXPORT_BYTES = 100 * 1024 * 1024;
/** Longest path accepted from the renderer (Linux PATH_MAX). */
export const MAX_PATH_LENGTH = 4096;
/** Longest file name (most file systems allow 255 bytes). */
export const MAX_FILE_NAME_LENGTH = 255;
/** Longest document title shown in a window title. */
export const MAX_TITLE_LENGTH = 200;

/** Renderer → main, answered (`ipcRenderer.invoke` / `ipcMain.handle`). */
export const IPC_INVOKE_CHANNELS = {
  openFile: 'zonewright:file:open',
  saveFile: 'zonewright:file:save',
  exportFile: 'zonewright:file:export',
} as const;

/** Renderer → main, fire and forget (`ipcRenderer.send` / `ipcMain.on`). */
export const IPC_SEND_CHANNELS = {
  setDocumentState: 'zonewright:document:state',
} as const;

/** Main → renderer events (`webContents.send` / `ipcRenderer.on`). */
export const IPC_EVENT_CHANNELS = {
  command: 'zonewright:menu:command',
  openFile: 'zonewright:file:opened',
} as const;

export type IpcInvokeChannel = (typeof IPC_INVOKE_CHANNELS)[keyof typeof IPC_INVOKE_CHANNELS];
export type IpcSendChannel = (typeof IPC_SEND_CHANNELS)[keyof typeof IPC_SEND_CHANNELS];
export type IpcEventChannel = (typeof IPC_EVENT_CHANNELS)[keyof typeof IPC_EVENT_CHANNELS];

/** The export formats and the file extension each one is written with. */
export const EXPORT_FORMATS = {
  'application/pdf': { extension: '.pdf', label: 'PDF document' },
  'image/svg+xml': { extension: '.svg', label: 'SVG image' },
  'image/png': { extension: '.png', label: 'PNG image' },
  'text/csv': { extension: '.csv', label: 'CSV table' },
  'application/json': { extension: '.json', label: 'JSON file' },
  'text/markdown': { extension: '.md', label: 'Markdown text' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extension: '.xlsx', label: 'Excel workbook' },
} as const satisfies Record<ExportRequest['mimeType'], { extension: string; label: string }>;
export type ExportMimeType = keyof typeof EXPORT_FORMATS;
const EXPORT_MIME_TYPES = Object.keys(EXPORT_FORMATS) as [ExportMimeType, ...ExportMimeType[]];

// C0 controls and DEL: never part of a sane name, path or title (this includes the NUL byte).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
// Characters Windows forbids in file names, plus both path separators.
const FORBIDDEN_IN_FILE_NAME = /[<>:"/\\|?*]/;

/** True for `/home/a/b`, `C:\a\b`, `C:/a/b` and `\\server\share\a`; false for anything relative. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || /^\\\\[^\\/]+[\\/][^\\/]+/.test(path);
}

/** UTF-8 length of a string without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** A string of at most `maxBytes` UTF-8 bytes; the cheap length test runs first, so huge input fails fast. */
const boundedText = (maxBytes: number) =>
  z.string().refine((s) => s.length <= maxBytes && utf8ByteLength(s) <= maxBytes, {
    error: `must be at most ${maxBytes / (1024 * 1024)} MiB`,
    abort: true,
  });

/** A file name without folders, e.g. `Plant A.zonewright.json`. */
export const fileNameSchema = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(MAX_FILE_NAME_LENGTH, { error: `must be at most ${MAX_FILE_NAME_LENGTH} characters` })
  .refine((s) => !CONTROL_CHARACTERS.test(s), { error: 'must not contain control characters or NUL bytes' })
  .refine((s) => !FORBIDDEN_IN_FILE_NAME.test(s), { error: 'must be a file name, without folders or reserved characters' })
  .refine((s) => s.trim() !== '' && !/^\.+$/.test(s.trim()), { error: 'must be a real file name' });

/** An absolute path to a project file; `..` segments are refused so the path means what it says. */
export const documentPathSchema = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(MAX_PATH_LENGTH, { error: `must be at most ${MAX_PATH_LENGTH} characters` })
  .refine((s) => !CONTROL_CHARACTERS.test(s), { error: 'must not contain control characters or NUL bytes', abort: true })
  .refine(isAbsolutePath, { error: 'must be an absolute path' })
  .refine((s) => !s.split(/[\\/]/).some((segment) => segment === '..' || segment === '.'), {
    error: 'must not contain "." or ".." segments',
  })
  .refine((s) => s.toLowerCase().endsWith(FILE_EXTENSION), { error: `must end with ${FILE_EXTENSION}` });

export const saveRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  content: boundedText(MAX_DOCUMENT_BYTES),
  path: documentPathSchema.optional(),
  saveAs: z.boolean().optional(),
});

const exportBytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, { error: 'must be text or bytes' })
  .refine((bytes) => bytes.byteLength <= MAX_EXPORT_BYTES, { error: `must be at most ${MAX_EXPORT_BYTES / (1024 * 1024)} MiB` });

export const exportRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  mimeType: z.enum(EXPORT_MIME_TYPES),
  data: z.union([boundedText(MAX_EXPORT_BYTES), exportBytes]),
});

export const documentStateSchema = z.strictObject({
  title: z
    .string()
    .max(MAX_TITLE_LENGTH, { error: `must be at most ${MAX_TITLE_LENGTH} characters` })
    .refine((s) => !CONTROL_CHARACTERS.test(s), { error: 'must not contain control characters' }),
  modified: z.boolean(),
});

/** The payload of the `openFile` event: what the shell hands a window to open. */
export const openedFileSchema = z.strictObject({
  name: fileNameSchema,
  path: documentPathSchema.optional(),
  content: boundedText(MAX_DOCUMENT_BYTES),
});

export const commandIdSchema = z.enum(COMMAND_IDS);

/** Argument tuples per invoke channel: what the main process accepts, nothing more. */
export const IPC_INVOKE_ARGUMENTS = {
  [IPC_INVOKE_CHANNELS.openFile]: z.tuple([]),
  [IPC_INVOKE_CHANNELS.saveFile]: z.tuple([saveRequestSchema]),
  [IPC_INVOKE_CHANNELS.exportFile]: z.tuple([exportRequestSchema]),
} as const satisfies Record<IpcInvokeChannel, z.ZodTuple>;

/** Argument tuples per send channel. */
export const IPC_SEND_ARGUMENTS = {
  [IPC_SEND_CHANNELS.setDocumentState]: z.tuple([documentStateSchema]),
} as const satisfies Record<IpcSendChannel, z.ZodTuple>;

/** Payload schemas per event channel, for the preload to check what it forwards to the page. */
export const IPC_EVENT_PAYLOADS = {
  [IPC_EVENT_CHANNELS.command]: commandIdSchema,
  [IPC_EVENT_CHANNELS.openFile]: openedFileSchema,
} as const satisfies Record<IpcEventChannel, z.ZodType>;

// Compile-time proof that the schemas describe exactly the platform API's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const proofs: [
  Same<z.output<typeof saveRequestSchema>, { -readonly [K in keyof SaveRequest]: SaveRequest[K] }>,
  Same<z.output<typeof exportRequestSchema>, { -readonly [K in keyof ExportRequest]: ExportRequest[K] }>,
  Same<z.output<typeof documentStateSchema>, { -readonly [K in keyof DocumentState]: DocumentState[K] }>,
  Same<z.output<typeof openedFileSchema>, { -readonly [K in keyof OpenedFile]: OpenedFile[K] }>,
] = [true, true, true, true];
void proofs;
