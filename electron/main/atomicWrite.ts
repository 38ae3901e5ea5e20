/**
 * Crash-safe file writes. The new content goes to a temporary file beside the target, is flushed
 * to disk (fsync), and only then renamed over the target: a rename within one folder is atomic, so
 * at every instant the target holds either the complete old version or the complete new one, never
 * a truncated mix. Optionally the previous version is kept as `<target>.bak` first.
 */
import { randomBytes } from 'node:crypto';
import nodePath from 'node:path';

/** An open file, as `fs.promises.open` returns it. */
export interface WritableFile {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls an atomic write needs; `fs.promises` provides them all. */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<WritableFile>;
  stat(path: string): Promise<{ readonly mode: number; isFile(): boolean }>;
  copyFile(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export interface AtomicWriteOptions {
  /** Keep the previous version of the target as `<target>.bak` (if there was one). */
  readonly backup?: boolean;
  /** Windows can refuse a rename for a moment while a virus scanner holds the file. */
  readonly platform?: NodeJS.Platform;
  /** Suffix for temporary names; random unless a test fixes it. */
  readonly randomSuffix?: () => string;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** `plant.zonewright.json` → `plant.zonewright.json.bak`. */
export function backupPathOf(target: string): string {
  return `${target}.bak`;
}

/** The temporary file is hidden and lives in the target's folder, so the rename never crosses file systems. */
export function temporaryPathOf(target: string, suffix: string): string {
  return nodePath.join(nodePath.dirname(target), `.${nodePath.basename(target)}.${suffix}.tmp`);
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** Writes a whole file under a fresh name (`wx`: never follows or reuses an existing file) and flushes it. */
async function writeFlushed(fs: AtomicWriteFs, path: string, data: string | Uint8Array, mode: number): Promise<void> {
  const file = await fs.open(path, 'wx', mode);
  try {
    await file.writeFile(data);
    await file.sync();
  } catch (error) {
    await file.close().catch(() => {});
    await fs.unlink(path).catch(() => {});
    throw error;
  }
  await file.close();
}

/** Makes the rename itself durable on POSIX by flushing the folder; Windows cannot open folders, which is fine there. */
async function syncFolder(fs: AtomicWriteFs, folder: string): Promise<void> {
  let handle: WritableFile | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform or file system; the data itself is already flushed.
  } finally {
    await handle?.close().catch(() => {});
  }
}

async function renameWithRetry(fs: AtomicWriteFs, from: string, to: string, options: AtomicWriteOptions): Promise<void> {
  const attempts = options.platform === 'win32' ? 10 : 1;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const transient = ['EPERM', 'EACCES', 'EBUSY'].includes(errorCode(error) ?? '');
      if (!transient || attempt >= attempts) throw error;
      await sleep(attempt * 20);
    }
  }
}

/**
 * Copies the current target to `<target>.bak` through its own temporary file, so a crash while
 * copying leaves the previous backup, not half of one.
 */
async function keepBackup(fs: AtomicWriteFs, target: string, options: AtomicWriteOptions, suffix: string): Promise<void> {
  const backup = backupPathOf(target);
  const temporary = temporaryPathOf(backup, suffix);
  try {
    await fs.copyFile(target, temporary);
    const handle = await fs.open(temporary, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(fs, temporary, backup, options);
  } catch (error) {
    await fs.unlink(temporary).catch(() => {});
    throw error;
  }
}

/**
 * Replaces `target` with `data` atomically (see the module comment). A new file gets default
 * permissions; an existing one keeps its permission bits. Throws when the target is not a regular
 * file or when any step fails; the target is then unchanged.
 */
export async function writeFileAtomic(
  fs: AtomicWriteFs,
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const suffix = (options.randomSuffix ?? (() => randomBytes(6).toString('hex')))();
  let existing: { mode: number; isFile(): boolean } | undefined;
  try {
    existing = await fs.stat(target);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  if (existing && !existing.isFile()) throw new Error(`${target} is not a regular file`);

  const temporary = temporaryPathOf(target, suffix);
  await writeFlushed(fs, temporary, data, existing ? existing.mode & 0o777 : 0o666);
  try {
    if (options.backup && existing) await keepBackup(fs, target, options, suffix);
    await renameWithRetry(fs, temporary, target, options);
  } catch (error) {
    await fs.unlink(temporary).catch(() => {});
    throw error;
  }
  await syncFolder(fs, nodePath.dirname(target));
}
