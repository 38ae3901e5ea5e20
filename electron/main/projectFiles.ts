/**
 * Reading and writing files on disk for the shell: project files are size-checked, decoded as
 * strict UTF-8 and checked to be Zonewright projects before a window sees them; saves are atomic
 * with a `.bak` of the previous version; exports are atomic too.
 */
import nodePath from 'node:path';
import { FILE_EXTENSION } from '../../shared/model/document';
import { formatProblems, loadDocumentText } from '../../shared/model/load';
import type { OpenedFile } from '../../shared/platform/api';
import { EXPORT_FORMATS, MAX_DOCUMENT_BYTES, type ExportMimeType } from '../../shared/platform/ipc';
import { writeFileAtomic, type AtomicWriteFs } from './atomicWrite';

export interface ProjectFilesFs extends AtomicWriteFs {
  stat(path: string): Promise<{ readonly mode: number; readonly size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

/** A problem the user should read (shown in a dialog or by the renderer), not a crash. */
export class ProjectFileError extends Error {
  override readonly name = 'ProjectFileError';
}

export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * `plant` → `plant.zonewright.json`, `plant.json` → `plant.zonewright.json`; a name that already
 * ends with the extension (any case) is kept.
 */
export function withProjectExtension(path: string): string {
  const lower = path.toLowerCase();
  if (lower.endsWith(FILE_EXTENSION)) return path;
  if (lower.endsWith('.json')) return `${path.slice(0, -'.json'.length)}${FILE_EXTENSION}`;
  return `${path}${FILE_EXTENSION}`;
}

/** Adds the format's extension unless the name already has it (any case). */
export function withExportExtension(path: string, mimeType: ExportMimeType): string {
  const { extension } = EXPORT_FORMATS[mimeType];
  return path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`;
}

function describe(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return 'the file does not exist (it may have been moved or deleted)';
    case 'EACCES':
    case 'EPERM':
      return 'you do not have permission to access it';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export interface ProjectFiles {
  /** Reads, decodes and checks a project file; throws `ProjectFileError` with a readable reason. */
  readProject(path: string): Promise<OpenedFile>;
  /** Saves a project atomically, keeping `<path>.bak`. */
  writeProject(path: string, content: string): Promise<void>;
  /** Writes an export atomically (no backup: exports are regenerated at will). */
  writeExport(path: string, data: string | Uint8Array): Promise<void>;
  exists(path: string): Promise<boolean>;
}

export function createProjectFiles(fs: ProjectFilesFs, platform: NodeJS.Platform = process.platform): ProjectFiles {
  return {
    async readProject(path) {
      const name = fileNameOf(path);
      let size: number;
      try {
        const info = await fs.stat(path);
        if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
        size = info.size;
      } catch (error) {
        throw new ProjectFileError(`Could not open “${name}”: ${describe(error)}.`);
      }
      if (size > MAX_DOCUMENT_BYTES) {
        throw new ProjectFileError(`Could not open “${name}”: it is larger than ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MiB.`);
      }
      let bytes: Uint8Array;
      try {
        bytes = await fs.readFile(path);
      } catch (error) {
        throw new ProjectFileError(`Could not open “${name}”: ${describe(error)}.`);
      }
      if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
        throw new ProjectFileError(`Could not open “${name}”: it is larger than ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MiB.`);
      }
      let content: string;
      try {
        content = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      } catch {
        throw new ProjectFileError(`Could not open “${name}”: it is not a UTF-8 text file.`);
      }
      const loaded = loadDocumentText(content);
      if (!loaded.ok) {
        const problems = formatProblems(loaded.problems.slice(0, 5));
        throw new ProjectFileError(`“${name}” is not a valid Zonewright project:\n${problems}`);
      }
      return { name, path, content };
    },
    async writeProject(path, content) {
      try {
        await writeFileAtomic(fs, path, content, { backup: true, platform });
      } catch (error) {
        throw new ProjectFileError(`Could not save “${fileNameOf(path)}”: ${describe(error)}. The file on disk is unchanged.`);
      }
    },
    async writeExport(path, data) {
      try {
        await writeFileAtomic(fs, path, data, { platform });
      } catch (error) {
        throw new ProjectFileError(`Could not write “${fileNameOf(path)}”: ${describe(error)}.`);
      }
    },
    async exists(path) {
      try {
        await fs.stat(path);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** The folder of a path, for either separator (dialogs start there). */
export function folderOf(path: string): string {
  return path.includes('\\') && !path.includes('/') ? nodePath.win32.dirname(path) : nodePath.dirname(path);
}
