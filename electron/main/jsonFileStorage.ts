/**
 * A tiny JSON file for the shell's own settings (window state, recent files) in the user-data
 * folder. Reads never throw (a missing or corrupt file reads as `undefined`); writes replace the
 * file through a temporary file and a rename, so a crash cannot leave half a settings file.
 */
import * as nodeFs from 'node:fs';
import nodePath from 'node:path';

export interface JsonStorage {
  read(): unknown;
  write(value: unknown): void;
}

export type SyncFs = Pick<typeof nodeFs, 'readFileSync' | 'writeFileSync' | 'renameSync' | 'mkdirSync'>;

/** Settings files are small; anything larger is not ours and reads as missing. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

export function createJsonFileStorage(file: string, fs: SyncFs = nodeFs, log: (message: string) => void = () => {}): JsonStorage {
  return {
    read() {
      try {
        const text = fs.readFileSync(file, 'utf8');
        if (text.length > MAX_SETTINGS_BYTES) return undefined;
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    },
    write(value) {
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        fs.mkdirSync(nodePath.dirname(file), { recursive: true });
        fs.writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`, { encoding: 'utf8', mode: 0o600 });
        fs.renameSync(temporary, file);
      } catch (error) {
        // Losing a window position is not worth interrupting the user for.
        log(`could not write ${file}: ${String(error)}`);
      }
    },
  };
}

/** Storage in memory, for tests and as a fallback. */
export function createMemoryStorage(initial?: unknown): JsonStorage & { value: unknown } {
  const store = {
    value: initial,
    read: () => store.value,
    write: (value: unknown) => {
      store.value = JSON.parse(JSON.stringify(value)) as unknown;
    },
  };
  return store;
}
