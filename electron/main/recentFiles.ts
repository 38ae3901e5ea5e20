/** The Open Recent list: most recent first, no duplicates, at most ten entries, kept in storage. */
import { z } from 'zod';
import { documentPathSchema } from '../../shared/platform/ipc';
import type { JsonStorage } from './jsonFileStorage';

export const MAX_RECENT_FILES = 10;

export interface RecentFiles {
  list(): readonly string[];
  add(path: string): void;
  remove(path: string): void;
  clear(): void;
}

/** Paths compare case-insensitively on Windows and macOS, whose usual file systems do. */
export function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}

export function createRecentFiles(storage: JsonStorage, platform: NodeJS.Platform): RecentFiles {
  const load = (): string[] => {
    const parsed = z.array(z.unknown()).safeParse(storage.read());
    if (!parsed.success) return [];
    // Entries that are no longer sane paths (edited by hand, older format) are dropped, not trusted.
    return parsed.data.filter((entry): entry is string => documentPathSchema.safeParse(entry).success).slice(0, MAX_RECENT_FILES);
  };
  let entries = load();
  const store = (next: string[]) => {
    entries = next.slice(0, MAX_RECENT_FILES);
    storage.write(entries);
  };
  return {
    list: () => entries,
    add: (path) => store([path, ...entries.filter((entry) => !samePath(entry, path, platform))]),
    remove: (path) => store(entries.filter((entry) => !samePath(entry, path, platform))),
    clear: () => store([]),
  };
}
