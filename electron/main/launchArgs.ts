/**
 * Which project files a command line asks to open: on launch (`zonewright plant.zonewright.json`,
 * a double-click through the file association) and when a second launch hands its arguments to the
 * running instance. Only arguments that name `.zonewright.json` files count; the executable, the
 * app folder, Chromium and Node switches and anything else are ignored.
 */
import nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FILE_EXTENSION } from '../../shared/model/document';
import { documentPathSchema } from '../../shared/platform/ipc';

type PathApi = Pick<typeof nodePath, 'resolve' | 'isAbsolute'>;

/** At most this many files from one command line (a window each). */
export const MAX_FILES_PER_LAUNCH = 32;

function toAbsolutePath(argument: string, cwd: string, path: PathApi): string | undefined {
  if (argument.startsWith('file://')) {
    try {
      return fileURLToPath(argument);
    } catch {
      return undefined;
    }
  }
  return path.isAbsolute(argument) ? path.resolve(argument) : path.resolve(cwd, argument);
}

/**
 * Absolute paths of the project files named on a command line, in order, without duplicates.
 * `argv[0]` is the executable and is skipped; so is every switch (`--inspect`, `-r`, …).
 */
export function filesFromCommandLine(argv: readonly string[], cwd: string, path: PathApi = nodePath): string[] {
  const files: string[] = [];
  for (const argument of argv.slice(1)) {
    if (argument.startsWith('-') || argument.includes('\0')) continue;
    if (!argument.toLowerCase().endsWith(FILE_EXTENSION)) continue;
    const absolute = toAbsolutePath(argument, cwd, path);
    if (!absolute || !documentPathSchema.safeParse(absolute).success || files.includes(absolute)) continue;
    files.push(absolute);
    if (files.length === MAX_FILES_PER_LAUNCH) break;
  }
  return files;
}

/** What a second instance passes along with `requestSingleInstanceLock`: its files, already resolved against its own folder. */
export const secondInstanceDataSchema = z.object({ files: z.array(documentPathSchema).max(MAX_FILES_PER_LAUNCH) });
export type SecondInstanceData = z.infer<typeof secondInstanceDataSchema>;

/**
 * The files a second launch asks for. The data it sent with the lock request is preferred (argv
 * order is not reliable on Windows); its argv and working folder are the fallback.
 */
export function filesFromSecondInstance(argv: readonly string[], cwd: string, additionalData: unknown, path: PathApi = nodePath): string[] {
  const data = secondInstanceDataSchema.safeParse(additionalData);
  if (data.success) return [...new Set(data.data.files)];
  return filesFromCommandLine(argv, cwd, path);
}
