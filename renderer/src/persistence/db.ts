/**
 * The browser database (IndexedDB through Dexie): autosaved sessions, for recovery after a crash
 * or a closed tab, and the recent projects with a snapshot of each. Documents are stored as
 * objects (structured clones), never parsed on the way back: they were valid when written.
 */
import Dexie, { type Table } from 'dexie';
import type { ZonewrightDocument } from '../../../shared';

export const DATABASE_NAME = 'zonewright';

/** Where a project's file lives, if it has one. */
export interface StoredFile {
  readonly name?: string;
  readonly path?: string;
}

/** How big a project is, for lists. */
export interface ProjectCounts {
  readonly zones: number;
  readonly assets: number;
  readonly conduits: number;
}

/**
 * The autosave of one editor session (one window or tab, one page load). Each session writes only
 * its own record, so two tabs never overwrite each other's work.
 */
export interface SessionRecord {
  readonly sessionId: string;
  /** The project (see `DocumentSlice.projectKey`). */
  readonly projectKey: string;
  readonly name: string;
  readonly file: StoredFile;
  /** False while the document has changes not saved to its file: then it is worth recovering. */
  readonly clean: boolean;
  /** When the document last changed (ms since the epoch). */
  readonly updatedAt: number;
  /** Heartbeat of the session, for browsers without the Web Locks API. */
  readonly aliveAt: number;
  readonly counts: ProjectCounts;
  readonly doc: ZonewrightDocument;
}

/** An entry of the recent-projects list (its document is in `snapshots`, under the same key). */
export interface RecentEntry {
  readonly key: string;
  readonly name: string;
  readonly file: StoredFile;
  /** False when the snapshot holds changes never saved to the file. */
  readonly clean: boolean;
  readonly updatedAt: number;
  readonly counts: ProjectCounts;
}

export interface Snapshot {
  readonly key: string;
  readonly doc: ZonewrightDocument;
}

export class ZonewrightDatabase extends Dexie {
  sessions!: Table<SessionRecord, string>;
  recent!: Table<RecentEntry, string>;
  snapshots!: Table<Snapshot, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      sessions: 'sessionId, updatedAt',
      recent: 'key, updatedAt',
      snapshots: 'key',
    });
  }
}

export function countsOf(doc: ZonewrightDocument): ProjectCounts {
  return { zones: doc.zones.length, assets: doc.assets.length, conduits: doc.conduits.length };
}
